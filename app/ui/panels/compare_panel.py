"""Side by side: one input, 2–4 models, their answers streaming in columns, the figures and a verdict."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.compare.report import EXPORT_FORMATS, export_report
from app.core.compare.results import ComparisonResult, ModelRun, row_outcome
from app.core.compare.saved import ComparisonStore, ComparisonSummary
from app.core.compare.spec import BATCH_TASKS, MAX_MODELS, MIN_MODELS, Comparison, Task
from app.core.compare.verdict import privacy_summary, result_destinations, verdict
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.core.models.directory import ModelDirectory
from app.core.plural import counted
from app.core.settings import Settings
from app.core.tasks.languages import LANGUAGES
from app.core.tasks.tables import GOLD_COLUMN_NAMES, TEXT_COLUMN_NAMES, guess_column, read_table, row_number
from app.ui.colors import mix
from app.ui.widgets.buttons import action_button
from app.ui.widgets.compare_column import CompareColumn
from app.ui.widgets.compare_results import CompareResults
from app.ui.widgets.language_combo import LanguageCombo
from app.ui.widgets.message_label import message_label
from app.ui.widgets.model_picker import PROVIDERS_LINK, ModelPicker
from app.workers.call_worker import CallWorker
from app.workers.compare_worker import CompareWorker

#: Where the panel keeps its state in ``Settings.extra``.
SETTINGS_KEY = "compare"
#: How long closing the window waits for a stopped comparison.
SHUTDOWN_GRACE_MS = 5000
TASK_NAMES: dict[Task, str] = {
    "chat": "Chat prompt",
    "translate": "Translation",
    "classify": "Classification",
    "batch-classify": "Classify a file",
    "batch-translate": "Translate a file",
}
#: The heading over each column's answer.
ANSWER_TITLES: dict[Task, str] = {
    "chat": "Answer",
    "translate": "Translation",
    "classify": "Label",
    "batch-classify": "Batch",
    "batch-translate": "Batch",
}
DEFAULT_PROMPT = "Explain in three sentences why the sky is blue."
DEFAULT_LABELS = "positive, negative, neutral"
DEFAULT_TARGET = "fr"
NO_GOLD = "(none)"
PICK_DIFFERENT = "Pick a different model in each picker."
TABLE_FILTER = "Tables (*.csv *.tsv *.txt *.jsonl);;All files (*)"
#: Beside the store: each batch comparison's outputs and journals, one folder per comparison.
WORK_FOLDER = "comparison-runs"
#: Rows of a batch shown in a column; the report and the output CSV have them all.
ROWS_SHOWN = 8
#: The least height the answers and the figures get, whatever the splitter between them says.
COLUMNS_MIN_HEIGHT = 150
FIGURES_MIN_HEIGHT = 90
#: How the answers and the figures share the height at first: the answers get the larger part.
DEFAULT_SPLIT = [600, 400]


def _error_text(exc: UserFacingError) -> str:
    return f"{exc.title}. {exc}"


def _state_of(run: ModelRun) -> str:
    return {"finished": "done", "failed": "failed", "cancelled": "stopped"}.get(run.status, "idle")


def _percent(value: object) -> str:
    return f"{float(value) * 100:.1f} %" if isinstance(value, (int, float)) else "—"  # type: ignore[arg-type]


def run_markdown(task: Task, run: ModelRun) -> str:
    """What a column shows for a finished run: the same live and when a comparison is reopened."""
    if task == "classify":
        return _classification_markdown(run)
    if task in BATCH_TASKS:
        return _batch_markdown(run)
    text = run.text
    if run.warnings:
        text += "\n\n" + "\n".join(f"> ⚠ {warning}" for warning in run.warnings)
    return text


def _classification_markdown(run: ModelRun) -> str:
    result = run.classification or {}
    chosen = result.get("labels") or ([result["label"]] if result.get("label") else [])
    lines = [f"**{', '.join(map(str, chosen))}**" if chosen else f"**{run.text or 'No label'}**"]
    probabilities = result.get("probabilities")
    if isinstance(probabilities, dict) and probabilities:
        lines.append("")
        ranked = sorted(probabilities.items(), key=lambda item: -float(item[1]))
        lines += [f"- {label}: {_percent(p)}" for label, p in ranked]
    if result.get("note"):
        lines += ["", f"_{result['note']}_"]
    return "\n".join(lines)


def _batch_markdown(run: ModelRun) -> str:
    lines = [f"**{run.rows_done} of {counted(run.rows_total, 'row')} done**"]
    if run.batch_metrics:
        lines.append(
            f"\nAccuracy {_percent(run.batch_metrics.get('accuracy'))}, "
            f"macro-F1 {_percent(run.batch_metrics.get('macro_f1'))}"
        )
    if run.rows:
        lines += ["", "| Row | Result |", "|---|---|"]
        for row in run.rows[:ROWS_SHOWN]:
            cell = row_outcome(row).replace("|", "\\|").replace("\n", " ")
            index = row.get("index")
            lines.append(f"| {row_number(index) if isinstance(index, int) else ''} | {cell} |")
        if len(run.rows) > ROWS_SHOWN:
            lines.append(f"\n…and {counted(len(run.rows) - ROWS_SHOWN, 'more row')} (in the exported report).")
    lines += [f"\n_{note}_" for note in run.notes]
    return "\n".join(lines)


def _summary(run: ModelRun) -> str:
    if run.stats is None:
        return ""
    return run.stats.summary(priced=run.destination is not None)


class _InputEdit(QPlainTextEdit):
    """The input text box: Tab moves on to the next control, as in every other field; Ctrl+Tab types a tab."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if (
            event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and not self.isReadOnly()
        ):
            self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)


