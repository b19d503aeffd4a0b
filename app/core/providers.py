"""Closed-model providers a person has set up: kind, name, base URL.

Keys are never here: they live in the OS keychain (``app.core.secrets``).
The file ``providers.json`` in the config folder holds only what is safe to
read aloud. Model ids for remote models are ``<provider name>:<model>``.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal, get_args

from app.core.errors import UserFacingError

ProviderKind = Literal["openai", "anthropic", "gemini", "openai-compatible"]
KINDS: tuple[str, ...] = get_args(ProviderKind)

#: Shown on the privacy badge: "Sent to <destination>".
KIND_LABELS: dict[str, str] = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",
    "gemini": "Google Gemini",
    "openai-compatible": "OpenAI-compatible endpoint",
}

#: Environment variables read for a key when none is stored, in order.
KEY_ENV: dict[str, tuple[str, ...]] = {
    "openai": ("OPENAI_API_KEY",),
    "anthropic": ("ANTHROPIC_API_KEY",),
    "gemini": ("GEMINI_API_KEY", "GOOGLE_API_KEY"),
    "openai-compatible": (),
}

#: Offered when listing a provider's models fails; checked against each
#: provider's public model documentation (see resources/prices.json).
#: Each provider's everyday model comes first (as of 2026-11-28).
DEFAULT_MODELS: dict[str, tuple[str, ...]] = {
    "openai": ("gpt-6.2-sol", "gpt-6.2-astra", "gpt-6.1-terra", "gpt-6-luna"),
    "anthropic": ("claude-opus-5-5", "claude-fable-5-2", "claude-sonnet-5-5", "claude-haiku-5-5"),
    "gemini": ("gemini-3.8-flash", "gemini-3.1-pro-preview", "gemini-3.5-flash-lite"),
    "openai-compatible": (),
}

RESERVED_NAMES = {"local", "starter"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,39}$")


class ProviderError(UserFacingError):
    title = "Provider settings"


@dataclass
class ProviderConfig:
    name: str
    kind: ProviderKind
    base_url: str | None = None
    #: Models found by the last successful connection test; empty means "use defaults".
    models: list[str] = field(default_factory=list)

    @property
    def destination(self) -> str:
        if self.kind == "openai-compatible":
            return f"{self.name} ({self.base_url})" if self.base_url else self.name
        label = KIND_LABELS[self.kind]
        return f"{label} via {self.base_url}" if self.base_url else label

    def model_ids(self) -> list[str]:
        names = self.models or list(DEFAULT_MODELS[self.kind])
        return [f"{self.name}:{m}" for m in names]


NAME_RULE = "Use up to 40 lower-case letters, digits, '-', '_' or '.', for example openai, work-gateway or ollama."


def validate_provider(config: ProviderConfig) -> ProviderConfig:
    if not config.name.strip():
        raise ProviderError("Give the provider a name.", NAME_RULE)
    if config.name in RESERVED_NAMES:
        raise ProviderError(
            f"“{config.name}” is taken by Plinth's own models.", f"Pick another name, for example my-{config.name}."
        )
    if not _NAME.match(config.name):
        raise ProviderError(f"“{config.name}” cannot be a provider name.", NAME_RULE)
    if config.kind not in KINDS:
        raise ProviderError(f"Unknown provider kind {config.kind!r}.", f"Use one of: {', '.join(KINDS)}.")
    if config.kind == "openai-compatible" and not config.base_url:
        raise ProviderError(
            "An OpenAI-compatible provider needs a base URL.",
            "Give the server's URL, for example http://localhost:11434/v1 for Ollama.",
        )
    if config.base_url and not re.match(r"^https?://[^\s/]+", config.base_url):
        raise ProviderError(
            f"{config.base_url!r} is not an http(s) URL.", "Give a URL such as https://api.example.com/v1."
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
                f"The providers file {self.path} cannot be read ({exc}).",
                "Fix or delete it; your keys are in the keychain and are not lost.",
            ) from None
        out = []
        for item in data.get("providers", []):
            out.append(
                ProviderConfig(
                    name=item["name"], kind=item["kind"], base_url=item.get("base_url"), models=list(item.get("models", []))
                )
            )
        return out

    def save(self, providers: list[ProviderConfig]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": 1, "providers": [asdict(p) for p in providers]}, indent=2)
        fd, tmp = tempfile.mkstemp(prefix=".providers-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def get(self, name: str) -> ProviderConfig:
        for p in self.load():
            if p.name == name:
                return p
        raise ProviderError(f"No provider named {name!r}.", "`plinth providers list` shows them; add one with `plinth providers add`.")

    def upsert(self, config: ProviderConfig) -> None:
        validate_provider(config)
        providers = [p for p in self.load() if p.name != config.name]
        providers.append(config)
        self.save(providers)

    def remove(self, name: str) -> None:
        providers = self.load()
        kept = [p for p in providers if p.name != name]
        if len(kept) == len(providers):
            raise ProviderError(f"No provider named {name!r}.", "`plinth providers list` shows them.")
        self.save(kept)
