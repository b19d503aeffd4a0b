"""Side by side: one input, several models, metrics and cost, and a verdict.

``run_comparison(spec, engines, on_event=..., cancel=...)`` sends the same
input to every model of a ``Comparison`` and returns a ``ComparisonResult``
with one ``ModelRun`` per column. It blocks until every model has
finished, failed or been cancelled; the GUI runs it on a worker thread and
turns the ``CompareEvent``s into signals. A column is a model, or one model
with settings of its own (``ColumnSettings``): the same model may fill two
columns, which then share its engine and are told apart by their names.

Scheduling. Remote models each run on their own thread at once. Local
models each run in their own child process (one ``LocalEngine`` per model),
at once when their estimated memory fits what the computer has available,
otherwise one after another in column order: a local model that must wait
gets a ``queued`` event with its place in the queue, and another each time
it moves up. A local model that finished while another waits for memory is
unloaded, so the next one gets its memory.

Isolation. Each model runs on its own thread with its own cancel token:
one failing (a ``UserFacingError``, or a bug) or being cancelled ends that
column only. ``cancel`` is "Stop all".

Metrics (``ModelMetrics``) come from each engine's ``Stats`` plus what this
module measures itself: model load time and peak memory (the resident size
of a local model's child process, sampled while it runs). A local model's
cost is 0: it is charged nothing per token. A remote model's cost is None
where no price is known, never a guess. ``METRICS`` says, for each metric,
whether lower or higher is better; ``best_values`` and ``verdict`` read it.

This module imports no Qt.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Literal, Mapping, Protocol, Sequence, cast, runtime_checkable

import psutil

from app.core.cancel import CancelToken, Cancelled
from app.core.engines.base import ChatRequest, Engine, Stats
from app.core.engines.registry import EngineRegistry
from app.core.errors import InvalidRequestError, UserFacingError
from app.core.models.gguf import read_gguf
from app.core.models.hardware import estimate_memory, kv_shape_from_gguf
from app.core.model_id import InvalidModelIdError, ModelId
from app.core.plural import counted
from app.core.tasks.batch import BatchProgress, BatchSpec, ClassifyJob, Job, RowResult, TranslateJob, run_batch
from app.core.tasks.chat import ChatParams, Conversation
from app.core.tasks.classification import Classifier, ClassifyOptions, Label, LabelSet
from app.core.tasks.tables import Table, read_table
from app.core.tasks.translation import TranslationOptions, find_language, translate

log = logging.getLogger(__name__)

Task = Literal["chat", "translate", "classify", "batch-classify", "batch-translate"]
TASKS: tuple[Task, ...] = ("chat", "translate", "classify", "batch-classify", "batch-translate")
BATCH_TASKS: tuple[Task, ...] = ("batch-classify", "batch-translate")
MIN_MODELS = 2
MAX_MODELS = 4
#: A chat answer's length limit when the spec gives none.
DEFAULT_CHAT_MAX_TOKENS = 512

Status = Literal["pending", "finished", "failed", "cancelled"]
#: How a status reads in a table or a report.
STATUS_LABELS: dict[str, str] = {"pending": "not run", "finished": "finished", "failed": "failed", "cancelled": "stopped"}
EventKind = Literal["queued", "loading", "started", "text", "progress", "finished", "failed", "cancelled"]

#: Reads the bytes of memory available for new local models (``psutil.virtual_memory().available``).
MemoryProbe = Callable[[], int]
#: The context assumed for a local model whose file does not say.
FALLBACK_CONTEXT = 4096
#: Share of the available memory that local models may plan to fill together.
MEMORY_HEADROOM = 0.8
#: How often a local model's child process has its resident size read.
RSS_SAMPLE_S = 0.05
#: Ratios within this of 1 read as "about the same".
SAME_RATIO = 0.1
#: Accuracies within this many percentage points read as "as accurate as".
SAME_ACCURACY_POINTS = 1.0


# -- the spec ---------------------------------------------------------------------------

#: The settings a column may set for itself, per task: what the task sends to the model.
COLUMN_SETTINGS: dict[str, tuple[str, ...]] = {
    "chat": ("temperature", "system"),
    "translate": ("temperature",),
    "batch-translate": ("temperature",),
    "classify": (),
    "batch-classify": (),
}
#: Characters of a system prompt shown in a column's name.
SYSTEM_IN_NAME = 24


@dataclass(frozen=True)
class ColumnSettings:
    """What one column sets for itself, so that one model can be compared with itself; None: the comparison's own."""

    temperature: float | None = None
    system: str | None = None


