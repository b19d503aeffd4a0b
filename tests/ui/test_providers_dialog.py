import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fakes import MemoryKeyring
from helpers.layout_checks import clipping_problems, overlap_problems
from helpers.message_boxes import answer_message_box
from helpers.widgets import find
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.core.errors import AuthError, NetworkError
from app.core.providers import ProviderConfig, ProviderStore
from app.core.secrets import SERVICE, SecretStore
from app.ui.dialogs.keychain_prompt import KEEP_FOR_SESSION
from app.ui.dialogs.providers_dialog import ProvidersDialog
from app.workers.call_worker import CallWorker

KEY = "sk-test-9f8e7d6c5b4a39281706"
OTHER_KEY = "sk-test-aaaabbbbccccdddd0000"


class FakeConnection:
    """Stands in for the engines' ``list_models``: records calls, answers as scripted."""

    def __init__(self) -> None:
        self.calls: list[tuple[ProviderConfig, str | None]] = []
        self.models: list[str] = ["llama3.2", "qwen3:4b"]
        self.error: Exception | None = None
        self.gate: threading.Event | None = None

    def __call__(self, config: ProviderConfig, api_key: str | None) -> list[str]:
        self.calls.append((config, api_key))
        if self.gate is not None:
            self.gate.wait(10)
        if self.error is not None:
            raise self.error
        return list(self.models)


@pytest.fixture
def connection() -> FakeConnection:
    return FakeConnection()


@pytest.fixture
def open_dialog(qtbot: QtBot, providers: ProviderStore, connection: FakeConnection) -> Callable[[SecretStore], "Ui"]:
    def opener(secrets: SecretStore) -> Ui:
        dialog = ProvidersDialog(providers, secrets, connection)
        qtbot.addWidget(dialog)
        dialog.show()
        return Ui(dialog)

    return opener


@pytest.fixture
def ui(open_dialog: Callable[[SecretStore], "Ui"], secrets: SecretStore) -> "Ui":
    return open_dialog(secrets)


