"""Which ways of asking for a label each provider's model takes, remembered between runs.

An OpenAI-compatible server may lack a strict JSON schema (``python -m
llama_cpp.server`` answers it with an HTTP 500), JSON mode or logprobs, and
finding out costs a failed request each time. What worked and what was
refused is kept per provider and model in a small JSON file in the config
folder (``Paths.label_methods_file``), so the next classification goes
straight to a way that works. A refusal is tried again after
``REPROBE_AFTER_S`` (servers get upgraded), and at once when the provider's
base URL changes. Without a file the memory lasts as long as the process.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from app.core.files import write_text_atomic

log = logging.getLogger(__name__)

Outcome = Literal["ok", "refused"]
#: How long a refusal stands before the method is tried again.
REPROBE_AFTER_S = 7 * 24 * 3600.0
VERSION = 1


class LabelMethods:
    """Per provider, model and base URL: method name → "ok" or "refused". Thread-safe."""

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._data: dict[str, Any] | None = None

    def known(self, provider: str, model: str, base_url: str) -> dict[str, Outcome]:
        """What this model did last time, leaving out refusals old enough to try again."""
        with self._lock:
            entry = self._entry(provider, model)
            if entry is None or entry.get("base_url") != base_url:
                return {}
            now = self._clock()
            known: dict[str, Outcome] = {}
            for method, seen in entry.get("methods", {}).items():
                outcome, at = seen.get("outcome"), seen.get("at", 0.0)
                if outcome == "ok" or (outcome == "refused" and now - at < REPROBE_AFTER_S):
                    known[method] = outcome
            return known

    def record(self, provider: str, model: str, base_url: str, outcomes: Mapping[str, Outcome]) -> None:
        """Remember ``outcomes`` (method → outcome) for this model; saved at once when there is a file."""
        if not outcomes:
            return
        with self._lock:
            data = self._load()
            models = data["providers"].setdefault(provider, {})
            entry = models.get(model)
            if entry is None or entry.get("base_url") != base_url:
                entry = models[model] = {"base_url": base_url, "methods": {}}
            now = self._clock()
            for method, outcome in outcomes.items():
                entry["methods"][method] = {"outcome": outcome, "at": now}
            self._save(data)

    # -- the file ----------------------------------------------------------------------

    def _entry(self, provider: str, model: str) -> dict[str, Any] | None:
        entry = self._load()["providers"].get(provider, {}).get(model)
        return entry if isinstance(entry, dict) else None

    def _load(self) -> dict[str, Any]:
        if self._data is not None:
            return self._data
        self._data = {"version": VERSION, "providers": {}}
        if self.path is None:
            return self._data
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return self._data
        except (OSError, ValueError) as exc:
            # Only a cache of what servers did: starting afresh costs a few requests, nothing more.
            log.warning("Ignoring %s (%s); label methods will be found again.", self.path, exc)
            return self._data
        providers = raw.get("providers") if isinstance(raw, dict) else None
        if isinstance(providers, dict):
            self._data["providers"] = {name: models for name, models in providers.items() if isinstance(models, dict)}
        return self._data

    def _save(self, data: dict[str, Any]) -> None:
        if self.path is None:
            return
        try:
            write_text_atomic(self.path, json.dumps(data, indent=2, sort_keys=True))
        except OSError as exc:
            # The classification itself worked; only the shortcut for next time is lost.
            log.warning("Could not save %s (%s).", self.path, exc)
