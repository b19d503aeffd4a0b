"""Active labelling's core: uncertainty, the order to label in, drafts that survive, the rows to train on, history."""

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.core.adaptation.labelling import (
    HistoryPoint,
    LabelDrafts,
    export_labels,
    labelled_rows,
    labelling_order,
    learning_history,
    uncertainty,
)
from app.core.errors import UserFacingError
from app.core.tasks.tables import read_table


def test_uncertainty_is_one_minus_the_margin_of_the_top_two() -> None:
    assert uncertainty({"a": 0.5, "b": 0.5}) == pytest.approx(1.0)
    assert uncertainty({"a": 0.9, "b": 0.1}) == pytest.approx(0.2)
    assert uncertainty({"a": 1.0}) == pytest.approx(0.0)
    assert uncertainty(None) is None
    assert uncertainty({}) is None
    # An even split between the top two is less sure than a clear winner among many small ones.
    assert uncertainty({"a": 0.45, "b": 0.45, "c": 0.1}) > uncertainty(
        {"a": 0.6, "b": 0.1, "c": 0.1, "d": 0.1, "e": 0.1}
    )


def test_labelling_order_puts_the_most_uncertain_unlabelled_rows_first() -> None:
    order = labelling_order({0: 0.2, 1: 0.9, 2: None, 3: 0.9, 4: 0.5, 5: 1.0}, labelled={5})
    assert order == [1, 3, 4, 0]


@pytest.fixture
def reviews(tmp_path: Path) -> Path:
    path = tmp_path / "reviews.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "label"])
        writer.writerows(
            [[1, "great", "Positive"], [2, "awful", ""], [3, "meh", ""], [4, "", "negative"], [5, "x", "odd"]]
        )
    return path


def test_drafts_are_saved_at_once_and_read_back_after_a_restart(tmp_path: Path, reviews: Path) -> None:
    folder = tmp_path / "drafts"
    drafts = LabelDrafts.open(folder, reviews)
    drafts.set(1, "negative")
    drafts.set(2, " neutral ")
    assert json.loads(drafts.path.read_text(encoding="utf-8"))["labels"] == {"1": "negative", "2": "neutral"}
    assert drafts.new_count == 2
    drafts.mark_trained()
    drafts.set(2, "positive")
    drafts.set(1, "")

    again = LabelDrafts.open(folder, reviews)
    assert again.labels == {2: "positive"}
    assert again.new_count == 1
    assert again.path == drafts.path


def test_a_changed_file_starts_with_no_drafts_and_keeps_the_old_ones(tmp_path: Path, reviews: Path) -> None:
    folder = tmp_path / "drafts"
    old = LabelDrafts.open(folder, reviews)
    old.set(1, "negative")
    reviews.write_text(reviews.read_text(encoding="utf-8") + "6,new,\n", encoding="utf-8")
    fresh = LabelDrafts.open(folder, reviews)
    assert len(fresh) == 0
    assert fresh.path != old.path
    assert old.path.exists()


def test_a_damaged_drafts_file_is_refused_in_words_and_kept(tmp_path: Path, reviews: Path) -> None:
    folder = tmp_path / "drafts"
    drafts = LabelDrafts.open(folder, reviews)
    drafts.set(1, "negative")
    drafts.path.write_text("{broken", encoding="utf-8")
    with pytest.raises(UserFacingError, match="could not be read back"):
        LabelDrafts.open(folder, reviews)
    assert drafts.path.read_text(encoding="utf-8") == "{broken"


def test_labelled_rows_take_gold_and_drafts_drafts_winning(reviews: Path) -> None:
    table = read_table(reviews)
    rows = labelled_rows(
        table.rows, "text", "label", {0: "negative", 2: "neutral"}, ["positive", "negative", "neutral"]
    )
    # Row 1 has no label, row 3 no text, row 4 a label outside the set.
    assert [(r.index, r.text, r.label) for r in rows] == [(0, "great", "negative"), (2, "meh", "neutral")]
    everything = labelled_rows(table.rows, "text", "label", {})
    assert [(r.index, r.label) for r in everything] == [(0, "Positive"), (4, "odd")]
    assert [(r.index, r.label) for r in labelled_rows(table.rows, "text", "label", {}, ["positive"])] == [
        (0, "positive")
    ]


@dataclass
class _Provenance:
    n_train: int
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class _Saved:
    version: int
    provenance: _Provenance


class _Library:
    def __init__(self, saved: list[_Saved]) -> None:
        self.saved = saved

    def versions(self, name: str) -> list[_Saved]:
        return self.saved if name == "reviews" else []


def test_learning_history_has_a_point_per_version() -> None:
    library = _Library([_Saved(2, _Provenance(20, {"cv_macro_f1": 0.8})), _Saved(1, _Provenance(6, {}))])
    assert learning_history(library, "reviews") == (HistoryPoint(1, 6, None), HistoryPoint(2, 20, 0.8))
    assert learning_history(library, "other") == ()


def test_export_fills_the_label_column_like_the_input(tmp_path: Path, reviews: Path) -> None:
    table = read_table(reviews)
    target = export_labels(table, "label", {1: "negative", 2: "neutral"}, tmp_path / "out.csv")
    assert [r["label"] for r in read_table(target).rows] == ["Positive", "negative", "neutral", "negative", "odd"]
    with pytest.raises(UserFacingError, match="overwrite"):
        export_labels(table, "label", {}, reviews)

    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text('{"id": 1, "text": "a"}\n\n{"id": 2, "text": "b", "label": "x"}\n', encoding="utf-8")
    out = export_labels(read_table(jsonl), "label", {0: "y"}, tmp_path / "rows.out.jsonl")
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == [
        {"id": 1, "text": "a", "label": "y"},
        {"id": 2, "text": "b", "label": "x"},
    ]
