"""The passage a citation points at: its file, where in the file, and the text that was sent, highlighted within
the text around it in the file (when the index still holds it)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.ui.i18n import core_text, translate
from app.ui.widgets.buttons import action_button

if TYPE_CHECKING:
    from app.core.documents.context import InContext
    from app.core.documents.grounding import Source

#: How much of the selection colour the quote's background takes (the rest is the page's).
HIGHLIGHT_SHARE = 0.3
#: How much of the text colour the text around the quote takes (the rest is the page's): readable, but set back.
DIM_SHARE = 0.55
#: Wide enough for a path and a paragraph of passage text; tall enough for several lines of it.
MIN_SIZE = (460, 320)
#: Where the quote starts in the passage view (an anchor it is scrolled to).
QUOTE_ANCHOR = "quote"
CHANGED_NOTE = QT_TRANSLATE_NOOP(
    "PassageDialog",
    "The file was changed, indexed again or removed since this answer: this is the text that was sent, "
    "without the text around it.",
)


class PassageDialog(QDialog):
    """Source n of an answer: "[1] leave.txt — page 3", the full path, the quoted text highlighted, and "Open file"
    (the system's viewer for it; off when the file is no longer there).

    With its ``context`` (the index still holds the passage) the quote stands highlighted, scrolled into view,
    between the dimmed text of the passages before and after it in the file; without, the dialog shows the text
    that was sent and says why there is no more.
    """

    def __init__(self, source: Source, context: InContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = Path(source.file)
        where = core_text(source.location.describe())
        self.setWindowTitle(self.tr("Source [{n}] — {file}").format(n=source.n, file=self._path.name))
        heading = f"<b>[{source.n}] {html.escape(self._path.name)}</b>"
        if where:
            heading += f" — {html.escape(where)}"
        origin = self.tr("{path} · collection “{collection}”").format(
            path=html.escape(source.file), collection=html.escape(source.collection)
        )
        self.heading = QLabel(f"{heading}<br><small>{origin}</small>")
        self.heading.setAccessibleName(self.tr("Source"))
        self.heading.setWordWrap(True)
        self.passage = QTextBrowser()
        self.passage.setAccessibleName(self.tr("Passage"))
        # A light tint of the selection colour: the quote stays readable in the text colour.
        palette = self.palette()
        tint = _mixed(palette.highlight().color(), palette.base().color(), HIGHLIGHT_SHARE)
        text = palette.text().color()
        dimmed = _mixed(text, palette.base().color(), DIM_SHARE).name()
        quote, before, after = (
            (source.text, "", "") if context is None else (context.quote, context.before, context.after)
        )
        self.passage.setHtml(f"<p>{_dimmed(before, dimmed)}<a name='{QUOTE_ANCHOR}'></a>"
                             f"{_highlighted(quote, tint.name(), text.name())}{_dimmed(after, dimmed)}</p>")  # fmt: skip
        self.note = QLabel(translate("PassageDialog", CHANGED_NOTE))
        self.note.setAccessibleName(self.tr("Passage note"))
        self.note.setWordWrap(True)
        self.note.setVisible(context is None)
        self.open_button = action_button(
            self.tr("Open file"), self.tr("Open file"), self.tr("Open the file in the application your system uses")
        )
        self.open_button.setEnabled(self._path.is_file())
        if not self._path.is_file():
            self.open_button.setToolTip(self.tr("The file is no longer there."))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.passage, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setMinimumSize(*MIN_SIZE)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Laid out now: the quote can be brought into view (without its context this scrolls nowhere).
        self.passage.scrollToAnchor(QUOTE_ANCHOR)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._path)))


def _mixed(colour: QColor, base: QColor, share: float) -> QColor:
    def channel(a: int, b: int) -> int:
        return round(a * share + b * (1 - share))

    return QColor(channel(colour.red(), base.red()), channel(colour.green(), base.green()),
                  channel(colour.blue(), base.blue()))  # fmt: skip


def _highlighted(text: str, background: str, foreground: str) -> str:
    """The quoted text as HTML on the highlight colours."""
    return f'<span style="background-color: {background}; color: {foreground};">{_lines(text)}</span>'


def _dimmed(text: str, colour: str) -> str:
    return f'<span style="color: {colour};">{_lines(text)}</span>' if text else ""


def _lines(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
