"""Typed settings with a schema version, saved atomically.

A settings file that cannot be read is renamed aside (``settings.json.corrupt-*``)
and reported through ``SettingsStore.warnings``; Plinth then starts from defaults
instead of refusing to open.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.files import write_text_atomic

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    #: Upper bound on a local model's context window, in tokens (the model's own
    #: trained context is used when smaller). Memory for the KV cache grows with it.
    context_cap: int = 8192
    #: llama.cpp threads; None means one per physical core.
    n_threads: int | None = None
    #: Layers offloaded to the GPU; only used by builds that support offload.
    n_gpu_layers: int = 0
    #: Offline mode as the person left it (PLINTH_OFFLINE=1 forces it on regardless).
    offline: bool = False
    last_model: str = "starter"
    system_prompt: str = ""
    temperature: float = 0.7
    max_tokens: int = 1024
    draft: str = ""
    window_geometry: str = ""
    #: The local API's port (``plinth serve`` and the window's Server switch), on 127.0.0.1 unless told otherwise.
    server_port: int = 8765
    #: Requests one local model may have waiting in the local API before more get 429 at once.
    server_queue_per_model: int = 16
    #: The window's language ("vi", "pt_BR"...); "" follows the system. PLINTH_LANG=CODE overrides it.
    language: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        known = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key in known:
                values[key] = value
        settings = cls(**values)
        settings.schema_version = SCHEMA_VERSION
        return settings

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class SettingsStore:
    """Loads and saves one settings file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.warnings: list[str] = []

    def load(self) -> Settings:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.warnings.append(f"Could not read settings ({exc}); using defaults.")
            return Settings()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict):
                raise ValueError("settings file does not hold an object")
            return Settings.from_dict(data)
        except (ValueError, TypeError) as exc:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            try:
                os.replace(self.path, aside)
            except OSError:
                aside = self.path
            message = (
                f"The settings file was damaged ({exc}) and has been set aside as "
                f"{aside.name}; Plinth started with default settings."
            )
            log.warning(message)
            self.warnings.append(message)
            return Settings()

    def save(self, settings: Settings) -> None:
        write_text_atomic(self.path, json.dumps(settings.to_dict(), indent=2, sort_keys=True), durable=True)
