"""The sidebar's list: its rows (date headers and conversations, or search hits) and how they are painted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.colors import blend
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.core.history.conversations import ConversationSummary
    from app.core.history.search import SearchHit

#: The title shown for a conversation without one (translated where shown).
UNTITLED = QT_TRANSLATE_NOOP("History", "Untitled conversation")
#: The date groups, in the order they are listed: the key ``date_group`` gives, and its shown text.
DATE_GROUPS = {
    "Pinned": QT_TRANSLATE_NOOP("History", "Pinned"),
    "Today": QT_TRANSLATE_NOOP("History", "Today"),
    "Yesterday": QT_TRANSLATE_NOOP("History", "Yesterday"),
    "Previous 7 days": QT_TRANSLATE_NOOP("History", "Previous 7 days"),
    "Previous 30 days": QT_TRANSLATE_NOOP("History", "Previous 30 days"),
    "Older": QT_TRANSLATE_NOOP("History", "Older"),
}
#: The background of a search hit; the text on it stays dark in light and dark palettes.
HIT_BACKGROUND = "#ffe082"
HIT_FOREGROUND = "#1f1f1f"

HEADER, CONVERSATION, HIT = "header", "conversation", "hit"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
#: A search hit's snippet as rich text, the matched words highlighted.
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 3
PINNED_ROLE = Qt.ItemDataRole.UserRole + 4


def local_date(timestamp: str) -> date:
    """The local calendar day of an ISO-8601 timestamp (UTC when it names no zone)."""
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()


def date_group(updated: str, pinned: bool, today: date) -> str:
    """The date group a conversation last updated at ``updated`` is listed under: Pinned, Today,
    Yesterday, Previous 7 days, Previous 30 days or Older (the order of the list). A stable key of
    ``DATE_GROUPS``, English whatever the window's language (``group_title`` is its shown text)."""
    if pinned:
        return "Pinned"
    age = (today - local_date(updated)).days
    if age <= 0:
        return "Today"
    if age == 1:
        return "Yesterday"
    if age <= 7:
        return "Previous 7 days"
    if age <= 30:
        return "Previous 30 days"
    return "Older"


def group_title(group: str) -> str:
    """A date group's heading in the window's language."""
    return translate("History", DATE_GROUPS.get(group, group))


def untitled() -> str:
    """The title shown for a conversation without one, in the window's language."""
    return translate("History", UNTITLED)


def snippet_html(parts: Sequence[tuple[str, bool]]) -> str:
    """A search snippet as rich text: the text escaped, the hits on a marker background."""
    out = []
    for text, is_hit in parts:
        piece = escape(" ".join(text.split("\n")))
        if is_hit:
            piece = f'<span style="background-color:{HIT_BACKGROUND}; color:{HIT_FOREGROUND}">{piece}</span>'
        out.append(piece)
    return "".join(out)


@dataclass(frozen=True)
class _Row:
    kind: str
    text: str
    conversation_id: int | None = None
    snippet: str = ""
    tooltip: str = ""
    pinned: bool = False


