"""A one-line label that elides its text to the width it gets, with the whole text in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class ElidedLabel(QLabel):
    """A ``QLabel`` for one line of text that may not fit.

    ``setText`` keeps the whole text (``fullText()``); what is shown is that
    text elided ("…") to the label's width, and when anything is cut the
    tooltip shows the whole text, so no word is ever lost silently. Its
    minimum width is small, so a layout can always shrink it instead of
    overlapping its neighbours. A tooltip set with ``setToolTip`` is shown
    as it is when it already holds the whole text or nothing is cut;
    otherwise the whole text comes first, then that tooltip.
    """

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self._own_tooltip = ""
        self.setWordWrap(False)
        self.setText(text)

    def fullText(self) -> str:  # noqa: N802 (Qt naming, like text())
        return self._full

    def isElided(self) -> bool:  # noqa: N802 (Qt naming)
        return super().text() != self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._full = text
        self._elide()
        self.updateGeometry()

    def setToolTip(self, tip: str) -> None:  # noqa: N802 (Qt override)
        self._own_tooltip = tip
        self._update_tooltip()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2 * self.margin()
        return QSize(max(hint.width(), width + self._style_padding()), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        ellipsis = self.fontMetrics().horizontalAdvance("…") * 3
        return QSize(min(hint.width(), ellipsis + self._style_padding()), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _style_padding(self) -> int:
        # Style-sheet padding and borders sit outside contentsRect; measure them from the widget.
        return max(0, self.width() - self.contentsRect().width()) if self.isVisible() else 16

    def _elide(self) -> None:
        available = self.contentsRect().width() - 2 * self.margin()
        if available <= 0 or self.fontMetrics().horizontalAdvance(self._full) <= available:
            shown = self._full
        else:
            shown = self.fontMetrics().elidedText(self._full, self._mode, available)
        if shown != super().text():
            super().setText(shown)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        if not self.isElided() or self._full in self._own_tooltip:
            super().setToolTip(self._own_tooltip)
        elif self._own_tooltip:
            # An explanation alone would hide what the ellipsis cut.
            super().setToolTip(f"{self._full}\n{self._own_tooltip}")
        else:
            super().setToolTip(self._full)
