"""A labelled set with a planted signal: neutral filler words plus a few words that belong to each label.

The starter model's mean-pooled embeddings separate such texts, so a classifier trained on them must beat
chance by a clear margin; texts are seeded, so a test sees the same rows every run.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from pathlib import Path

FILLER = (
    "the", "a", "today", "again", "please", "some", "still", "about", "with", "there", "really", "just",
    "our", "this", "that", "morning", "yesterday", "help", "thanks", "hello", "maybe", "soon", "here",
    "would", "could", "team", "week", "time", "note", "one",
)  # fmt: skip

#: Words that mark each label; a label outside this table gets made-up words of its own.
KEYWORDS: dict[str, tuple[str, ...]] = {
    "billing": ("invoice", "refund", "charged", "payment", "price", "bill", "credit card", "overcharged"),
    "technical": ("error", "crash", "software", "login", "bug", "password", "server", "update"),
    "shipping": ("package", "delivery", "courier", "parcel", "tracking", "shipped", "arrived", "address"),
}  # fmt: skip


def _keywords(label: str) -> tuple[str, ...]:
    return KEYWORDS.get(label) or tuple(f"{label}{suffix}" for suffix in ("", "s", "ing", "ed", "er"))


def planted_rows(
    n_per_label: int, labels: Sequence[str] = ("billing", "technical", "shipping"), seed: int = 0
) -> list[tuple[str, str]]:
    """``n_per_label`` (text, label) rows per label, shuffled: 5–8 filler words and 3 of the label's words."""
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for label in labels:
        words = _keywords(label)
        for _ in range(n_per_label):
            parts = rng.sample(FILLER, rng.randint(5, 8)) + rng.sample(words, 3)
            rng.shuffle(parts)
            rows.append((" ".join(parts), label))
    rng.shuffle(rows)
    return rows


def write_labelled_csv(
    path: Path, rows: Sequence[tuple[str, str]], text_column: str = "text", label_column: str = "label"
) -> Path:
    """``rows`` as a CSV file with a header (``text_column``, ``label_column``); returns ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow([text_column, label_column])
        writer.writerows(rows)
    return path
