"""Every model a person can pick: local files first, then each provider's models."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.models.library import ModelLibrary
from app.core.offline import OfflineMode
from app.core.providers import KINDS, ProviderError, ProviderStore, provider_secret
from app.core.secrets import KeychainError

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


#: Why every model behind an API is off while offline mode is on.
OFFLINE_NOTE = "Offline mode is on: models behind an API are off (File › Offline mode turns it off)"


class ModelDirectory:
    def __init__(
        self,
        library: ModelLibrary,
        providers: ProviderStore,
        secrets: SecretStore,
        offline: OfflineMode | None = None,
    ) -> None:
        self.library = library
        self.providers = providers
        self.secrets = secrets
        self.offline = offline if offline is not None else OfflineMode()

    def choices(self) -> list[ModelChoice]:
        out = [ModelChoice(m.model_id, m.name, None) for m in self.library.list()]
        try:
            providers = self.providers.load()
        except ProviderError:
            providers = []
        if self.offline.enabled:
            for p in providers:
                out += [
                    ModelChoice(m, m, p.destination, available=False, note=OFFLINE_NOTE, tag="offline")
                    for m in p.model_ids()
                ]
            return out
        for p in providers:
            needs_key = KINDS[p.kind].needs_key
            try:
                has_key = provider_secret(p, self.secrets) is not None
                note = "" if has_key or not needs_key else "no API key: add one in Providers"
            except KeychainError:
                note = "the keychain is locked: unlock it to use this provider" if needs_key else ""
            for model_id in p.model_ids():
                out.append(ModelChoice(model_id, model_id, p.destination, available=not note, note=note))
        return out
