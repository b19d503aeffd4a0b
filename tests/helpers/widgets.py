"""Finding a UI test's widgets by their accessible names, as a screen reader and a user know them.

``find`` fails the test, saying what it looked for, when there is no such
widget or more than one: a test that quietly took the first of two "Send"
buttons would check a widget the user may never see. ``find_all`` is for the
tests that count the widgets of a name (one per row, one per panel).
Hidden widgets count too; the tests check visibility themselves.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QToolButton, QWidget

W = TypeVar("W", bound=QWidget)


def find_all(parent: QWidget, cls: type[W], name: str) -> list[W]:
    """Every ``cls`` within ``parent`` whose accessible name is ``name``."""
    return [w for w in parent.findChildren(cls) if w.accessibleName() == name]


def find(parent: QWidget, cls: type[W], name: str) -> W:
    """The one ``cls`` within ``parent`` whose accessible name is ``name``."""
    matches = find_all(parent, cls, name)
    assert len(matches) == 1, f"{len(matches)} {cls.__name__} named {name!r} in {type(parent).__name__}"
    return matches[0]


def attach_collection(panel: QWidget, name: str) -> None:
    """Tick collection ``name`` in ``panel``'s Documents button menu, as a person does."""
    menu = find(panel, QToolButton, "Documents").menu()
    menu.aboutToShow.emit()
    (action,) = [a for a in menu.actions() if a.text() == name]
    action.trigger()
