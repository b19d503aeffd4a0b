"""Batch runs: a task over every row of a CSV or JSONL file, resumable.

``read_table`` reads the file (sniffing the CSV delimiter, trying the usual
encodings and BOMs) and says clearly what is wrong with it, naming the file,
row and column. ``run_batch`` classifies (or translates) the text column of
every row: remote engines several rows at once, backing off when the
provider says "too many requests"; local ones a row at a time, so the shared
prompt prefix stays in the KV cache. Each row's result is appended to a
journal beside the output as soon as it is known, so a run that was
cancelled, or whose process was killed, picks up where it stopped when run
again with the same settings, and ends with the same output as a run that
never stopped. The output CSV is written once every row is done.

Row numbers in messages are data rows from 1, as everywhere in Plinth
(``tables.row_number``): row 1 is the first row after a CSV's header.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Engine, LabelPredictor
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.files import write_text_atomic
from app.core.tasks.classification import ABSTAINED, Classifier, ClassifyOptions, Example, LabelSet
from app.core.tasks.journal import Journal
from app.core.tasks.metrics import Metrics, evaluate
from app.core.tasks.scheduling import DEFAULT_CONCURRENCY, Backoff, retry_rate_limited, run_concurrently
from app.core.tasks.tables import DataFileError, Table, read_table
from app.core.tasks.translation import TranslationOptions, translate
from app.core.ui_text import ui_join, ui_text

JOURNAL_VERSION = 1
#: Prefix of a generated column whose name the input file already uses.
CLASH_PREFIX = "plinth_"
#: Output columns added after the file's own, for translation. Classification adds label (and
#: labels, multi-label), ``p_<label>`` per label when the engine gives probabilities, then
#: engine, latency_s, tokens_in, tokens_out, cost_usd, note and error.
TRANSLATE_COLUMNS = ("translation", "warnings", "engine", "latency_s", "tokens_in", "tokens_out", "cost_usd", "error")


@dataclass(frozen=True)
class ClassifyJob:
    labels: LabelSet
    multi: bool = False
    examples: tuple[Example, ...] = ()
    abstain_below: float | None = None
    instruction: str = ""

    def classifier(self) -> Classifier:
        """The labels and options, checked: raises ``UserFacingError`` saying what to fix."""
        options = ClassifyOptions(
            multi=self.multi, examples=self.examples, abstain_below=self.abstain_below, instruction=self.instruction
        )
        return Classifier(self.labels, options)


@dataclass(frozen=True)
class TranslateJob:
    options: TranslationOptions


Job = ClassifyJob | TranslateJob


@dataclass(frozen=True)
class BatchSpec:
    input_path: Path
    text_column: str
    output_path: Path
    job: Job
    gold_column: str | None = None
    #: Rows sent at once to a remote engine; local engines always take one at a time.
    concurrency: int = DEFAULT_CONCURRENCY


@dataclass
class RowResult:
    """One row's outcome, as the journal keeps it."""

    index: int
    engine: str
    label: str | None = None
    labels: tuple[str, ...] = ()
    probabilities: dict[str, float] | None = None
    translation: str | None = None
    warnings: tuple[str, ...] = ()
    latency_s: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    #: ``tokens_in`` is Plinth's estimate (``Stats.tokens_in_estimated``).
    tokens_in_estimated: bool = False
    cost_usd: float | None = None
    #: What the classifier said about this row (no probabilities, why it abstained...).
    note: str = ""
    abstained: bool = False
    #: Set when this row could not be done (an empty text, a text too long for the model).
    error: str = ""


@dataclass(frozen=True)
class BatchProgress:
    #: Rows finished, those resumed from the journal included.
    done: int
    total: int
    #: Rows taken from the journal of an earlier run.
    resumed: int
    elapsed_s: float
    #: None until a row of this run has finished.
    eta_s: float | None
    rows_per_s: float | None
    last: RowResult | None = None


