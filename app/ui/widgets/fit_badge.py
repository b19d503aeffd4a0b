"""A small coloured badge: will this model fit in this computer's memory?"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.core.models.hardware import FITS, TIGHT, WONT_FIT
from app.ui.colors import mix
from app.ui.i18n import translate

#: Fit → (text, colour it is tinted with); None: not known yet.
_LOOK = {
    FITS: (QT_TRANSLATE_NOOP("FitBadge", "fits"), "#1e8e3e"),
    TIGHT: (QT_TRANSLATE_NOOP("FitBadge", "tight"), "#e37400"),
    WONT_FIT: (QT_TRANSLATE_NOOP("FitBadge", "won't fit"), "#c5221f"),
    None: ("…", None),
}


class FitBadge(QLabel):
    """ "fits" (green), "tight" (amber), "won't fit" (red), or "…" while unknown.

    The colours are mixed from the palette, so they stay readable in dark
    and light themes; the text says it too, for anyone who cannot tell
    the colours apart. The tooltip carries the numbers behind it.

    Signals: none.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitBadge")
        self.setAccessibleName(self.tr("Fit"))
        self.fit: str | None = None
        self.set_fit(None)

    def set_fit(self, fit: str | None, detail: str = "") -> None:
        self.fit = fit
        source, colour = _LOOK[fit]
        text = translate("FitBadge", source) if fit is not None else source
        self.setText(text)
        self.setToolTip(detail)
        self.setAccessibleDescription(f"{text}. {detail}".strip())
        palette = self.palette()
        base, fg = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        tint = QColor(colour) if colour else palette.color(QPalette.ColorRole.Mid)
        self.setStyleSheet(
            "QLabel#fitBadge {"
            f" background: {mix(base, tint, 0.18)}; color: {mix(fg, tint, 0.85)};"
            f" border: 1px solid {mix(base, tint, 0.5)}; border-radius: 9px; padding: 1px 8px;"
            " font-weight: 600; }"
        )