class _ModelRow(QWidget):
    """A model picker and its Remove model button.

    Signals:
        remove_requested(): Remove model was clicked.
    """

    remove_requested = Signal()

    def __init__(self, models: ModelDirectory, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two pickers share a line: compact ones cut long names and badges (their tooltips have them whole).
        self.picker = ModelPicker(models, f"Model {number}", compact=True)
        self._combo = self.picker.findChild(QComboBox)
        # A tool button: the style sheet's QPushButton minimum width would make "✕" a wide slab.
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setAccessibleName("Remove model")
        self.remove_button.setToolTip("Remove this model from the comparison")
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.remove_button)

    def set_number(self, number: int) -> None:
        """Renumber after a row above was removed: "Model 3" becomes "Model 2"."""
        self._combo.setAccessibleName(f"Model {number}")
        self.remove_button.setAccessibleDescription(f"Remove model {number} from the comparison")

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_requested.emit()


class ComparePanel(QWidget):
    """The Compare workspace: the same input to 2–4 models at once, local and remote.

    Pick the models (Add model / Remove model) and a task — a chat prompt,
    a translation, a classification, or a CSV/JSONL file to classify or
    translate (with a gold column: accuracy and macro-F1). Run comparison
    starts every model; each streams into its own column with its privacy
    badge, its status (queued #n, loading, streaming, done, failed,
    stopped) and its own Stop. Stop all stops them all. Under the columns:
    the metrics table with each metric's best value highlighted, and bar
    charts; above them the verdict, and which text was sent where.

    Every finished comparison is saved in the ``ComparisonStore`` and listed
    on the left: selecting one shows it again exactly as it ended (nothing
    re-runs); Rerun runs its spec again; Export report writes Markdown, CSV
    or HTML.

    Its state (models, task, options, input) lives in
    ``settings.extra["compare"]``; the window saves the settings.

    Signals:
        providers_requested(): the notice's link to set up a provider was clicked.
    """

    providers_requested = Signal()

    def __init__(
        self,
        engines: EngineRegistry,
        models: ModelDirectory,
        settings: Settings,
        store: ComparisonStore,
        work_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``work_dir``: where batch comparisons write each model's output CSV (beside the store by default)."""
        super().__init__(parent)
        self._engines = engines
        self._models = models
        self._store = store
        self._work_dir = work_dir or store.path.parent / WORK_FOLDER
        self._state: dict[str, Any] = settings.extra.setdefault(SETTINGS_KEY, {})
        self._rows: list[_ModelRow] = []
        self._columns: dict[str, CompareColumn] = {}
        self._labels: dict[str, str] = {}
        self._worker: CompareWorker | None = None
        self._reader: CallWorker | None = None
        #: The comparison shown: running (its runs fill in), finished, or reopened.
        self._shown: ComparisonResult | None = None
        self._build()
        self._connect()
        for model_id in self._initial_models():
            self._add_row(model_id)
        self._on_task_combo_current_index_changed(self._task_combo.currentIndex())
        self._refresh_saved()
        self._update_actions()

    # -- construction ------------------------------------------------------------

    def _build(self) -> None:
        self._saved = QListWidget()
        self._saved.setAccessibleName("Saved comparisons")
        self._saved.setAlternatingRowColors(True)
        self._saved.setWordWrap(True)
        self._saved.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._saved_empty = QLabel("Comparisons you run are saved here.")
        self._saved_empty.setObjectName("secondaryText")
        self._saved_empty.setWordWrap(True)
        self._rerun_button = self._button("Rerun", "Run the selected comparison again, with the same input")
        self._delete_button = self._button("Delete", "Delete the selected comparison")
        self._delete_button.setAccessibleName("Delete comparison")
        self._export_button = self._button("Export report…", "Save the comparison as Markdown, CSV or HTML")
        self._export_button.setAccessibleName("Export report")
        saved_title = QLabel("Saved comparisons")
        saved_title.setObjectName("sectionTitle")
        bold = QFont(saved_title.font())
        bold.setWeight(QFont.Weight.DemiBold)
        saved_title.setFont(bold)
        saved_buttons = QHBoxLayout()
        saved_buttons.setSpacing(6)
        saved_buttons.addWidget(self._rerun_button)
        saved_buttons.addWidget(self._delete_button)
        sidebar = QWidget()
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(0, 0, 8, 0)
        sidebar_layout.setSpacing(6)
        sidebar_layout.addWidget(saved_title)
        sidebar_layout.addWidget(self._saved, 1)
        sidebar_layout.addWidget(self._saved_empty)
        sidebar_layout.addLayout(saved_buttons)
        sidebar_layout.addWidget(self._export_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(sidebar)
        splitter.addWidget(self._build_workspace())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

        stop_all = QShortcut(QKeySequence("Esc"), self)
        # Only while this panel has focus, so other panels keep their own Esc.
        stop_all.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        stop_all.activated.connect(self._on_stop_all_button_clicked)

    def _build_workspace(self) -> QWidget:
        self._models_grid = QHBoxLayout()
        self._models_grid.setSpacing(16)
        self._model_columns = (QVBoxLayout(), QVBoxLayout())
        for column in self._model_columns:
            column.setSpacing(6)
            self._models_grid.addLayout(column, 1)
        self._add_button = self._button("Add model", f"Add another model (up to {MAX_MODELS})")

        self._notice = message_label("Compare notice", selectable=True, links=True)

        self._task_combo = QComboBox()
        self._task_combo.setAccessibleName("Task")
        for task, name in TASK_NAMES.items():
            self._task_combo.addItem(name, task)
        self._task_combo.setCurrentIndex(max(0, self._task_combo.findData(self._state.get("task", "chat"))))
        self._target = LanguageCombo([(language.code, language.label) for language in LANGUAGES])
        self._target.setAccessibleName("Target language")
        if not self._target.set_language(self._state.get("target", DEFAULT_TARGET)):
            self._target.set_language(DEFAULT_TARGET)
        self._labels_edit = QLineEdit(self._state.get("labels", DEFAULT_LABELS))
        self._labels_edit.setAccessibleName("Labels")
        self._labels_edit.setPlaceholderText("Labels, separated by commas; name=description to explain one")
        self._multi = QCheckBox("Several labels may apply")
        self._multi.setAccessibleName("Multi-label")
        self._multi.setChecked(bool(self._state.get("multi", False)))
        self._temperature = QDoubleSpinBox()
        self._temperature.setAccessibleName("Temperature")
        self._temperature.setRange(0.0, 2.0)
        self._temperature.setSingleStep(0.1)
        self._temperature.setValue(float(self._state.get("temperature", 0.7)))
        self._max_tokens = QSpinBox()
        self._max_tokens.setAccessibleName("Max tokens")
        self._max_tokens.setRange(1, 32768)
        self._max_tokens.setSingleStep(128)
        self._max_tokens.setValue(int(self._state.get("max_tokens", 512)))

        options = QHBoxLayout()
        options.setSpacing(8)
        self._option_widgets: dict[str, list[QWidget]] = {}
        for key, label_text, widget in (
            ("task", "&Task", self._task_combo),
            ("target", "T&o", self._target),
            ("labels", "&Labels", self._labels_edit),
            ("multi", "", self._multi),
            ("sampling", "Te&mperature", self._temperature),
            ("length", "Ma&x tokens", self._max_tokens),
        ):
            widgets: list[QWidget] = [widget]
            if label_text:
                label = QLabel(label_text)
                label.setBuddy(widget)
                # Text widths are fractional and the size hint rounds down: the last glyph got clipped.
                label.setMinimumWidth(label.sizeHint().width() + 2)
                options.addWidget(label)
                widgets.insert(0, label)
            options.addWidget(widget, 2 if key == "labels" else 0)
            self._option_widgets[key] = widgets
        options.addStretch(1)

        self._input = _InputEdit(self._state.get("text", DEFAULT_PROMPT))
        self._input.setAccessibleName("Input text")
        self._input.setPlaceholderText("The same text goes to every model.")
        self._input.setFixedHeight(64)

        self._file_edit = QLineEdit(self._state.get("file", ""))
        self._file_edit.setAccessibleName("Input file")
        self._file_edit.setReadOnly(True)
        self._file_edit.setPlaceholderText("A CSV or JSONL file, one text per row")
        self._browse_button = self._button("Choose file…", "Pick the CSV or JSONL file to run on")
        self._text_column = QComboBox()
        self._text_column.setAccessibleName("Text column")
        self._gold_column = QComboBox()
        self._gold_column.setAccessibleName("Gold column")
        self._gold_column.setToolTip("The right labels, if the file has them: gives accuracy and macro-F1")
        self._file_row = QWidget()
        file_layout = QHBoxLayout(self._file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        file_layout.setSpacing(8)
        file_layout.addWidget(self._file_edit, 2)
        file_layout.addWidget(self._browse_button)
        for text, combo in (("Te&xt column", self._text_column), ("&Gold column", self._gold_column)):
            label = QLabel(text)
            label.setBuddy(combo)
            label.setMinimumWidth(label.sizeHint().width() + 2)
            file_layout.addWidget(label)
            file_layout.addWidget(combo, 1)

        self._run_button = self._button("Run comparison", "Send the same input to every model (Ctrl+Enter)")
        self._run_button.setObjectName("primaryButton")
        self._stop_all_button = self._button("Stop all", "Stop every model (Esc)")
        self._status = QLabel()
        self._status.setObjectName("statusLine")
        self._status.setAccessibleName("Compare status")
        self._status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        run_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        run_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        run_shortcut.activated.connect(self._on_run_button_clicked)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self._add_button)
        actions.addSpacing(12)
        actions.addWidget(self._status, 1)
        actions.addWidget(self._stop_all_button)
        actions.addWidget(self._run_button)

        self._privacy = QLabel()
        self._privacy.setObjectName("comparePrivacy")
        self._privacy.setAccessibleName("Privacy summary")
        self._privacy.setWordWrap(True)
        self._privacy.hide()
        self._verdict = QLabel()
        self._verdict.setObjectName("compareVerdict")
        self._verdict.setAccessibleName("Verdict")
        self._verdict.setWordWrap(True)
        self._verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._verdict.hide()

        self._columns_area = QWidget()
        self._columns_layout = QHBoxLayout(self._columns_area)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.setSpacing(10)
        self._columns_area.setMinimumHeight(COLUMNS_MIN_HEIGHT)
        self._results = CompareResults()

        # The verdict and the figures scroll in their own pane: squeezed, they scroll instead of
        # sliding under the answers.
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 4, 0, 0)
        figures_layout.setSpacing(8)
        figures_layout.addWidget(self._verdict)
        figures_layout.addWidget(self._results)
        figures_layout.addStretch(1)
        self._figures = QScrollArea()
        self._figures.setAccessibleName("Comparison figures")
        self._figures.setWidget(figures)
        self._figures.setWidgetResizable(True)
        self._figures.setFrameShape(QFrame.Shape.NoFrame)
        self._figures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._figures.setMinimumHeight(FIGURES_MIN_HEIGHT)

        # Answers above, figures below; the person moves the line between them and it stays put.
        self._split = QSplitter(Qt.Orientation.Vertical)
        self._split.setAccessibleName("Answers and figures")
        self._split.setChildrenCollapsible(False)
        self._split.addWidget(self._columns_area)
        self._split.addWidget(self._figures)
        self._split.setStretchFactor(0, 1)
        self._split.setStretchFactor(1, 1)
        sizes = self._state.get("split")
        if not (isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(v, int) and v > 0 for v in sizes)):
            sizes = DEFAULT_SPLIT
        # Weights until the splitter is laid out: the space is shared in these proportions.
        self._split.setSizes(sizes)

        workspace = QWidget()
        layout = QVBoxLayout(workspace)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self._notice)
        layout.addLayout(self._models_grid)
        layout.addLayout(options)
        layout.addWidget(self._input)
        layout.addWidget(self._file_row)
        layout.addLayout(actions)
        layout.addWidget(self._privacy)
        layout.addWidget(self._split, 1)
        self._apply_look()
        return workspace

    def _button(self, name: str, tip: str) -> QPushButton:
        return action_button(name, name, tip)

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

    def _connect(self) -> None:
        self._add_button.clicked.connect(self._on_add_button_clicked)
        self._task_combo.currentIndexChanged.connect(self._on_task_combo_current_index_changed)
        self._notice.linkActivated.connect(self._on_notice_link_activated)
        self._browse_button.clicked.connect(self._on_browse_button_clicked)
        self._run_button.clicked.connect(self._on_run_button_clicked)
        self._stop_all_button.clicked.connect(self._on_stop_all_button_clicked)
        self._saved.currentItemChanged.connect(self._on_saved_current_item_changed)
        self._rerun_button.clicked.connect(self._on_rerun_button_clicked)
        self._delete_button.clicked.connect(self._on_delete_button_clicked)
        self._export_button.clicked.connect(self._on_export_button_clicked)
        self._split.splitterMoved.connect(self._on_split_splitter_moved)

    def _initial_models(self) -> list[str | None]:
        """The models of last time, else the first ones that can run (local first), at least two."""
        wanted: list[str | None] = list(self._state.get("models", []))[:MAX_MODELS]
        usable = [c.model_id for c in self._models.choices() if c.available and c.model_id not in wanted]
        while len(wanted) < MIN_MODELS:
            wanted.append(usable.pop(0) if usable else None)
        return wanted

    # -- public API -----------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model lists (providers or local models changed), keeping each picker's choice."""
        for row in self._rows:
            row.picker.refresh()
        self._update_notice()
        self._update_actions()

    @property
    def active_model_ids(self) -> set[str]:
        """The models of the comparison running now, if any."""
        return set(self._worker.spec.models) if self._worker is not None else set()

    @property
    def is_running(self) -> bool:
        return self._worker is not None

    @property
    def columns(self) -> list[CompareColumn]:
        return list(self._columns.values())

    @property
    def results(self) -> CompareResults:
        return self._results

    @property
    def shown(self) -> ComparisonResult | None:
        return self._shown

    def export_report(self, path: Path) -> Path:
        """Write the shown comparison to ``path``; its suffix (.md, .csv, .html) picks the format."""
        if self._shown is None:
            raise ValueError("no comparison is shown")
        return export_report(self._shown, path)

    def shutdown(self) -> None:
        """Stop a running comparison and wait for it (closing the window)."""
        if self._reader is not None:
            self._reader.discard()
            self._reader = None
        worker = self._worker
        if worker is None:
            return
        worker.cancel()
        if not worker.wait(SHUTDOWN_GRACE_MS):
            # An engine ignored the cancel (e.g. still loading): closing it ends its stream.
            for model_id in worker.spec.models:
                self._engines.close(model_id)
            worker.wait()
        # Deliver the worker's last signals now; the event loop may not run again.
        QCoreApplication.sendPostedEvents(worker)

    # -- slots: set-up -----------------------------------------------------------------

    @Slot()
    def _on_add_button_clicked(self) -> None:
        taken = set(self._model_ids())
        spare = [c.model_id for c in self._models.choices() if c.available and c.model_id not in taken]
        self._add_row(spare[0] if spare else None)
        self._update_actions()

    @Slot()
    def _on_model_row_remove_requested(self) -> None:
        row = self.sender()
        if isinstance(row, _ModelRow) and row in self._rows and len(self._rows) > MIN_MODELS:
            self._rows.remove(row)
            self._drop_row(row)
            self._relayout_rows()
            self._update_actions()

    @Slot(str)
    def _on_picker_model_changed(self, _model_id: str) -> None:
        self._state["models"] = [m for m in self._model_ids() if m]
        self._update_actions()

    @Slot(int)
    def _on_task_combo_current_index_changed(self, _index: int) -> None:
        task = self._task()
        self._state["task"] = task
        batch = task in BATCH_TASKS
        visible = {
            "target": task in ("translate", "batch-translate"),
            "labels": task in ("classify", "batch-classify"),
            "multi": task in ("classify", "batch-classify"),
            "sampling": task in ("chat", "translate"),
            "length": task == "chat",
        }
        for key, shown in visible.items():
            for widget in self._option_widgets[key]:
                widget.setVisible(shown)
        self._input.setVisible(not batch)
        self._file_row.setVisible(batch)
        if batch and self._file_edit.text() and self._text_column.count() == 0:
            self._read_columns(Path(self._file_edit.text()))
        self._update_actions()

    @Slot(int, int)
    def _on_split_splitter_moved(self, _position: int, _index: int) -> None:
        self._state["split"] = self._split.sizes()

    @Slot(str)
    def _on_notice_link_activated(self, link: str) -> None:
        if link == PROVIDERS_LINK:
            self.providers_requested.emit()

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        start = self._file_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(self, "Choose a file to run on", start, TABLE_FILTER)
        if path:
            self._file_edit.setText(path)
            self._state["file"] = path
            self._read_columns(Path(path))

    @Slot(object)
    def _on_reader_succeeded(self, columns: object) -> None:
        self._drop_reader()
        names = [str(c) for c in columns] if isinstance(columns, (list, tuple)) else []
        self._text_column.clear()
        self._text_column.addItems(names)
        self._gold_column.clear()
        self._gold_column.addItem(NO_GOLD, None)
        for name in names:
            self._gold_column.addItem(name, name)
        # Found as the Classify tab finds them, so a "label" column gives accuracy here too.
        text = guess_column(names, self._state.get("text_column"), TEXT_COLUMN_NAMES)
        self._text_column.setCurrentIndex(max(0, self._text_column.findText(text or "")))
        gold = guess_column(names, self._state.get("gold_column"), GOLD_COLUMN_NAMES)
        self._gold_column.setCurrentIndex(max(0, self._gold_column.findData(gold)))
        self._set_status(f"{counted(len(names), 'column')} in {Path(self._file_edit.text()).name}.")
        self._update_actions()

    @Slot(str, str)
    def _on_reader_failed(self, title: str, message: str) -> None:
        self._drop_reader()
        self._text_column.clear()
        self._gold_column.clear()
        self._set_status(f"{title}. {message}")
        self._update_actions()

    # -- slots: running -----------------------------------------------------------------

    @Slot()
    def _on_run_button_clicked(self) -> None:
        if not self._run_button.isEnabled():
            return
        try:
            spec = self._spec_from_form().validate()
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._start(spec)

    @Slot()
    def _on_stop_all_button_clicked(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status("Stopping every model…")
            self._update_actions()

    @Slot()
    def _on_column_stop_requested(self) -> None:
        column = self.sender()
        if self._worker is None or not isinstance(column, CompareColumn):
            return
        for model_id, candidate in self._columns.items():
            if candidate is column:
                self._worker.cancel_model(model_id)

    @Slot(str, int)
    def _on_worker_queued(self, model_id: str, position: int) -> None:
        self._column(model_id).set_queued(position)

    @Slot(str)
    def _on_worker_loading(self, model_id: str) -> None:
        self._column(model_id).set_loading()

    @Slot(str)
    def _on_worker_started(self, model_id: str) -> None:
        self._column(model_id).begin_answer()

    @Slot(str, str)
    def _on_worker_text(self, model_id: str, delta: str) -> None:
        self._column(model_id).append_text(delta)

    @Slot(str, int, int)
    def _on_worker_progress(self, model_id: str, done: int, total: int) -> None:
        self._column(model_id).set_progress(done, total)

    @Slot(str, object)
    def _on_worker_model_finished(self, model_id: str, run: ModelRun) -> None:
        self._model_ended(model_id, run)

    @Slot(str, object)
    def _on_worker_model_failed(self, model_id: str, run: ModelRun) -> None:
        self._model_ended(model_id, run)

    @Slot(str, object)
    def _on_worker_model_cancelled(self, model_id: str, run: ModelRun) -> None:
        self._model_ended(model_id, run)

    @Slot(object)
    def _on_worker_finished(self, result: ComparisonResult) -> None:
        self._end_run()
        try:
            self._store.save(result)
        except UserFacingError as exc:
            self._set_status(f"Not saved: {_error_text(exc)}")
        else:
            self._set_status(self._outcome(result))
        self._show(result, columns_ready=True)
        self._refresh_saved(select=result.id)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        for column in self._columns.values():
            if column.state not in ("done", "failed", "stopped"):
                column.fail(title, message)
        self._end_run()
        self._set_status(f"{title}. {message}")

    # -- slots: saved comparisons -------------------------------------------------------

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_saved_current_item_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None or self._worker is not None:
            self._update_actions()
            return
        comparison_id = current.data(Qt.ItemDataRole.UserRole)
        try:
            result = self._store.get(comparison_id)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._show(result)
        self._apply_spec(result.spec)
        self._set_status(f"Saved comparison from {self._when(result)}.")
        self._update_actions()

    @Slot()
    def _on_rerun_button_clicked(self) -> None:
        if self._shown is not None and self._worker is None:
            self._apply_spec(self._shown.spec)
            self._start(self._shown.spec)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        item = self._saved.currentItem()
        if item is None or self._worker is not None:
            return
        answer = QMessageBox.question(
            self,
            "Delete comparison",
            f"Delete the saved comparison “{item.text().splitlines()[0]}”? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        comparison_id = item.data(Qt.ItemDataRole.UserRole)
        try:
            self._store.delete(comparison_id)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        if self._shown is not None and self._shown.id == comparison_id:
            self._clear_shown()
        self._refresh_saved()
        self._set_status("Comparison deleted.")

    @Slot()
    def _on_export_button_clicked(self) -> None:
        if self._shown is None:
            return
        filters = ";;".join(f"{name} (*{suffix})" for name, suffix in EXPORT_FORMATS.items())
        folder = Path(self._state.get("export_dir", str(Path.home())))
        suggested = folder / f"comparison-{self._shown.created[:10]}{next(iter(EXPORT_FORMATS.values()))}"
        path, chosen = QFileDialog.getSaveFileName(self, "Export report", str(suggested), filters)
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_FORMATS.values():
            # A name without a known suffix: the dialog's filter says which format was meant.
            suffix = next((s for name, s in EXPORT_FORMATS.items() if chosen.startswith(name)), ".md")
            target = target.with_name(target.name + suffix)
        try:
            written = self.export_report(target)
        except UserFacingError as exc:
            self._set_status(_error_text(exc))
            return
        self._state["export_dir"] = str(written.parent)
        self._set_status(f"Report saved to {written}.")

    # -- running ---------------------------------------------------------------------------

    def _start(self, spec: Comparison) -> None:
        self._save_form_state()
        choices = self._models.choices()
        labels = {c.model_id: c.label for c in choices}
        destinations = {c.model_id: c.destination for c in choices}
        self._shown = ComparisonResult(
            id="",
            created="",
            spec=spec,
            runs=[ModelRun(m, destinations.get(m)) for m in spec.models],
        )
        self._labels = {m: labels.get(m, m) for m in spec.models}
        self._build_columns(spec, self._shown.runs)
        for column in self._columns.values():
            column.set_starting()
        self._results.clear()
        self._verdict.hide()
        self._show_privacy(privacy_summary(spec, {m: destinations.get(m) for m in spec.models}), destinations)
        self._saved.setCurrentRow(-1)
        worker = CompareWorker(spec, self._engines, self._work_dir, self)
        worker.queued.connect(self._on_worker_queued)
        worker.loading.connect(self._on_worker_loading)
        worker.started.connect(self._on_worker_started)
        worker.text.connect(self._on_worker_text)
        worker.progress.connect(self._on_worker_progress)
        worker.model_finished.connect(self._on_worker_model_finished)
        worker.model_failed.connect(self._on_worker_model_failed)
        worker.model_cancelled.connect(self._on_worker_model_cancelled)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._set_status(f"Comparing {counted(len(spec.models), 'model')}…")
        self._update_actions()
        worker.start()

    def _model_ended(self, model_id: str, run: ModelRun) -> None:
        shown = self._shown
        if shown is None:
            return
        shown.runs = [run if r.model_id == model_id else r for r in shown.runs]
        error = (run.error_title or "Failed", run.error) if run.status == "failed" else None
        self._column(model_id).show_result(run_markdown(shown.spec.task, run), _summary(run), _state_of(run), error)
        # The figures fill in as each model ends; the verdict waits for all of them.
        self._results.show_result(shown, self._labels)

    def _end_run(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._update_actions()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, result: ComparisonResult, columns_ready: bool = False) -> None:
        """Columns, figures, verdict and privacy summary of a finished comparison.

        ``columns_ready``: the columns already show this result (it just ran).
        """
        self._shown = result
        labels = {c.model_id: c.label for c in self._models.choices()}
        # Columns are keyed by name: one model may fill two (`plinth compare` with settings per column),
        # its name then followed by those settings.
        self._labels = {run.column: labels.get(run.model_id, run.model_id) + run.column.removeprefix(run.model_id)
                        for run in result.runs}  # fmt: skip
        if not columns_ready:
            self._build_columns(result.spec, result.runs)
            for run in result.runs:
                error = (run.error_title or "Failed", run.error) if run.status == "failed" else None
                self._columns[run.column].show_result(
                    run_markdown(result.spec.task, run), _summary(run), _state_of(run), error
                )
        self._results.show_result(result, self._labels)
        self._verdict.setText(verdict(result))
        self._verdict.show()
        destinations = result_destinations(result)
        self._show_privacy(privacy_summary(result.spec, destinations), destinations)
        self._update_actions()

    def _clear_shown(self) -> None:
        self._shown = None
        self._build_columns(None, [])
        self._results.clear()
        self._verdict.hide()
        self._privacy.hide()
        self._update_actions()

    def _build_columns(self, spec: Comparison | None, runs: list[ModelRun]) -> None:
        for column in self._columns.values():
            self._columns_layout.removeWidget(column)
            column.deleteLater()
        self._columns = {}
        for run in runs:
            column = CompareColumn(
                self._labels.get(run.column, run.column),
                run.destination,
                ANSWER_TITLES[spec.task] if spec is not None else "Answer",
            )
            column.stop_requested.connect(self._on_column_stop_requested)
            # Equal stretch: the columns share the width evenly whatever their content.
            self._columns_layout.addWidget(column, 1)
            self._columns[run.column] = column

    def _show_privacy(self, text: str, destinations: dict[str, str | None]) -> None:
        remote = any(d is not None for d in destinations.values())
        self._privacy.setText(f"⚠ {text}" if remote else text)
        self._privacy.setProperty("remote", "true" if remote else "false")
        self._privacy.style().unpolish(self._privacy)
        self._privacy.style().polish(self._privacy)
        self._privacy.show()

    def _refresh_saved(self, select: str | None = None) -> None:
        self._saved.blockSignals(True)
        self._saved.clear()
        try:
            saved = self._store.list()
        except UserFacingError as exc:
            saved = []
            self._set_status(_error_text(exc))
        for summary in saved:
            item = QListWidgetItem(f"{summary.title}\n{self._when(summary)} · {counted(len(summary.models), 'model')}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip("\n".join(summary.models))
            self._saved.addItem(item)
            if summary.id == select:
                self._saved.setCurrentItem(item)
        self._saved.blockSignals(False)
        self._saved_empty.setVisible(not saved)
        self._update_actions()

    # -- form ----------------------------------------------------------------------------------

    def _add_row(self, model_id: str | None) -> None:
        row = _ModelRow(self._models, len(self._rows) + 1)
        row.remove_requested.connect(self._on_model_row_remove_requested)
        row.picker.populate([model_id])
        row.picker.model_changed.connect(self._on_picker_model_changed)
        self._rows.append(row)
        self._relayout_rows()
        self._update_notice()

    def _relayout_rows(self) -> None:
        """Two pickers a line, numbered in reading order: 1 2 / 3 4."""
        for column in self._model_columns:
            while column.count():
                column.takeAt(0)
        for index, row in enumerate(self._rows):
            self._model_columns[index % 2].addWidget(row)
            row.set_number(index + 1)

    def _drop_row(self, row: _ModelRow) -> None:
        for column in self._model_columns:
            column.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _model_ids(self) -> list[str]:
        return [row.picker.model_id or "" for row in self._rows]

    def _task(self) -> Task:
        return self._task_combo.currentData()

    def _spec_from_form(self) -> Comparison:
        task = self._task()
        file = self._file_edit.text()
        return Comparison(
            task=task,
            models=tuple(m for m in self._model_ids() if m),
            text="" if task in BATCH_TASKS else self._input.toPlainText().strip(),
            # A translation's length follows its text; only a chat answer takes the limit.
            max_tokens=self._max_tokens.value() if task == "chat" else None,
            temperature=self._temperature.value(),
            target=self._target.language if task in ("translate", "batch-translate") else "",
            labels=tuple(part.strip() for part in self._labels_edit.text().split(",") if part.strip())
            if task in ("classify", "batch-classify")
            else (),
            multi=self._multi.isChecked() if task in ("classify", "batch-classify") else False,
            input_path=file if task in BATCH_TASKS and file else None,
            text_column=self._text_column.currentText() if task in BATCH_TASKS else "",
            gold_column=self._gold_column.currentData() if task == "batch-classify" else None,
        )

    def _apply_spec(self, spec: Comparison) -> None:
        """Put a saved comparison's set-up back in the form, so it can be changed and run."""
        while len(self._rows) < len(spec.models):
            self._add_row(None)
        while len(self._rows) > max(MIN_MODELS, len(spec.models)):
            self._drop_row(self._rows.pop())
        self._relayout_rows()
        for row, model_id in zip(self._rows, spec.models):
            row.picker.populate([model_id])
        self._task_combo.setCurrentIndex(max(0, self._task_combo.findData(spec.task)))
        if spec.task not in BATCH_TASKS:
            self._input.setPlainText(spec.text)
        if spec.target:
            self._target.set_language(spec.target)
        if spec.labels:
            self._labels_edit.setText(", ".join(spec.labels))
        self._multi.setChecked(spec.multi)
        self._temperature.setValue(spec.temperature)
        if spec.max_tokens is not None:
            self._max_tokens.setValue(spec.max_tokens)
        if spec.input_path:
            self._file_edit.setText(spec.input_path)
            self._state.update(text_column=spec.text_column, gold_column=spec.gold_column)
            self._read_columns(Path(spec.input_path))

    def _save_form_state(self) -> None:
        self._state.update(
            models=[m for m in self._model_ids() if m],
            task=self._task(),
            text=self._input.toPlainText(),
            target=self._target.language,
            labels=self._labels_edit.text(),
            multi=self._multi.isChecked(),
            temperature=self._temperature.value(),
            max_tokens=self._max_tokens.value(),
            text_column=self._text_column.currentText(),
            gold_column=self._gold_column.currentData(),
        )

    def _read_columns(self, path: Path) -> None:
        if self._reader is not None:
            self._reader.discard()
        self._reader = CallWorker(lambda: list(read_table(path).columns), f"Reading {path.name}", self)
        self._reader.succeeded.connect(self._on_reader_succeeded)
        self._reader.failed.connect(self._on_reader_failed)
        self._set_status(f"Reading {path.name}…")
        self._reader.start()

    def _drop_reader(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None

    # -- helpers --------------------------------------------------------------------------------

    def _column(self, model_id: str) -> CompareColumn:
        return self._columns[model_id]

    @staticmethod
    def _when(result: ComparisonResult | ComparisonSummary) -> str:
        try:
            return datetime.fromisoformat(result.created).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return result.created

    def _outcome(self, result: ComparisonResult) -> str:
        counts = {status: sum(r.status == status for r in result.runs) for status in ("failed", "cancelled")}
        parts = ["Stopped." if result.stopped else "Done."]
        if counts["failed"]:
            parts.append(f"{counts['failed']} failed.")
        if counts["cancelled"] and not result.stopped:
            parts.append(f"{counts['cancelled']} stopped.")
        parts.append("Saved.")
        return " ".join(parts)

    def _update_notice(self) -> None:
        text = self._rows[0].picker.notice("compare models") if self._rows else ""
        self._notice.setText(text)
        self._notice.setVisible(bool(text))

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _update_actions(self) -> None:
        busy = self._worker is not None
        ids = [m for m in self._model_ids() if m]
        runnable = all(row.picker.can_run for row in self._rows) and len(set(ids)) == len(ids) >= MIN_MODELS
        task = self._task()
        has_input = bool(self._text_column.currentText()) if task in BATCH_TASKS else True
        self._run_button.setEnabled(not busy and runnable and has_input)
        self._stop_all_button.setEnabled(self._worker is not None and not self._worker.cancel_requested)
        self._add_button.setEnabled(not busy and len(self._rows) < MAX_MODELS)
        for row in self._rows:
            row.remove_button.setEnabled(not busy and len(self._rows) > MIN_MODELS)
            row.picker.set_picking_enabled(not busy)
        for widgets in self._option_widgets.values():
            for widget in widgets:
                widget.setEnabled(not busy)
        self._input.setReadOnly(busy)
        self._browse_button.setEnabled(not busy)
        self._text_column.setEnabled(not busy)
        self._gold_column.setEnabled(not busy and task == "batch-classify")
        self._saved.setEnabled(not busy)
        finished = self._shown is not None and bool(self._shown.id) and not busy
        self._rerun_button.setEnabled(finished)
        self._delete_button.setEnabled(not busy and self._saved.currentItem() is not None)
        self._export_button.setEnabled(finished)
        if len(set(ids)) != len(ids) and not busy:
            self._set_status(PICK_DIFFERENT)
        elif self._status.text() == PICK_DIFFERENT:
            self._set_status("")