@dataclass(frozen=True)
class Comparison:
    """What to compare: a task, its input and options, and 2–4 columns.

    Each column is a model id; ``columns`` (empty, or one ``ColumnSettings`` per
    model) lets a column set its own temperature or system prompt, so the same
    model may fill two columns when their settings differ. ``column_labels()``
    names the columns by what differs.

    Which fields apply depends on ``task``:

    * chat: ``text`` (the prompt), ``system``, ``max_tokens``, ``temperature``, ``seed``;
    * translate: ``text``, ``target`` (code or name), ``source`` (None: detect),
      ``temperature``, ``seed``, ``max_tokens``;
    * classify: ``text``, ``labels`` (each ``"name"`` or ``"name=description"``), ``multi``;
    * batch-classify / batch-translate: ``input_path``, ``text_column``,
      ``gold_column`` (batch-classify: accuracy and macro-F1), and the options
      of classify / translate.

    ``validate()`` raises ``InvalidRequestError`` naming what is missing.
    ``to_dict()`` / ``from_dict()`` round-trip through JSON.
    """

    task: Task
    models: tuple[str, ...]
    text: str = ""
    title: str = ""
    system: str = ""
    #: None: 512 for chat; sized from the text for translation.
    max_tokens: int | None = None
    temperature: float = 0.7
    seed: int | None = None
    target: str = ""
    source: str | None = None
    labels: tuple[str, ...] = ()
    multi: bool = False
    input_path: str | None = None
    text_column: str = ""
    gold_column: str | None = None
    columns: tuple[ColumnSettings, ...] = ()

    def validate(self) -> Comparison:
        """This spec with the model ids trimmed; ``InvalidRequestError`` saying what is wrong otherwise."""
        if self.task not in TASKS:
            raise InvalidRequestError(f"Unknown comparison task {self.task!r}.", f"Pick one of: {', '.join(TASKS)}.")
        models = [m.strip() for m in self.models]
        if not MIN_MODELS <= len(models) <= MAX_MODELS:
            raise InvalidRequestError(
                f"A comparison needs {MIN_MODELS} to {MAX_MODELS} models (got {len(models)}).",
                "Add or remove models.",
            )
        if not all(models):
            raise InvalidRequestError("A model id is empty.", "Pick a model for every column.")
        if self.columns and len(self.columns) != len(models):
            raise InvalidRequestError(
                f"There are settings for {counted(len(self.columns), 'column')} but {len(models)} models.",
                "Give every model its own settings, or none.",
            )
        spec = replace(self, models=tuple(models))
        columns = [(model, spec._used_settings(i)) for i, model in enumerate(models)]
        twice = sorted({model for model, used in columns if columns.count((model, used)) > 1})
        if twice:
            if COLUMN_SETTINGS[self.task]:
                hint = "Compare different models, or give each column its own temperature or system prompt."
            else:
                hint = "Compare different models: a column of this task has no settings of its own."
            raise InvalidRequestError(f"{', '.join(twice)} appears more than once with the same settings.", hint)
        if self.task in BATCH_TASKS:
            if not self.input_path:
                raise InvalidRequestError("No input file was given.", "Pick a CSV or JSONL file to run over.")
            if not self.text_column.strip():
                raise InvalidRequestError("No text column was given.", "Name the column that holds the text.")
        elif not self.text.strip():
            what = {"chat": "The prompt", "translate": "The text to translate", "classify": "The text to classify"}
            raise InvalidRequestError(f"{what[self.task]} is empty.", "Type or paste some text.")
        if self.task in ("translate", "batch-translate"):
            if not self.target.strip():
                raise InvalidRequestError("No target language was given.", "Pick the language to translate into.")
            find_language(self.target)
            if self.source:
                find_language(self.source)
        if self.task in ("classify", "batch-classify"):
            self.classifier()
        if self.max_tokens is not None and self.max_tokens < 1:
            raise InvalidRequestError(
                f"max_tokens must be at least 1 (got {self.max_tokens}).", "Raise the answer length limit."
            )
        return spec

    def for_column(self, index: int) -> Comparison:
        """This spec as column ``index`` runs it: its own settings in place of the shared ones."""
        if not self.columns:
            return self
        own = self.columns[index]
        return replace(
            self,
            temperature=self.temperature if own.temperature is None else own.temperature,
            system=self.system if own.system is None else own.system,
            columns=(),
        )

    def _used_settings(self, index: int) -> tuple[tuple[str, object], ...]:
        column = self.for_column(index)
        return tuple((name, getattr(column, name)) for name in COLUMN_SETTINGS[self.task])

    def column_settings(self, index: int) -> dict[str, object]:
        """The settings column ``index`` runs with, of those a column may set for this task."""
        return dict(self._used_settings(index))

    def column_labels(self) -> tuple[str, ...]:
        """One name per column: the model id, then the settings that differ between columns.

        ``("starter (temperature 0.2)", "starter (temperature 1.0)")``; just the model ids
        when no setting differs. Names are unique for a valid spec: two columns alike in
        model and in every differing setting are alike in all, which ``validate`` refuses.
        """
        columns = [self.for_column(i) for i in range(len(self.models))]
        parts: list[list[str]] = [[] for _ in columns]
        used = COLUMN_SETTINGS.get(self.task, ())
        if "temperature" in used and len({c.temperature for c in columns}) > 1:
            for part, column in zip(parts, columns):
                part.append(f"temperature {format_temperature(column.temperature)}")
        if "system" in used and len({c.system for c in columns}) > 1:
            for part, name in zip(parts, _system_names([c.system for c in columns])):
                part.append(name)
        return tuple(f"{model} ({', '.join(part)})" if part else model for model, part in zip(self.models, parts))

    @property
    def is_batch(self) -> bool:
        return self.task in BATCH_TASKS

    @property
    def display_title(self) -> str:
        """``title``, or one made from the task and the start of the input."""
        if self.title.strip():
            return self.title.strip()
        if self.is_batch:
            subject = Path(self.input_path or "").name
        else:
            subject = " ".join(self.text.split())
            if len(subject) > 60:
                subject = subject[:59].rstrip() + "…"
        return f"{self.task}: {subject}"

    def classifier(self) -> Classifier:
        """The checked classifier of a classify task (raises ``InvalidRequestError`` for a bad label set)."""
        labels = []
        for item in self.labels:
            name, _, description = item.partition("=")
            labels.append(Label(name.strip(), description.strip()))
        return Classifier(LabelSet(tuple(labels)), ClassifyOptions(multi=self.multi))

    def translation_options(self) -> TranslationOptions:
        return TranslationOptions(
            target=self.target, source=self.source or None, temperature=self.temperature, seed=self.seed,
            max_tokens=self.max_tokens,
        )  # fmt: skip

    def chat_request(self) -> ChatRequest:
        conversation = Conversation(system_prompt=self.system)
        conversation.add_user(self.text)
        params = ChatParams(
            temperature=self.temperature, max_tokens=self.max_tokens or DEFAULT_CHAT_MAX_TOKENS, seed=self.seed
        )
        return conversation.request(params)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["models"] = list(self.models)
        data["labels"] = list(self.labels)
        data["columns"] = [asdict(c) for c in self.columns]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Comparison:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["models"] = tuple(cast(Sequence[str], values.get("models", ())))
        values["labels"] = tuple(cast(Sequence[str], values.get("labels", ())))
        values["columns"] = tuple(ColumnSettings(**c) for c in cast(Sequence[dict], values.get("columns", ())))
        return cls(**values)  # type: ignore[arg-type]


