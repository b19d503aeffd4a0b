"""Evaluation of predicted labels against gold labels, in pure Python.

``evaluate(gold, predicted)`` gives accuracy, macro-F1, per-class
precision/recall/F1/support, a confusion matrix and the rows that were
wrong. A missing prediction (an abstention, or a row that failed) is the
class ``NO_LABEL``: it counts as wrong and shows as a column of the matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

#: The predicted class of a row that got no label (abstained or failed).
NO_LABEL = "(none)"


@dataclass(frozen=True)
class ClassMetrics:
    label: str
    precision: float
    recall: float
    f1: float
    #: Rows whose gold label is this class.
    support: int


@dataclass(frozen=True)
class WrongRow:
    #: Index into the sequences given to ``evaluate`` (the data row, 0-based).
    index: int
    gold: str
    predicted: str


@dataclass(frozen=True)
class Metrics:
    """``confusion[i][j]``: rows whose gold is ``classes[i]`` predicted as ``classes[j]``."""

    n: int
    correct: int
    accuracy: float
    #: Unweighted mean of the F1 of the classes that occur in gold or predictions.
    macro_f1: float
    per_class: tuple[ClassMetrics, ...]
    classes: tuple[str, ...]
    confusion: tuple[tuple[int, ...], ...]
    wrong: tuple[WrongRow, ...] = field(default=())

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form (the CLI's ``--json`` summary)."""
        return {
            "n": self.n,
            "correct": self.correct,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "per_class": {
                c.label: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.support}
                for c in self.per_class
            },
            "confusion": {"labels": list(self.classes), "matrix": [list(row) for row in self.confusion]},
            "wrong": [{"index": w.index, "gold": w.gold, "predicted": w.predicted} for w in self.wrong],
        }

    def format_confusion(self) -> str:
        """The confusion matrix as a plain-text table (rows: gold, columns: predicted)."""
        head = ["gold \\ predicted", *self.classes]
        rows = [[gold, *map(str, counts)] for gold, counts in zip(self.classes, self.confusion)]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
        lines = ["  ".join(cell.rjust(w) if i else cell.ljust(w) for i, (cell, w) in enumerate(zip(r, widths)))
                 for r in [head, *rows]]  # fmt: skip
        return "\n".join(lines)


def evaluate(
    gold: Sequence[str],
    predicted: Sequence[str | None],
    labels: Sequence[str] = (),
) -> Metrics:
    """Compare ``predicted`` with ``gold`` row by row (same length).

    ``labels``: the label set, so that classes never seen still get a row and
    a column, in the label set's order; classes seen only in the data come
    after it. ``None`` predictions count as ``NO_LABEL``.

    Precision of a class never predicted, and recall of a class absent from
    gold, are 0 (as scikit-learn's ``zero_division=0``); ``NO_LABEL`` is a
    column of the matrix but no class of its own in the macro-F1.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    pred = [NO_LABEL if p is None else p for p in predicted]
    classes = list(dict.fromkeys([*labels, *gold, *(p for p in pred if p != NO_LABEL)]))
    if NO_LABEL in pred:
        classes.append(NO_LABEL)
    index = {c: i for i, c in enumerate(classes)}
    matrix = [[0] * len(classes) for _ in classes]
    wrong = []
    for i, (g, p) in enumerate(zip(gold, pred)):
        matrix[index[g]][index[p]] += 1
        if g != p:
            wrong.append(WrongRow(i, g, p))
    per_class = []
    scored = [c for c in classes if c != NO_LABEL and (c in gold or c in pred)]
    for c in classes:
        if c == NO_LABEL:
            continue
        k = index[c]
        tp = matrix[k][k]
        predicted_c = sum(row[k] for row in matrix)
        support = sum(matrix[k])
        precision = tp / predicted_c if predicted_c else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class.append(ClassMetrics(c, precision, recall, f1, support))
    n = len(gold)
    correct = n - len(wrong)
    f1s = [m.f1 for m in per_class if m.label in scored]
    return Metrics(
        n=n,
        correct=correct,
        accuracy=correct / n if n else 0.0,
        macro_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        per_class=tuple(per_class),
        classes=tuple(classes),
        confusion=tuple(tuple(row) for row in matrix),
        wrong=tuple(wrong),
    )
