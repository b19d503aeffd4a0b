"""Box layouts built in one call: what goes in them, in order, with their margins and spacing."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

#: A widget or a layout, alone or with its stretch factor.
LayoutItem = QWidget | QLayout | tuple[QWidget | QLayout, int]
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


def _fill(
    layout: _Box, items: tuple[LayoutItem, ...], margins: tuple[int, int, int, int] | None, spacing: int | None
) -> _Box:
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    for item in items:
        thing, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(thing, QLayout):
            layout.addLayout(thing, stretch)
        else:
            layout.addWidget(thing, stretch)
    return layout