def format_temperature(value: float) -> str:
    """A temperature as a column's name shows it: exact, so that two different ones never read alike ("1.0")."""
    return repr(float(value))


def _system_names(prompts: Sequence[str]) -> list[str]:
    """How each column's system prompt reads in its name: its start, or its number where starts look alike."""
    def start(text: str) -> str:
        one_line = " ".join(text.split())
        return one_line if len(one_line) <= SYSTEM_IN_NAME else one_line[: SYSTEM_IN_NAME - 1].rstrip() + "…"

    distinct = list(dict.fromkeys(p for p in prompts if p.strip()))
    if len({start(p) for p in distinct}) == len(distinct):
        return [f'system "{start(p)}"' if p.strip() else "no system prompt" for p in prompts]
    return [f"system prompt {distinct.index(p) + 1}" if p.strip() else "no system prompt" for p in prompts]


# -- metrics ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricInfo:
    key: str
    #: Column header ("Time to first token").
    label: str
    #: "lower" or "higher" is better; None: not ranked (token counts depend on the tokenizer).
    better: Literal["lower", "higher"] | None
    #: How ``format_metric`` shows it: "s", "tok/s", "tokens", "usd", "bytes", "ratio", "rows/min".
    unit: str


#: Every metric, in display order.
METRICS: tuple[MetricInfo, ...] = (
    MetricInfo("accuracy", "Accuracy", "higher", "ratio"),
    MetricInfo("macro_f1", "Macro-F1", "higher", "ratio"),
    MetricInfo("load_s", "Load time", "lower", "s"),
    MetricInfo("ttft_s", "Time to first token", "lower", "s"),
    MetricInfo("tokens_per_s", "Speed", "higher", "tok/s"),
    MetricInfo("rows_per_min", "Rows per minute", "higher", "rows/min"),
    MetricInfo("tokens_in", "Tokens in", None, "tokens"),
    MetricInfo("tokens_out", "Tokens out", None, "tokens"),
    MetricInfo("wall_s", "Wall time", "lower", "s"),
    MetricInfo("cost_usd", "Cost", "lower", "usd"),
    MetricInfo("cost_per_1k_rows", "Cost per 1,000 rows", "lower", "usd"),
    MetricInfo("peak_rss_bytes", "Peak memory", "lower", "bytes"),
)
METRIC_INFO: dict[str, MetricInfo] = {m.key: m for m in METRICS}


@dataclass
class ModelMetrics:
    """One column's figures; None where unknown or not applicable (load time of a remote model)."""

    load_s: float | None = None
    ttft_s: float | None = None
    tokens_per_s: float | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None
    wall_s: float | None = None
    cost_usd: float | None = None
    peak_rss_bytes: int | None = None
    #: Batch classification with a gold column: 0..1.
    accuracy: float | None = None
    macro_f1: float | None = None
    cost_per_1k_rows: float | None = None
    rows_per_min: float | None = None

    def get(self, key: str) -> float | None:
        return cast("float | None", getattr(self, key))

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def format_metric(key: str, value: float | None) -> str:
    """One metric for a table cell: "0.42 s", "$0.0012", "91.0%", "—" when unknown."""
    if value is None:
        return "—"
    unit = METRIC_INFO[key].unit
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "tok/s":
        return f"{value:.1f} tok/s"
    if unit == "rows/min":
        return f"{value:.1f} rows/min"
    if unit == "tokens":
        return f"{int(value):,}"
    if unit == "usd":
        if value == 0 or value >= 0.0001:
            return "$0" if value == 0 else f"${value:.4f}"
        return "$" + f"{value:.8f}".rstrip("0")  # fractions of a cent: a short prompt's price
    if unit == "bytes":
        return f"{value / 1024**2:,.0f} MiB"
    return f"{value * 100:.1f}%"


# -- results ----------------------------------------------------------------------------


@dataclass
class ModelRun:
    """One model's column: its output, figures and outcome.

    ``text``: the answer or translation (partial when stopped or failed);
    for classify, the chosen label(s). ``classification``: the
    ``ClassificationResult.to_dict()`` of a classify task (label,
    probabilities...). ``warnings``: translation checks. ``rows``: a batch
    run's per-row outcomes (index, label or translation, error).
    ``batch_metrics``: ``Metrics.to_dict()`` when a gold column was given.
    ``error_title``/``error``: set when ``status == "failed"``.
    ``column``: the column's name (``Comparison.column_labels()``), which tells
    apart two columns of one model; the model id when left empty.
    """

    model_id: str
    destination: str | None
    status: Status = "pending"
    text: str = ""
    classification: dict[str, object] | None = None
    warnings: list[str] = field(default_factory=list)
    stats: Stats | None = None
    metrics: ModelMetrics = field(default_factory=ModelMetrics)
    rows: list[dict[str, object]] = field(default_factory=list)
    rows_done: int = 0
    rows_total: int = 0
    batch_metrics: dict[str, object] | None = None
    notes: list[str] = field(default_factory=list)
    error_title: str = ""
    error: str = ""
    column: str = ""

    def __post_init__(self) -> None:
        # Comparisons saved before columns had names of their own had one column per model.
        self.column = self.column or self.model_id

    @property
    def destination_label(self) -> str:
        """The privacy badge: "stays on this computer" or "sent to <provider>"."""
        return "stays on this computer" if self.destination is None else f"sent to {self.destination}"

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["stats"] = self.stats.to_dict() if self.stats is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ModelRun:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        stats = values.get("stats")
        values["stats"] = Stats(**cast(dict, stats)) if stats is not None else None
        values["metrics"] = ModelMetrics(**cast(dict, values.get("metrics") or {}))
        return cls(**values)  # type: ignore[arg-type]