@dataclass
class BatchSummary:
    model_id: str
    input_path: Path
    total: int
    done: int
    resumed: int
    cancelled: bool
    #: The output CSV, once every row is done; None for a cancelled run.
    output_path: Path | None
    journal_path: Path
    results: list[RowResult] = field(default_factory=list)
    #: With a gold column (classification only).
    metrics: Metrics | None = None
    errors: int = 0
    abstained: int = 0
    elapsed_s: float = 0.0
    tokens_in: int = 0
    tokens_out: int = 0
    #: Some rows' input counts are Plinth's estimates: the provider sent none.
    tokens_in_estimated: bool = False
    cost_usd: float | None = None
    #: Things worth knowing about the run (gold labels outside the label set, a journal started over).
    notes: list[str] = field(default_factory=list)

    #: Gold-labelled rows the model got wrong: (table index, row name, gold, predicted, text).
    wrong_rows: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        """The JSON summary of ``plinth classify --input ... --json``."""
        return {
            "model": self.model_id,
            "input": str(self.input_path),
            "output": str(self.output_path) if self.output_path is not None else None,
            "journal": str(self.journal_path),
            "rows": self.total,
            "done": self.done,
            "resumed": self.resumed,
            "cancelled": self.cancelled,
            "errors": self.errors,
            "abstained": self.abstained,
            "elapsed_s": self.elapsed_s,
            "tokens_in": self.tokens_in,
            "tokens_in_estimated": self.tokens_in_estimated,
            "tokens_out": self.tokens_out,
            "cost_usd": self.cost_usd,
            "notes": list(self.notes),
            "metrics": self.metrics.to_dict() if self.metrics is not None else None,
            "wrong_rows": list(self.wrong_rows),
        }


def journal_path(output_path: Path) -> Path:
    """Where the results of a run writing ``output_path`` are journaled: ``OUT.csv.journal.jsonl``."""
    return output_path.with_name(output_path.name + ".journal.jsonl")


def run_batch(
    engine: Engine,
    spec: BatchSpec,
    *,
    on_progress: Callable[[BatchProgress], None] | None = None,
    cancel: CancelToken | None = None,
    table: Table | None = None,
) -> BatchSummary:
    """Run ``spec.job`` over every row of ``spec.input_path``, resuming from its journal.

    A cancel returns a summary with ``cancelled=True`` (rows done so far are
    journaled; running again resumes). Errors that concern one row (empty
    text, too long for the model) are recorded in that row; those that
    concern the run (a rejected key, a crashed model) raise
    ``UserFacingError`` after the journal is flushed, and a rerun resumes.
    ``table``: the file already read by ``read_table`` (the GUI has it).
    """
    return _Run(engine, spec, table, on_progress, cancel).run()


