"""An adaptation run: every method at every training size and seed, scored on the same test rows, resumable.

``run_adaptation`` reads and splits the data (``data``), plans the cells
(zero-shot once per model, reported at every size; the others once per
size and seed, once at "all" where the seed changes nothing), embeds what
the embedding methods need through the ``EmbeddingCache`` (each text once
per model, ever), runs the cells (``cells``), and turns them into the curve
and its verdict (``curve``). With a journal, each finished cell is written
as it ends; a rerun of the same spec on the same data skips them, so a
cancelled or killed run picks up where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from app.core.adaptation import data as labelled
from app.core.adaptation.cells import CellInput, EmbeddingRate, prompted_cell, trained_cell, warm_up_fitting
from app.core.adaptation.curve import curve_points, verdict
from app.core.adaptation.records import (
    EMBEDDED,
    PROMPTED,
    AdaptationResult,
    AdaptationSpec,
    CellResult,
    LabelledSet,
    MethodSpec,
    Split,
)
from app.core.cancel import CancelToken
from app.core.engines.base import Engine
from app.core.errors import InvalidRequestError
from app.core.tasks.classification import LabelSet
from app.core.tasks.journal import Journal
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.adaptation.embedding_cache import EmbeddingCache
    from app.core.engines.embedding import EmbeddingEngine

#: Texts embedded straight through the engine to time it, when every text came from the cache.
TIMING_SAMPLE = 16
JOURNAL_VERSION = 1


class Engines(Protocol):
    """What a run asks of ``engines.registry.EngineRegistry`` (which the import contract keeps out of reach:
    it can open local and remote engines itself)."""

    def get(self, model_id: str) -> Engine: ...


@dataclass
class AdaptationEnv:
    """What a run needs from the services: chat engines, a way to open the embedding model, the cache."""

    engines: Engines
    #: Opens a new embedding engine for a model id; the run closes it when its vectors are in.
    open_embedding: Callable[[str], EmbeddingEngine]
    cache: EmbeddingCache


@dataclass(frozen=True)
class AdaptationProgress:
    """Where a run stands: cells finished (resumed ones included), and inside the current cell, test rows."""

    cells_done: int
    cells_total: int
    #: ``MethodSpec.key`` of the cell running ("" while embedding or between cells).
    method: str = ""
    size: int = 0
    seed: int = 0
    rows_done: int = 0
    rows_total: int = 0
    message: str = ""
    #: The cells just finished, as the result reports them (zero-shot's at every size), so a view can draw
    #: the curve as it grows; empty in every other report.
    finished: tuple[CellResult, ...] = ()


Progress = Callable[[AdaptationProgress], None]


@dataclass(frozen=True)
class _Task:
    method: MethodSpec
    #: 0 for zero-shot: no training rows (its one cell is reported at every size).
    size: int
    seed: int

    @property
    def key(self) -> str:
        return f"{self.method.key}|{self.size}|{self.seed}"


def run_adaptation(
    spec: AdaptationSpec,
    env: AdaptationEnv,
    *,
    journal: Path | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> AdaptationResult:
    """Run ``spec``; raises ``UserFacingError`` for bad data or methods, ``Cancelled`` when ``cancel`` fires
    (the cells finished so far stay in ``journal``)."""
    check_spec(spec)
    train_set, test_set, split = prepare(spec)
    if any(m.kind in PROMPTED for m in spec.methods):
        LabelSet.of(split.labels)  # a prompt needs labels a model can answer with: refused now, not mid-run
    n_labels = len({r.label for r in split.train})
    sizes = labelled.resolve_sizes(spec.sizes, len(split.train), n_labels)
    notes = list(split.notes)
    dropped = sorted({s for s in spec.sizes if s not in sizes})
    if dropped:
        notes.append(
            ui_text(
                "Sizes {sizes} left out: a size needs one row per label ({labels}) and "
                "fewer than the {rows} training rows.",
                sizes=", ".join(map(str, dropped)),
                labels=n_labels,
                rows=f"{len(split.train):,}",
            )
        )
    tasks = plan(spec, sizes)
    header = {
        "kind": "adaptation",
        "version": JOURNAL_VERSION,
        "key": run_key(spec, train_set.sha256, test_set.sha256 if test_set is not None else ""),
    }
    book = Journal(journal, header) if journal is not None else None
    done: dict[str, CellResult] = {}
    rate: EmbeddingRate | None = None
    for record in book.resume() if book is not None else ():
        if "cell" in record:
            done[str(record["key"])] = CellResult.from_dict(record["cell"])
        elif "embedding_rate" in record:
            rate = EmbeddingRate(float(record["embedding_rate"]), bool(record.get("remote", False)))
    runner = _Runner(spec, env, split, tasks, done, progress, cancel, rate, sizes)
    with book if book is not None else nullcontext():
        runner.run(book)
    cells = tuple(_expanded(tasks, done, sizes))
    points = curve_points(cells)
    return AdaptationResult(
        spec=spec,
        labels=split.labels,
        sizes=sizes,
        n_train=len(split.train),
        n_test=len(split.test),
        cells=cells,
        points=points,
        verdict=verdict(points, split.labels, embedding_model=spec.embedding_model, n_test=len(split.test)),
        notes=tuple(notes),
    )


def check_spec(spec: AdaptationSpec) -> None:
    """Refuses a spec no run can serve: no methods, a prompted method without a model, and the like."""
    if not spec.methods:
        raise InvalidRequestError(
            ui_text("No method to compare."), ui_text("Choose zero-shot, few-shot, few-shot-knn or embed-logreg.")
        )
    keys = [m.key for m in spec.methods]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    if twice:
        raise InvalidRequestError(
            ui_text("The method {methods} is listed twice.", methods=", ".join(twice)),
            ui_text("List each method and model once."),
        )
    for method in spec.methods:
        if method.kind in PROMPTED and not method.model_id:
            raise InvalidRequestError(
                ui_text("The method {method} prompts a chat model, and none was given.", method=method.kind),
                ui_text("Name the model (-m MODEL on the command line)."),
            )
        if method.kind in EMBEDDED and not spec.embedding_model:
            raise InvalidRequestError(
                ui_text("The method {method} needs an embedding model, and none was given.", method=method.kind),
                ui_text("Name one (--embedding-model MODEL: starter, local:NAME or PROVIDER:MODEL)."),
            )
        if method.kind in ("few-shot", "few-shot-knn") and method.k < 1:
            raise InvalidRequestError(
                ui_text("{method} needs at least one example (k = {k}).", method=method.kind, k=method.k),
                ui_text("Give k >= 1."),
            )
    if spec.seeds < 1:
        raise InvalidRequestError(
            ui_text("At least one seed is needed (got {seeds}).", seeds=spec.seeds), ui_text("Give --seeds 1 or more.")
        )


def prepare(spec: AdaptationSpec) -> tuple[LabelledSet, LabelledSet | None, Split]:
    """The input file, the test file (if any) and their split, as ``spec`` says."""
    train_set = labelled.load_labelled(
        Path(spec.input_path), spec.text_column, spec.label_column, label_set=spec.labels
    )
    test_set = None
    if spec.test_path:
        test_set = labelled.load_labelled(
            Path(spec.test_path), spec.text_column, spec.label_column, label_set=spec.labels
        )
    split = labelled.split(
        train_set, test=test_set, test_fraction=spec.test_fraction, seed=spec.seed, max_test_rows=spec.max_test_rows
    )
    return train_set, test_set, split


def plan(spec: AdaptationSpec, sizes: Sequence[int]) -> list[_Task]:
    """The cells to run, cheapest first (the trained classifier's curve is there within seconds)."""
    seeds = [spec.seed + i for i in range(spec.seeds)]
    tasks: list[_Task] = []
    for method in spec.methods:
        if method.kind == "zero-shot":
            tasks.append(_Task(method, 0, spec.seed))
            continue
        for size in sizes:
            # At "all" the sample is the same set of rows whatever the seed; only fixed examples change with it.
            every = seeds if size < sizes[-1] or method.kind == "few-shot" else seeds[:1]
            tasks += [_Task(method, size, seed) for seed in every]
    order = {"embed-logreg": 0, "zero-shot": 1, "few-shot": 2, "few-shot-knn": 2}
    return sorted(tasks, key=lambda t: (order[t.method.kind], t.size, t.seed))


def journal_for(runs_dir: Path, spec: AdaptationSpec) -> Path:
    """Where ``spec``'s run keeps its journal: the same settings find the same file (the journal itself checks
    the files' contents), whether the window or the command line runs them."""
    return runs_dir / f"{run_key(spec, '')}.jsonl"


def run_key(spec: AdaptationSpec, data_sha256: str, test_sha256: str = "") -> str:
    """A name for ``spec`` on these data: the journal of the same command on the same files has it."""
    text = json.dumps({"spec": spec.to_dict(), "data": data_sha256, "test": test_sha256}, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def _expanded(tasks: Sequence[_Task], done: dict[str, CellResult], sizes: Sequence[int]) -> Iterator[CellResult]:
    for task in tasks:
        cell = done.get(task.key)
        if cell is not None:
            yield from _reported(task, cell, sizes)


def _reported(task: _Task, cell: CellResult, sizes: Sequence[int]) -> tuple[CellResult, ...]:
    """A cell as the result shows it: zero-shot's one cell at every size."""
    return tuple(replace(cell, size=size) for size in sizes) if task.size == 0 else (cell,)


class _Runner:
    """Runs the tasks not yet done, in order, keeping each finished cell in ``done`` (and the journal)."""

    def __init__(
        self,
        spec: AdaptationSpec,
        env: AdaptationEnv,
        split: Split,
        tasks: Sequence[_Task],
        done: dict[str, CellResult],
        progress: Progress | None,
        cancel: CancelToken | None,
        rate: EmbeddingRate | None,
        sizes: Sequence[int],
    ) -> None:
        self.spec, self.env, self.split, self.tasks, self.done = spec, env, split, tasks, done
        self.progress, self.cancel, self.rate = progress, cancel, rate
        self.vectors: tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]] | None = None
        self.position = {row: i for i, row in enumerate(split.train)}
        self.sizes = sizes

    def tell(self, **fields: Any) -> None:
        if self.progress is not None:
            done = sum(1 for t in self.tasks if t.key in self.done)
            self.progress(AdaptationProgress(done, len(self.tasks), **fields))

    def reported(self, task: _Task, cell: CellResult) -> tuple[CellResult, ...]:
        return _reported(task, cell, self.sizes)

    def run(self, book: Journal | None) -> None:
        pending = [t for t in self.tasks if t.key not in self.done]
        resumed = len(self.tasks) - len(pending)
        self.tell(
            message=ui_text("resuming: {done} of {total} cells done already", done=resumed, total=len(self.tasks))
            if resumed
            else ui_text("starting")
        )
        if not pending:
            return
        engines = {t.method.model_id: self.env.engines.get(t.method.model_id) for t in pending if t.method.model_id}
        if any(t.method.kind in EMBEDDED for t in pending):
            self._embed(book)
        if any(t.method.kind == "embed-logreg" for t in pending):
            warm_up_fitting()
        for task in pending:
            model = task.method.model_id
            cell = self._cell(task, engines[model] if model else None)
            self.done[task.key] = cell
            if book is not None:
                book.append({"key": task.key, "cell": cell.to_dict()})
            self.tell(method=task.method.key, size=task.size, seed=task.seed, finished=self.reported(task, cell))
        self.tell(message=ui_text("done"))

    def _cell(self, task: _Task, engine: Engine | None) -> CellResult:
        train = labelled.subsample(self.split.train, task.size, task.seed) if task.size else ()
        cell = CellInput(task.method, task.size, task.seed, train, self.split.test, self.split.labels)
        # Rows are counted where they are classified one by one (the trained classifier takes them at once).
        total = len(self.split.test) if task.method.model_id else 0
        fields = {"method": task.method.key, "size": task.size, "seed": task.seed, "rows_total": total}
        self.tell(
            **fields,
            message=ui_text(
                "{method}: {size} training rows, seed {seed}", method=task.method.key, size=task.size, seed=task.seed
            )
            if task.size
            else ui_text("{method}: no training rows, seed {seed}", method=task.method.key, seed=task.seed),
        )
        vectors = None
        if task.method.kind in EMBEDDED:
            assert self.vectors is not None
            chosen = [self.position[row] for row in train]
            vectors = (self.vectors[0][chosen], self.vectors[1])
        if task.method.kind == "embed-logreg":
            assert vectors is not None and self.rate is not None and self.spec.embedding_model
            return trained_cell(cell, vectors, self.rate, embedding_model=self.spec.embedding_model)
        assert engine is not None

        def row_done(rows: int) -> None:
            self.tell(**fields, rows_done=rows)

        return prompted_cell(cell, engine, vectors=vectors, rate=self.rate, cancel=self.cancel, progress=row_done)

    def _embed(self, book: Journal | None) -> None:
        """Every training and test row's vector (from the cache where it has them), and the engine's rate."""
        model = self.spec.embedding_model
        assert model
        self.tell(message=ui_text("Opening the embedding model {model}", model=model))
        engine = _Timed(self.env.open_embedding(model))
        try:
            vectors = []
            for rows, what in ((self.split.train, "training"), (self.split.test, "test")):

                def embedded(done: int, total: int, what: str = what) -> None:
                    message = (
                        ui_text("Embedding training rows with {model}", model=model)
                        if what == "training"
                        else ui_text("Embedding test rows with {model}", model=model)
                    )
                    self.tell(rows_done=done, rows_total=total, message=message)

                texts = [r.text for r in rows]
                vectors.append(self.env.cache.embed(engine, texts, cancel=self.cancel, progress=embedded))
            self.vectors = (vectors[0], vectors[1])
            if engine.chars:
                self.rate = EmbeddingRate(engine.seconds / engine.chars, engine.destination is not None)
            elif self.rate is None:
                # Every vector came from the cache (another run's): time the engine on a few test rows.
                sample = [r.text for r in self.split.test[:TIMING_SAMPLE]]
                engine.embed(sample, self.cancel)
                self.rate = EmbeddingRate(engine.seconds / max(1, engine.chars), engine.destination is not None)
            else:
                return
            if book is not None:
                book.append({"embedding_rate": self.rate.s_per_char, "remote": self.rate.remote})
        finally:
            engine.close()


class _Timed:
    """An embedding engine that counts the characters it embedded and the seconds it took (cache misses only)."""

    def __init__(self, engine: EmbeddingEngine) -> None:
        self.engine = engine
        self.seconds = 0.0
        self.chars = 0
        self._warm = False

    @property
    def model_id(self) -> str:
        return self.engine.model_id

    @property
    def destination(self) -> str | None:
        return self.engine.destination

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        if not self._warm and texts:
            # The first call loads the model (or opens the connection): a one-off, not a row's cost.
            self.engine.embed(texts[:1], cancel)
            self._warm = True
        start = time.perf_counter()
        vectors = self.engine.embed(texts, cancel)
        self.seconds += time.perf_counter() - start
        self.chars += sum(len(t) for t in texts)
        return vectors

    def close(self) -> None:
        self.engine.close()
