"""What a comparison shows: which text went where, a column per model, and under them the verdict and figures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from app.core.compare.results import ModelRun, row_outcome
from app.core.compare.spec import BATCH_TASKS, Task
from app.core.tasks.tables import row_number
from app.ui.colors import mix
from app.ui.i18n import core_text, integer, percent, stats_line, translate
from app.ui.widgets.cited_sources import InContextLookup
from app.ui.widgets.compare_column import CompareColumn
from app.ui.widgets.compare_results import CompareResults
from app.ui.widgets.layouts import hbox, splitter, vbox

#: The heading over each column's answer.
ANSWER_TITLES: dict[Task, str] = {
    "chat": QT_TRANSLATE_NOOP("ComparisonView", "Answer"),
    "translate": QT_TRANSLATE_NOOP("ComparisonView", "Translation"),
    "classify": QT_TRANSLATE_NOOP("ComparisonView", "Label"),
    "batch-classify": QT_TRANSLATE_NOOP("ComparisonView", "Batch"),
    "batch-translate": QT_TRANSLATE_NOOP("ComparisonView", "Batch"),
}
#: Rows of a batch shown in a column; the report and the output CSV have them all.
ROWS_SHOWN = 8
#: The least height the answers and the figures get, whatever the splitter between them says.
COLUMNS_MIN_HEIGHT = 150
FIGURES_MIN_HEIGHT = 90
#: How the answers and the figures share the height at first: the answers get the larger part.
DEFAULT_SPLIT = [600, 400]


def run_markdown(task: Task, run: ModelRun) -> str:
    """What a column shows for a finished run: the same live and when a comparison is reopened."""
    if task == "classify":
        return _classification_markdown(run)
    if task in BATCH_TASKS:
        return _batch_markdown(run)
    text = run.text
    if run.warnings:
        text += "\n\n" + "\n".join(f"> ⚠ {core_text(warning)}" for warning in run.warnings)
    return text


def _percent(value: object) -> str:
    return percent(float(value), 1) if isinstance(value, (int, float)) else "—"


def _classification_markdown(run: ModelRun) -> str:
    result = run.classification or {}
    chosen = result.get("labels") or ([result["label"]] if result.get("label") else [])
    no_label = translate("ComparisonView", "No label")
    lines = [f"**{', '.join(map(str, chosen))}**" if chosen else f"**{run.text or no_label}**"]
    probabilities = result.get("probabilities")
    if isinstance(probabilities, dict) and probabilities:
        lines.append("")
        ranked = sorted(probabilities.items(), key=lambda item: -float(item[1]))
        lines += [f"- {label}: {_percent(p)}" for label, p in ranked]
    if result.get("note"):
        lines += ["", f"_{core_text(result['note'])}_"]
    return "\n".join(lines)


class _BatchWords(QObject):
    """A batch column's counted words (a QObject: lupdate finds plurals only in ``self.tr``)."""

    def rows_done(self, done: int, total: int) -> str:
        return self.tr("{done} of %n row(s) done", None, total).format(done=integer(done))

    def more_rows(self, count: int) -> str:
        return self.tr("…and %n more row(s) (in the exported report).", None, count)


def _batch_markdown(run: ModelRun) -> str:
    words = _BatchWords()
    lines = [f"**{words.rows_done(run.rows_done, run.rows_total)}**"]
    if run.batch_metrics:
        figures = translate("ComparisonView", "Accuracy {accuracy}, macro-F1 {macro_f1}").format(
            accuracy=_percent(run.batch_metrics.get("accuracy")), macro_f1=_percent(run.batch_metrics.get("macro_f1"))
        )
        lines.append(f"\n{figures}")
    if run.rows:
        #: Table headers: a batch's row number, and what the model made of that row.
        row_header, result_header = translate("ComparisonView", "Row"), translate("ComparisonView", "Result")
        lines += ["", f"| {row_header} | {result_header} |", "|---|---|"]
        for row in run.rows[:ROWS_SHOWN]:
            cell = core_text(row_outcome(row)).replace("|", "\\|").replace("\n", " ")
            index = row.get("index")
            lines.append(f"| {row_number(index) if isinstance(index, int) else ''} | {cell} |")
        if len(run.rows) > ROWS_SHOWN:
            lines.append(f"\n{words.more_rows(len(run.rows) - ROWS_SHOWN)}")
    lines += [f"\n_{core_text(note)}_" for note in run.notes]
    return "\n".join(lines)


def _state_of(run: ModelRun) -> str:
    return {"finished": "done", "failed": "failed", "cancelled": "stopped"}.get(run.status, "idle")


def _summary(run: ModelRun) -> str:
    if run.stats is None:
        return ""
    return stats_line(run.stats, priced=run.destination is not None)