class Ui:
    """The dialog's controls, found by their accessible names."""

    def __init__(self, dialog: ProvidersDialog) -> None:
        self.dialog = dialog
        self.table = find(dialog, QTableWidget, "Providers")
        self.add = find(dialog, QPushButton, "Add provider")
        self.edit = find(dialog, QPushButton, "Edit provider")
        self.remove = find(dialog, QPushButton, "Remove provider")
        self.name = find(dialog, QLineEdit, "Provider name")
        self.kind = find(dialog, QComboBox, "Provider kind")
        self.base_url = find(dialog, QLineEdit, "Base URL")
        self.key = find(dialog, QLineEdit, "API key")
        self.show_key = find(dialog, QPushButton, "Show API key")
        self.test = find(dialog, QPushButton, "Test connection")
        self.result = find(dialog, QLabel, "Connection result")
        self.models = find(dialog, QListWidget, "Models")
        self.save = find(dialog, QPushButton, "Save provider")
        self.error = find(dialog, QLabel, "Form error")
        self.warning = find(dialog, QLabel, "Keychain warning")
        self.keychain = find(dialog, QLabel, "Keychain")

    def rows(self) -> list[list[str]]:
        return [
            [self.table.item(r, c).text() for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]

    def model_names(self) -> list[str]:
        return [self.models.item(i).text() for i in range(self.models.count())]

    def select(self, name: str) -> None:
        row = next(r for r in range(self.table.rowCount()) if self.table.item(r, 0).text() == name)
        self.table.selectRow(row)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isEnabled(), f"{button.accessibleName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot: QtBot, ui: Ui, name: str, kind: str, base_url: str = "", key: str = "") -> None:
    click(qtbot, ui.add)
    qtbot.keyClicks(ui.name, name)
    ui.kind.setCurrentIndex(ui.kind.findData(kind))
    if base_url:
        qtbot.keyClicks(ui.base_url, base_url)
    if key:
        qtbot.keyClicks(ui.key, key)


def files_containing(root: Path, text: str) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def test_controls_have_accessible_names(ui: Ui) -> None:
    assert ui.dialog.windowTitle() == "Providers"
    assert ui.key.echoMode() == QLineEdit.EchoMode.Password
    assert not ui.edit.isEnabled() and not ui.remove.isEnabled()
    assert not ui.save.isEnabled(), "the form is idle until Add or Edit"
    assert not ui.warning.isVisible()
    assert "MemoryKeyring" in ui.keychain.text()


def test_added_key_goes_to_the_keychain_and_nowhere_else(
    qtbot: QtBot, ui: Ui, providers: ProviderStore, keychain: MemoryKeyring, plinth_home: Path
) -> None:
    fill(qtbot, ui, "mine", "openai-compatible", "http://127.0.0.1:8080/v1/", KEY)
    click(qtbot, ui.save)
    # A provider with no models yet has them listed before it is saved.
    qtbot.waitUntil(lambda: bool(ui.rows()), timeout=5000)
    assert not ui.error.isVisible()
    assert keychain.passwords == {(SERVICE, "provider:mine"): KEY}
    assert providers.get("mine") == ProviderConfig(
        "mine", "openai-compatible", "http://127.0.0.1:8080/v1", models=["llama3.2", "qwen3:4b"]
    )
    assert ui.rows() == [["mine", "OpenAI-compatible endpoint", "http://127.0.0.1:8080/v1", "in keychain"]]
    assert ui.key.text() == ""
    assert (plinth_home / "config" / "providers.json").is_file()
    assert files_containing(plinth_home, KEY) == []
    assert ui.dialog.changed


def test_show_toggles_the_key_between_hidden_and_plain(qtbot: QtBot, ui: Ui) -> None:
    fill(qtbot, ui, "mine", "openai", key=KEY)
    click(qtbot, ui.show_key)
    assert ui.key.echoMode() == QLineEdit.EchoMode.Normal
    click(qtbot, ui.show_key)
    assert ui.key.echoMode() == QLineEdit.EchoMode.Password


def test_base_url_placeholder_follows_the_kind(qtbot: QtBot, ui: Ui) -> None:
    fill(qtbot, ui, "mine", "openai-compatible")
    assert "http://localhost:11434/v1" in ui.base_url.placeholderText()
    ui.kind.setCurrentIndex(ui.kind.findData("anthropic"))
    assert "Optional" in ui.base_url.placeholderText()


def test_successful_test_lists_models_and_saves_them_with_the_provider(
    qtbot: QtBot, ui: Ui, connection: FakeConnection, providers: ProviderStore
) -> None:
    fill(qtbot, ui, "ollama", "openai-compatible", "http://localhost:11434/v1", KEY)
    click(qtbot, ui.test)
    assert ui.result.text() == "Testing connection…"
    qtbot.waitUntil(lambda: ui.result.text().startswith("Connected"), timeout=5000)
    assert ui.result.text().startswith("Connected: 2 model")  # "model(s)": a %n plural
    assert ui.model_names() == ["llama3.2", "qwen3:4b"]
    [(config, key)] = connection.calls
    assert (config.name, config.kind, config.base_url, key) == (
        "ollama",
        "openai-compatible",
        "http://localhost:11434/v1",
        KEY,
    )
    click(qtbot, ui.save)
    assert providers.get("ollama").models == ["llama3.2", "qwen3:4b"]


def test_failed_test_says_why(qtbot: QtBot, ui: Ui, connection: FakeConnection, providers: ProviderStore) -> None:
    connection.error = AuthError("The server rejected the API key (401).", "Check the key and save it again.")
    fill(qtbot, ui, "openai", "openai", key=KEY)
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: "401" in ui.result.text(), timeout=5000)
    assert (
        ui.result.text()
        == f"{AuthError.title}: The server rejected the API key (401). Check the key and save it again."
    )
    assert ui.test.isEnabled()

    connection.error = NetworkError("Cannot connect to http://localhost:9/v1.", "Is the server running?")
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: "localhost:9" in ui.result.text(), timeout=5000)
    assert ui.result.text().startswith(NetworkError.title)
    assert providers.load() == [], "testing saves nothing"


def test_test_uses_the_stored_key_when_the_field_is_empty(
    qtbot: QtBot,
    open_dialog: Callable[[SecretStore], Ui],
    connection: FakeConnection,
    providers: ProviderStore,
    secrets: SecretStore,
) -> None:
    providers.upsert(ProviderConfig("openai", "openai"))
    secrets.set("provider:openai", KEY)
    ui = open_dialog(secrets)
    ui.select("openai")
    click(qtbot, ui.edit)
    assert ui.name.isReadOnly() and ui.name.text() == "openai"
    assert "keep" in ui.key.placeholderText()
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: bool(connection.calls), timeout=5000)
    qtbot.waitUntil(ui.test.isEnabled, timeout=5000)
    assert connection.calls[0][1] == KEY


