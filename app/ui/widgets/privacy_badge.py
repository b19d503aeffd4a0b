"""Says where the text typed into a panel goes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize
from PySide6.QtWidgets import QWidget

from app.ui.i18n import core_text, translate
from app.ui.widgets.elided_label import ElidedLabel

LOCAL_TEXT = QT_TRANSLATE_NOOP("PrivacyBadge", "Stays on this computer")


class PrivacyBadge(ElidedLabel):
    """A small pill: "Stays on this computer" or "Sent to <destination>".

    Elided only when space is really short: a layout may not squeeze it below
    the width of "Stays on this computer" (a longer destination elides beyond
    that) unless it is ``compact``, where it elides like any ``ElidedLabel``;
    the tooltip always names the destination.
    The ``local`` dynamic property (``"true"``/``"false"``) lets the style
    sheet colour the two cases differently.
    """

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__("", parent)
        self._compact = compact
        self.setAccessibleName(self.tr("Privacy"))
        self.setObjectName("privacyBadge")
        self.set_destination(None)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        hint = super().minimumSizeHint()
        if self._compact:
            return hint
        padding = self.sizeHint().width() - self.fontMetrics().horizontalAdvance(self.fullText())
        local_width = self.fontMetrics().horizontalAdvance(translate("PrivacyBadge", LOCAL_TEXT)) + padding
        return QSize(max(hint.width(), min(self.sizeHint().width(), local_width)), hint.height())

    def set_destination(self, destination: str | None) -> None:
        """``None`` means the engine runs on this computer."""
        local = destination is None
        where = core_text(destination) if destination is not None else ""
        self.setText(
            translate("PrivacyBadge", LOCAL_TEXT)
            if local
            else self.tr("Sent to {destination}").format(destination=where)
        )
        # Starts with the badge's whole text, so an elided badge still names the destination in full.
        self.setToolTip(
            self.tr("Stays on this computer: the model runs here, and nothing you type leaves it.")
            if local
            else self.tr("Sent to {destination}: what you type leaves this computer over the internet.").format(
                destination=where
            )
        )
        self.setProperty("local", "true" if local else "false")
        # A dynamic property only restyles after the style is re-applied.
        self.style().unpolish(self)
        self.style().polish(self)
