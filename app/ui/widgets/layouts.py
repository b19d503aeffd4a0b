"""Rows and columns of controls built in one call, the way the panels and dialogs lay out theirs."""

from __future__ import annotations

from typing import Literal, TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

#: An item that takes the room left over (``addStretch(1)``).
STRETCH: Literal["stretch"] = "stretch"

#: A widget or layout; ``(item, stretch)``; a number of pixels of space; or ``STRETCH``.
Item = QWidget | QLayout | tuple[QWidget | QLayout, int] | int | Literal["stretch"]
Margins = tuple[int, int, int, int]
NO_MARGINS: Margins = (0, 0, 0, 0)

B = TypeVar("B", bound=QBoxLayout)


def fill(layout: B, *items: Item, spacing: int | None = None, margins: Margins | None = None) -> B:
    """``layout`` with ``items`` added in order; ``spacing`` and ``margins`` set where given (else the style's)."""
    if spacing is not None:
        layout.setSpacing(spacing)
    if margins is not None:
        layout.setContentsMargins(*margins)
    for item in items:
        if isinstance(item, str):
            layout.addStretch(1)
        elif isinstance(item, int):
            layout.addSpacing(item)
        else:
            content, stretch = item if isinstance(item, tuple) else (item, 0)
            if isinstance(content, QLayout):
                layout.addLayout(content, stretch)
            else:
                layout.addWidget(content, stretch)
    return layout


def row(*items: Item, spacing: int | None = 8, margins: Margins | None = None) -> QHBoxLayout:
    """Controls side by side, 8 px apart unless told."""
    return fill(QHBoxLayout(), *items, spacing=spacing, margins=margins)


def column(
    *items: Item, spacing: int | None = 6, margins: Margins | None = None, owner: QWidget | None = None
) -> QVBoxLayout:
    """Controls one above the other, 6 px apart unless told; the layout of ``owner`` when given."""
    return fill(QVBoxLayout(owner), *items, spacing=spacing, margins=margins)


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