def test_editing_with_an_empty_key_keeps_the_stored_key(
    qtbot: QtBot,
    open_dialog: Callable[[SecretStore], Ui],
    providers: ProviderStore,
    secrets: SecretStore,
    keychain: MemoryKeyring,
) -> None:
    providers.upsert(ProviderConfig("gw", "openai", "https://gateway.example.com/v1", models=["gpt-x"]))
    secrets.set("provider:gw", KEY)
    ui = open_dialog(secrets)
    ui.select("gw")
    click(qtbot, ui.edit)
    assert ui.model_names() == ["gpt-x"]
    ui.base_url.clear()
    qtbot.keyClicks(ui.base_url, "https://other.example.com/v1")
    click(qtbot, ui.save)
    saved = providers.get("gw")
    assert saved.base_url == "https://other.example.com/v1"
    assert keychain.passwords[(SERVICE, "provider:gw")] == KEY

    ui.select("gw")
    click(qtbot, ui.edit)
    qtbot.keyClicks(ui.key, OTHER_KEY)
    click(qtbot, ui.save)
    assert keychain.passwords[(SERVICE, "provider:gw")] == OTHER_KEY


def test_saving_a_new_url_without_a_test_keeps_the_models(
    qtbot: QtBot,
    open_dialog: Callable[[SecretStore], Ui],
    connection: FakeConnection,
    providers: ProviderStore,
    secrets: SecretStore,
) -> None:
    providers.upsert(ProviderConfig("smolsrv", "openai-compatible", "http://127.0.0.1:8000/v1", models=["smol"]))
    ui = open_dialog(secrets)
    ui.select("smolsrv")
    click(qtbot, ui.edit)
    ui.base_url.clear()
    qtbot.keyClicks(ui.base_url, "http://127.0.0.1:8080/v1")
    assert ui.model_names() == ["smol"]
    assert "last test" in ui.result.text(), "the list shown is said to be the old one"
    click(qtbot, ui.save)
    saved = providers.get("smolsrv")
    assert (saved.base_url, saved.models) == ("http://127.0.0.1:8080/v1", ["smol"])
    assert saved.model_ids() == ["smolsrv:smol"], "it stays in every model picker"
    assert connection.calls == [], "a kept list needs no connection"
    assert not find(ui.dialog, QLabel, "Notice").isVisible()


def test_changing_the_kind_drops_the_models_of_the_old_kind(
    qtbot: QtBot, open_dialog: Callable[[SecretStore], Ui], providers: ProviderStore, secrets: SecretStore
) -> None:
    providers.upsert(ProviderConfig("gw", "openai", "https://gateway.example.com/v1", models=["gpt-x"]))
    ui = open_dialog(secrets)
    ui.select("gw")
    click(qtbot, ui.edit)
    ui.kind.setCurrentIndex(ui.kind.findData("anthropic"))
    assert "gpt-x" not in ui.model_names()
    click(qtbot, ui.save)
    assert providers.get("gw").models == []


def test_saving_a_provider_with_no_models_lists_them_first(
    qtbot: QtBot, ui: Ui, connection: FakeConnection, providers: ProviderStore
) -> None:
    fill(qtbot, ui, "ollama", "openai-compatible", "http://localhost:11434/v1")
    assert ui.model_names() == []
    note = find(ui.dialog, QLabel, "Models note")
    assert note.isVisible() and "No models yet" in note.text()
    click(qtbot, ui.save)
    qtbot.waitUntil(lambda: bool(ui.rows()), timeout=5000)
    assert len(connection.calls) == 1
    assert providers.get("ollama").models == ["llama3.2", "qwen3:4b"]
    assert not find(ui.dialog, QLabel, "Notice").isVisible()


def test_a_server_that_lists_no_models_is_not_said_to_use_a_default_list(
    qtbot: QtBot, ui: Ui, connection: FakeConnection
) -> None:
    connection.models = []
    fill(qtbot, ui, "ollama", "openai-compatible", "http://localhost:11434/v1")
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: ui.result.text().startswith("Connected"), timeout=5000)
    assert "default" not in ui.result.text()
    assert "no model list" in ui.result.text()


