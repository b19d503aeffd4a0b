"""What an answer cost: per-million-token prices per provider kind and model.

The shipped table is ``resources/prices.json`` (each entry with the date it
was checked); a person's own ``prices.json`` in the config folder overrides or
adds entries. Unknown prices are ``None`` ("unknown"), never a guess.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.resources import shipped_file

log = logging.getLogger(__name__)

_SNAPSHOT = re.compile(r"\d{4}-\d{2}-\d{2}|\d{8}|\d{3}|latest")

SHIPPED_PRICES = shipped_file("resources/prices.json")


@dataclass(frozen=True)
class Price:
    input_per_m: float
    output_per_m: float
    checked: str = ""

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        return (tokens_in * self.input_per_m + tokens_out * self.output_per_m) / 1_000_000


class PriceTable:
    def __init__(self, entries: dict[str, dict[str, Price]] | None = None) -> None:
        #: kind → model → Price
        self.entries: dict[str, dict[str, Price]] = entries or {}

    @classmethod
    def load(cls, *paths: Path) -> PriceTable:
        """Later files override earlier ones; a missing or broken file is skipped with a log line."""
        table = cls()
        for path in paths:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:
                log.warning("Ignoring price file %s: %s", path, exc)
                continue
            table.merge(data)
        return table

    def merge(self, data: dict[str, Any]) -> None:
        for kind, models in data.get("prices", {}).items():
            for model, p in models.items():
                try:
                    price = Price(float(p["input"]), float(p["output"]), str(p.get("checked", "")))
                except (KeyError, TypeError, ValueError):
                    log.warning("Ignoring malformed price for %s/%s", kind, model)
                    continue
                self.entries.setdefault(kind, {})[model] = price

    def lookup(self, kind: str, model: str) -> Price | None:
        models = self.entries.get(kind, {})
        if model in models:
            return models[model]
        # A dated or numbered snapshot ("gpt-4o-2024-08-06", "claude-x-20250929",
        # "gemini-x-001", "-latest") costs what its family costs; any other
        # suffix is a different model and stays unpriced.
        for family, price in models.items():
            if model.startswith(family + "-") and _SNAPSHOT.fullmatch(model[len(family) + 1 :]):
                return price
        return None

    def cost(self, kind: str, model: str, tokens_in: int, tokens_out: int) -> float | None:
        price = self.lookup(kind, model)
        return price.cost(tokens_in, tokens_out) if price else None
