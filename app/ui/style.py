"""The application's look: Fusion plus a light style sheet built from the palette,
so dark and light system palettes both stay readable."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.colors import mix


def style_sheet(palette: QPalette) -> str:
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.Text)
    accent = palette.color(QPalette.ColorRole.Highlight)
    accent_text = palette.color(QPalette.ColorRole.HighlightedText)
    green, amber, red = QColor("#1e8e3e"), QColor("#e37400"), QColor("#c5221f")
    border = mix(base, text, 0.18)
    return f"""
        QLineEdit, QPlainTextEdit {{
            border: 1px solid {border};
            border-radius: 6px;
            padding: 4px 6px;
            background: {base.name()};
        }}
        QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {accent.name()}; }}
        /* Geometry only: any border or background here would replace Fusion's
           arrows with the style sheet's bare ones. */
        QComboBox, QSpinBox, QDoubleSpinBox {{ min-height: 22px; }}
        QPlainTextEdit {{ padding: 6px 8px; }}
        QTextBrowser#transcript {{
            border: 1px solid {border};
            border-radius: 8px;
            background: {base.name()};
        }}
        /* No min-width: a style sheet turns it into each button's fixed minimum width,
           which lets a layout squeeze a longer label below its text; padding only grows
           the size hint, which layouts never go below. */
        QPushButton {{
            border: 1px solid {border};
            border-radius: 6px;
            padding: 5px 14px;
            background: {base.name()};
        }}
        QDialogButtonBox QPushButton {{ padding: 5px 22px; }}
        QPushButton:hover {{ background: {mix(base, accent, 0.08)}; }}
        QPushButton:pressed {{ background: {mix(base, accent, 0.16)}; }}
        QPushButton:disabled {{ color: {mix(window, text, 0.4)}; background: {window.name()}; }}
        QPushButton#primaryButton {{
            background: {accent.name()};
            color: {accent_text.name()};
            border-color: {accent.name()};
            font-weight: 600;
        }}
        QPushButton#primaryButton:hover {{ background: {mix(accent, text, 0.12)}; }}
        QPushButton#primaryButton:disabled {{
            background: {mix(window, accent, 0.35)};
            border-color: {mix(window, accent, 0.35)};
        }}
        QLabel#privacyBadge {{
            border-radius: 10px;
            padding: 3px 10px;
            font-weight: 600;
        }}
        QLabel#privacyBadge[local="true"] {{
            background: {mix(base, green, 0.14)};
            color: {mix(text, green, 0.85)};
        }}
        QLabel#privacyBadge[local="false"] {{
            background: {mix(base, amber, 0.22)};
            color: {mix(text, amber, 0.9)};
            border: 1px solid {mix(base, amber, 0.6)};
        }}
        QLabel#statusLine, QLabel#secondaryText {{ color: {mix(window, text, 0.6)}; }}
        QLabel#formError, QLabel#testResult[state="error"] {{ color: {mix(text, red, 0.85)}; }}
        QLabel#testResult[state="ok"] {{ color: {mix(text, green, 0.85)}; font-weight: 600; }}
        QLabel#notice {{
            background: {mix(base, amber, 0.12)};
            border: 1px solid {mix(base, amber, 0.4)};
            border-radius: 6px;
            padding: 8px 10px;
        }}
        QProgressBar {{ border: none; border-radius: 3px; background: {mix(window, text, 0.1)}; }}
        QProgressBar::chunk {{ border-radius: 3px; background: {accent.name()}; }}
    """


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet(app.palette()))
