"""The task editor: every field of a ``TaskSpec``, the variables its template uses, and the errors of a save
shown beside the field they name."""

from __future__ import annotations

import json
import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from app.core.errors import UserFacingError
from app.core.tasks.custom.files import task_yaml
from app.core.tasks.custom.outputs import check_schema
from app.core.tasks.custom.spec import OUTPUT_KINDS, CheckSpec, OutputKind, TaskSpec, variables
from app.ui.i18n import core_text, translate
from app.ui.panels._task_panel import error_label
from app.ui.panels.tasks.task_tables import CheckTable, EditorError, VariantTable, error_text
from app.ui.panels.tasks.task_words import output_name
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import boxed, hbox, vbox

#: What the editor calls the task in the messages of a save that fails ("This task, line 4: schema: …").
SOURCE = "This task"
_FIELD = re.compile(rf"^{SOURCE}(?:, line \d+)?: (\w+)")
#: A field (as a save's error names it) → the accessible name of the error line under it.
_ERROR_NAMES = {
    "name": QT_TRANSLATE_NOOP("TaskEditor", "name error"),
    "system_prompt": QT_TRANSLATE_NOOP("TaskEditor", "system_prompt error"),
    "template": QT_TRANSLATE_NOOP("TaskEditor", "template error"),
    "labels": QT_TRANSLATE_NOOP("TaskEditor", "labels error"),
    "schema": QT_TRANSLATE_NOOP("TaskEditor", "schema error"),
    "variants": QT_TRANSLATE_NOOP("TaskEditor", "variants error"),
    "checks": QT_TRANSLATE_NOOP("TaskEditor", "checks error"),
}
#: The seed box's value that means "no fixed seed".
_NO_SEED = -1