class _Run:
    def __init__(
        self,
        engine: Engine,
        spec: BatchSpec,
        table: Table | None,
        on_progress: Callable[[BatchProgress], None] | None,
        cancel: CancelToken | None,
    ) -> None:
        self.engine = engine
        self.spec = spec
        self.table = table if table is not None else read_table(spec.input_path)
        self.text_column = self.table.require(spec.text_column, "text")
        self.gold_column = self.table.require(spec.gold_column, "gold") if spec.gold_column else None
        if spec.concurrency < 1:
            raise InvalidRequestError(
                ui_text("Concurrency must be at least 1 (got {concurrency}).", concurrency=spec.concurrency),
                ui_text("Give 1 or more rows at once."),
            )
        self.classifier = spec.job.classifier() if isinstance(spec.job, ClassifyJob) else None
        self.on_progress = on_progress
        self.cancel = cancel
        self.journal = journal_path(spec.output_path)
        self.notes: list[str] = []
        self.results: dict[int, RowResult] = {}
        self._rate = Backoff()

    # -- the run ---------------------------------------------------------------------------

    def run(self) -> BatchSummary:
        journal = Journal(self.journal, {"plinth_batch": JOURNAL_VERSION, "fingerprint": self._fingerprint()})
        self.results = self._resume(journal)
        resumed = len(self.results)
        todo = [i for i in range(len(self.table.rows)) if i not in self.results]
        start = time.perf_counter()
        cancelled = False
        remote = self.engine.destination is not None

        def record(result: RowResult) -> None:
            journal.append(_row_to_json(result))
            self.results[result.index] = result
            self._report(resumed, start, result)

        with journal:
            self._report(resumed, start, None)
            try:
                self._embed_ahead(todo)
                run_concurrently(
                    todo, self._attempt, record, concurrency=self.spec.concurrency if remote else 1, cancel=self.cancel
                )
            except Cancelled:
                cancelled = True
        return self._summary(resumed, cancelled, time.perf_counter() - start)

    def _embed_ahead(self, todo: list[int]) -> None:
        """For a trained classifier (``classifier:NAME``): embed the rows to do in large batches first.

        Its ``predict`` then finds every row in the embedding cache; one text per request to the
        embedding model would pay the request's overhead once a row.
        """
        if not self.engine.capabilities.trained_labels or not isinstance(self.spec.job, ClassifyJob):
            return
        texts = [text for i in todo if (text := self.table.rows[i][self.text_column]).strip()]
        if texts:
            cast(LabelPredictor, self.engine).predict(texts, self.cancel)

    def _attempt(self, index: int, cancel: CancelToken | None) -> RowResult:
        return retry_rate_limited(lambda: self._row(index, cancel), self._rate, cancel)

    def _row(self, index: int, cancel: CancelToken | None) -> RowResult:
        text = self.table.rows[index][self.text_column]
        result = RowResult(index, self.engine.model_id)
        if not text.strip():
            result.error = ui_text(
                "{row}: the {column} cell is empty", row=self.table.row_name(index), column=repr(self.text_column)
            )
            return result
        try:
            if self.classifier is not None:
                answer = self.classifier.run(self.engine, text, cancel)
                result.label = answer.label
                result.labels = answer.labels
                result.probabilities = answer.probabilities
                result.note = answer.note
                result.abstained = answer.abstained
                stats = answer.stats
            else:
                assert isinstance(self.spec.job, TranslateJob)
                translated = translate(self.engine, text, self.spec.job.options, cancel=cancel)
                result.translation = translated.text
                result.warnings = tuple(w.message for w in translated.warnings)
                stats = translated.stats
        except (ContextTooLongError, InvalidRequestError) as exc:
            result.error = ui_join([self.table.row_name(index), exc.message], ": ")
            return result
        result.latency_s = stats.wall_s
        result.tokens_in = stats.tokens_in
        result.tokens_in_estimated = stats.tokens_in_estimated
        result.tokens_out = stats.tokens_out
        result.cost_usd = stats.cost_usd
        return result

    # -- journal ---------------------------------------------------------------------------

    def _fingerprint(self) -> dict[str, object]:
        digest = hashlib.sha256(self.spec.input_path.read_bytes()).hexdigest() if self.spec.input_path.exists() else ""
        job = self.spec.job
        if isinstance(job, ClassifyJob):
            described: dict[str, object] = {
                "task": "classify",
                "labels": job.labels.to_dict()["labels"],
                "multi": job.multi,
                "examples": [[e.text, list(e.labels)] for e in job.examples],
                "abstain_below": job.abstain_below,
                "instruction": job.instruction,
            }
        else:
            options = job.options
            described = {
                "task": "translate",
                "options": {
                    "target": options.target, "source": options.source, "tone": options.tone,
                    "glossary": [[e.source, e.target] for e in options.glossary.entries],
                    "temperature": options.temperature, "seed": options.seed, "max_tokens": options.max_tokens,
                },
            }  # fmt: skip
        return {
            "input_sha256": digest,
            "rows": len(self.table.rows),
            "text_column": self.text_column,
            "model": self.engine.model_id,
            "job": described,
        }

    def _resume(self, journal: Journal) -> dict[int, RowResult]:
        """Rows already done by an earlier run with the same settings; starts the journal over otherwise."""
        results: dict[int, RowResult] = {}
        for record in journal.resume():
            result = _row_from_json(record) if isinstance(record.get("index"), int) else None
            if result is not None and 0 <= result.index < len(self.table.rows):
                results[result.index] = result
        if journal.started_over:
            self.notes.append(
                ui_text(
                    "{name} was written by a run with other settings, another model or another input "
                    "file: started over.",
                    name=journal.path.name,
                )
            )
        return results

    def _report(self, resumed: int, start: float, last: RowResult | None) -> None:
        if self.on_progress is None:
            return
        done = len(self.results)
        total = len(self.table.rows)
        elapsed = time.perf_counter() - start
        fresh = done - resumed
        rate = fresh / elapsed if fresh and elapsed > 0 else None
        eta = (total - done) / rate if rate else None
        self.on_progress(BatchProgress(done, total, resumed, elapsed, eta, rate, last))

    # -- the end -------------------------------------------------------------------------------

    def _summary(self, resumed: int, cancelled: bool, elapsed: float) -> BatchSummary:
        ordered = [self.results[i] for i in sorted(self.results)]
        total = len(self.table.rows)
        complete = len(ordered) == total and not cancelled
        summary = BatchSummary(
            model_id=self.engine.model_id,
            input_path=self.spec.input_path,
            total=total,
            done=len(ordered),
            resumed=resumed,
            cancelled=not complete,
            output_path=self.spec.output_path if complete else None,
            journal_path=self.journal,
            results=ordered,
            errors=sum(1 for r in ordered if r.error),
            abstained=sum(1 for r in ordered if r.abstained),
            elapsed_s=elapsed,
            tokens_in=sum(r.tokens_in for r in ordered),
            tokens_in_estimated=any(r.tokens_in_estimated for r in ordered),
            tokens_out=sum(r.tokens_out for r in ordered),
            notes=self.notes,
        )
        costs = [r.cost_usd for r in ordered if r.cost_usd is not None]
        summary.cost_usd = sum(costs) if costs else None
        if self.gold_column is not None and self.classifier is not None:
            self._evaluate(summary, ordered)
        if complete:
            write_text_atomic(self.spec.output_path, self._output_csv(ordered))
        return summary

    def _evaluate(self, summary: BatchSummary, ordered: list[RowResult]) -> None:
        assert self.classifier is not None and self.gold_column is not None
        if self.classifier.options.multi:
            self.notes.append(ui_text("Accuracy and F1 are computed for single-label runs only."))
            return
        labels = self.classifier.labels
        gold, predicted, indices = [], [], []
        unknown: dict[str, None] = {}
        blank = 0
        for result in ordered:
            raw = self.table.rows[result.index][self.gold_column].strip()
            if not raw:
                blank += 1
                continue
            found = labels.find(raw)
            if found is None:
                unknown[raw] = None
            gold.append(found or raw)
            predicted.append(result.label)
            indices.append(result.index)
        if blank:
            self.notes.append(ui_text("{count} rows have no gold label and are left out of the metrics.", count=blank))
        if unknown:
            shown = ", ".join(repr(u) for u in list(unknown)[:10])
            self.notes.append(
                ui_text("Gold labels that are not in the label set (always counted wrong): {labels}.", labels=shown)
            )
        if not gold:
            return
        metrics = evaluate(gold, predicted, labels.names)
        wrong = tuple(dataclasses.replace(w, index=indices[w.index]) for w in metrics.wrong)
        summary.metrics = dataclasses.replace(metrics, wrong=wrong)
        summary.wrong_rows = [
            {
                "index": w.index,
                "row": self.table.row_name(w.index),
                "gold": w.gold,
                "predicted": w.predicted,
                "text": self.table.rows[w.index][self.text_column][:200],
            }
            for w in wrong
        ]

    def _output_csv(self, ordered: list[RowResult]) -> str:
        taken = set(self.table.columns)

        def name(column: str) -> str:
            return CLASH_PREFIX + column if column in taken else column

        if self.classifier is not None:
            label_names = self.classifier.labels.names
            with_probabilities = any(r.probabilities is not None for r in ordered)
            added = ["label"] + (["labels"] if self.classifier.options.multi else [])
            added += [f"p_{label}" for label in label_names] if with_probabilities else []
            added += ["engine", "latency_s", "tokens_in", "tokens_out", "cost_usd", "note", "error"]
        else:
            label_names = ()
            added = list(TRANSLATE_COLUMNS)
        out = io.StringIO(newline="")
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([*self.table.columns, *map(name, added)])
        for result, row in zip(ordered, self.table.rows):
            values: dict[str, str] = {
                "engine": result.engine,
                "latency_s": f"{result.latency_s:.3f}",
                "tokens_in": str(result.tokens_in),
                "tokens_out": str(result.tokens_out),
                "cost_usd": "" if result.cost_usd is None else f"{result.cost_usd:.8f}",
                "note": result.note,
                "error": result.error,
                "translation": result.translation or "",
                "warnings": "; ".join(result.warnings),
            }
            if self.classifier is not None:
                values["label"] = "" if result.error else (result.label or ABSTAINED)
                values["labels"] = ";".join(result.labels)
                for label in label_names:
                    p = (result.probabilities or {}).get(label)
                    values[f"p_{label}"] = "" if p is None else f"{p:.6f}"
            writer.writerow([*(row[c] for c in self.table.columns), *(values[c] for c in added)])
        return out.getvalue()


def _row_to_json(result: RowResult) -> dict[str, object]:
    record = dataclasses.asdict(result)
    record["labels"] = list(result.labels)
    record["warnings"] = list(result.warnings)
    return record


def _row_from_json(record: dict[str, Any]) -> RowResult | None:
    try:
        fields = {f.name for f in dataclasses.fields(RowResult)}
        values = {k: v for k, v in record.items() if k in fields}
        values["labels"] = tuple(values.get("labels") or ())
        values["warnings"] = tuple(values.get("warnings") or ())
        return RowResult(**values)
    except TypeError:
        return None


__all__ = [
    "DEFAULT_CONCURRENCY", "BatchProgress", "BatchSpec", "BatchSummary", "Cancelled", "ClassifyJob", "DataFileError",
    "Job", "RowResult", "Table", "TranslateJob", "journal_path", "read_table", "run_batch",
]  # fmt: skip