@dataclass
class ComparisonResult:
    """A finished (or stopped) comparison: the spec, one run per model, in the spec's order.

    ``id`` is made when the run starts; the store saves under it.
    ``created`` is an ISO 8601 UTC timestamp. ``stopped``: "Stop all" was pressed.
    """

    id: str
    created: str
    spec: Comparison
    runs: list[ModelRun]
    stopped: bool = False

    def run_for(self, column: str) -> ModelRun:
        """The run of the column of this name (the model id, unless one model fills several columns)."""
        for run in self.runs:
            if run.column == column:
                return run
        raise KeyError(column)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "created": self.created,
            "spec": self.spec.to_dict(),
            "runs": [run.to_dict() for run in self.runs],
            "stopped": self.stopped,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ComparisonResult:
        return cls(
            id=str(data["id"]),
            created=str(data["created"]),
            spec=Comparison.from_dict(cast(dict, data["spec"])),
            runs=[ModelRun.from_dict(r) for r in cast(list, data["runs"])],
            stopped=bool(data.get("stopped", False)),
        )


@dataclass(frozen=True)
class CompareEvent:
    """One step of one model's run, handed to ``on_event`` from that model's thread.

    ``t``: seconds since the comparison started (one clock for every model).
    ``queued``: ``queue_position`` (1 = next to start). ``text``: ``text`` is a
    delta of the answer. ``progress``: ``done``/``total`` rows of a batch.
    ``finished``/``failed``/``cancelled``: ``run`` is the column's final state.
    ``column``: the column's name; the model id when left empty.
    """

    model_id: str
    kind: EventKind
    t: float
    text: str = ""
    queue_position: int | None = None
    done: int = 0
    total: int = 0
    run: ModelRun | None = None
    column: str = ""

    def __post_init__(self) -> None:
        if not self.column:
            object.__setattr__(self, "column", self.model_id)


# -- running ----------------------------------------------------------------------------


@runtime_checkable
class _LocalModel(Protocol):
    """What a local engine offers beyond ``Engine``: its file, its child process, an eager load."""

    model_path: Path

    @property
    def pid(self) -> int | None: ...

    def load(self) -> float: ...


class _EitherCancel(CancelToken):
    """Cancelled when its own token or "Stop all" is: engines see one token per model."""

    def __init__(self, *tokens: CancelToken) -> None:
        super().__init__()
        self._tokens = tokens

    @property
    def cancelled(self) -> bool:
        return self._event.is_set() or any(t.cancelled for t in self._tokens)

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.cancelled:
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._tokens[0].wait(min(left, 0.02))
        return True


def run_comparison(
    spec: Comparison,
    engines: EngineRegistry,
    *,
    on_event: Callable[[CompareEvent], None],
    cancel: CancelToken,
    model_cancels: Mapping[str, CancelToken] | None = None,
    max_parallel_local: int | None = None,
    memory_probe: MemoryProbe | None = None,
    work_dir: Path | None = None,
) -> ComparisonResult:
    """Run ``spec`` on every model; blocks until all are done, failed or cancelled.

    ``cancel`` stops every model ("Stop all"); ``model_cancels[column]``
    stops one column (its name from ``column_labels()``: the model id unless
    one model fills several columns). ``max_parallel_local`` caps how many local models run at once
    (None: as many as memory allows); ``memory_probe`` replaces the psutil
    reading of available memory (tests declare it too small). ``work_dir``:
    where batch tasks write each model's output CSV and resume journal, in a
    folder named after the comparison's id (required for batch tasks).
    ``on_event`` is called from worker threads and must not block for long.

    Raises ``UserFacingError`` before anything runs for a bad spec or a batch
    file that cannot be used; each model's own failure ends up in its
    ``ModelRun``. Stop all waits for a local model that is loading to finish
    loading (llama.cpp cannot be interrupted there).
    """
    spec = spec.validate()
    if spec.is_batch and work_dir is None:
        raise InvalidRequestError("Batch comparisons need a folder for their output.", "Pass work_dir.")
    runner = _Runner(spec, engines, on_event, cancel, model_cancels or {}, max_parallel_local,
                     memory_probe or _available_memory, work_dir)  # fmt: skip
    return runner.run()


def _available_memory() -> int:
    return int(psutil.virtual_memory().available)


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _guess_destination(model_id: str) -> str | None:
    """Where a model whose engine could not be made would have sent the text: its provider's name.

    Text that is no model id went nowhere: no engine could be made for it.
    """
    try:
        return ModelId.parse(model_id.strip()).provider
    except InvalidModelIdError:
        return None