def _edit(name: str, placeholder: str, height: int) -> QPlainTextEdit:
    """A multi-line field ``height`` pixels high, growing to twice that with the window (no more: the fields
    below stay in sight)."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(2 * height)
    edit.setTabChangesFocus(True)
    return edit


class TaskEditor(QScrollArea):
    """Edits one task. ``spec()`` reads it back (raising a ``UserFacingError`` naming the field that is
    wrong, which ``show_error`` puts beside that field); the schema is checked as it is typed.

    Signals:
        changed(): a field was edited (the task is now unsaved).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Task editor"))
        self._loading = False
        self._build()
        self._connect()

    def _build(self) -> None:
        self._name = QLineEdit()
        self._name.setAccessibleName(self.tr("Task name"))
        self._description = QLineEdit()
        self._description.setAccessibleName(self.tr("Task description"))
        self._system = _edit(self.tr("System prompt"), self.tr("What the model is (optional)"), 54)
        self._template = _edit(self.tr("Template"), self.tr("The prompt; {{column}} takes a value from each row"), 90)
        self._variables = QLabel()
        self._variables.setAccessibleName(self.tr("Template variables"))
        self._variables.setWordWrap(True)
        self._variables.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._output = QComboBox()
        self._output.setAccessibleName(self.tr("Output kind"))
        for kind in OUTPUT_KINDS:
            self._output.addItem(output_name(kind), kind)
        self._labels = QLineEdit()
        self._labels.setAccessibleName(self.tr("Labels"))
        self._labels.setPlaceholderText(self.tr("Labels, separated by commas: spam, not spam"))
        self._schema = _edit(
            self.tr("JSON Schema"), '{"type": "object", "properties": {"total": {"type": "number"}}}', 110
        )
        self._schema_state = QLabel()
        self._schema_state.setAccessibleName(self.tr("Schema check"))
        self._schema_state.setWordWrap(True)
        self._temperature = QDoubleSpinBox()
        self._temperature.setAccessibleName(self.tr("Temperature"))
        self._temperature.setRange(0.0, 2.0)
        self._temperature.setSingleStep(0.1)
        self._max_tokens = QSpinBox()
        self._max_tokens.setAccessibleName(self.tr("Max tokens"))
        self._max_tokens.setRange(1, 32_768)
        self._seed = QSpinBox()
        self._seed.setAccessibleName(self.tr("Seed"))
        self._seed.setRange(_NO_SEED, 2**31 - 1)
        self._seed.setSpecialValueText(self.tr("None", "no fixed seed"))
        self._variants = VariantTable()
        self._add_variant = action_button(
            self.tr("Add variant"), self.tr("Add variant"), self.tr("Another wording of the template to compare")
        )
        self._remove_variant = action_button(
            self.tr("Remove variant"), self.tr("Remove variant"), self.tr("Remove the selected variants")
        )
        self._checks = CheckTable()
        self._add_check = action_button(
            self.tr("Add check"), self.tr("Add check"), self.tr("A check run on each row's answer")
        )
        self._remove_check = action_button(
            self.tr("Remove check"), self.tr("Remove check"), self.tr("Remove the selected checks")
        )

        #: Field name (as a save's error names it) → the error line under that field.
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._schema_row = boxed(vbox(self._schema, self._schema_state, self._error("schema"), margins=(0, 0, 0, 0)))
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Name"), boxed(vbox(self._name, self._error("name"), margins=(0, 0, 0, 0)))),
            (self.tr("&Description"), self._description),
            (self.tr("S&ystem prompt"), boxed(vbox(self._system, self._error("system_prompt"), margins=(0, 0, 0, 0)))),
            (
                self.tr("&Template"),
                boxed(vbox(self._template, self._variables, self._error("template"), margins=(0, 0, 0, 0))),
            ),
            (self.tr("&Output"), self._output),
            (self.tr("&Labels"), boxed(vbox(self._labels, self._error("labels"), margins=(0, 0, 0, 0)))),
            (self.tr("Sche&ma"), self._schema_row),
            (
                self.tr("Sampling"),
                boxed(
                    hbox(
                        QLabel(self.tr("Temperature")),
                        self._temperature,
                        12,
                        QLabel(self.tr("Max tokens")),
                        self._max_tokens,
                        12,
                        QLabel(self.tr("Seed")),
                        self._seed,
                        "stretch",
                        margins=(0, 0, 0, 0),
                        spacing=6,
                    )
                ),
            ),  # fmt: skip
            (
                self.tr("&Variants"),
                boxed(
                    vbox(
                        self._variants,
                        hbox(self._add_variant, self._remove_variant, "stretch", spacing=6),
                        self._error("variants"),
                        margins=(0, 0, 0, 0),
                    )
                ),
            ),  # fmt: skip
            (
                self.tr("C&hecks"),
                boxed(
                    vbox(
                        self._checks,
                        hbox(self._add_check, self._remove_check, "stretch", spacing=6),
                        self._error("checks"),
                        margins=(0, 0, 0, 0),
                    )
                ),
            ),  # fmt: skip
        ]
        labels: list[QLabel] = []
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field.focusProxy() or field)
            form.addRow(label, field)
            labels.append(label)
        self._labels_row = rows[5][1]
        self._labels_label, self._schema_label = labels[5], labels[6]
        page = QWidget()
        page.setLayout(form)
        self.setWidget(page)
        self._show_output_fields()

    def _error(self, field: str) -> QLabel:
        label = error_label(translate("TaskEditor", _ERROR_NAMES[field]))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        self._errors[field] = label
        return label

    def _connect(self) -> None:
        for line in (self._name, self._description, self._labels):
            line.textChanged.connect(self._on_field_changed)
        for edit in (self._system, self._template, self._schema):
            edit.textChanged.connect(self._on_field_changed)
        self._template.textChanged.connect(self._on_template_text_changed)
        self._schema.textChanged.connect(self._on_schema_text_changed)
        self._output.currentIndexChanged.connect(self._on_output_current_index_changed)
        for spin in (self._temperature, self._max_tokens, self._seed):
            spin.valueChanged.connect(self._on_field_changed)
        self._variants.itemChanged.connect(self._on_field_changed)
        self._checks.itemChanged.connect(self._on_field_changed)
        self._add_variant.clicked.connect(self._on_add_variant_clicked)
        self._remove_variant.clicked.connect(self._on_remove_variant_clicked)
        self._add_check.clicked.connect(self._on_add_check_clicked)
        self._remove_check.clicked.connect(self._on_remove_check_clicked)

    # -- public API ---------------------------------------------------------------

    def set_spec(self, spec: TaskSpec) -> None:
        """Show ``spec``; emits no ``changed``."""
        self._loading = True
        try:
            self._name.setText(spec.name)
            self._description.setText(spec.description)
            self._system.setPlainText(spec.system_prompt)
            self._template.setPlainText(spec.template)
            self._output.setCurrentIndex(self._output.findData(spec.output))
            self._labels.setText(", ".join(spec.labels))
            self._schema.setPlainText(json.dumps(spec.schema, indent=2, ensure_ascii=False) if spec.schema else "")
            self._temperature.setValue(spec.temperature)
            self._max_tokens.setValue(spec.max_tokens)
            self._seed.setValue(_NO_SEED if spec.seed is None else spec.seed)
            self._variants.set_variants(spec.variants)
            self._checks.set_checks(spec.checks)
        finally:
            self._loading = False
        self.clear_errors()
        self._show_variables()
        self._check_schema()

    def spec(self) -> TaskSpec:
        """The task as edited, checked as a task file is read; raises ``UserFacingError`` naming the field."""
        spec = self._read(strict=True)
        task_yaml(spec, SOURCE)  # the file's own checks, each naming its field
        return spec

    def draft(self) -> TaskSpec:
        """The task as edited so far, unchecked (for the preview): a schema or check that does not read is left out."""
        return self._read(strict=False)

    def _read(self, *, strict: bool) -> TaskSpec:
        output: OutputKind = self._output.currentData()
        schema, checks = None, ()
        try:
            schema = self._schema_value() if output == "json" else None
            checks = self._checks.checks()
        except UserFacingError:
            if strict:
                raise
        return TaskSpec(
            name=self._name.text().strip(),
            template=self._template.toPlainText(),
            system_prompt=self._system.toPlainText(),
            description=self._description.text().strip(),
            output=output,
            labels=tuple(p.strip() for p in self._labels.text().split(",") if p.strip()) if output == "label" else (),
            schema=schema,
            temperature=round(self._temperature.value(), 2),
            max_tokens=self._max_tokens.value(),
            seed=None if self._seed.value() == _NO_SEED else self._seed.value(),
            variants=self._variants.variants(),
            checks=checks,
        )

    def show_error(self, exc: UserFacingError) -> str:
        """Put ``exc`` beside the field it names; returns that field ("" when it names none, then not shown)."""
        self.clear_errors()
        found = _FIELD.match(exc.message)
        field = found.group(1) if found else ""
        label = self._errors.get(field)
        if label is None:
            return ""
        label.setText(error_text(exc))
        label.show()
        self.ensureWidgetVisible(label)
        return field

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()

    def focus_name(self) -> None:
        self._name.setFocus()
        self._name.selectAll()

    # -- slots ----------------------------------------------------------------------

    @Slot()
    def _on_field_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    @Slot()
    def _on_template_text_changed(self) -> None:
        self._show_variables()

    @Slot()
    def _on_schema_text_changed(self) -> None:
        self._check_schema()

    @Slot(int)
    def _on_output_current_index_changed(self, _index: int) -> None:
        self._show_output_fields()
        self._on_field_changed()

    @Slot()
    def _on_add_variant_clicked(self) -> None:
        taken = {v.name for v in self._variants.variants()}
        number = len(taken) + 1
        name = self.tr("variant {number}", "a new variant's name")
        while name.format(number=number) in taken:
            number += 1
        self._variants.add(name.format(number=number), self._template.toPlainText())

    @Slot()
    def _on_remove_variant_clicked(self) -> None:
        self._variants.remove_selected()
        self._on_field_changed()

    @Slot()
    def _on_add_check_clicked(self) -> None:
        name = self.tr("check {number}", "a new check's name").format(number=self._checks.rowCount() + 1)
        self._checks.add(CheckSpec(name=name, kind="contains"))

    @Slot()
    def _on_remove_check_clicked(self) -> None:
        self._checks.remove_selected()
        self._on_field_changed()

    # -- helpers ----------------------------------------------------------------------

    def _show_output_fields(self) -> None:
        kind = self._output.currentData()
        self._labels_row.setVisible(kind == "label")
        self._labels_label.setVisible(kind == "label")
        self._schema_row.setVisible(kind == "json")
        self._schema_label.setVisible(kind == "json")

    def _show_variables(self) -> None:
        names = variables(self._template.toPlainText())
        if names:
            chips = " ".join(f"<code>{{{{{escape(n)}}}}}</code>" for n in names)
            self._variables.setText(self.tr("Variables: {names}").format(names=chips))
        else:
            self._variables.setText(
                self.tr("No variables: every row gets the same prompt. Write {{column}} to use a column.")
            )

    def _schema_value(self) -> dict[str, object]:
        text = self._schema.toPlainText().strip()
        if not text:
            raise EditorError(
                f"{SOURCE}: schema: a JSON task needs a JSON Schema.",
                'Type one, e.g. {"type": "object"}.',
                self.tr('This task: schema: a JSON task needs a JSON Schema. Type one, e.g. {"type": "object"}.'),
            )
        try:
            schema = json.loads(text)
        except ValueError as exc:
            raise EditorError(
                f"{SOURCE}: schema: not valid JSON ({exc}).",
                "Fix the JSON; quote every key.",
                self.tr("This task: schema: not valid JSON ({problem}). Fix the JSON; quote every key.").format(
                    problem=exc
                ),
            ) from exc
        if not isinstance(schema, dict):
            raise EditorError(
                f"{SOURCE}: schema: a JSON Schema is an object.",
                'Start it with {"type": …}.',
                self.tr('This task: schema: a JSON Schema is an object. Start it with {"type": …}.'),
            )
        return schema

    def _check_schema(self) -> None:
        """Says under the schema whether it is valid JSON Schema, as it is typed."""
        if not self._schema.toPlainText().strip():
            self._schema_state.setText("")
            return
        try:
            check_schema(self._schema_value())
        except UserFacingError as exc:
            self._schema_state.setObjectName("formError")
            shown = exc.shown if isinstance(exc, EditorError) else core_text(exc.message)
            self._schema_state.setText(f"✗ {shown}")
        else:
            self._schema_state.setObjectName("secondaryText")
            self._schema_state.setText(self.tr("✓ A valid JSON Schema."))
        self._schema_state.style().unpolish(self._schema_state)
        self._schema_state.style().polish(self._schema_state)