def test_a_provider_saved_without_models_is_warned_about(
    qtbot: QtBot, ui: Ui, connection: FakeConnection, providers: ProviderStore
) -> None:
    connection.error = NetworkError("Cannot connect to http://localhost:11434/v1 (connection refused).")
    fill(qtbot, ui, "ollama", "openai-compatible", "http://localhost:11434/v1")
    click(qtbot, ui.save)
    qtbot.waitUntil(lambda: bool(ui.rows()), timeout=5000)
    assert providers.get("ollama").models == [], "the provider is saved all the same"
    notice = find(ui.dialog, QLabel, "Notice")
    assert notice.isVisible()
    text = notice.text()
    assert "ollama" in text and "no model list" in text and "connection refused" in text
    assert "Test connection" in text, "it says what to do"

    click(qtbot, ui.add)
    assert not notice.isVisible()


def test_validation_errors_are_shown_in_the_form(qtbot: QtBot, ui: Ui, providers: ProviderStore) -> None:
    fill(qtbot, ui, "mine", "openai-compatible", key=KEY)
    click(qtbot, ui.save)
    assert ui.error.isVisible()
    assert "needs a base URL" in ui.error.text() and "http://localhost:11434/v1" in ui.error.text()
    assert providers.load() == []
    assert ui.key.text() == KEY, "nothing typed is lost"

    ui.name.clear()
    click(qtbot, ui.save)
    assert ui.error.text().startswith("Give the provider a name"), ui.error.text()
    assert "''" not in ui.error.text()

    qtbot.keyClicks(ui.name, "Not A Name")
    qtbot.keyClicks(ui.base_url, "http://localhost:11434/v1")
    click(qtbot, ui.save)
    assert "cannot be a provider name" in ui.error.text()
    click(qtbot, ui.test)
    assert "cannot be a provider name" in ui.error.text(), "a test needs a valid form too"

    ui.name.clear()
    qtbot.keyClicks(ui.name, "mine")
    click(qtbot, ui.save)
    qtbot.waitUntil(lambda: bool(ui.rows()), timeout=5000)
    assert not ui.error.isVisible()
    fill(qtbot, ui, "mine", "openai")
    click(qtbot, ui.save)
    assert "already exists" in ui.error.text()


def test_without_a_keychain_the_key_can_be_kept_for_this_session_only(
    qtbot: QtBot, open_dialog: Callable[[SecretStore], Ui], providers: ProviderStore, plinth_home: Path
) -> None:
    secrets = SecretStore(backend=fail.Keyring(), environ={})
    ui = open_dialog(secrets)
    assert ui.warning.isVisible()
    assert "No keychain is available" in ui.warning.text()
    assert "fail Keyring" in ui.warning.text()

    fill(qtbot, ui, "openai", "openai", key=KEY)
    said = answer_message_box(KEEP_FOR_SESSION)
    click(qtbot, ui.save)
    assert said and "No keychain" in said[0]
    secret = secrets.get("provider:openai")
    assert secret is not None and (secret.value, secret.source) == (KEY, "session")
    assert ui.rows()[0][3] == "this session only"
    assert files_containing(plinth_home, KEY) == []


def test_without_a_keychain_cancel_saves_nothing(
    qtbot: QtBot, open_dialog: Callable[[SecretStore], Ui], providers: ProviderStore
) -> None:
    secrets = SecretStore(backend=fail.Keyring(), environ={})
    ui = open_dialog(secrets)
    fill(qtbot, ui, "openai", "openai", key=KEY)
    answer_message_box("Cancel")
    click(qtbot, ui.save)
    assert providers.load() == []
    assert secrets.get("provider:openai") is None
    assert ui.error.isVisible() and "Nothing was saved" in ui.error.text()
    assert ui.key.text() == KEY, "the key is not silently dropped"


def test_remove_asks_then_deletes_the_provider_and_its_key(
    qtbot: QtBot,
    open_dialog: Callable[[SecretStore], Ui],
    providers: ProviderStore,
    secrets: SecretStore,
    keychain: MemoryKeyring,
) -> None:
    providers.upsert(ProviderConfig("openai", "openai"))
    secrets.set("provider:openai", KEY)
    ui = open_dialog(secrets)
    ui.select("openai")
    answer_message_box("Cancel")
    click(qtbot, ui.remove)
    assert [p.name for p in providers.load()] == ["openai"]

    said = answer_message_box("Yes")
    click(qtbot, ui.remove)
    assert "openai" in said[0] and "key" in said[0]
    assert providers.load() == []
    assert keychain.passwords == {}
    assert ui.rows() == []


