"""One cell of an adaptation run: a method, trained (or prompted) on one subsample, scored on the test rows.

Each function here returns a ``CellResult``; ``run`` decides which cells to
run and keeps them. Timing follows what a person would pay per row in use:
a prompted row's seconds without the model's one-off load; an embedded
row's seconds with its embedding as first measured (``EmbeddingRate``), not
the cache lookup that serves it on a second run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.core.adaptation.records import CellResult, LabelledRow, MethodSpec
from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Engine, ScoreRequest
from app.core.errors import UserFacingError
from app.core.tasks.classification import Classifier, ClassifyOptions, Example, LabelSet
from app.core.tasks.metrics import evaluate
from app.core.tasks.scheduling import DEFAULT_CONCURRENCY, Backoff, retry_rate_limited, run_concurrently

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: ``rows_done`` after each test row.
RowProgress = Callable[[int], None]


@dataclass(frozen=True)
class EmbeddingRate:
    """Seconds the embedding engine took per character of text, as first measured (not served from the cache)."""

    s_per_char: float
    #: Texts go off this computer (a provider's endpoint): their price is not known here.
    remote: bool = False

    def seconds(self, texts: Sequence[str]) -> float:
        return self.s_per_char * sum(len(t) for t in texts)


@dataclass(frozen=True)
class CellInput:
    """What every cell shares: the method, its training subsample, the test rows and the label set."""

    method: MethodSpec
    size: int
    seed: int
    train: Sequence[LabelledRow]
    test: Sequence[LabelledRow]
    labels: tuple[str, ...]


@dataclass(frozen=True)
class _Row:
    """One test row's outcome, as ``prompted_cell``'s rows hand it back (in any order, with a provider)."""

    index: int
    label: str | None
    seconds: float
    cost_usd: float | None
    error: str = ""


@dataclass
class _Tally:
    predicted: list[str | None]
    seconds: float = 0.0
    cost: float | None = 0.0
    failed: int = 0
    error: str = ""
    #: Rows answered (or failed) so far.
    done: int = 0

    def add_cost(self, cost_usd: float | None) -> None:
        """A remote row's price; one row with no known price makes the cell's unknown."""
        self.cost = None if self.cost is None or cost_usd is None else self.cost + cost_usd


def prompted_cell(
    cell: CellInput,
    engine: Engine,
    *,
    vectors: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None,
    rate: EmbeddingRate | None = None,
    cancel: CancelToken | None = None,
    progress: RowProgress | None = None,
) -> CellResult:
    """Zero-shot, few-shot (the subsample's first ``k`` rows, which ``subsample`` spreads across labels) or
    few-shot by similarity (``vectors``: the subsample's and the test rows', ``rate`` for the test rows')."""
    labels = LabelSet.of(cell.labels)
    kind = cell.method.kind
    if kind == "zero-shot":
        fixed = Classifier(labels)
    else:
        fixed = Classifier(labels, ClassifyOptions(examples=_examples(cell.train[: cell.method.k])))
    local = engine.destination is None
    tally = _Tally([None] * len(cell.test))
    errors: dict[int, str] = {}
    backoff = Backoff()

    def classify_row(i: int, stop: CancelToken | None) -> _Row:
        classifier = fixed
        if kind == "few-shot-knn":
            assert vectors is not None
            nearest = _nearest(vectors[0], vectors[1][i], cell.method.k)
            classifier = _RowExamples(labels, ClassifyOptions(examples=_examples([cell.train[j] for j in nearest])))
        start = time.perf_counter()
        try:
            result = retry_rate_limited(lambda: classifier.run(engine, cell.test[i].text, stop), backoff, stop)
        except Cancelled:
            raise
        except UserFacingError as exc:
            return _Row(i, None, time.perf_counter() - start, None, str(exc))
        seconds = max(0.0, time.perf_counter() - start - result.stats.load_s)
        return _Row(i, result.label, seconds, result.stats.cost_usd)

    def record(row: _Row) -> None:
        tally.predicted[row.index] = row.label
        tally.seconds += row.seconds
        if row.error:
            tally.failed += 1
            errors[row.index] = row.error
        elif not local:
            tally.add_cost(row.cost_usd)
        tally.done += 1
        if progress is not None:
            progress(tally.done)

    # A local model takes the rows one at a time, in order (its cache keeps the instructions); a provider
    # several at once, all waiting out its "too many requests", as batch runs do.
    started = time.perf_counter()
    concurrency = 1 if local else DEFAULT_CONCURRENCY
    run_concurrently(range(len(cell.test)), classify_row, record, concurrency=concurrency, cancel=cancel)
    if not local:
        tally.seconds = time.perf_counter() - started  # rows overlap: the wall time is what a run takes
    tally.error = errors[min(errors)] if errors else ""
    setup_s = 0.0
    if kind == "few-shot-knn":
        assert rate is not None
        setup_s = rate.seconds([r.text for r in cell.train])
        tally.seconds += rate.seconds([r.text for r in cell.test])
        if rate.remote:
            tally.cost = None
    return _result(cell, tally, setup_s)


def trained_cell(
    cell: CellInput,
    vectors: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]],
    rate: EmbeddingRate,
    *,
    embedding_model: str,
) -> CellResult:
    """A logistic regression fitted on the subsample's vectors, predicting the test rows' vectors."""
    import numpy as np

    from app.core.adaptation.trained import fit_classifier

    train_vectors, test_vectors = vectors
    present = tuple(label for label in cell.labels if any(r.label == label for r in cell.train))
    start = time.perf_counter()
    classifier = fit_classifier(
        train_vectors, [r.label for r in cell.train], present, embedding_model=embedding_model, seed=cell.seed
    )
    fit_s = time.perf_counter() - start
    start = time.perf_counter()
    probabilities = classifier.predict_proba(test_vectors)
    predicted: list[str | None] = [classifier.labels[int(j)] for j in np.argmax(probabilities, axis=1)]
    seconds = time.perf_counter() - start + rate.seconds([r.text for r in cell.test])
    tally = _Tally(predicted, seconds, None if rate.remote else 0.0)
    return _result(cell, tally, rate.seconds([r.text for r in cell.train]) + fit_s)


