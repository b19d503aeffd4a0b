"""Box layouts built in one call: what goes in them, in order, with their margins and spacing."""

from __future__ import annotations

from typing import Literal, TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

#: An item that takes the room left over (``addStretch(1)``).
STRETCH: Literal["stretch"] = "stretch"
NO_MARGINS = (0, 0, 0, 0)

#: A widget or a layout, alone or with its stretch factor; a number of pixels of space; or ``STRETCH``.
LayoutItem = QWidget | QLayout | tuple[QWidget | QLayout, int] | int | Literal["stretch"]
_Box = TypeVar("_Box", bound=QBoxLayout)


def hbox(
    *items: LayoutItem,
    parent: QWidget | None = None,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
) -> QHBoxLayout:
    """A row of ``items``, installed on ``parent`` when given; margins and spacing left to the style unless given."""
    return _fill(QHBoxLayout(parent) if parent is not None else QHBoxLayout(), items, margins, spacing)


def vbox(
    *items: LayoutItem,
    parent: QWidget | None = None,
    margins: tuple[int, int, int, int] | None = None,
    spacing: int | None = None,
) -> QVBoxLayout:
    """A column of ``items``, as :func:`hbox` builds a row."""
    return _fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), items, margins, spacing)


def boxed(layout: QLayout) -> QWidget:
    """A plain widget holding ``layout``, to show, hide or put in a splitter as one piece."""
    box = QWidget()
    box.setLayout(layout)
    return box


def buddy(text: str, widget: QWidget) -> QLabel:
    """The label before ``widget``, whose mnemonic (``&``) puts the keyboard in it."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _fill(
    layout: _Box, items: tuple[LayoutItem, ...], margins: tuple[int, int, int, int] | None, spacing: int | None
) -> _Box:
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, str):
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            thing, stretch = item if isinstance(item, tuple) else (item, 0)
            if isinstance(thing, QLayout):
                layout.addLayout(thing, stretch)
            else:
                layout.addWidget(thing, stretch)
    return layout