class _LocalGate:
    """Lets local models start in column order while their estimated memory fits together.

    ``plan`` admits, before any thread starts, the models that can start at
    once, so the first queue positions told are the real ones. The first in
    the queue always starts when no other local model runs, so a model too
    big for the estimate still gets its turn (and its load error).
    """

    def __init__(
        self, budget: int, max_parallel: int | None, on_position: Callable[[str, int], None]
    ) -> None:
        self._budget = budget
        self._max_parallel = max_parallel
        self._on_position = on_position
        self._cond = threading.Condition()
        self._needs: dict[str, int] = {}
        self._waiting: list[str] = []
        self._running: dict[str, int] = {}
        #: The queue position each waiting model was last told.
        self._told: dict[str, int] = {}

    def plan(self, needs: Sequence[tuple[str, int]]) -> None:
        """The local models in column order, with the bytes each will take."""
        with self._cond:
            self._needs = dict(needs)
            self._waiting = [model_id for model_id, _ in needs]
            self._admit()

    def enter(self, model_id: str, cancel: CancelToken) -> bool:
        """Wait for this model's turn; False when cancelled while waiting."""
        with self._cond:
            while model_id not in self._running:
                position = self._waiting.index(model_id) + 1
                if self._told.get(model_id) != position:
                    self._told[model_id] = position
                    self._on_position(model_id, position)
                if cancel.cancelled:
                    self._waiting.remove(model_id)
                    self._admit()
                    return False
                self._cond.wait(0.05)
            return True

    def has_waiting(self) -> bool:
        with self._cond:
            return bool(self._waiting)

    def leave(self, model_id: str) -> None:
        """Done with the memory: the next in the queue may start."""
        with self._cond:
            self._running.pop(model_id, None)
            self._admit()

    def _admit(self) -> None:
        while self._waiting and self._fits(self._needs[self._waiting[0]]):
            model_id = self._waiting.pop(0)
            self._running[model_id] = self._needs[model_id]
        self._cond.notify_all()

    def _fits(self, need: int) -> bool:
        if not self._running:
            return True
        if self._max_parallel is not None and len(self._running) >= self._max_parallel:
            return False
        return sum(self._running.values()) + need <= self._budget


