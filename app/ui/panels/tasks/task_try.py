"""The Tasks tab's data page: the input file (a built-in's sample offered), a row of it, the prompt that row
renders to for a variant, and "Try on this row" with one model, its answer streamed and checked."""

from __future__ import annotations

import json
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from app.core.errors import UserFacingError
from app.core.models.directory import ModelDirectory
from app.core.tasks.custom.run import system_text
from app.core.tasks.custom.spec import Cell, TaskSpec, render
from app.core.tasks.tables import Table
from app.ui.i18n import core_text, translate
from app.ui.panels._task_panel import error_label, status_label
from app.ui.panels.tasks.task_words import DEFAULT_VARIANT, variant_name
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import STRETCH, buddy, hbox, splitter, vbox
from app.ui.widgets.model_picker import ModelPicker


def _read_only(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setReadOnly(True)
    return edit


def checks_html(cell: Cell) -> str:
    """A cell's checks, one line each: ✓ or ✗ (so colour is not the only cue), the name and the reason."""
    lines = []
    if cell.error:
        could_not = escape(translate("TryPage", "✗ Could not run:"))
        lines.append(f'<span style="color:#a40000"><b>{could_not}</b> {escape(core_text(cell.error))}</span>')
    for check in cell.checks:
        mark = '<span style="color:#1a7f37">✓</span>' if check.passed else '<span style="color:#a40000">✗</span>'
        reason = f" — {escape(core_text(check.reason))}" if check.reason else ""
        lines.append(f"{mark} <b>{escape(check.name)}</b>{reason}")
    return "<br>".join(lines) or escape(translate("TryPage", "No checks: the task has none."))


def parsed_text(cell: Cell) -> str:
    """What the answer parsed to: the JSON, pretty, or the label; "" for a text task."""
    if cell.json is not None:
        return json.dumps(cell.json, indent=2, ensure_ascii=False)
    return cell.label or ""


class TryPage(QWidget):
    """The file, the row, the preview and one try.

    Signals:
        open_requested(): "Open file…" was clicked.
        sample_requested(): "Use sample" was clicked.
        row_changed(): another row or variant is picked (the preview follows).
        try_requested(): "Try on this row" was clicked.
        stop_requested(): "Stop" was clicked.
    """

    open_requested = Signal()
    sample_requested = Signal()
    row_changed = Signal()
    try_requested = Signal()
    stop_requested = Signal()

    def __init__(self, models: ModelDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._open = action_button(
            self.tr("Open file…"), self.tr("Open input file"), self.tr("A CSV or JSONL file, one row per input")
        )
        self._sample = action_button(
            self.tr("Use sample"),
            self.tr("Use sample file"),
            self.tr("The sample rows shipped with this built-in task"),
        )
        self._file = ElidedLabel()
        self._file.setAccessibleName(self.tr("Input file"))
        self._row = QSpinBox()
        self._row.setAccessibleName(self.tr("Row"))
        self._row.setRange(1, 1)
        self._variant = QComboBox()
        self._variant.setAccessibleName(self.tr("Preview variant"))
        self._variant.setMinimumContentsLength(10)
        self._preview = _read_only(self.tr("Prompt preview"))
        self._preview_error = error_label(self.tr("Preview problem"))
        self._preview_error.setTextFormat(Qt.TextFormat.PlainText)
        self.picker = ModelPicker(models, self.tr("Try model"), compact=True)
        self.try_button = action_button(
            self.tr("Try on this row"),
            self.tr("Try on this row"),
            self.tr("Ask the model about this row (Ctrl+Return)"),
        )
        self.stop_button = action_button(self.tr("Stop"), self.tr("Stop try"), self.tr("Stop the answer"))
        self.status = status_label(self.tr("Try status"))
        self._answer = _read_only(self.tr("Try answer"))
        self._parsed = _read_only(self.tr("Try parsed"))
        self._checks = QLabel()
        self._checks.setAccessibleName(self.tr("Try checks"))
        self._checks.setWordWrap(True)
        self._checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._checks.setAlignment(Qt.AlignmentFlag.AlignTop)

        file_row = hbox(self._open, self._sample, (self._file, 1), spacing=8)
        row_row = hbox(buddy(self.tr("&Row"), self._row), self._row, 12, buddy(self.tr("&Variant"), self._variant),
                       self._variant, STRETCH, spacing=6)  # fmt: skip
        preview = QWidget()
        vbox(QLabel(self.tr("Prompt for this row (system, then user)")), (self._preview, 1), self._preview_error,
             margins=(0, 0, 0, 0), parent=preview)  # fmt: skip
        result = QWidget()
        vbox(
            self.picker, hbox(self.try_button, self.stop_button, (self.status, 1), spacing=8),
            (splitter(Qt.Orientation.Horizontal, self._answer, self._parsed), 2), (self._checks, 1),
            margins=(0, 0, 0, 0), parent=result,
        )  # fmt: skip
        vbox(file_row, row_row, (splitter(Qt.Orientation.Vertical, preview, result), 1), margins=(0, 10, 0, 0),
             spacing=8, parent=self)  # fmt: skip
        self._open.clicked.connect(self.open_requested)
        self._sample.clicked.connect(self.sample_requested)
        self._row.valueChanged.connect(self._on_row_value_changed)
        self._variant.currentIndexChanged.connect(self._on_row_value_changed)
        self.try_button.clicked.connect(self.try_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.set_sample_available(False)

    # -- public API ---------------------------------------------------------------

    @property
    def table(self) -> Table | None:
        return self._table

    def set_table(self, table: Table | None) -> None:
        self._table = table
        self._file.setText(
            str(table.path) if table is not None else self.tr("No input file: open a CSV or JSONL file.")
        )
        self._row.setRange(1, max(1, len(table.rows) if table is not None else 1))
        self._row.setSuffix(self.tr(" of {count}").format(count=len(table.rows)) if table is not None else "")
        self.row_changed.emit()

    def set_sample_available(self, available: bool) -> None:
        self._sample.setVisible(available)

    def set_variants(self, names: list[str]) -> None:
        current = self._variant.currentData()
        self._variant.blockSignals(True)
        self._variant.clear()
        for name in names:
            self._variant.addItem(variant_name(name), name)
        self._variant.setCurrentIndex(max(0, self._variant.findData(current)))
        self._variant.blockSignals(False)

    @property
    def variant(self) -> str:
        return str(self._variant.currentData() or DEFAULT_VARIANT)

    def row_values(self) -> Mapping[str, object]:
        """The picked row's values ({} without a file)."""
        if self._table is None or not self._table.rows:
            return {}
        return self._table.rows[self._row.value() - 1]

    @property
    def row_index(self) -> int:
        return self._row.value() - 1

    def show_preview(self, task: TaskSpec) -> None:
        """The picked row rendered for the picked variant; a missing variable said under it."""
        variant = next((v for v in task.all_variants() if v.name == self.variant), task.all_variants()[0])
        system = system_text(task, variant)
        self._preview_error.hide()
        try:
            user = render(variant.template, self.row_values())
        except UserFacingError as exc:
            user = variant.template
            problem = core_text(exc)
            if self._table is None:
                problem = self.tr("{problem} Open a file whose columns give them.").format(problem=problem)
            self._preview_error.setText(problem)
            self._preview_error.show()
        self._preview.setPlainText(f"[system]\n{system}\n\n[user]\n{user}" if system else f"[user]\n{user}")

    def start_answer(self) -> None:
        self._answer.clear()
        self._parsed.clear()
        self._checks.setText("")

    def append_answer(self, text: str) -> None:
        cursor = self._answer.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(text)

    def show_cell(self, cell: Cell) -> None:
        """The finished answer: the text (a label task's label), what it parsed to, and each check."""
        self._answer.setPlainText(cell.text)
        self._parsed.setPlainText(parsed_text(cell))
        self._checks.setText(checks_html(cell))

    def set_busy(self, busy: bool) -> None:
        self.try_button.setEnabled(not busy)
        self.stop_button.setEnabled(busy)
        for widget in (self._open, self._sample, self._row, self._variant):
            widget.setEnabled(not busy)
        self.picker.set_picking_enabled(not busy)

    @Slot(int)
    def _on_row_value_changed(self, _value: int) -> None:
        self.row_changed.emit()