def warm_up_fitting() -> None:
    """Fit once on two made-up rows, so that importing scikit-learn (a second or so) is no cell's setup time."""
    import numpy as np

    from app.core.adaptation.trained import fit_classifier

    fit_classifier(np.eye(2, dtype=np.float32), ["a", "b"], ["a", "b"], embedding_model="warm-up")


def _result(cell: CellInput, tally: _Tally, setup_s: float) -> CellResult:
    gold = [r.label for r in cell.test]
    metrics = evaluate(gold, tally.predicted, cell.labels)
    n = len(cell.test)
    cost = None if tally.cost is None else tally.cost / n * 1000 if n else 0.0
    return CellResult(
        method=cell.method.key,
        kind=cell.method.kind,
        model_id=cell.method.model_id,
        size=cell.size,
        seed=cell.seed,
        n_test=n,
        accuracy=metrics.accuracy,
        macro_f1=metrics.macro_f1,
        per_label_f1={c.label: c.f1 for c in metrics.per_class},
        classes=metrics.classes,
        confusion=metrics.confusion,
        rows_per_s=n / tally.seconds if tally.seconds > 0 else 0.0,
        cost_per_1k_rows=cost,
        setup_s=setup_s,
        failed=tally.failed,
        error=tally.error,
    )


class _RowExamples(Classifier):
    """Examples chosen for one row: only the instructions before them are the same from row to row.

    A local model keeps the shared part of a scoring prompt evaluated, and
    reuses it only whole; marked shared, these examples would make every
    row start from nothing. Marking the instructions alone keeps them cached.
    """

    def score_request(self, text: str) -> ScoreRequest:
        return replace(super().score_request(text), shared_messages=1)


def _examples(rows: Sequence[LabelledRow]) -> tuple[Example, ...]:
    return tuple(Example(r.text, (r.label,)) for r in rows)


def _nearest(train: npt.NDArray[np.float32], query: npt.NDArray[np.float32], k: int) -> list[int]:
    """The ``k`` training rows most similar to ``query`` (cosine: the vectors are normalised), the nearest last,
    so it stands next to the question; the shared instructions stay first and a local model reuses them."""
    import numpy as np

    similarity = train @ query
    order = np.argsort(-similarity, kind="stable")[:k]
    return [int(j) for j in order[::-1]]