class _RssSampler:
    """Samples a local engine's child process resident size until stopped; keeps the peak."""

    def __init__(self, engine: _LocalModel) -> None:
        self._engine = engine
        self._stop = threading.Event()
        self.peak: int | None = None
        self._thread = threading.Thread(target=self._loop, name="plinth-rss-sampler", daemon=True)

    def __enter__(self) -> _RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _loop(self) -> None:
        while not self._stop.wait(RSS_SAMPLE_S):
            self._sample()

    def _sample(self) -> None:
        pid = self._engine.pid
        if pid is None:
            return
        try:
            rss = int(psutil.Process(pid).memory_info().rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            return
        if self.peak is None or rss > self.peak:
            self.peak = rss


def _memory_need(engine: _LocalModel) -> int:
    """Bytes a local model will take once loaded; 0 when it already is (that memory is no longer available).

    A missing file counts as nothing here: its load fails and says why.
    """
    if engine.pid is not None:
        return 0
    path = engine.model_path
    try:
        size = path.stat().st_size
    except OSError:
        return 0
    try:
        shape = kv_shape_from_gguf(read_gguf(path))
    except (UserFacingError, OSError, ValueError):
        shape = None  # estimated from the size alone
    n_ctx = cast(Engine, engine).capabilities.max_context or FALLBACK_CONTEXT
    return estimate_memory(size, n_ctx, shape).total


@dataclass
class _Column:
    """One column to run: its place, its run, its engine (or why there is none) and its own spec."""

    index: int
    run: ModelRun
    engine: Engine | None
    error: Exception | None
    spec: Comparison


class _Runner:
    def __init__(
        self,
        spec: Comparison,
        engines: EngineRegistry,
        on_event: Callable[[CompareEvent], None],
        stop_all: CancelToken,
        model_cancels: Mapping[str, CancelToken],
        max_parallel_local: int | None,
        memory_probe: MemoryProbe,
        work_dir: Path | None,
    ) -> None:
        self.spec = spec
        self.engines = engines
        self.on_event = on_event
        self.stop_all = stop_all
        self.model_cancels = model_cancels
        self.work_dir = work_dir
        self.id = uuid.uuid4().hex
        self.created = _now_iso()
        self.start = time.perf_counter()
        self.max_parallel_local = max_parallel_local
        self.memory_probe = memory_probe
        self.gate: _LocalGate | None = None
        self.table: Table | None = None
        self.runs: dict[str, ModelRun] = {}
        #: model id → columns of that local model not yet done with its engine, which they share.
        self._engine_users: Counter[str] = Counter()
        self._engine_users_lock = threading.Lock()

    def run(self) -> ComparisonResult:
        spec = self.spec
        if spec.is_batch:
            # Read once, here: a missing file or column fails the whole comparison
            # before any model starts, and every model gets the same rows.
            self.table = read_table(Path(spec.input_path or ""))
            self.table.require(spec.text_column, "text")
            if spec.gold_column:
                self.table.require(spec.gold_column, "gold label")
        columns: list[_Column] = []
        for index, (model_id, name) in enumerate(zip(spec.models, spec.column_labels())):
            try:
                engine: Engine | None = self.engines.get(model_id)
                error = None
            except Exception as exc:  # one unusable model fails its column, not the comparison
                engine, error = None, exc
            destination = engine.destination if engine is not None else _guess_destination(model_id)
            run = ModelRun(model_id, destination, column=name)
            self.runs[name] = run
            columns.append(_Column(index, run, engine, error, spec.for_column(index)))
        local = [c for c in columns if isinstance(c.engine, _LocalModel)]
        self._engine_users.update(c.run.model_id for c in local)
        budget = int(self.memory_probe() * MEMORY_HEADROOM)
        self.gate = _LocalGate(budget, self.max_parallel_local, self._on_queue_position)
        self.gate.plan([(c.run.column, _memory_need(cast(_LocalModel, c.engine))) for c in local])
        threads = [
            threading.Thread(target=self._run_one, args=(c,), name=f"plinth-compare-{c.run.column}") for c in columns
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return ComparisonResult(self.id, self.created, spec, [c.run for c in columns], stopped=self.stop_all.cancelled)

    # -- events -------------------------------------------------------------------------

    def emit(self, source: ModelRun, kind: EventKind, **kwargs: object) -> None:
        t = time.perf_counter() - self.start
        event = CompareEvent(source.model_id, kind, t, column=source.column, **kwargs)  # type: ignore[arg-type]
        try:
            self.on_event(event)
        except Exception:
            # A broken listener must not stop the model: the result still has everything.
            log.exception("Comparison event listener failed on %s", event.kind)

    def _on_queue_position(self, column: str, position: int) -> None:
        self.emit(self.runs[column], "queued", queue_position=position)

    # -- one column ---------------------------------------------------------------------

    def _run_one(self, column: _Column) -> None:
        run, engine = column.run, column.engine
        own = self.model_cancels.get(run.column) or CancelToken()
        cancel = _EitherCancel(own, self.stop_all)
        try:
            if column.error is not None:
                raise column.error
            assert engine is not None
            if isinstance(engine, _LocalModel):
                self._run_local(column, engine, cancel)
            else:
                self._run_task(column, engine, cancel)
        except Cancelled:
            run.status = "cancelled"
        except UserFacingError as exc:
            run.status, run.error_title, run.error = "failed", exc.title, str(exc)
        except Exception as exc:
            log.exception("Comparison run of %s failed", run.model_id)
            run.status, run.error_title = "failed", "Something went wrong"
            run.error = (
                f"{type(exc).__name__}: {exc}. This is a bug in Plinth; the other models were not affected."
            )
        else:
            if run.status == "pending":
                run.status = "finished"
        self.emit(run, cast(EventKind, run.status), run=run)

    def _run_local(self, column: _Column, engine: _LocalModel, cancel: CancelToken) -> None:
        gate = self.gate
        assert gate is not None
        run = column.run
        if not gate.enter(run.column, cancel):
            self._done_with_engine(run.model_id)
            raise Cancelled
        try:
            if cancel.cancelled:
                raise Cancelled
            with _RssSampler(engine) as sampler:
                try:
                    self.emit(run, "loading")
                    run.metrics.load_s = engine.load()
                    if cancel.cancelled:
                        raise Cancelled
                    self._run_task(column, cast(Engine, engine), cancel)
                finally:
                    run.metrics.peak_rss_bytes = sampler.peak
        finally:
            self._done_with_engine(run.model_id)
            gate.leave(run.column)

    def _done_with_engine(self, model_id: str) -> None:
        """One column is done with a local model: free its memory for a waiting model, if no column still needs it.

        Columns of one model share its engine (one child process); closing it under another
        column would stop that column's answer.
        """
        with self._engine_users_lock:
            self._engine_users[model_id] -= 1
            last = self._engine_users[model_id] == 0
        if last and self.gate is not None and self.gate.has_waiting():
            # The next model in the queue is waiting for this one's memory: free it before that one loads.
            self.engines.close(model_id)

    def _run_task(self, column: _Column, engine: Engine, cancel: CancelToken) -> None:
        run, spec = column.run, column.spec
        self.emit(run, "started")
        started = time.perf_counter()
        try:
            if spec.task == "chat":
                self._chat(run, spec, engine, cancel)
            elif spec.task == "translate":
                self._translate(run, spec, engine, cancel)
            elif spec.task == "classify":
                self._classify(run, spec, engine, cancel)
            else:
                self._batch(column, engine, cancel)
        finally:
            if run.metrics.wall_s is None:
                run.metrics.wall_s = time.perf_counter() - started
            if run.destination is None and run.metrics.cost_usd is None:
                run.metrics.cost_usd = 0.0

    def _take_stats(self, run: ModelRun, stats: Stats) -> None:
        run.stats = stats
        m = run.metrics
        m.ttft_s, m.tokens_per_s = stats.ttft_s, stats.tokens_per_s
        m.tokens_in, m.tokens_out, m.wall_s = stats.tokens_in, stats.tokens_out, stats.wall_s
        m.cost_usd = 0.0 if run.destination is None else stats.cost_usd
        if stats.stop_reason == "cancelled":
            run.status = "cancelled"

    def _chat(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        for chunk in engine.stream(spec.chat_request(), cancel):
            if chunk.text:
                run.text += chunk.text
                self.emit(run, "text", text=chunk.text)
            if chunk.stats is not None:
                self._take_stats(run, chunk.stats)

    def _translate(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        def on_text(delta: str) -> None:
            run.text += delta
            self.emit(run, "text", text=delta)

        result = translate(engine, spec.text, spec.translation_options(), cancel=cancel, on_text=on_text)
        run.text = result.text
        run.warnings = [w.message for w in result.warnings]
        self._take_stats(run, result.stats)

    def _classify(self, run: ModelRun, spec: Comparison, engine: Engine, cancel: CancelToken) -> None:
        result = spec.classifier().run(engine, spec.text, cancel)
        run.classification = result.to_dict()
        run.text = ", ".join(result.labels) if result.labels else result.display_label
        if result.note:
            run.notes.append(result.note)
        self._take_stats(run, result.stats)

    def _batch(self, column: _Column, engine: Engine, cancel: CancelToken) -> None:
        run, spec = column.run, column.spec
        assert self.work_dir is not None and self.table is not None
        job: Job
        if spec.task == "batch-classify":
            classifier = spec.classifier()
            job = ClassifyJob(classifier.labels, multi=spec.multi)
        else:
            job = TranslateJob(spec.translation_options())
        out_dir = self.work_dir / self.id
        out_dir.mkdir(parents=True, exist_ok=True)
        name = _slug(run.model_id)
        if spec.models.count(run.model_id) > 1:
            name += f"-column{column.index + 1}"  # one model in several columns: a file each
        batch = BatchSpec(
            input_path=Path(spec.input_path or ""),
            text_column=spec.text_column,
            output_path=out_dir / f"{name}.csv",
            job=job,
            gold_column=spec.gold_column or None,
        )
        run.rows_total = len(self.table.rows)

        def on_progress(progress: BatchProgress) -> None:
            run.rows_done, run.rows_total = progress.done, progress.total
            self.emit(run, "progress", done=progress.done, total=progress.total)

        summary = run_batch(engine, batch, on_progress=on_progress, cancel=cancel, table=self.table)
        run.rows_done, run.rows_total = summary.done, summary.total
        run.rows = [_row_dict(r) for r in summary.results]
        run.notes.extend(summary.notes)
        cost = 0.0 if run.destination is None else summary.cost_usd
        elapsed = summary.elapsed_s
        m = run.metrics
        m.tokens_in, m.tokens_out, m.wall_s, m.cost_usd = summary.tokens_in, summary.tokens_out, elapsed, cost
        done_here = summary.done - summary.resumed
        m.rows_per_min = done_here / elapsed * 60 if elapsed > 0 and done_here else None
        m.cost_per_1k_rows = cost / summary.done * 1000 if cost is not None and summary.done else None
        if summary.metrics is not None:
            m.accuracy, m.macro_f1 = summary.metrics.accuracy, summary.metrics.macro_f1
            run.batch_metrics = summary.metrics.to_dict()
        run.stats = Stats(
            tokens_in=summary.tokens_in, tokens_out=summary.tokens_out, wall_s=elapsed,
            stop_reason="cancelled" if summary.cancelled else "stop", cost_usd=cost,
            tokens_in_estimated=summary.tokens_in_estimated,
        )  # fmt: skip
        if summary.cancelled:
            run.status = "cancelled"


def _row_dict(row: RowResult) -> dict[str, object]:
    out: dict[str, object] = {"index": row.index}
    if row.translation is not None:
        out["translation"] = row.translation
    else:
        out["label"] = row.label
        out["labels"] = list(row.labels)
        out["probabilities"] = row.probabilities
    out["error"] = row.error
    return out


def _slug(model_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model_id).strip("_") or "model"


# -- reading results ----------------------------------------------------------------------


def display_answer(run: ModelRun) -> str:
    """A column's output as one text: the answer, the label with its probabilities, or the rows done."""
    if run.rows_total:
        return f"{run.rows_done} of {counted(run.rows_total, 'row')} done"
    probabilities = (run.classification or {}).get("probabilities")
    if isinstance(probabilities, dict):
        return f"{run.text} (" + ", ".join(f"{k} {v:.2f}" for k, v in probabilities.items()) + ")"
    return run.text


def row_outcome(row: Mapping[str, object]) -> str:
    """What one batch row (an entry of ``ModelRun.rows``) came to, in words: its error, label(s) or translation."""
    if row.get("error"):
        return str(row["error"])
    if "translation" in row:
        return str(row.get("translation") or "")
    labels = row.get("labels")
    if isinstance(labels, list) and len(labels) > 1:
        return ", ".join(map(str, labels))
    return str(row.get("label") or "(abstained)")


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def best_values(result: ComparisonResult) -> dict[str, tuple[str, ...]]:
    """``{metric key: columns holding the best value}`` among finished runs (names, as ``ModelRun.column``).

    Several ids when they tie. A metric is left out when fewer than two
    finished models have a value for it, or when all of them tie (nothing
    stands out).
    """
    best: dict[str, tuple[str, ...]] = {}
    finished = [r for r in result.runs if r.status == "finished"]
    for info in METRICS:
        if info.better is None:
            continue
        values = [(r.column, v) for r in finished if (v := r.metrics.get(info.key)) is not None]
        if len(values) < 2:
            continue
        pick = min if info.better == "lower" else max
        top = pick(v for _, v in values)
        winners = tuple(column for column, v in values if _close(v, top))
        if len(winners) < len(values):
            best[info.key] = winners
    return best


def _times(ratio: float) -> str:
    return f"{ratio:.1f}×" if ratio < 2 else f"{ratio:.0f}×"


def _speed_key(result: ComparisonResult, a: ModelRun, b: ModelRun) -> str | None:
    """The speed figure both runs have, for this task: rows/min, tokens/s or wall time."""
    task = result.spec.task
    keys = ["rows_per_min"] if task in BATCH_TASKS else ["tokens_per_s", "wall_s"] if task != "classify" else ["wall_s"]
    for key in keys:
        if a.metrics.get(key) and b.metrics.get(key):
            return key
    return None


def _speed_clause(result: ComparisonResult, a: ModelRun, b: ModelRun) -> str | None:
    """How fast B is next to A ("3× slower", "about as fast"); None when unknown."""
    key = _speed_key(result, a, b)
    if key is None:
        return None
    va, vb = cast(float, a.metrics.get(key)), cast(float, b.metrics.get(key))
    ratio = vb / va if METRIC_INFO[key].better == "higher" else va / vb
    if abs(ratio - 1) <= SAME_RATIO:
        return "about as fast"
    return f"{_times(ratio)} faster" if ratio > 1 else f"{_times(1 / ratio)} slower"


def _cost_clause(a: ModelRun, b: ModelRun) -> str:
    """What B costs next to A ("at 1/20 of the cost", "at no cost"), honest about unknown prices."""
    ca, cb = a.metrics.cost_usd, b.metrics.cost_usd
    if ca is None and cb is None:
        return "at an unknown cost (no price is known for either)"
    if cb is None:
        return f"at an unknown cost (no price is known for {b.column})"
    if ca is None:
        return f"at {format_metric('cost_usd', cb)} ({a.column}'s cost is unknown)"
    if ca == 0 and cb == 0:
        return f"at no cost, like {a.column}"
    if cb == 0:
        return "at no cost"
    if ca == 0:
        return f"at {format_metric('cost_usd', cb)} where {a.column} costs nothing"
    ratio = cb / ca
    if abs(ratio - 1) <= SAME_RATIO:
        return "at about the same cost"
    if ratio < 1:
        return f"at 1/{1 / ratio:.0f} of the cost" if ratio <= 0.5 else f"at {ratio:.0%} of the cost"
    return f"at {_times(ratio)} the cost"


def _accuracy_clause(a: ModelRun, b: ModelRun) -> str:
    aa, ab = cast(float, a.metrics.accuracy), cast(float, b.metrics.accuracy)
    points = round((ab - aa) * 100, 6)  # 0.90 - 0.91 is not quite -0.01 in floating point
    if abs(points) <= SAME_ACCURACY_POINTS:
        return f"as accurate as {a.column} (within {SAME_ACCURACY_POINTS:g} point)"
    word = "more" if points > 0 else "less"
    return f"{abs(points):.0f} points {word} accurate than {a.column} ({ab:.0%} against {aa:.0%})"


def _pair_sentence(result: ComparisonResult, a: ModelRun, b: ModelRun, with_accuracy: bool) -> str:
    speed = _speed_clause(result, a, b)
    cost = _cost_clause(a, b)
    if with_accuracy:
        return f"{b.column} is {_accuracy_clause(a, b)} {cost}, {speed or 'speed unknown'}."
    if speed is None:
        return f"Compared with {a.column}, {b.column} is {cost}; speed unknown."
    return f"Compared with {a.column}, {b.column} is {speed} {cost}."


def verdict(result: ComparisonResult) -> str:
    """A short plain-English trade-off ("B is as accurate as A (within 1 point) at 1/20 of the cost, 3× slower.").

    Rule-based: it states only what the figures show, and says when a figure
    it would need is unknown. The reference model is the most accurate one
    where accuracy is known, else the first that finished; every other
    finished model is set against it. Models that failed or were stopped
    are named, not compared.
    """
    done = [r for r in result.runs if r.status == "finished"]
    sentences: list[str] = []
    if not done:
        sentences.append("No model finished, so there is nothing to compare.")
    elif len(done) == 1:
        sentences.append(f"Only {done[0].column} finished, so there is nothing to compare.")
    else:
        with_accuracy = all(r.metrics.accuracy is not None for r in done)
        ref = max(done, key=lambda r: cast(float, r.metrics.accuracy)) if with_accuracy else done[0]
        for other in done:
            if other is not ref:
                sentences.append(_pair_sentence(result, ref, other, with_accuracy))
        sentences.extend(_quality_note(result, done, with_accuracy))
    for run in result.runs:
        if run.status == "failed":
            sentences.append(f"{run.column} failed ({run.error_title}).")
        elif run.status == "cancelled":
            sentences.append(f"{run.column} was stopped.")
    return " ".join(sentences)


def _quality_note(result: ComparisonResult, done: list[ModelRun], with_accuracy: bool) -> list[str]:
    task = result.spec.task
    if task == "classify":
        chosen = [(r.column, r.text) for r in done]
        if len({text for _, text in chosen}) == 1:
            return [f"{'Both' if len(done) == 2 else 'All'} chose {chosen[0][1]!r}."]
        return ["They disagree: " + "; ".join(f"{m} chose {t!r}" for m, t in chosen) + "."]
    if task == "batch-classify" and not with_accuracy:
        if not result.spec.gold_column:
            return ["Accuracy is unknown: no gold column was given."]
        return ["Accuracy is unknown for some models."]
    if task in ("chat", "translate", "batch-translate"):
        return ["Quality is not measured: read the answers side by side."]
    return []


# -- privacy ------------------------------------------------------------------------------


def _sent_text(spec: Comparison) -> str:
    """What of the input leaves for a remote model."""
    if spec.task == "chat":
        systems = {spec.for_column(i).system for i in range(len(spec.models))}
        n = len(spec.text) + max(len(system) for system in systems)
        if len(systems) > 1:
            return f"the prompt and each column's system prompt (up to {n:,} characters)"
        what = "the prompt and the system prompt" if spec.system.strip() else "the prompt"
        return f"{what} ({n:,} characters)"
    if spec.task == "translate":
        return f"the text to translate ({len(spec.text):,} characters)"
    if spec.task == "classify":
        n = len(spec.text) + sum(len(label) for label in spec.labels)
        return f"the text and the labels ({n:,} characters)"
    name = Path(spec.input_path or "").name
    what = f"the {spec.text_column!r} column of every row of {name}"
    if spec.task == "batch-classify":
        what += " and the labels"
    if spec.gold_column:
        what += f" (not the {spec.gold_column!r} column)"
    return what


def privacy_summary(spec: Comparison, destinations: Mapping[str, str | None]) -> str:
    """Which text goes where: "Sent to OpenAI (work:gpt-4o): the prompt (1,234 characters). Stayed on this computer: starter."

    ``destinations``: model id, or column name after a run, → ``Engine.destination``
    (None: stays here). Works before a run (for the badge) and after (``result_destinations``).
    """
    sent: dict[str, list[str]] = {}
    stayed: list[str] = []
    for name, destination in destinations.items():
        if destination is None:
            stayed.append(name)
        else:
            sent.setdefault(destination, []).append(name)
    parts = []
    if sent:
        places = [f"{dest} ({', '.join(ids)})" for dest, ids in sent.items()]
        where = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
        parts.append(f"Sent to {where}: {_sent_text(spec)}.")
    if stayed:
        parts.append(f"Stayed on this computer: {', '.join(stayed)}.")
    if not sent:
        parts.append("Nothing was sent off this computer.")
    return " ".join(parts)


def result_destinations(result: ComparisonResult) -> dict[str, str | None]:
    """column → destination, from a result's runs (for ``privacy_summary``)."""
    return {run.column: run.destination for run in result.runs}