class HistoryModel(QAbstractListModel):
    """The rows of the sidebar: date headers and conversations, or search hits.

    Replacing the list is one model reset, however many conversations there
    are; the view asks only for the rows it shows.

    Signals:
        rename_requested(int, str): a conversation's title was edited in place.
    """

    rename_requested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._row_of: dict[int, int] = {}

    # -- filling -----------------------------------------------------------------

    def set_conversations(self, conversations: Sequence[ConversationSummary], today: date) -> None:
        rows: list[_Row] = []
        group = ""
        for summary in conversations:
            label = date_group(summary.updated, summary.pinned, today)
            if label != group:
                group = label
                rows.append(_Row(HEADER, label))
            title = summary.title or untitled()
            model = summary.model_id or translate("History", "no model")
            count = self.tr("%n message(s) · {model}", None, summary.message_count)
            tooltip = f"{title}\n{count.format(model=model)}"
            rows.append(_Row(CONVERSATION, title, summary.id, tooltip=tooltip, pinned=summary.pinned))
        self._replace(rows)

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        rows = []
        seen: set[tuple[int, str]] = set()
        for hit in hits:
            # A title is usually the first message's first line: show that match once.
            key = (hit.conversation_id, " ".join("".join(text for text, _ in hit.parts).split()))
            if key in seen:
                continue
            seen.add(key)
            rows.append(_Row(HIT, hit.title or untitled(), hit.conversation_id, snippet_html(hit.parts), hit.title))
        self._replace(rows)

    def _replace(self, rows: list[_Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._row_of = {}
        for number, row in enumerate(rows):
            if row.conversation_id is not None:
                self._row_of.setdefault(row.conversation_id, number)
        self.endResetModel()

    def index_of(self, conversation_id: int | None) -> QModelIndex:
        """The first row showing ``conversation_id`` (invalid when none does)."""
        row = self._row_of.get(conversation_id) if conversation_id is not None else None
        return self.index(row) if row is not None else QModelIndex()

    @property
    def conversation_count(self) -> int:
        return sum(1 for row in self._rows if row.kind != HEADER)

    # -- QAbstractListModel --------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return group_title(row.text) if row.kind == HEADER else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if row.kind == HEADER:
                return translate("History", "{group} (group)").format(group=group_title(row.text))
            return row.text
        if role == ID_ROLE:
            return row.conversation_id
        if role == KIND_ROLE:
            return row.kind
        if role == SNIPPET_ROLE:
            return row.snippet
        if role == PINNED_ROLE:
            return row.pinned
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        kind = self._rows[index.row()].kind
        if kind == HEADER:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if kind == CONVERSATION else flags

    def setData(  # noqa: N802 (Qt override)
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        title = str(value).strip()
        if row.kind != CONVERSATION or row.conversation_id is None or not title or title == row.text:
            return False
        self.rename_requested.emit(row.conversation_id, title)
        return True


class HistoryDelegate(QStyledItemDelegate):
    """Paints headers small and muted, conversations as one line, hits as a title over a highlighted snippet.

    Heights come from the font alone, so laying out thousands of rows costs no text layout.
    """

    PAD = 7

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        kind = index.data(KIND_ROLE)
        if kind == HEADER:
            return QSize(0, line + 14)
        if kind == HIT:
            # The title, then at most two lines of the snippet.
            return QSize(0, 3 * line + 3 * self.PAD)
        return QSize(0, line + 2 * self.PAD)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        kind = index.data(KIND_ROLE)
        if kind == HEADER:
            self._paint_header(painter, option, index)
        elif kind == HIT:
            self._paint_hit(painter, option, index)
        else:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(4, 0, -4, 0)
            super().paint(painter, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        # Room on the left, like the headers' indent; the pin shows as a bold title.
        option.rect = option.rect.adjusted(self.PAD, 0, 0, 0)
        if index.data(PINNED_ROLE):
            option.font.setWeight(QFont.Weight.DemiBold)

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() - 1)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        palette = option.palette
        muted = blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.55)
        painter.setPen(muted)
        rect = option.rect.adjusted(self.PAD + 4, 6, -self.PAD, 0)
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(rect, align, str(index.data()))
        painter.restore()

    def _paint_hit(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.rect = option.rect.adjusted(-self.PAD + 4, 0, -4, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        option.text = ""
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)

        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = option.palette.color(role)
        line = option.fontMetrics.lineSpacing()
        inner = option.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(color)
        title = painter.fontMetrics().elidedText(str(index.data()), Qt.TextElideMode.ElideRight, inner.width())
        align = QStyle.visualAlignment(option.direction, Qt.AlignmentFlag.AlignLeading)
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), align, title)

        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(SNIPPET_ROLE)))
        document.setTextWidth(inner.width())
        snippet = QRect(0, 0, inner.width(), 2 * line)
        painter.translate(inner.left(), inner.top() + line + self.PAD // 2)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, color)
        context.clip = snippet
        painter.setClipRect(snippet)
        document.documentLayout().draw(painter, context)
        painter.restore()
