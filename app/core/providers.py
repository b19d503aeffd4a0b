"""Closed-model providers: the kinds Plinth knows, and those a person has set up (kind, name, base URL).

What differs between kinds (label, key variables, engine class, URL hints,
default models) lives in one table, :data:`KINDS`. Keys are never here: they
live in the OS keychain (``app.core.secrets``), and :func:`provider_key` is
the one way to get a provider's. The file ``providers.json`` in the config
folder holds only what is safe to read aloud. Model ids for remote models are
``<provider name>:<model>``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from app.core.errors import UserFacingError
from app.core.files import write_text_atomic
from app.core.model_id import RESERVED_PREFIXES
from app.core.secrets import provider_account
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.secrets import Secret, SecretStore


@dataclass(frozen=True)
class ProviderKind:
    """What Plinth knows of one kind of provider, whoever set it up; :data:`KINDS` holds them."""

    #: As ``providers.json`` and ``--kind`` spell it.
    name: str
    #: How the kind is named to a person; on the privacy badge: "Sent to <label>".
    label: str
    #: The engine class, as ``module:Class``: imported when the first engine of the kind is made, and
    #: its SDK with it, so the window opens without them.
    engine: str
    #: False only for a kind whose servers may be a person's own, which need no key.
    needs_key: bool
    #: The embedding engine class, as ``module:Class``; "" for a kind with no embeddings endpoint.
    embedding_engine: str = ""
    #: Environment variables read for a key when none is stored, in order.
    key_env: tuple[str, ...] = ()
    #: What the empty Base URL field says: where requests go without one, or that one is needed.
    base_url_hint: str = ""
    #: Servers people run of this kind and their usual base URLs, (server, URL), the most common first.
    url_examples: tuple[tuple[str, str], ...] = ()
    #: Offered when listing the provider's models fails; checked against each provider's public model
    #: documentation (see resources/prices.json), the everyday model first (as of 2026-11-28).
    default_models: tuple[str, ...] = ()
    #: The embedding models the Documents tab offers for the kind, checked like ``default_models`` (as of
    #: 2026-12-02); an OpenAI-compatible server's are named by whoever runs it (``plinth docs add
    #: --embedding-model PROVIDER:MODEL``).
    embedding_models: tuple[str, ...] = ()


#: Every kind of provider, by name, in the order they are offered.
KINDS: Mapping[str, ProviderKind] = MappingProxyType(
    {
        kind.name: kind
        for kind in (
            ProviderKind(
                name="openai",
                label="OpenAI",
                engine="app.core.engines.remote.openai:OpenAIEngine",
                needs_key=True,
                embedding_engine="app.core.engines.remote.openai:OpenAIEmbeddingEngine",
                embedding_models=("text-embedding-3-small", "text-embedding-3-large"),
                key_env=("OPENAI_API_KEY",),
                base_url_hint=ui_text("Optional — leave empty for https://api.openai.com/v1"),
                default_models=("gpt-6.2-sol", "gpt-6.2-astra", "gpt-6.1-terra", "gpt-6-luna"),
            ),
            ProviderKind(
                name="anthropic",
                label="Anthropic",
                engine="app.core.engines.remote.anthropic:AnthropicEngine",
                needs_key=True,
                key_env=("ANTHROPIC_API_KEY",),
                base_url_hint=ui_text("Optional — leave empty for Anthropic's own API"),
                default_models=("claude-opus-5-5", "claude-fable-5-2", "claude-sonnet-5-5", "claude-haiku-5-5"),
            ),
            ProviderKind(
                name="gemini",
                label="Google Gemini",
                engine="app.core.engines.remote.gemini:GeminiEngine",
                needs_key=True,
                embedding_engine="app.core.engines.remote.gemini:GeminiEmbeddingEngine",
                embedding_models=("gemini-embedding-001",),
                key_env=("GEMINI_API_KEY", "GOOGLE_API_KEY"),
                base_url_hint=ui_text("Optional — leave empty for Google's own API"),
                default_models=("gemini-3.8-flash", "gemini-3.1-pro-preview", "gemini-3.5-flash-lite"),
            ),
            ProviderKind(
                name="openai-compatible",
                label=ui_text("OpenAI-compatible endpoint"),
                engine="app.core.engines.remote.openai:OpenAIEngine",
                needs_key=False,
                embedding_engine="app.core.engines.remote.openai:OpenAIEmbeddingEngine",
                base_url_hint=ui_text("Required, e.g. http://localhost:11434/v1 for Ollama"),
                url_examples=(
                    ("Ollama", "http://localhost:11434/v1"),
                    ("LM Studio", "http://localhost:1234/v1"),
                    ("vLLM", "http://localhost:8000/v1"),
                    ("OpenRouter", "https://openrouter.ai/api/v1"),
                ),
            ),
        )
    }
)

#: Model ids of Plinth's own models start so (see ``app.core.model_id``).
RESERVED_NAMES = set(RESERVED_PREFIXES)
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")


class ProviderError(UserFacingError):
    title = "Provider settings"


@dataclass
class ProviderConfig:
    name: str
    #: A key of :data:`KINDS` once validated.
    kind: str
    base_url: str | None = None
    #: Models found by the last successful connection test; empty means "use defaults".
    models: list[str] = field(default_factory=list)

    @property
    def destination(self) -> str:
        if self.kind == "openai-compatible":
            return f"{self.name} ({self.base_url})" if self.base_url else self.name
        label = KINDS[self.kind].label
        return ui_text("{label} via {url}", label=label, url=self.base_url) if self.base_url else label

    def model_ids(self) -> list[str]:
        names = self.models or list(KINDS[self.kind].default_models)
        return [f"{self.name}:{m}" for m in names]


NAME_RULE = ui_text(
    "Use up to 40 lower-case letters, digits, '-', '_' or '.', for example openai, work-gateway or ollama."
)


def validate_provider(config: ProviderConfig) -> ProviderConfig:
    if not config.name.strip():
        raise ProviderError(ui_text("Give the provider a name."), NAME_RULE)
    if config.name in RESERVED_NAMES:
        raise ProviderError(
            ui_text("“{name}” is taken by Plinth's own models.", name=config.name),
            ui_text("Pick another name, for example my-{name}.", name=config.name),
        )
    if not _NAME.match(config.name):
        raise ProviderError(ui_text("“{name}” cannot be a provider name.", name=config.name), NAME_RULE)
    if config.kind not in KINDS:
        raise ProviderError(
            ui_text("Unknown provider kind {kind}.", kind=repr(config.kind)),
            ui_text("Use one of: {kinds}.", kinds=", ".join(KINDS)),
        )
    if config.kind == "openai-compatible" and not config.base_url:
        server, url = KINDS[config.kind].url_examples[0]
        raise ProviderError(
            ui_text("An OpenAI-compatible provider needs a base URL."),
            ui_text("Give the server's URL, for example {url} for {server}.", url=url, server=server),
        )
    if config.base_url and not re.match(r"^https?://[^\s/]+", config.base_url):
        raise ProviderError(
            ui_text("{url} is not an http(s) URL.", url=repr(config.base_url)),
            ui_text("Give a URL such as https://api.example.com/v1."),
        )
    return config


class ProviderStore:
    """Reads and writes providers.json atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> list[ProviderConfig]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise ProviderError(
                ui_text("The providers file {path} cannot be read ({error}).", path=str(self.path), error=str(exc)),
                ui_text("Fix or delete it; your keys are in the keychain and are not lost."),
            ) from None
        out = []
        for item in data.get("providers", []):
            out.append(
                ProviderConfig(
                    name=item["name"],
                    kind=item["kind"],
                    base_url=item.get("base_url"),
                    models=list(item.get("models", [])),
                )
            )
        return out

    def save(self, providers: list[ProviderConfig]) -> None:
        write_text_atomic(self.path, json.dumps({"version": 1, "providers": [asdict(p) for p in providers]}, indent=2))

    def get(self, name: str) -> ProviderConfig:
        for p in self.load():
            if p.name == name:
                return p
        raise ProviderError(
            ui_text("No provider named {name}.", name=repr(name)),
            ui_text("`plinth providers list` shows them; add one with `plinth providers add`."),
        )

    def upsert(self, config: ProviderConfig) -> None:
        validate_provider(config)
        providers = [p for p in self.load() if p.name != config.name]
        providers.append(config)
        self.save(providers)

    def remove(self, name: str) -> None:
        providers = self.load()
        kept = [p for p in providers if p.name != name]
        if len(kept) == len(providers):
            raise ProviderError(
                ui_text("No provider named {name}.", name=repr(name)), ui_text("`plinth providers list` shows them.")
            )
        self.save(kept)


def provider_secret(config: ProviderConfig, secrets: SecretStore) -> Secret | None:
    """The provider's key and where it came from: the keychain (or this session), then its kind's variables.

    The one way Plinth finds a provider's key. Raises ``KeychainError`` when the keychain refuses.
    """
    kind = KINDS.get(config.kind)
    return secrets.get(provider_account(config.name), kind.key_env if kind is not None else ())


def provider_key(config: ProviderConfig, secrets: SecretStore) -> str | None:
    """The provider's key (see :func:`provider_secret`); None when it has none."""
    secret = provider_secret(config, secrets)
    return secret.value if secret is not None else None
