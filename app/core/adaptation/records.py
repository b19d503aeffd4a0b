"""What the adaptation stages hand each other: labelled rows, the run's spec, one cell's scores, the curve's points.

Plain records, no behaviour beyond their JSON forms: ``data`` builds the
sets and splits, ``run`` fills ``CellResult``s, ``curve`` turns them into
``CurvePoint``s and a verdict, the CLI and the Classify tab show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

#: The methods an adaptation run compares. "zero-shot" and "few-shot" (fixed examples: the first ``k``
#: rows of each training subset, stratified) and "few-shot-knn" (per test row, the ``k`` training rows
#: nearest by embedding) prompt a chat model; "embed-logreg" trains a logistic regression on embeddings.
MethodKind = Literal["zero-shot", "few-shot", "few-shot-knn", "embed-logreg"]
METHOD_KINDS: tuple[MethodKind, ...] = ("zero-shot", "few-shot", "few-shot-knn", "embed-logreg")
#: Methods that ask a chat model (``MethodSpec.model_id``); the others need no chat model.
PROMPTED: frozenset[str] = frozenset({"zero-shot", "few-shot", "few-shot-knn"})
#: Methods that need the run's embedding model.
EMBEDDED: frozenset[str] = frozenset({"few-shot-knn", "embed-logreg"})


@dataclass(frozen=True)
class LabelledRow:
    text: str
    label: str
    #: The data row it came from (0-based, as ``tables.Table.row_name`` takes it).
    index: int = 0


@dataclass(frozen=True)
class LabelledSet:
    """A labelled file's rows, with its labels in first-seen order and the file's identity."""

    rows: tuple[LabelledRow, ...]
    labels: tuple[str, ...]
    #: The file's name (for messages and provenance), and the sha256 of its bytes.
    source: str = ""
    sha256: str = ""
    #: What reading it skipped ("3 rows without a text or a label skipped"), for the run's notes.
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Split:
    """Training and test rows; every method is scored on ``test``."""

    train: tuple[LabelledRow, ...]
    test: tuple[LabelledRow, ...]
    labels: tuple[str, ...]
    #: Notes for the person ("test rows capped at 500 of 2,431", "label 'x' has 2 training rows").
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class MethodSpec:
    """One curve: a method, with the chat model it prompts (None for "embed-logreg")."""

    kind: MethodKind
    model_id: str | None = None
    #: Examples per prompt for "few-shot" and "few-shot-knn".
    k: int = 4

    @property
    def key(self) -> str:
        """A stable name for the curve: ``few-shot-knn@starter``, ``embed-logreg``."""
        return self.kind if self.model_id is None else f"{self.kind}@{self.model_id}"

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "model_id": self.model_id, "k": self.k}


@dataclass(frozen=True)
class AdaptationSpec:
    """What to compare on which data.

    ``sizes`` are training-set sizes (``data.resolve_sizes`` drops those the
    training rows cannot fill and adds "all"); each size is drawn ``seeds``
    times (a seeded, stratified subsample), except zero-shot, which uses no
    training rows and is scored once per model.
    """

    input_path: str
    text_column: str
    label_column: str
    methods: tuple[MethodSpec, ...]
    #: The model that embeds rows for "few-shot-knn" and "embed-logreg" (``starter``, ``local:NAME``, ``PROVIDER:MODEL``).
    embedding_model: str | None = None
    #: A separate test file (same columns); None: a stratified split of the input.
    test_path: str | None = None
    sizes: tuple[int, ...] = (8, 16, 32, 64, 128)
    seeds: int = 3
    seed: int = 0
    test_fraction: float = 0.25
    #: Test rows scored per cell at most (a stratified sample when the test set is larger).
    max_test_rows: int = 200
    #: The labels allowed, in order; empty: the labels the input file has. A file label outside it is an error.
    labels: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["methods"] = [m.to_dict() for m in self.methods]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdaptationSpec:
        methods = tuple(MethodSpec(m["kind"], m.get("model_id"), int(m.get("k", 4))) for m in data.get("methods", ()))
        return cls(
            input_path=str(data["input_path"]),
            text_column=str(data["text_column"]),
            label_column=str(data["label_column"]),
            methods=methods,
            embedding_model=data.get("embedding_model"),
            test_path=data.get("test_path"),
            sizes=tuple(int(s) for s in data.get("sizes", (8, 16, 32, 64, 128))),
            seeds=int(data.get("seeds", 3)),
            seed=int(data.get("seed", 0)),
            test_fraction=float(data.get("test_fraction", 0.25)),
            max_test_rows=int(data.get("max_test_rows", 200)),
            labels=tuple(str(label) for label in data.get("labels", ())),
        )


@dataclass(frozen=True)
class CellResult:
    """One method at one training size and seed, scored on the test rows."""

    method: str  # MethodSpec.key
    kind: MethodKind
    model_id: str | None
    size: int
    seed: int
    n_test: int
    accuracy: float
    macro_f1: float
    per_label_f1: dict[str, float]
    #: ``confusion[i][j]``: test rows of ``classes[i]`` predicted as ``classes[j]`` (``metrics.Metrics``).
    classes: tuple[str, ...]
    confusion: tuple[tuple[int, ...], ...]
    #: Test rows per second of classifying (embedding included where the method embeds).
    rows_per_s: float
    #: Dollars per 1,000 rows; 0.0 on this computer, None when a provider's price is unknown.
    cost_per_1k_rows: float | None
    #: Seconds to get ready before the first test row: embedding the training rows, fitting, loading.
    setup_s: float
    #: Test rows that failed (a provider's error): counted as wrong; the first reason is kept.
    failed: int = 0
    error: str = ""

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["classes"] = list(self.classes)
        data["confusion"] = [list(row) for row in self.confusion]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CellResult:
        values = dict(data)
        values["classes"] = tuple(values.get("classes", ()))
        values["confusion"] = tuple(tuple(row) for row in values.get("confusion", ()))
        return cls(**values)


@dataclass(frozen=True)
class CurvePoint:
    """A method's scores at one training size, over its seeds."""

    method: str
    size: int
    #: Mean and standard deviation of macro-F1 over the seeds (std 0.0 with one seed).
    macro_f1: float
    macro_f1_std: float
    accuracy: float
    rows_per_s: float
    cost_per_1k_rows: float | None
    setup_s: float
    seeds: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class AdaptationResult:
    spec: AdaptationSpec
    labels: tuple[str, ...]
    #: The training sizes actually used (the last is every training row).
    sizes: tuple[int, ...]
    n_train: int
    n_test: int
    cells: tuple[CellResult, ...]
    points: tuple[CurvePoint, ...]
    verdict: str
    notes: tuple[str, ...] = field(default=())
