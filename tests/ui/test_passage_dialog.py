"""The passage a citation opens, within the text around it in its file: a real collection indexed in small passages,
the source as a chat sends it, and the file changed afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.doc_collections import keyword_retrieval
from helpers.layout_checks import clipping_problems
from helpers.widgets import find
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from app.core.cancel import CancelToken
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.grounding import Source, ground
from app.core.documents.indexer import Indexer, default_pipeline
from app.core.documents.store import DocumentStore
from app.core.paths import Paths
from app.ui.dialogs.passage_dialog import CHANGED_NOTE, PassageDialog

#: Numbered clauses, one rare word each, cut into passages of 200 characters.
TERMS = "\n\n".join(f"Clause {n}: the {word} fee is {n * 7} euros, payable within {n + 10} days of the invoice."
                    for n, word in enumerate(["amber", "birch", "cedar", "delta", "ember", "fjord", "garnet",
                                              "harbor", "indigo", "juniper", "kestrel"], 1))  # fmt: skip


def index(store: DocumentStore) -> None:
    Indexer(store, default_pipeline(ocr=False)).run("Terms", CancelToken(), lambda _progress: None)


@pytest.fixture
def terms(paths: Paths, tmp_path: Path) -> Iterator[tuple[DocumentStore, Path]]:
    folder = tmp_path / "terms"
    folder.mkdir()
    (folder / "terms.txt").write_text(TERMS, encoding="utf-8")
    with DocumentStore.open(paths.documents_db) as store:
        store.create_collection("Terms", [folder], chunk_chars=200, overlap_chars=40)
        index(store)
        yield store, folder / "terms.txt"


@pytest.fixture
def retrieval(terms: tuple[DocumentStore, Path]) -> Iterator[ChatRetrieval]:
    with keyword_retrieval(terms[0]) as found:
        yield found


def cited(retrieval: ChatRetrieval, word: str) -> Source:
    return ground(word, retrieval(["Terms"], word), 4000).sources[0]


def opened(qtbot: QtBot, source: Source, retrieval: ChatRetrieval) -> PassageDialog:
    dialog = PassageDialog(source, retrieval.in_context(source))
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumSize())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_quote_stands_highlighted_between_the_dimmed_passages_around_it(
    qtbot: QtBot, retrieval: ChatRetrieval
) -> None:
    source = cited(retrieval, "juniper")
    dialog = opened(qtbot, source, retrieval)
    view = find(dialog, QTextBrowser, "Passage")
    shown = view.toPlainText()
    assert shown in TERMS and len(shown) > len(source.text) and shown.index(source.text) > 0
    assert not find(dialog, QLabel, "Passage note").isVisible()

    def format_at(position: int):  # noqa: ANN202 (a QTextCharFormat)
        cursor = QTextCursor(view.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()

    quote_at = shown.index(source.text)
    quote, before, after = format_at(quote_at), format_at(0), format_at(len(shown) - 2)
    text_colour = dialog.palette().text().color()
    assert quote.background().color() != view.palette().base().color() and quote.foreground().color() == text_colour
    assert before.foreground().color() != text_colour and after.foreground().color() == before.foreground().color()
    assert before.background().style().name == "NoBrush"

    # The text before the quote is longer than the view: the quote was scrolled to.
    assert view.verticalScrollBar().value() > 0
    cursor = QTextCursor(view.document())
    cursor.setPosition(quote_at)
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert clipping_problems(dialog) == []


def test_a_file_changed_since_shows_what_was_sent_and_says_so(
    qtbot: QtBot, retrieval: ChatRetrieval, terms: tuple[DocumentStore, Path]
) -> None:
    store, path = terms
    source = cited(retrieval, "garnet")
    path.write_text(TERMS.replace("garnet fee is 49", "garnet fee is 50"), encoding="utf-8")
    index(store)

    dialog = opened(qtbot, source, retrieval)
    assert find(dialog, QTextBrowser, "Passage").toPlainText() == source.text
    note = find(dialog, QLabel, "Passage note")
    assert note.isVisible() and note.text() == CHANGED_NOTE
    assert clipping_problems(dialog) == []
