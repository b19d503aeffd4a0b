"""The Server tokens dialog over a real token store: create (shown once, copied), list, revoke with a question."""

import json
import stat
from pathlib import Path

import pytest
from helpers.layout_checks import assert_no_clipping, assert_no_overlap
from helpers.message_boxes import answer_message_box
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.server.tokens import TokenStore
from app.ui.dialogs.server_tokens_dialog import OFFLINE_NOTE, ONCE, ServerTokensDialog


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "config" / "server-tokens.json")


def open_dialog(qtbot: QtBot, tokens: TokenStore, port: int = 8765, offline: bool = False) -> ServerTokensDialog:
    dialog = ServerTokensDialog(tokens, port, offline=offline)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def create(qtbot: QtBot, dialog: ServerTokensDialog, name: str, *, remote: bool = False, history: bool = False) -> str:
    dialog.name_edit.setText(name)
    dialog.remote_box.setChecked(remote)
    dialog.history_box.setChecked(history)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    return dialog.secret_edit.text()


def test_a_new_token_is_shown_once_copied_and_only_its_hash_is_kept(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.create_button.isEnabled()
    secret = create(qtbot, dialog, "editor", remote=True, history=True)

    assert secret.startswith("plinth-") and len(secret) > 40
    assert dialog.secret_row.isVisibleTo(dialog) and dialog.once_label.text() == ONCE
    assert tokens.verify(secret) == tokens.list()[0]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == secret
    # The form is ready for the next one; the list shows the new token, selected, with its settings.
    assert dialog.name_edit.text() == "" and not dialog.remote_box.isChecked()
    assert dialog.names() == ["editor"] and dialog.selected_name() == "editor"
    row = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert row[2:] == ["local and providers", "saved"]
    assert row[1][:1].isdigit()  # the locale's short date and time
    assert not dialog.empty_label.isVisibleTo(dialog)

    saved = tokens.path.read_text(encoding="utf-8")
    assert secret not in saved and json.loads(saved)["tokens"][0]["name"] == "editor"
    assert stat.S_IMODE(tokens.path.stat().st_mode) == 0o600

    # Opened again, the dialog lists the token but can no longer show its secret.
    again = open_dialog(qtbot, tokens)
    assert again.names() == ["editor"] and not again.secret_row.isVisibleTo(again)
    assert secret not in {again.table.item(0, c).text() for c in range(again.table.columnCount())}


def test_default_token_is_local_only_without_history(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    create(qtbot, dialog, "notes")
    (token,) = tokens.list()
    assert (token.allow_remote, token.save_history) == (False, False)
    assert [dialog.table.item(0, c).text() for c in (2, 3)] == ["local only", "not saved"]


def test_a_taken_name_is_refused_and_kept_to_change(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    first = create(qtbot, dialog, "editor")
    create(qtbot, dialog, "editor")
    assert dialog.error_label.isVisibleTo(dialog) and "already exists" in dialog.error_label.text()
    assert dialog.name_edit.text() == "editor"
    # The secret shown is still the first one's; nothing else was made.
    assert dialog.secret_edit.text() == first and dialog.names() == ["editor"]
    dialog.name_edit.setText("editor 2")
    assert not dialog.error_label.isVisibleTo(dialog)


def test_revoke_asks_and_no_keeps_the_token(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    secret = create(qtbot, dialog, "editor")
    create(qtbot, dialog, "script")
    dialog.select("editor")

    said = answer_message_box("No")
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert "editor" in said[0] and "401" in said[0]
    assert dialog.names() == ["editor", "script"] and tokens.verify(secret) is not None

    answer_message_box("Yes")
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert dialog.names() == ["script"] and tokens.verify(secret) is None


def test_what_a_token_may_do_changes_in_the_list(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    secret = create(qtbot, dialog, "editor")
    dialog.set_allowed("editor", allow_remote=True)
    assert tokens.list()[0].allow_remote and not tokens.list()[0].save_history
    assert dialog.table.item(0, 2).text() == "local and providers"
    dialog.set_allowed("editor", allow_remote=False, save_history=True)
    token = tokens.verify(secret)
    assert token is not None and (token.allow_remote, token.save_history) == (False, True)
    assert [dialog.table.item(0, c).text() for c in (2, 3)] == ["local only", "saved"]

    # Revoked from a terminal meanwhile: the change is refused with the reason, and the list catches up.
    TokenStore(tokens.path).revoke("editor")
    dialog.set_allowed("editor", save_history=False)
    assert "no token named 'editor'" in dialog.error_label.text()
    qtbot.waitUntil(lambda: dialog.names() == [], timeout=2000)


def test_tokens_made_elsewhere_are_listed_on_refresh(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    tokens.create("from the terminal")
    dialog.refresh()
    assert dialog.names() == ["from the terminal"] and not dialog.revoke_button.isEnabled()


def test_a_damaged_tokens_file_is_said_not_hidden(qtbot: QtBot, tokens: TokenStore) -> None:
    tokens.path.parent.mkdir(parents=True)
    tokens.path.write_text("{not json", encoding="utf-8")
    dialog = open_dialog(qtbot, tokens)
    assert dialog.names() == []
    assert dialog.error_label.isVisibleTo(dialog) and "damaged" in dialog.error_label.text()
    # The file is the person's to look at: left as it was.
    assert tokens.path.read_text(encoding="utf-8") == "{not json"


def test_port_and_offline_note(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens, port=9001, offline=True)
    assert dialog.port_spin.value() == 9001
    assert dialog.base_url_label.text() == "base URL http://127.0.0.1:9001/v1"
    assert dialog.offline_label.isVisibleTo(dialog) and dialog.offline_label.text() == OFFLINE_NOTE
    with qtbot.waitSignal(dialog.port_changed) as blocker:
        dialog.port_spin.setValue(9002)
    assert blocker.args == [9002]
    assert dialog.base_url_label.text().endswith(":9002/v1")
    online = open_dialog(qtbot, tokens)
    assert not online.offline_label.isVisibleTo(online)


def test_controls_have_accessible_names(qtbot: QtBot, tokens: TokenStore) -> None:
    dialog = open_dialog(qtbot, tokens)
    for widget in (dialog.name_edit, dialog.remote_box, dialog.history_box, dialog.create_button,
                   dialog.secret_edit, dialog.copy_button, dialog.table, dialog.revoke_button, dialog.port_spin):  # fmt: skip
        assert widget.accessibleName(), widget


def test_every_state_shows_all_its_text_at_the_opened_and_the_minimum_size(
    qtbot: QtBot, tokens: TokenStore, app_style: None
) -> None:
    dialog = open_dialog(qtbot, tokens, offline=True)
    qtbot.waitExposed(dialog)
    create(qtbot, dialog, "a program with a rather long name, to see the table", remote=True, history=True)
    create(qtbot, dialog, "a program with a rather long name, to see the table")
    assert dialog.error_label.isVisible() and dialog.secret_row.isVisible()
    for width, height in ((dialog.width(), dialog.height()), (1, 1)):
        # (1, 1): as small as the dialog lets itself be.
        dialog.resize(width, height)
        qtbot.wait(20)
        assert_no_clipping(dialog)
        assert_no_overlap(dialog)
