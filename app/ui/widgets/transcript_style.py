"""How the transcript looks: colours taken from the palette, and the formats and style sheet its messages use."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextFrameFormat,
)

from app.ui.colors import blend


@dataclass(frozen=True)
class TranscriptStyle:
    """The transcript's colours (tints of the palette) and monospace family, and the formats made from them."""

    user_bg: QColor
    answer_bg: QColor
    border: QColor
    code_bg: QColor
    muted: QColor
    accent: QColor
    error_bg: QColor
    error_text: QColor
    link: QColor
    mono: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> TranscriptStyle:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        red = QColor("#d93025")
        return cls(
            user_bg=blend(base, accent, 0.10),
            answer_bg=blend(base, text, 0.025),
            border=blend(base, text, 0.10),
            code_bg=blend(base, text, 0.06),
            muted=blend(base, text, 0.55),
            accent=accent,
            error_bg=blend(base, red, 0.10),
            error_text=blend(text, red, 0.75),
            link=palette.color(QPalette.ColorRole.Link),
            mono=QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family(),
        )

    def user_frame(self) -> QTextFrameFormat:
        """A message of the person's: tinted, borderless, set in from the left."""
        fmt = _message_frame(self.user_bg)
        fmt.setLeftMargin(72)
        fmt.setBorder(0)
        return fmt

    def answer_frame(self) -> QTextFrameFormat:
        """An answer: a faint tint in a thin border, set in from the right."""
        fmt = _message_frame(self.answer_bg)
        fmt.setBorder(1)
        fmt.setBorderBrush(self.border)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setRightMargin(24)
        return fmt

    def error_frame(self) -> QTextFrameFormat:
        """The box under an answer that failed."""
        fmt = QTextFrameFormat()
        fmt.setBackground(self.error_bg)
        fmt.setPadding(10)
        fmt.setTopMargin(6)
        fmt.setBorder(0)
        return fmt

    @staticmethod
    def header_block() -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(6)
        return fmt

    @staticmethod
    def bold_char(color: QColor) -> QTextCharFormat:
        """A message's header ("You", the model's name) or an error's title."""
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.DemiBold)
        fmt.setForeground(color)
        return fmt

    def error_char(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setForeground(self.error_text)
        return fmt

    def tail_block(self, code: bool) -> QTextBlockFormat:
        """The not yet rendered end of a streaming answer: plain text, or code while a fence is open."""
        fmt = QTextBlockFormat()
        if code:
            fmt.setBackground(self.code_bg)
            fmt.setNonBreakableLines(True)
        return fmt

    def tail_char(self, code: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if code:
            fmt.setFontFamilies([self.mono])
            fmt.setFontFixedPitch(True)
        return fmt

    @staticmethod
    def stats_block() -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(8)
        return fmt

    def stats_char(self) -> QTextCharFormat:
        """The muted line under a message: an answer's stats, a shortened message's note."""
        fmt = QTextCharFormat()
        fmt.setForeground(self.muted)
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        return fmt

    def style_sheet(self) -> str:
        """The document's default style sheet, which the rendered markdown's HTML uses."""
        return f"""
            p {{ margin-top: 0px; margin-bottom: 8px; }}
            h1, h2, h3, h4 {{ margin-top: 6px; margin-bottom: 6px; }}
            ul, ol {{ margin-top: 0px; margin-bottom: 8px; }}
            pre {{ margin: 0px; font-family: "{self.mono}", monospace; }}
            code {{ font-family: "{self.mono}", monospace; background-color: {self.code_bg.name()}; }}
            table.code {{ background-color: {self.code_bg.name()}; margin-top: 2px; margin-bottom: 10px; }}
            td.lang {{ color: {self.muted.name()}; font-size: small; padding-bottom: 0px; }}
            table.grid {{
                border-color: {self.border.name()}; border-style: solid;
                border-collapse: collapse; margin-bottom: 8px;
            }}
            a {{ color: {self.link.name()}; }}
        """


def _message_frame(background: QColor) -> QTextFrameFormat:
    """What every message's frame shares: its padding, and the spacing between messages."""
    fmt = QTextFrameFormat()
    fmt.setBackground(background)
    fmt.setPadding(12)
    fmt.setTopMargin(6)
    fmt.setBottomMargin(10)
    return fmt