class ComparisonView(QWidget):
    """The privacy summary, the models' columns side by side, and the verdict and figures below them.

    The answers and the figures share the height through a splitter whose
    position is kept in ``state["split"]``. Columns are keyed by the run's
    column name (one model may fill two, with different settings).

    Signals:
        stop_requested(str): a column's Stop was clicked; the column's key.
    """

    stop_requested = Signal(str)

    def __init__(
        self, state: dict[str, Any], parent: QWidget | None = None, in_context: InContextLookup | None = None
    ) -> None:
        """``state``: the panel's settings, where the splitter's position is kept; ``in_context``: finds a cited
        passage among its neighbours in the index."""
        super().__init__(parent)
        self._state = state
        self._in_context = in_context
        self._columns: dict[str, CompareColumn] = {}

        self._privacy = QLabel()
        self._privacy.setObjectName("comparePrivacy")
        self._privacy.setAccessibleName(self.tr("Privacy summary"))
        self._privacy.setWordWrap(True)
        self._privacy.hide()
        self._verdict = QLabel()
        self._verdict.setObjectName("compareVerdict")
        self._verdict.setAccessibleName(self.tr("Verdict"))
        self._verdict.setWordWrap(True)
        self._verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._verdict.hide()

        columns_area = QWidget()
        self._columns_layout = hbox(parent=columns_area, margins=(0, 0, 0, 0), spacing=10)
        columns_area.setMinimumHeight(COLUMNS_MIN_HEIGHT)
        self._results = CompareResults()

        # The verdict and the figures scroll in their own pane: squeezed, they scroll instead of
        # sliding under the answers.
        figures = QWidget()
        vbox(self._verdict, self._results, parent=figures, margins=(0, 4, 0, 0), spacing=8).addStretch(1)
        figures_area = QScrollArea()
        figures_area.setAccessibleName(self.tr("Comparison figures"))
        figures_area.setWidget(figures)
        figures_area.setWidgetResizable(True)
        figures_area.setFrameShape(QFrame.Shape.NoFrame)
        figures_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        figures_area.setMinimumHeight(FIGURES_MIN_HEIGHT)

        # Answers above, figures below; the person moves the line between them and it stays put.
        sizes = state.get("split")
        if not (isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(v, int) and v > 0 for v in sizes)):
            sizes = DEFAULT_SPLIT
        # Weights until the splitter is laid out: the space is shared in these proportions.
        self._split = splitter(Qt.Orientation.Vertical, (columns_area, 1), (figures_area, 1), sizes=sizes)
        self._split.setAccessibleName(self.tr("Answers and figures"))
        self._split.splitterMoved.connect(self._on_split_splitter_moved)

        vbox(self._privacy, (self._split, 1), parent=self, margins=(0, 0, 0, 0), spacing=8)
        self._apply_look()

    # -- public API -----------------------------------------------------------------

    @property
    def columns(self) -> list[CompareColumn]:
        return list(self._columns.values())

    @property
    def results(self) -> CompareResults:
        return self._results

    def column(self, key: str) -> CompareColumn:
        return self._columns[key]

    def build_columns(self, task: Task | None, runs: list[ModelRun], labels: Mapping[str, str]) -> None:
        """One empty column per run, titled by ``labels`` (column key → name); none for no ``task``."""
        for column in self._columns.values():
            self._columns_layout.removeWidget(column)
            column.deleteLater()
        self._columns = {}
        for run in runs:
            column = CompareColumn(
                labels.get(run.column, run.column),
                run.destination,
                translate("ComparisonView", ANSWER_TITLES[task]) if task else self.tr("Answer"),
                in_context=self._in_context,
            )
            column.stop_requested.connect(self._on_column_stop_requested)
            # Equal stretch: the columns share the width evenly whatever their content.
            self._columns_layout.addWidget(column, 1)
            self._columns[run.column] = column

    def show_run(self, key: str, task: Task, run: ModelRun) -> None:
        """A run that ended, in column ``key``: its text, its figures, how it ended."""
        column = self._columns[key]
        if run.sources is not None and not run.sources.found:
            column.show_not_asked()
            return
        error = (
            (core_text(run.error_title) or self.tr("Failed"), core_text(run.error)) if run.status == "failed" else None
        )
        column.show_result(run_markdown(task, run), _summary(run), _state_of(run), error)
        if run.sources is not None:
            column.show_sources(run.sources)

    def show_verdict(self, text: str) -> None:
        """``text``: core's verdict, shown in the window's language."""
        self._verdict.setText(core_text(text))
        self._verdict.show()

    def show_privacy(self, text: str, destinations: Mapping[str, str | None]) -> None:
        """Which text went where; a warning when any of it left this computer."""
        remote = any(d is not None for d in destinations.values())
        text = core_text(text)
        self._privacy.setText(f"⚠ {text}" if remote else text)
        self._privacy.setProperty("remote", "true" if remote else "false")
        self._privacy.style().unpolish(self._privacy)
        self._privacy.style().polish(self._privacy)
        self._privacy.show()

    def clear_figures(self) -> None:
        """No figures and no verdict (a comparison starts)."""
        self._results.clear()
        self._verdict.hide()

    def clear(self) -> None:
        """Nothing shown."""
        self.build_columns(None, [], {})
        self.clear_figures()
        self._privacy.hide()

    # -- slots ----------------------------------------------------------------------------

    @Slot()
    def _on_column_stop_requested(self) -> None:
        column = self.sender()
        for key, candidate in self._columns.items():
            if candidate is column:
                self.stop_requested.emit(key)

    @Slot(int, int)
    def _on_split_splitter_moved(self, _position: int, _index: int) -> None:
        self._state["split"] = self._split.sizes()

    # -- helpers -----------------------------------------------------------------------

    def _apply_look(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        amber, green = QColor("#e37400"), QColor("#1e8e3e")
        self.setStyleSheet(
            f"""
            QLabel#compareVerdict {{
                font-size: 13pt; font-weight: 600; padding: 8px 12px;
                border-radius: 6px; border-left: 4px solid {accent.name()};
                background: {mix(base, accent, 0.08)};
            }}
            QLabel#comparePrivacy {{
                padding: 6px 10px; border-radius: 6px;
                background: {mix(base, green, 0.10)}; color: {mix(text, green, 0.8)};
            }}
            QLabel#comparePrivacy[remote="true"] {{
                background: {mix(base, amber, 0.14)}; color: {mix(text, amber, 0.85)};
                border: 1px solid {mix(base, amber, 0.45)};
            }}
            """
        )