def test_key_status_says_where_each_key_comes_from(
    qtbot: QtBot, open_dialog: Callable[[SecretStore], Ui], providers: ProviderStore, keychain: MemoryKeyring
) -> None:
    secrets = SecretStore(backend=keychain, environ={"ANTHROPIC_API_KEY": OTHER_KEY})
    providers.upsert(ProviderConfig("claude", "anthropic"))
    providers.upsert(ProviderConfig("gemini", "gemini"))
    providers.upsert(ProviderConfig("openai", "openai"))
    secrets.set("provider:openai", KEY)
    ui = open_dialog(secrets)
    assert {row[0]: row[3] for row in ui.rows()} == {
        "claude": "from $ANTHROPIC_API_KEY",
        "gemini": "no key",
        "openai": "in keychain",
    }
    ui.select("claude")
    click(qtbot, ui.edit)
    stored = find(ui.dialog, QLabel, "Stored key").text()
    assert "$ANTHROPIC_API_KEY" in stored and OTHER_KEY not in stored


def test_closing_during_a_test_leaves_no_thread_behind(
    qtbot: QtBot, providers: ProviderStore, secrets: SecretStore, connection: FakeConnection
) -> None:
    connection.gate = threading.Event()
    # Not handed to qtbot: this test deletes the dialog itself, as the main window does.
    dialog = ProvidersDialog(providers, secrets, connection)
    dialog.show()
    ui = Ui(dialog)
    fill(qtbot, ui, "openai", "openai", key=KEY)
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: bool(connection.calls), timeout=5000)
    [worker] = dialog.findChildren(CallWorker)
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=5000)
    assert isValid(worker) and worker.is_running()
    connection.gate.set()
    qtbot.waitUntil(lambda: not isValid(worker), timeout=5000)


# -- layout at the dialog's minimum size ------------------------------------------------------

LONG_ERROR = NetworkError(
    "Cannot reach http://127.0.0.1:8000/v1: the connection was refused, so nothing is listening at that address "
    "and port (the server may have stopped, or it listens on another port).",
    "Start the server, or correct the base URL, then test the connection again.",
)


def at_minimum_size(qtbot: QtBot, dialog: QWidget) -> list[str]:
    dialog.resize(dialog.minimumSize())
    qtbot.waitUntil(lambda: dialog.size() == dialog.minimumSize(), timeout=2000)
    QApplication.processEvents()
    return clipping_problems(dialog) + overlap_problems(dialog)


@pytest.mark.parametrize(("kind", "keychain_kind"), [("openai-compatible", "memory"), ("openai", "none")])
def test_at_its_minimum_size_nothing_overlaps_and_messages_show_whole(
    qtbot: QtBot,
    app_style: None,
    open_dialog: Callable[[SecretStore], Ui],
    secrets: SecretStore,
    connection: FakeConnection,
    kind: str,
    keychain_kind: str,
) -> None:
    ui = open_dialog(secrets if keychain_kind == "memory" else SecretStore(backend=fail.Keyring(), environ={}))
    assert ui.warning.isVisible() == (keychain_kind == "none")
    dialog = ui.dialog
    assert dialog.minimumWidth() <= 1000 and dialog.minimumHeight() <= 660, "it fits a 1024×700 screen"
    base_url = "http://127.0.0.1:8000/v1" if kind == "openai-compatible" else ""
    fill(qtbot, ui, "smolsrv", kind, base_url)
    assert at_minimum_size(qtbot, dialog) == []

    connection.error = LONG_ERROR
    click(qtbot, ui.test)
    qtbot.waitUntil(lambda: "refused" in ui.result.text(), timeout=5000)
    ui.name.clear()
    click(qtbot, ui.save)
    assert ui.error.isVisible() and ui.result.text().endswith("test the connection again.")
    assert at_minimum_size(qtbot, dialog) == []
    assert dialog.minimumHeight() <= 700, "still fits a 1024×700 screen with both messages"
