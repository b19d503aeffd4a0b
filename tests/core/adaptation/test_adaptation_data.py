"""Labelled files for adaptation: reading, the stratified split, the training sizes, nested subsamples, bad input."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from app.core.adaptation.data import load_labelled, resolve_sizes, split, subsample
from app.core.adaptation.records import LabelledRow, LabelledSet
from app.core.errors import UserFacingError


def write_csv(path: Path, rows: list[tuple[str, str]], header: str = "text,label") -> Path:
    lines = [header] + [f'"{text}",{label}' for text, label in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def labelled(counts: dict[str, int]) -> LabelledSet:
    rows = []
    for label, n in counts.items():
        rows += [LabelledRow(f"{label} text {i}", label, len(rows)) for i in range(n)]
    return LabelledSet(tuple(rows), tuple(counts), "data.csv")


def test_reads_text_and_label_skipping_rows_missing_either(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "data.csv", [("good day", "pos"), ("", "neg"), ("bad day", ""), ("awful", "neg")])
    data = load_labelled(path, "text", "Label")  # column names match regardless of case
    assert [(r.text, r.label, r.index) for r in data.rows] == [("good day", "pos", 0), ("awful", "neg", 3)]
    assert data.labels == ("pos", "neg")
    assert data.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert data.notes == ("data.csv: 2 rows without a text or a label skipped.",)


def test_reads_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join(json.dumps({"t": f"x{i}", "y": "ab"[i % 2]}) for i in range(4)) + "\n")
    data = load_labelled(path, "t", "y")
    assert [r.label for r in data.rows] == ["a", "b", "a", "b"] and data.notes == ()


def test_a_missing_column_names_the_columns_there_are(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "data.csv", [("a", "x"), ("b", "y")])
    with pytest.raises(UserFacingError, match="no label column 'gold'.*'text', 'label'"):
        load_labelled(path, "text", "gold")


def test_too_many_rows_says_how_many_and_what_to_do(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", [(f"t{i}", "ab"[i % 2]) for i in range(12)])
    with pytest.raises(UserFacingError) as error:
        load_labelled(path, "text", "label", max_rows=10)
    assert "big.csv has 12 rows; an adaptation run takes at most 10." in str(error.value)
    assert "sample" in error.value.hint


def test_labels_outside_the_label_set_are_named(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "data.csv", [("a", "pos"), ("b", "neg"), ("c", "meh"), ("d", "hmm")])
    with pytest.raises(UserFacingError, match="labels 'meh', 'hmm' not in the label set \\(pos, neg\\)"):
        load_labelled(path, "text", "label", label_set=("pos", "neg"))
    data = load_labelled(path, "text", "label", label_set=("hmm", "meh", "neg", "pos", "other"))
    assert data.labels == ("hmm", "meh", "neg", "pos", "other")  # the set's order, its unused labels too


def test_the_split_keeps_every_label_on_both_sides_and_is_seeded() -> None:
    data = labelled({"a": 40, "b": 10, "c": 2})
    first = split(data, seed=3)
    assert Counter(r.label for r in first.test) == {"a": 10, "b": 2, "c": 1}
    assert Counter(r.label for r in first.train) == {"a": 30, "b": 8, "c": 1}
    assert not set(first.train) & set(first.test)
    assert split(data, seed=3) == first
    assert split(data, seed=4).test != first.test
    assert first.labels == ("a", "b", "c")


def test_a_label_with_one_example_cannot_be_split() -> None:
    with pytest.raises(UserFacingError) as error:
        split(labelled({"a": 5, "x": 1}))
    assert str(error.value) == (
        "The label 'x' has only one example: a stratified split needs at least two. Label more rows or remove it."
    )


def test_one_label_is_no_classification() -> None:
    with pytest.raises(UserFacingError, match="only one label \\('a'\\)"):
        split(labelled({"a": 5}))


def test_the_test_side_is_capped_by_a_stratified_sample() -> None:
    result = split(labelled({"a": 300, "b": 100}), max_test_rows=20)
    assert Counter(r.label for r in result.test) == {"a": 15, "b": 5}
    assert "Test rows capped at 20 of 100 (a stratified sample)." in result.notes


def test_a_test_file_is_used_whole_and_its_unseen_labels_are_listed() -> None:
    train = labelled({"a": 4, "b": 4})
    test = LabelledSet((LabelledRow("t", "a"), LabelledRow("u", "b")), ("a", "b"), "test.csv")
    result = split(train, test=test)
    assert result.train == train.rows and result.test == test.rows
    unseen = LabelledSet((LabelledRow("t", "a"), LabelledRow("u", "c"), LabelledRow("v", "d")), ("a",), "test.csv")
    with pytest.raises(UserFacingError, match="test.csv has labels 'c', 'd' that no training row"):
        split(train, test=unseen)


def test_sizes_keep_what_the_training_rows_fill_and_end_with_all() -> None:
    assert resolve_sizes([8, 16, 32, 64, 128], n_train=50, n_labels=3) == (8, 16, 32, 50)
    assert resolve_sizes([2, 8, 50, 8], n_train=50, n_labels=3) == (8, 50)
    assert resolve_sizes([], n_train=12, n_labels=3) == (12,)


def test_subsamples_are_stratified_nested_and_seeded() -> None:
    rows = labelled({"a": 60, "b": 30, "c": 10}).rows
    for seed in range(5):
        previous: set[LabelledRow] = set()
        for size in (3, 8, 16, 32, 64, 100):
            sample = subsample(rows, size, seed)
            assert len(sample) == size and len(set(sample)) == size
            counts = Counter(r.label for r in sample)
            assert set(counts) == {"a", "b", "c"}  # every label, from the smallest size up
            for label, share in (("a", 0.6), ("b", 0.3), ("c", 0.1)):
                assert abs(counts[label] - share * size) <= 1.5  # in proportion
            assert previous <= set(sample)  # nested: the smaller sample is inside
            previous = set(sample)
        assert {r.label for r in subsample(rows, 8, seed)[:3]} == {"a", "b", "c"}  # first rows spread across labels
    assert subsample(rows, 16, 1) == subsample(rows, 16, 1)
    assert subsample(rows, 16, 1) != subsample(rows, 16, 2)
