"""What a comparison came to: one ``ModelRun`` per column, its metrics, and how they read.

``ModelMetrics`` come from each engine's ``Stats`` plus what the run measures
itself (load time, peak memory). A local model's cost is 0: it is charged
nothing per token. A remote model's cost is None where no price is known,
never a guess. ``METRICS`` says, for each metric, whether lower or higher is
better; ``app.core.compare.verdict`` reads it. This module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any, Literal, cast

from app.core.compare.spec import Comparison
from app.core.engines.base import Stats
from app.core.plural import counted
from app.core.tasks.chat_sources import AnswerSources
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from app.core.documents.grounding import Citation, Source

Status = Literal["pending", "finished", "failed", "cancelled"]
#: How a status reads in a table or a report.
STATUS_LABELS: dict[str, str] = {
    "pending": "not run",
    "finished": "finished",
    "failed": "failed",
    "cancelled": "stopped",
}


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
    MetricInfo("accuracy", ui_text("Accuracy"), "higher", "ratio"),
    MetricInfo("macro_f1", ui_text("Macro-F1"), "higher", "ratio"),
    MetricInfo("load_s", ui_text("Load time"), "lower", "s"),
    MetricInfo("ttft_s", ui_text("Time to first token"), "lower", "s"),
    MetricInfo("tokens_per_s", ui_text("Speed"), "higher", "tok/s"),
    MetricInfo("rows_per_min", ui_text("Rows per minute"), "higher", "rows/min"),
    MetricInfo("tokens_in", ui_text("Tokens in"), None, "tokens"),
    MetricInfo("tokens_out", ui_text("Tokens out"), None, "tokens"),
    MetricInfo("wall_s", ui_text("Wall time"), "lower", "s"),
    MetricInfo("cost_usd", ui_text("Cost"), "lower", "usd"),
    MetricInfo("cost_per_1k_rows", ui_text("Cost per 1,000 rows"), "lower", "usd"),
    MetricInfo("peak_rss_bytes", ui_text("Peak memory"), "lower", "bytes"),
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
    ``sources``: a chat answered from documents, the numbered passages this
    column was sent (none when nothing matched and no model was asked).
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
    sources: AnswerSources | None = None

    def __post_init__(self) -> None:
        # Comparisons saved before columns had names of their own had one column per model.
        self.column = self.column or self.model_id

    @property
    def destination_label(self) -> str:
        """The privacy badge: "stays on this computer" or "sent to <provider>"."""
        return "stays on this computer" if self.destination is None else f"sent to {self.destination}"

    def citations(self) -> list[Citation]:
        """The sources this column's answer cites, in the order it cites them (none without sources)."""
        from app.core.documents.grounding import read_citations

        return read_citations(self.text, self.sources.sources) if self.sources is not None else []

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["stats"] = self.stats.to_dict() if self.stats is not None else None
        data["sources"] = self.sources.to_record() if self.sources is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> ModelRun:
        known = {f.name for f in fields(cls)}
        # Any: the values come from a saved JSON file, which nothing checks against the fields' types.
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        stats = values.get("stats")
        values["stats"] = Stats(**stats) if stats is not None else None
        values["metrics"] = ModelMetrics(**(values.get("metrics") or {}))
        values["sources"] = AnswerSources.from_record(values.get("sources"))
        return cls(**values)


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

    @property
    def nothing_found(self) -> bool:
        """Answered from documents, and nothing in them matched the prompt: no model was asked."""
        return bool(self.spec.collections) and all(r.sources is not None and not r.sources.found for r in self.runs)

    def sources(self) -> AnswerSources | None:
        """The passages the columns were sent, each once: numbered alike in every column, a passage shortened in one
        is listed whole from another. None when the comparison did not answer from documents."""
        sent = [run.sources for run in self.runs if run.sources is not None]
        if not self.spec.collections or not sent:
            return None
        by_number: dict[int, Source] = {}
        for sources in sent:
            for source in sources.sources:
                if source.n not in by_number or len(source.text) > len(by_number[source.n].text):
                    by_number[source.n] = source
        widest = max(sent, key=lambda s: s.source_tokens)
        return AnswerSources(self.spec.collections, tuple(by_number[n] for n in sorted(by_number)),
                             source_tokens=widest.source_tokens)  # fmt: skip

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
            # Casts: JSON read back from the store, in the shape to_dict wrote.
            spec=Comparison.from_dict(cast(Mapping[str, object], data["spec"])),
            runs=[ModelRun.from_dict(r) for r in cast(list[Mapping[str, object]], data["runs"])],
            stopped=bool(data.get("stopped", False)),
        )


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
