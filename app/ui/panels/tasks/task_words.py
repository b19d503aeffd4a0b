"""The Tasks tab's words: core's fixed words (output kinds, check kinds, the default variant) in the window's
language, and the panel's longer status lines (a run's outcome, a try's verdict, the library's entries)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QListWidgetItem, QPushButton

from app.core.tasks.custom.library import TaskEntry
from app.core.tasks.custom.matrix import MatrixResult
from app.core.tasks.custom.spec import Cell
from app.ui.i18n import core_text, integer, number, translate
from app.ui.widgets.buttons import action_button

#: The name core gives a task's own template when it runs as a variant.
DEFAULT_VARIANT = "default"

#: Output kind (core's value) → what the editor's list shows.
OUTPUT_NAMES = {
    "text": QT_TRANSLATE_NOOP("TaskWords", "Free text"),
    "label": QT_TRANSLATE_NOOP("TaskWords", "One label from a list"),
    "json": QT_TRANSLATE_NOOP("TaskWords", "JSON matching a schema"),
}
#: Check kind (core's value, as a task file writes it) → what the checks table shows.
CHECK_KIND_NAMES = {
    "equals": QT_TRANSLATE_NOOP("TaskWords", "Equals"),
    "contains": QT_TRANSLATE_NOOP("TaskWords", "Contains"),
    "icontains": QT_TRANSLATE_NOOP("TaskWords", "Contains (any case)"),
    "regex": QT_TRANSLATE_NOOP("TaskWords", "Matches a regex"),
    "is_json": QT_TRANSLATE_NOOP("TaskWords", "Is JSON"),
    "json_path_equals": QT_TRANSLATE_NOOP("TaskWords", "JSON path equals"),
    "number_within": QT_TRANSLATE_NOOP("TaskWords", "Number within"),
    "length_within": QT_TRANSLATE_NOOP("TaskWords", "Length within"),
    "similar": QT_TRANSLATE_NOOP("TaskWords", "Similar meaning"),
    "judge": QT_TRANSLATE_NOOP("TaskWords", "Judged by a model"),
}


def output_name(kind: str) -> str:
    """An output kind as the window names it."""
    return translate("TaskWords", OUTPUT_NAMES[kind]) if kind in OUTPUT_NAMES else kind


def check_kind_name(kind: str) -> str:
    """A check kind as the window names it (an unknown one as it is written)."""
    return translate("TaskWords", CHECK_KIND_NAMES[kind]) if kind in CHECK_KIND_NAMES else kind


def variant_name(name: str) -> str:
    """A variant's name as shown: the task's own template ("default") in the window's language."""
    if name == DEFAULT_VARIANT:
        return translate("TaskWords", "default", "the task's own template, as a variant's name")
    return name


def library_item_text(entry: TaskEntry) -> str:
    """A library entry's line: its name, marked when built in or unreadable."""
    if entry.error:
        return translate("TasksPanel", "⚠ {name} — cannot be read").format(name=entry.name)
    if entry.builtin:
        return translate("TasksPanel", "{name}  (built-in)").format(name=entry.name)
    return entry.name


def title_html(name: str, builtin: bool, dirty: bool) -> str:
    """The editor's title: the task's name, whether it is a built-in and whether it has unsaved changes."""
    untitled = translate("TasksPanel", "Untitled task")
    shown = f"<b>{escape(name or untitled)}</b>"
    if builtin and dirty:
        return translate("TasksPanel", "{name} (built-in: saving writes a copy) • unsaved changes").format(name=shown)
    if builtin:
        return translate("TasksPanel", "{name} (built-in: saving writes a copy)").format(name=shown)
    if dirty:
        return translate("TasksPanel", "{name} • unsaved changes").format(name=shown)
    return shown


def try_verdict(cell: Cell) -> str:
    """What a try's answer came to."""
    if cell.passed:
        return translate("TasksPanel", "The answer passed every check.")
    if not cell.error:
        return translate("TasksPanel", "The answer failed a check.")
    return translate("TasksPanel", "The answer could not run.")


def run_outcome(result: MatrixResult, resumed: str) -> str:
    """A finished (or cancelled) run in one line: cells done, ``resumed`` (the cells taken from the journal, said
    by the panel: Qt's plural forms need its ``tr``), why columns stopped, notes."""
    parts = [
        translate("TasksPanel", "{done} of {total} cells done").format(
            done=integer(result.done), total=integer(result.total)
        )
    ]
    if result.resumed:
        parts.append(resumed)
    if result.cancelled:
        parts.append(translate("TasksPanel", "cancelled: Run again to resume where it stopped"))
    parts += [
        translate("TasksPanel", "{model} stopped: {reason}").format(model=c.model, reason=core_text(why))
        for c, why in result.failed.items()
    ]
    parts += [core_text(note) for note in result.notes]
    return "; ".join(parts) + "."


def progress_text(done: int, total: int, cells_per_s: float) -> str:
    """A run's progress line: cells done of all, and the speed."""
    return translate("TasksPanel", "{done} of {total} cells · {speed} cells/s").format(
        done=integer(done), total=integer(total), speed=number(cells_per_s, 2)
    )


def library_item(entry: TaskEntry, role: int) -> QListWidgetItem:
    """A library entry's line in the list, ``entry`` kept in ``role``; an unreadable file's line in red."""
    item = QListWidgetItem(library_item_text(entry))
    if entry.error:
        item.setToolTip(core_text(entry.error))
        item.setForeground(Qt.GlobalColor.darkRed)
    else:
        item.setToolTip(entry.description or entry.name)
    item.setData(role, entry)
    return item


def library_buttons() -> tuple[QPushButton, QPushButton, QPushButton, QPushButton, QPushButton]:
    """The library's New, Duplicate, Delete, Import… and Export… buttons."""
    return (
        action_button(
            translate("TasksPanel", "New"), translate("TasksPanel", "New task"),
            translate("TasksPanel", "Start a new task"),
        ),
        action_button(
            translate("TasksPanel", "Duplicate"), translate("TasksPanel", "Duplicate task"),
            translate("TasksPanel", "A copy of this task to change"),
        ),
        action_button(
            translate("TasksPanel", "Delete"), translate("TasksPanel", "Delete task"),
            translate("TasksPanel", "Delete this task file (built-ins cannot be deleted)"),
        ),
        action_button(
            translate("TasksPanel", "Import…"), translate("TasksPanel", "Import task"),
            translate("TasksPanel", "Add a task file someone shared"),
        ),
        action_button(
            translate("TasksPanel", "Export…"), translate("TasksPanel", "Export task"),
            translate("TasksPanel", "Save this task as a file to share"),
        ),
    )  # fmt: skip
