"""PriceTable, and the shipped price table against the default model lists."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import pytest

from app.core.pricing import SHIPPED_PRICES, Price, PriceTable
from app.core.providers import KINDS

PRICED_KINDS = ("openai", "anthropic", "gemini")

#: Default models deliberately shipped without a price, each with the reason.
#: Empty today: every default model has a sourced price. A model goes here
#: (rather than into prices.json with a guess) when its provider publishes no
#: per-token price for it.
DELIBERATELY_UNPRICED: dict[str, str] = {}


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def shipped() -> dict:
    return json.loads(SHIPPED_PRICES.read_text(encoding="utf-8"))


def test_every_default_model_has_a_price_or_is_deliberately_absent() -> None:
    table = PriceTable.load(SHIPPED_PRICES)
    missing = [
        f"{kind}:{model}"
        for kind in PRICED_KINDS
        for model in KINDS[kind].default_models
        if table.lookup(kind, model) is None and f"{kind}:{model}" not in DELIBERATELY_UNPRICED
    ]
    assert missing == []
    stale = [name for name in DELIBERATELY_UNPRICED if table.lookup(*name.split(":", 1)) is not None]
    assert stale == []


def test_shipped_table_is_well_formed_dated_and_sourced(shipped: dict, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        table = PriceTable.load(SHIPPED_PRICES)
    assert caplog.records == []  # no entry was skipped as malformed
    assert set(shipped["prices"]) == set(PRICED_KINDS)
    for kind in PRICED_KINDS:
        assert shipped["sources"][kind].startswith("https://")
        assert table.entries[kind]
        for model, price in table.entries[kind].items():
            assert re.fullmatch(r"20\d\d-\d\d-\d\d", price.checked), (kind, model)
            assert 0 < price.input_per_m <= price.output_per_m, (kind, model)


def test_load_and_cost() -> None:
    table = PriceTable.load(SHIPPED_PRICES)
    price = table.lookup("openai", "gpt-6.2-sol")
    assert price == Price(2.0, 10.0, price.checked)
    assert table.cost("openai", "gpt-6.2-sol", 1_000_000, 500_000) == pytest.approx(7.0)
    assert table.cost("anthropic", "claude-haiku-5-5", 2_000, 1_000) == pytest.approx(0.0007)


def test_user_file_overrides_and_adds(tmp_path: Path) -> None:
    user = write(
        tmp_path / "prices.json",
        {
            "prices": {
                "openai": {"gpt-6.2-sol": {"input": 1.5, "output": 9, "checked": "2026-12-01"}},
                "openai-compatible": {"llama-3-70b": {"input": 0.5, "output": 0.7}},
            }
        },
    )
    table = PriceTable.load(SHIPPED_PRICES, user)
    assert table.lookup("openai", "gpt-6.2-sol") == Price(1.5, 9.0, "2026-12-01")
    assert table.lookup("openai-compatible", "llama-3-70b") == Price(0.5, 0.7, "")
    # Entries the user file does not mention keep the shipped price.
    assert table.lookup("openai", "gpt-6-luna") == PriceTable.load(SHIPPED_PRICES).lookup("openai", "gpt-6-luna")


def test_missing_user_file_is_fine(tmp_path: Path) -> None:
    table = PriceTable.load(SHIPPED_PRICES, tmp_path / "no-such-prices.json")
    assert table.entries == PriceTable.load(SHIPPED_PRICES).entries


def test_dated_snapshots_cost_what_their_model_costs(tmp_path: Path) -> None:
    table = PriceTable.load(
        write(
            tmp_path / "p.json",
            {
                "prices": {
                    "openai": {
                        "gpt-x": {"input": 1, "output": 2},
                        "gpt-x-mini": {"input": 0.1, "output": 0.2},
                    }
                }
            },
        )
    )
    assert table.lookup("openai", "gpt-x-2026-11-17") == Price(1.0, 2.0)
    # The longest matching name wins: a mini snapshot is not priced as the big model.
    assert table.lookup("openai", "gpt-x-mini-2026-11-17") == Price(0.1, 0.2)
    assert table.lookup("openai", "gpt-xl") is None


def test_unknown_is_none_not_a_guess() -> None:
    table = PriceTable.load(SHIPPED_PRICES)
    assert table.lookup("openai", "no-such-model") is None
    assert table.lookup("openai-compatible", "gpt-6.2-sol") is None
    assert table.lookup("no-such-kind", "gpt-6.2-sol") is None
    assert table.cost("openai", "no-such-model", 100, 100) is None


def test_malformed_entries_and_files_are_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = write(
        tmp_path / "good.json",
        {
            "prices": {
                "openai": {
                    "ok": {"input": "1.25", "output": 10},
                    "no-output": {"input": 1},
                    "not-a-number": {"input": "cheap", "output": 1},
                    "not-a-dict": [1, 2],
                    "null": None,
                }
            }
        },
    )
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="app.core.pricing"):
        table = PriceTable.load(good, broken)
    assert table.entries == {"openai": {"ok": Price(1.25, 10.0, "")}}
    messages = " ".join(r.getMessage() for r in caplog.records)
    for name in ("no-output", "not-a-number", "not-a-dict", "null", "broken.json"):
        assert name in messages
