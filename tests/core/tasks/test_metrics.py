"""Metrics against values computed by hand."""

from __future__ import annotations

import pytest

from app.core.tasks.metrics import NO_LABEL, WrongRow, evaluate

GOLD = ["cat", "cat", "cat", "dog", "dog", "bird"]
PRED = ["cat", "dog", "cat", "dog", "cat", None]


def test_accuracy_macro_f1_per_class_and_confusion_by_hand() -> None:
    m = evaluate(GOLD, PRED, ["cat", "dog", "bird"])

    # 3 of 6 right.
    assert (m.n, m.correct, m.accuracy) == (6, 3, 0.5)
    per = {c.label: c for c in m.per_class}
    # cat: 2 right of 3 predicted cat (one dog was called cat), 2 of 3 gold cats found.
    assert per["cat"].precision == pytest.approx(2 / 3)
    assert per["cat"].recall == pytest.approx(2 / 3)
    assert per["cat"].f1 == pytest.approx(2 / 3)
    assert per["cat"].support == 3
    # dog: 1 right of 2 predicted dog, 1 of 2 gold dogs found.
    assert (per["dog"].precision, per["dog"].recall, per["dog"].f1, per["dog"].support) == (0.5, 0.5, 0.5, 2)
    # bird: never predicted, its one row abstained.
    assert (per["bird"].precision, per["bird"].recall, per["bird"].f1, per["bird"].support) == (0.0, 0.0, 0.0, 1)
    # (2/3 + 1/2 + 0) / 3 = 7/18
    assert m.macro_f1 == pytest.approx(7 / 18)
    assert m.classes == ("cat", "dog", "bird", NO_LABEL)
    assert m.confusion == (
        (2, 1, 0, 0),
        (1, 1, 0, 0),
        (0, 0, 0, 1),
        (0, 0, 0, 0),
    )
    assert m.wrong == (WrongRow(1, "cat", "dog"), WrongRow(4, "dog", "cat"), WrongRow(5, "bird", NO_LABEL))


def test_classes_nobody_used_are_shown_but_not_averaged() -> None:
    m = evaluate(["a", "b", "a", "b"], ["a", "b", "b", "b"], ["a", "b", "c"])

    assert m.classes == ("a", "b", "c")
    assert m.confusion == ((1, 1, 0), (0, 2, 0), (0, 0, 0))
    per = {c.label: c for c in m.per_class}
    # a: P 1/1, R 1/2, F1 2/3; b: P 2/3, R 2/2, F1 0.8; c unused: out of the mean.
    assert per["a"].f1 == pytest.approx(2 / 3)
    assert per["b"].precision == pytest.approx(2 / 3)
    assert per["b"].f1 == pytest.approx(0.8)
    assert per["c"].support == 0
    assert m.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)
    assert m.accuracy == 0.75


def test_labels_only_in_the_data_come_after_the_label_set() -> None:
    m = evaluate(["x", "a"], ["a", "a"], ["a"])
    assert m.classes == ("a", "x")
    assert m.confusion == ((1, 0), (1, 0))
    assert m.macro_f1 == pytest.approx((2 / 3 + 0.0) / 2)


def test_perfect_and_empty() -> None:
    perfect = evaluate(["a", "b"], ["a", "b"])
    assert (perfect.accuracy, perfect.macro_f1, perfect.wrong) == (1.0, 1.0, ())
    empty = evaluate([], [])
    assert (empty.n, empty.accuracy, empty.macro_f1) == (0, 0.0, 0.0)
    with pytest.raises(ValueError):
        evaluate(["a"], [])


def test_to_dict_and_text_table() -> None:
    m = evaluate(GOLD, PRED, ["cat", "dog", "bird"])
    data = m.to_dict()
    assert data["confusion"] == {
        "labels": ["cat", "dog", "bird", NO_LABEL],
        "matrix": [[2, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0]],
    }
    assert data["per_class"]["dog"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert data["wrong"][0] == {"index": 1, "gold": "cat", "predicted": "dog"}
    table = m.format_confusion().splitlines()
    assert table[0].split()[-4:] == ["cat", "dog", "bird", NO_LABEL]
    assert table[1].split() == ["cat", "2", "1", "0", "0"]
