"""Box layouts and splitters built in one call: what goes in them, in order, with their margins, spacing and stretch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

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


def splitter(
    orientation: Qt.Orientation, *panes: QWidget | tuple[QWidget, int], sizes: Sequence[int] | None = None
) -> QSplitter:
    """``panes`` side by side (or one above the other) with a line between them the person moves, and none of
    them collapses. A pane with a stretch factor takes that share of the room a larger window gives; ``sizes``:
    the first widths (heights), in proportion until the splitter is laid out."""
    split = QSplitter(orientation)
    split.setChildrenCollapsible(False)
    for index, pane in enumerate(panes):
        widget, stretch = pane if isinstance(pane, tuple) else (pane, None)
        split.addWidget(widget)
        if stretch is not None:
            split.setStretchFactor(index, stretch)
    if sizes is not None:
        split.setSizes(list(sizes))
    return split


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
