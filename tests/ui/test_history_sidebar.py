"""The history sidebar on a real Store in a temp dir."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.widgets import find
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.history.store import Store
from app.ui.widgets import history_sidebar
from app.ui.widgets.history_list import (
    CONVERSATION,
    HEADER,
    HIT,
    HIT_BACKGROUND,
    ID_ROLE,
    KIND_ROLE,
    SNIPPET_ROLE,
    HistoryModel,
    date_group,
    snippet_html,
)
from app.ui.widgets.history_sidebar import HistorySidebar, export_file_name


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def add_conversation(store: Store, question: str, answer: str = "An answer.", model_id: str = "local:fake") -> int:
    cid = store.create_conversation(title="", model_id=model_id, system_prompt="", settings={"temperature": 0.7})
    store.add_message(cid, "user", question)
    store.add_message(cid, "assistant", answer, model_id=model_id)
    return cid


def open_sidebar(qtbot: QtBot, store: Store, clock=None) -> HistorySidebar:  # noqa: ANN001
    sidebar = HistorySidebar(store, clock=clock)
    qtbot.addWidget(sidebar)
    sidebar.resize(280, 600)
    sidebar.show()
    return sidebar


def rows(sidebar: HistorySidebar) -> list[tuple[str, str]]:
    model = sidebar.model
    return [(model.index(r).data(KIND_ROLE), model.index(r).data()) for r in range(model.rowCount())]


def row_of(sidebar: HistorySidebar, conversation_id: int) -> QModelIndex:
    index = sidebar.model.index_of(conversation_id)
    assert index.isValid(), f"conversation {conversation_id} is not listed"
    return index


def select(qtbot: QtBot, sidebar: HistorySidebar, conversation_id: int) -> None:
    # Shortcuts (F2, Del, Ctrl+Z) reach only the active window.
    sidebar.activateWindow()
    qtbot.waitUntil(sidebar.isActiveWindow, timeout=2000)
    sidebar.view.setFocus()
    sidebar.view.setCurrentIndex(row_of(sidebar, conversation_id))


# -- grouping -----------------------------------------------------------------------------


def test_date_groups_follow_local_days() -> None:
    today = date(2026, 3, 15)

    def at(days_ago: int) -> str:
        """Noon, local time, ``days_ago`` before ``today``, as the store writes it (UTC)."""
        local_noon = datetime(2026, 3, 15, 12).astimezone() - timedelta(days=days_ago)
        return local_noon.astimezone(UTC).isoformat()

    assert date_group(at(0), False, today) == "Today"
    assert date_group(at(1), False, today) == "Yesterday"
    assert date_group(at(2), False, today) == "Previous 7 days"
    assert date_group(at(7), False, today) == "Previous 7 days"
    assert date_group(at(8), False, today) == "Previous 30 days"
    assert date_group(at(30), False, today) == "Previous 30 days"
    assert date_group(at(31), False, today) == "Older"
    assert date_group(at(400), True, today) == "Pinned"
    # A day starts at local midnight, not UTC midnight.
    late = datetime(2026, 3, 14, 23, 59).astimezone()
    assert date_group(late.astimezone(UTC).isoformat(), False, today) == "Yesterday"


def test_the_list_is_grouped_with_pinned_first(qtbot: QtBot, store: Store) -> None:
    first = add_conversation(store, "First question")
    second = add_conversation(store, "Second question")
    store.set_pinned(first, True)
    sidebar = open_sidebar(qtbot, store)
    assert rows(sidebar) == [
        (HEADER, "Pinned"),
        (CONVERSATION, "First question"),
        (HEADER, "Today"),
        (CONVERSATION, "Second question"),
    ]
    later = open_sidebar(qtbot, store, clock=lambda: datetime.now().astimezone() + timedelta(days=3))
    assert [text for kind, text in rows(later) if kind == HEADER] == ["Pinned", "Previous 7 days"]
    headers = [sidebar.model.index(r) for r in range(sidebar.model.rowCount()) if rows(sidebar)[r][0] == HEADER]
    assert all(not (h.flags() & Qt.ItemFlag.ItemIsSelectable) for h in headers)
    assert row_of(sidebar, second).data(ID_ROLE) == second


def test_clicking_a_conversation_opens_it(qtbot: QtBot, store: Store) -> None:
    cid = add_conversation(store, "Open me")
    sidebar = open_sidebar(qtbot, store)
    rect = sidebar.view.visualRect(row_of(sidebar, cid))
    with qtbot.waitSignal(sidebar.conversation_opened, timeout=2000) as opened:
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cid]
    with qtbot.waitSignal(sidebar.new_chat_requested, timeout=2000):
        qtbot.mouseClick(find(sidebar, QPushButton, "New conversation"), Qt.MouseButton.LeftButton)


# -- search --------------------------------------------------------------------------------


def test_search_is_debounced_and_highlights_the_hits(qtbot: QtBot, store: Store) -> None:
    add_conversation(store, "Tell me about zebras", "A <b>zebra</b> & its stripes.")
    wanted = add_conversation(store, "Horses", "No stripes here.")
    sidebar = open_sidebar(qtbot, store)
    calls: list[str] = []
    real_search = store.search

    def counting_search(query: str, limit: int = 50):  # noqa: ANN202
        calls.append(query)
        return real_search(query, limit)

    store.search = counting_search  # type: ignore[method-assign]
    field = find(sidebar, QLineEdit, "Search conversations")
    qtbot.keyClicks(field, "zebra")
    qtbot.waitUntil(
        lambda: sidebar.model.rowCount() > 0 and sidebar.model.index(0).data(KIND_ROLE) == HIT, timeout=3000
    )
    assert calls == ["zebra"], "one search after the typing pauses, not one per key"

    hits = [sidebar.model.index(r) for r in range(sidebar.model.rowCount())]
    assert {h.data(KIND_ROLE) for h in hits} == {HIT}
    html = next(h.data(SNIPPET_ROLE) for h in hits if "stripes" in h.data(SNIPPET_ROLE))
    assert "&lt;b&gt;" in html and "<b>" not in html, "message text is escaped, never rendered as markup"
    assert f"background-color:{HIT_BACKGROUND}" in html

    document = QTextDocument()
    document.setHtml(html)
    found = document.find("zebra")
    assert not found.isNull()
    middle = QTextCursor(document)
    middle.setPosition(found.selectionStart() + 2)
    assert middle.charFormat().background().color().name() == HIT_BACKGROUND
    plain = document.find("stripes")
    after = QTextCursor(document)
    after.setPosition(plain.selectionStart() + 2)
    assert after.charFormat().background().color().name() != HIT_BACKGROUND

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    qtbot.waitUntil(lambda: sidebar.model.index(0).data(KIND_ROLE) == HEADER, timeout=3000)
    assert row_of(sidebar, wanted).isValid()


def test_clicking_a_hit_opens_its_conversation(qtbot: QtBot, store: Store) -> None:
    add_conversation(store, "Cooking", "Boil the pasta.")
    target = add_conversation(store, "Astronomy", "Saturn has rings of ice.")
    sidebar = open_sidebar(qtbot, store)
    find(sidebar, QLineEdit, "Search conversations").setText("saturn")
    qtbot.waitUntil(
        lambda: sidebar.model.rowCount() == 1 and sidebar.model.index(0).data(KIND_ROLE) == HIT, timeout=3000
    )
    hit = sidebar.model.index(0)
    assert hit.data() == "Astronomy"
    with qtbot.waitSignal(sidebar.conversation_opened, timeout=2000) as opened:
        qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.view.visualRect(hit).center())
    assert opened.args == [target]


def test_a_search_with_no_hits_says_so(qtbot: QtBot, store: Store) -> None:
    add_conversation(store, "Hello")
    sidebar = open_sidebar(qtbot, store)
    find(sidebar, QLineEdit, "Search conversations").setText("xylophone")
    note = find(sidebar, QLabel, "Search result")
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert "xylophone" in note.text()
    assert sidebar.model.rowCount() == 0


def test_snippet_html_escapes_and_marks() -> None:
    html = snippet_html((("a <i>", False), ("hit", True), ("\nend & more", False)))
    assert html.startswith("a &lt;i&gt;")
    assert f'<span style="background-color:{HIT_BACKGROUND}; color:#1f1f1f">hit</span>' in html
    assert " end &amp; more" in html


# -- rename, pin, delete, export ----------------------------------------------------------------


def test_f2_renames_in_place(qtbot: QtBot, store: Store) -> None:
    cid = add_conversation(store, "Old title")
    sidebar = open_sidebar(qtbot, store)
    select(qtbot, sidebar, cid)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_F2)
    editor = sidebar.view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Old title"
    # QTest types ASCII only.
    editor.setText("Trip to Kraków ✈")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get_conversation(cid).title == "Trip to Kraków ✈", timeout=2000)
    qtbot.waitUntil(lambda: row_of(sidebar, cid).data() == "Trip to Kraków ✈", timeout=2000)


def test_pin_and_unpin(qtbot: QtBot, store: Store) -> None:
    older = add_conversation(store, "Older")
    add_conversation(store, "Newer")
    sidebar = open_sidebar(qtbot, store)
    select(qtbot, sidebar, older)
    assert sidebar.actions_by_name["Pin"].isEnabled()
    sidebar.actions_by_name["Pin"].trigger()
    assert next(c for c in store.list_conversations() if c.id == older).pinned
    assert rows(sidebar)[:2] == [(HEADER, "Pinned"), (CONVERSATION, "Older")]
    assert "Unpin" in sidebar.actions_by_name, "the action says what it will do now"
    sidebar.actions_by_name["Unpin"].trigger()
    assert not next(c for c in store.list_conversations() if c.id == older).pinned
    assert [text for kind, text in rows(sidebar) if kind == HEADER] == ["Today"]


def test_delete_then_undo_brings_it_back_whole(qtbot: QtBot, store: Store) -> None:
    keep = add_conversation(store, "Keep me")
    doomed = add_conversation(store, "Delete me", "Its answer")
    before = store.get_conversation(doomed)
    sidebar = open_sidebar(qtbot, store)
    select(qtbot, sidebar, doomed)
    with qtbot.waitSignal(sidebar.conversation_deleted, timeout=2000) as deleted:
        qtbot.keyClick(sidebar.view, Qt.Key.Key_Delete)
    assert deleted.args == [doomed]
    assert [c.id for c in store.list_conversations()] == [keep]
    assert not sidebar.model.index_of(doomed).isValid()
    bar_label = find(sidebar, QLabel, "Deleted")
    assert bar_label.isVisible() and "Delete me" in bar_label.text()

    with qtbot.waitSignal(sidebar.conversation_restored, timeout=2000) as restored:
        qtbot.mouseClick(find(sidebar, QPushButton, "Undo delete"), Qt.MouseButton.LeftButton)
    assert restored.args == [doomed]
    assert store.get_conversation(doomed) == before
    assert row_of(sidebar, doomed).isValid()
    assert not bar_label.isVisible()

    select(qtbot, sidebar, doomed)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Delete)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_conversation(doomed) == before


def test_the_undo_bar_goes_away_and_the_delete_stays(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history_sidebar, "UNDO_MS", 50)
    doomed = add_conversation(store, "Gone for good")
    sidebar = open_sidebar(qtbot, store)
    select(qtbot, sidebar, doomed)
    sidebar.actions_by_name["Delete"].trigger()
    bar_label = find(sidebar, QLabel, "Deleted")
    assert bar_label.isVisible()
    qtbot.waitUntil(lambda: not bar_label.isVisible(), timeout=2000)
    sidebar.view.setFocus()
    qtbot.keyClick(sidebar.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.list_conversations() == []


def test_a_streaming_conversation_cannot_be_deleted(qtbot: QtBot, store: Store) -> None:
    busy = add_conversation(store, "Answering now")
    sidebar = open_sidebar(qtbot, store)
    sidebar.busy_conversation = busy
    select(qtbot, sidebar, busy)
    with qtbot.waitSignal(sidebar.message, timeout=2000) as message:
        sidebar.actions_by_name["Delete"].trigger()
    assert "Stop the answer" in message.args[0]
    assert [c.id for c in store.list_conversations()] == [busy]


@pytest.mark.parametrize("suffix", ["md", "json"])
def test_export_writes_utf8_files(
    qtbot: QtBot, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    cid = add_conversation(store, "Café ☕ مرحبا", "Réponse: 日本語 👍")
    sidebar = open_sidebar(qtbot, store)
    asked: list[str] = []

    def save_name(_parent, _caption, start, _filter):  # noqa: ANN001, ANN202
        asked.append(start)
        return str(tmp_path / "exported"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    select(qtbot, sidebar, cid)
    action = "Export as Markdown…" if suffix == "md" else "Export as JSON…"
    with qtbot.waitSignal(sidebar.message, timeout=2000) as message:
        sidebar.actions_by_name[action].trigger()
    target = tmp_path / f"exported.{suffix}"
    assert target.read_bytes().decode("utf-8") == store.export_conversation(cid, suffix)
    assert "Réponse: 日本語 👍" in target.read_text(encoding="utf-8")
    assert asked[0].endswith(f"Café  مرحبا.{suffix}")
    assert str(target) in message.args[0]


def test_export_file_names_are_safe() -> None:
    assert export_file_name('a/b:c*?"<>|d', "md") == "abcd.md"
    assert export_file_name("   ", "json") == "conversation.json"
    assert len(export_file_name("x" * 500, "md")) == 63


# -- scale ---------------------------------------------------------------------------------------


def test_two_thousand_conversations_refresh_in_one_reset(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = open_sidebar(qtbot, store)
    widgets_when_empty = len(empty.findChildren(QWidget))
    for number in range(2000):
        cid = store.create_conversation(title=f"Conversation {number}", model_id="local:fake")
        if number % 100 == 0:
            store.set_pinned(cid, True)

    data_calls = 0
    real_data = HistoryModel.data

    def counting_data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        nonlocal data_calls
        data_calls += 1
        return real_data(self, index, role)

    monkeypatch.setattr(HistoryModel, "data", counting_data)
    sidebar = open_sidebar(qtbot, store)
    resets: list[int] = []
    inserts: list[int] = []
    sidebar.model.modelReset.connect(lambda: resets.append(1))
    sidebar.model.rowsInserted.connect(lambda *_: inserts.append(1))
    lists = 0
    real_list = store.list_conversations

    def counting_list():  # noqa: ANN202
        nonlocal lists
        lists += 1
        return real_list()

    store.list_conversations = counting_list  # type: ignore[method-assign]
    data_calls = 0
    started = time.perf_counter()
    sidebar.refresh()
    sidebar.view.doItemsLayout()
    sidebar.grab()
    elapsed = time.perf_counter() - started
    print(f"\nrefresh + layout + paint of 2,000 conversations: {elapsed * 1000:.0f} ms, {data_calls} data() calls")

    assert sidebar.model.conversation_count == 2000
    assert (lists, len(resets), len(inserts)) == (1, 1, 0)
    assert len(sidebar.findChildren(QWidget)) == widgets_when_empty, "no widget per conversation"
    # Laying out asks each row its kind once; painting asks more, but only of the rows on screen.
    assert data_calls < 2 * sidebar.model.rowCount()


def test_a_title_that_repeats_the_first_message_is_listed_once(qtbot: QtBot, store: Store) -> None:
    cid = add_conversation(store, "Quantum computing basics", "Qubits hold superpositions; quantum gates act on them.")
    assert len([h for h in store.search("quantum") if h.conversation_id == cid]) == 3  # title, question, answer
    sidebar = open_sidebar(qtbot, store)
    find(sidebar, QLineEdit, "Search conversations").setText("quantum")
    qtbot.waitUntil(
        lambda: sidebar.model.rowCount() > 0 and sidebar.model.index(0).data(KIND_ROLE) == HIT, timeout=3000
    )
    snippets = [sidebar.model.index(r).data(SNIPPET_ROLE) for r in range(sidebar.model.rowCount())]
    assert len(snippets) == 2, snippets
    assert any("superpositions" in s for s in snippets)


def test_a_refresh_while_renaming_waits_for_the_editor(qtbot: QtBot, store: Store) -> None:
    cid = add_conversation(store, "Being renamed")
    sidebar = open_sidebar(qtbot, store)
    select(qtbot, sidebar, cid)
    qtbot.keyClick(sidebar.view, Qt.Key.Key_F2)
    editor = sidebar.view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.setText("Half-typed new tit")
    add_conversation(store, "An answer finished meanwhile")
    sidebar.refresh()
    assert sidebar.view.state() == QAbstractItemView.State.EditingState
    assert sidebar.model.conversation_count == 1, "the list waits"
    assert editor.text() == "Half-typed new tit"
    editor.setText("New title")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sidebar.model.conversation_count == 2, timeout=2000)
    assert store.get_conversation(cid).title == "New title"
    assert row_of(sidebar, cid).data() == "New title"
