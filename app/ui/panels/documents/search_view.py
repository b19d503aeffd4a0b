"""Searching one collection from the Documents tab: query, mode, k, and the hits with the query's words marked."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QSize, Qt, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.cancel import CancelToken
from app.core.documents.records import Hit
from app.core.documents.retrieval import MODES, Mode, Retriever, query_words
from app.core.engines.embedding import EmbeddingEngine
from app.ui.colors import mix
from app.ui.i18n import core_text, locale, translate
from app.ui.widgets.layouts import hbox, vbox
from app.workers.task_worker import TaskWorker

# Characters of a passage shown in the list; the whole passage is the row's tooltip.
SHOWN_CHARS = 480
NEEDS_MODEL = QT_TRANSLATE_NOOP("SearchView", "Needs an embedding model: choose one for this collection above.")
# The search modes as the mode list shows them, by the core's mode.
MODE_LABELS = {
    #: A search mode in the mode list.
    "keyword": QT_TRANSLATE_NOOP("SearchView", "Keyword"),
    "semantic": QT_TRANSLATE_NOOP("SearchView", "Semantic"),
    "hybrid": QT_TRANSLATE_NOOP("SearchView", "Hybrid"),
}
_HIT_ROLE = Qt.ItemDataRole.UserRole


def highlighted(text: str, query: str, mark: str) -> str:
    """``text`` as HTML with the words ``query`` searches for (two letters or more, any case; not the common
    words a keyword search leaves out) on a ``mark`` background."""
    words = sorted({w for w in query_words(query) if len(w) > 1}, key=len, reverse=True)
    if not words:
        return html.escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    parts = []
    last = 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f'<span style="background-color:{mark}">{html.escape(match.group(0))}</span>')
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


class _HitDelegate(QStyledItemDelegate):
    """Paints a hit's rich text (its heading line and the passage, words marked), wrapped to the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole)))
        document.setTextWidth(max(width, 100))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        width = self._view.viewport().width() - 12
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        style = self._view.style()
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, self._view)
        document = self._document(index, option.rect.width() - 8)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()


class SearchView(QWidget):
    """A query, a mode (semantic and hybrid need the collection's embedding model), k, and the hits, best first:
    file name, place in the file, score and the passage with the query's words marked. Double-click opens the file.

    Signals: none.
    """

    def __init__(
        self,
        retriever: Retriever,
        open_embedder: Callable[[str], EmbeddingEngine],
        open_file: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._retriever = retriever
        self._open_embedder = open_embedder
        self._open_file = open_file
        self._collection = ""
        self._model: str | None = None
        self._worker: TaskWorker | None = None
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search query"))
        self.query.setPlaceholderText(self.tr("Words or a question to look for in this collection"))
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Search mode"))
        for mode in MODES:
            label = MODE_LABELS.get(mode)
            self.mode.addItem(translate("SearchView", label) if label else mode.capitalize(), mode)
        self.k = QSpinBox()
        self.k.setAccessibleName(self.tr("Results"))
        self.k.setToolTip(self.tr("How many passages to show"))
        self.k.setRange(1, 50)
        self.k.setValue(8)
        #: Before the number of results: "top 8".
        self.k.setPrefix(self.tr("top "))
        self.search_button = QPushButton(self.tr("Search", "verb: button"))
        self.search_button.setAccessibleName(self.tr("Search", "verb: button"))
        self.search_button.clicked.connect(self._on_search_button_clicked)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.itemDoubleClicked.connect(self._on_results_item_double_clicked)
        vbox(
            hbox((self.query, 1), self.mode, self.k, self.search_button),
            self.status,
            (self.results, 1),
            parent=self,
            margins=(0, 0, 0, 0),
        )

    @property
    def hits(self) -> list[Hit]:
        return [self.results.item(row).data(_HIT_ROLE) for row in range(self.results.count())]

    def set_collection(self, name: str, embedding_model: str | None) -> None:
        """Search ``name`` from now on; without an embedding model only keyword search is offered."""
        if name != self._collection:
            self.results.clear()
            self.status.clear()
        self._collection, self._model = name, embedding_model
        model = self.mode.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.mode.count()):
            item = model.item(row)
            semantic = self.mode.itemData(row) != "keyword"
            item.setEnabled(not semantic or embedding_model is not None)
            item.setToolTip(translate("SearchView", NEEDS_MODEL) if semantic and embedding_model is None else "")
        if embedding_model is None:
            self.mode.setCurrentIndex(self.mode.findData("keyword"))
        self.search_button.setEnabled(bool(name))

    def search(self, query: str | None = None) -> None:
        """Runs the query in the box (or ``query``, put in the box) in a worker."""
        if query is not None:
            self.query.setText(query)
        text = self.query.text().strip()
        if not text or not self._collection or self._worker is not None:
            return
        mode: Mode = self.mode.currentData()
        collection, model, k = self._collection, self._model, self.k.value()
        retriever, open_embedder = self._retriever, self._open_embedder

        def run(_cancel: CancelToken, _report: Callable[[object], None]) -> list[Hit]:
            embedder = open_embedder(model) if model and mode != "keyword" else None
            return retriever.search(collection, text, k=k, mode=mode, embedder=embedder)

        self._worker = TaskWorker(run, "Search", self)
        self._worker.succeeded.connect(self._on_worker_succeeded)
        self._worker.failed.connect(self._on_worker_failed)
        self.search_button.setEnabled(False)
        self.status.setText(self.tr("Searching…"))
        self._worker.start()

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.discard()
            self._worker = None

    def _show(self, hits: Sequence[Hit]) -> None:
        self.results.clear()
        mark = mix(self.palette().color(QPalette.ColorRole.Base), QColor("#f5c518"), 0.55)
        query = self.query.text()
        for hit in hits:
            text = hit.passage.text
            shown = text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS].rstrip() + "…"
            where = core_text(hit.passage.location.describe())
            heading = f"<b>{html.escape(Path(hit.file).name)}</b>"
            score = self.tr("score {score}").format(score=locale().toString(float(hit.score), "g", 3))
            details = " · ".join(part for part in (html.escape(where), score) if part)
            item = QListWidgetItem(f"{heading} — {details}<br>{highlighted(shown, query, mark)}")
            item.setData(_HIT_ROLE, hit)
            item.setToolTip(f"{hit.file}\n\n{text}")
            self.results.addItem(item)
        self.status.setText(
            self.tr("%n passage(s) found. Double-click one to open its file.", None, len(hits))
            if hits
            else self.tr("Nothing in this collection matches. Try other words, or keyword mode.")
        )

    @Slot()
    def _on_query_return_pressed(self) -> None:
        self.search()

    @Slot()
    def _on_search_button_clicked(self) -> None:
        self.search()

    @Slot(object)
    def _on_worker_succeeded(self, hits: object) -> None:
        self._worker = None
        self.search_button.setEnabled(bool(self._collection))
        assert isinstance(hits, list)
        self._show(hits)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._worker = None
        self.search_button.setEnabled(bool(self._collection))
        self.results.clear()
        self.status.setText(self.tr("{title}: {message}").format(title=title, message=message))

    @Slot(QListWidgetItem)
    def _on_results_item_double_clicked(self, item: QListWidgetItem) -> None:
        hit = item.data(_HIT_ROLE)
        assert isinstance(hit, Hit)
        self._open_file(Path(hit.file))
