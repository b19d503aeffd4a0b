"""Every model a person can pick: local files first, then each provider's models."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.providers import KINDS, ProviderConfig, ProviderError, ProviderStore, provider_secret
from app.core.secrets import KeychainError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.secrets import SecretStore


@dataclass(frozen=True)
class ModelChoice:
    model_id: str
    label: str
    #: None: stays on this computer; otherwise where the text is sent.
    destination: str | None
    #: False when the model cannot run yet (a provider without a key, offline mode); ``note`` says why.
    available: bool = True
    note: str = ""
    #: A word shown beside the label where models are listed ("offline"); "" for none.
    tag: str = ""
    #: More about the model, shown as the picker's tooltip (a trained classifier's provenance); "" for none.
    tooltip: str = ""
    #: The labels a model that only classifies answers with (a trained classifier's); () for the others.
    labels: tuple[str, ...] = ()


#: Why every model behind an API is off while offline mode is on.
OFFLINE_NOTE = ui_text("Offline mode is on: models behind an API are off (File › Offline mode turns it off)")


class ModelDirectory:
    def __init__(
        self,
        library: ModelLibrary,
        providers: ProviderStore,
        secrets: SecretStore,
        offline: OfflineMode | None = None,
        *,
        label_models: Callable[[], list[ModelChoice]] | None = None,
    ) -> None:
        """``label_models``: models that only classify (saved ``classifier:NAME``s), listed by ``label_choices``;
        the composition root gives them, this domain knows nothing of how they are made."""
        self.library = library
        self.providers = providers
        self.secrets = secrets
        self.offline = offline if offline is not None else OfflineMode()
        self._label_models = label_models
        self._embedding_file_names: frozenset[str] | None = None

    def choices(self) -> list[ModelChoice]:
        """The chat models: local files (not the catalogue's embedding models), then each provider's models."""
        embedding = self._embedding_files()
        out = [ModelChoice(m.model_id, m.name, None) for m in self.library.list() if m.path.name not in embedding]
        return out + self._provider_choices(lambda p: p.model_ids())

    def label_choices(self) -> list[ModelChoice]:
        """The models that can answer with a label: the chat models, with the models that only classify
        (trained classifiers) after the local ones. Chat pickers list ``choices`` and never these."""
        chat = self.choices()
        extra = self._label_models() if self._label_models is not None else []
        local = [c for c in chat if c.destination is None]
        return local + extra + [c for c in chat if c.destination is not None]

    def embedding_choices(self) -> list[ModelChoice]:
        """The models a collection can be embedded with: the catalogue's embedding models on this computer,
        then the embedding models of the providers whose kind has an embeddings endpoint."""
        embedding = self._embedding_files()
        # A LoRA variant is a chat model: the embedding child applies no adapter.
        out = [
            ModelChoice(m.model_id, m.name, None)
            for m in self.library.list()
            if m.path.name in embedding and m.adapter is None
        ]
        return out + self._provider_choices(lambda p: [f"{p.name}:{m}" for m in KINDS[p.kind].embedding_models])

    def _provider_choices(self, model_ids: Callable[[ProviderConfig], Iterable[str]]) -> list[ModelChoice]:
        try:
            providers = self.providers.load()
        except ProviderError:
            providers = []
        out: list[ModelChoice] = []
        for p in providers:
            note: str
            tag: str
            if self.offline.enabled:
                note, tag = OFFLINE_NOTE, ui_text("offline")
            else:
                note, tag = self._key_note(p), ""
            out += [ModelChoice(m, m, p.destination, available=not note, note=note, tag=tag) for m in model_ids(p)]
        return out

    def _key_note(self, provider: ProviderConfig) -> str:
        """Why the provider's models cannot run yet ("" when they can)."""
        needs_key = KINDS[provider.kind].needs_key
        try:
            has_key = provider_secret(provider, self.secrets) is not None
            return "" if has_key or not needs_key else ui_text("no API key: add one in Providers")
        except KeychainError:
            return ui_text("the keychain is locked: unlock it to use this provider") if needs_key else ""

    def _embedding_files(self) -> frozenset[str]:
        """The file names of the catalogue's embedding models (read once): they embed, they do not chat."""
        if self._embedding_file_names is None:
            from app.core.models.catalogue import Catalog, CatalogError

            try:
                entries = Catalog.load().of_kind("embedding")
            except CatalogError:
                entries = []
            self._embedding_file_names = frozenset(f.file for e in entries for f in e.files)
        return self._embedding_file_names
