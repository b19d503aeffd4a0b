"""File › Server tokens…: the tokens programs use to reach Plinth's local API, and the port it listens on.

Each program gets a token of its own, made here with a name: it sends the token where an OpenAI client sends
its API key, so the providers' keys never leave the keychain and one program can be cut off alone. The token
is shown once, when it is made (the store keeps only a salted hash); revoking asks first.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.errors import UserFacingError
from app.ui.dialogs._fit import fit_height
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, date_time, translate
from app.ui.server_services import LOOPBACK
from app.ui.widgets.layouts import boxed, hbox, vbox
from app.ui.widgets.message_label import message_label

if TYPE_CHECKING:
    from app.core.server.tokens import TokenStore

#: Ports below this need administrator rights on most systems.
MIN_PORT = 1024
MAX_PORT = 65535
#: Narrowest the dialog gets: the token (51 characters) and its Copy button stay on one line.
MIN_WIDTH = 520
COLUMNS = (
    QT_TRANSLATE_NOOP("ServerTokensDialog", "Name"),
    QT_TRANSLATE_NOOP("ServerTokensDialog", "Created"),
    QT_TRANSLATE_NOOP("ServerTokensDialog", "Models"),
    QT_TRANSLATE_NOOP("ServerTokensDialog", "History"),
)
MODELS_COLUMN, HISTORY_COLUMN = 2, 3
#: What a token's switch cells say, on and off.
SWITCH_TEXTS = {
    MODELS_COLUMN: (
        QT_TRANSLATE_NOOP("ServerTokensDialog", "local and providers"),
        QT_TRANSLATE_NOOP("ServerTokensDialog", "local only"),
    ),
    HISTORY_COLUMN: (
        QT_TRANSLATE_NOOP("ServerTokensDialog", "saved"),
        QT_TRANSLATE_NOOP("ServerTokensDialog", "not saved"),
    ),
}
INTRO = QT_TRANSLATE_NOOP(
    "ServerTokensDialog",
    "Programs on this computer (an editor, a notes app, your scripts) can use Plinth's models through its "
    "OpenAI-compatible server: point them at the server's address and give each its own token as the API key. "
    "Provider keys stay in the keychain.",
)
ONCE = QT_TRANSLATE_NOOP(
    "ServerTokensDialog", "Copy this token now: Plinth keeps only a fingerprint of it and cannot show it again."
)
OFFLINE_NOTE = QT_TRANSLATE_NOOP(
    "ServerTokensDialog", "Offline mode is on: the server refuses models behind an API, whatever a token allows."
)


def _switch_text(column: int, on: bool) -> str:
    """A token's switch cell in words, in the window's language."""
    return translate("ServerTokensDialog", SWITCH_TEXTS[column][0 if on else 1])


def created_text(created: str) -> str:
    """A token's ISO creation time in this computer's time zone, to the minute, as the locale writes it."""
    try:
        return date_time(datetime.fromisoformat(created).astimezone())
    except ValueError:
        return created


class ServerTokensDialog(QDialog):
    """Create (name, may use providers, save requests in the history), list and revoke the server's tokens;
    set the port the server listens on next.

    Signals:
        port_changed(int): the person chose another port (the server uses it from its next start).
    """

    port_changed = Signal(int)

    def __init__(self, tokens: TokenStore, port: int, *, offline: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tokens = tokens
        self.setWindowTitle(self.tr("Server tokens"))
        intro = QLabel(self.tr(INTRO))
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Token name"))
        self.name_edit.setPlaceholderText(self.tr("the program that will use it, e.g. editor"))
        self.remote_box = QCheckBox(self.tr("May use models behind an API (with the keys in the keychain)"))
        self.remote_box.setAccessibleName(self.tr("Allow models behind an API"))
        self.remote_box.setToolTip(
            self.tr("Off: local models only. On: also the providers' models, billed to your keys")
        )
        self.history_box = QCheckBox(self.tr("Save its requests in the history, with tokens and cost"))
        self.history_box.setAccessibleName(self.tr("Save requests in the history"))
        self.create_button = QPushButton(self.tr("Create", "button: create a token"))
        self.create_button.setAccessibleName(self.tr("Create token"))
        self.create_button.setObjectName("primaryButton")
        self.create_button.setEnabled(False)
        self.error_label = message_label(self.tr("Token error"), error=True)
        new_box = QGroupBox(self.tr("New token"))
        new_form = QFormLayout(new_box)
        new_form.addRow(self.tr("Name"), hbox((self.name_edit, 1), self.create_button))
        new_form.addRow(self.remote_box)
        new_form.addRow(self.history_box)
        new_form.addRow(self.error_label)

        self.once_label = message_label(self.tr("Token shown once"))
        self.once_label.setText(self.tr(ONCE))
        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("New token"))
        self.secret_edit.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy token"))
        self.copy_button.setToolTip(self.tr("Copy the token to the clipboard, to paste it in the program's settings"))
        self.secret_row = boxed(hbox((self.secret_edit, 1), self.copy_button, margins=(0, 0, 0, 0)))
        self.secret_row.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Tokens"))
        self.table.setHorizontalHeaderLabels([self.tr(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(120)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No tokens yet: programs cannot use the server until you create one."))
        self.empty_label.setObjectName("secondaryText")
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke token"))
        self.revoke_button.setToolTip(self.tr("The program using this token gets 401 from its next request on"))
        self.revoke_button.setEnabled(False)

        self.port_spin = QSpinBox()
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.port_spin.setRange(MIN_PORT, MAX_PORT)
        self.port_spin.setValue(port)
        # A port is written as in the base URL beside it: plain digits, whatever the language.
        self.port_spin.setLocale(QLocale.c())
        self.port_spin.setToolTip(
            self.tr("The server listens on 127.0.0.1 at this port; a change applies at its next start")
        )
        self.offline_label = message_label(self.tr("Offline note"))
        self.offline_label.setText(self.tr(OFFLINE_NOTE))
        self.offline_label.setVisible(offline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        self.base_url_label = QLabel()
        self.base_url_label.setAccessibleName(self.tr("Base URL"))
        self.base_url_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.base_url_label.setToolTip(self.tr("What a program's OpenAI settings call the base URL (or API base)"))
        self._show_base_url(port)
        vbox(
            intro, new_box, self.once_label, self.secret_row, self.table, self.empty_label,
            hbox(QLabel(self.tr("Port")), self.port_spin, self.base_url_label, "stretch", self.revoke_button),
            self.offline_label, buttons, parent=self,
        )  # fmt: skip
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self.name_edit.returnPressed.connect(self._on_create_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.port_spin.valueChanged.connect(self._show_base_url)
        self.port_spin.valueChanged.connect(self.port_changed)
        self.setMinimumWidth(MIN_WIDTH)
        self.resize(640, 560)
        self.refresh()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The intro, the token shown once and an error wrap: keep room for their lines at every width.
        fit_height(self, event)
        return handled

    def refresh(self) -> None:
        """Lists the tokens as the store has them now (a terminal may have made or revoked some)."""
        try:
            tokens = self._tokens.list()
        except UserFacingError as exc:
            tokens = []
            self._show_error(core_text(exc))
        # Filling the cells is no change of the person's.
        self.table.blockSignals(True)
        self.table.setRowCount(len(tokens))
        for row, token in enumerate(tokens):
            self.table.setItem(row, 0, QTableWidgetItem(token.name))
            self.table.setItem(row, 1, QTableWidgetItem(created_text(token.created)))
            self.table.setItem(row, MODELS_COLUMN, self._switch_item(token.allow_remote, MODELS_COLUMN))
            self.table.setItem(row, HISTORY_COLUMN, self._switch_item(token.save_history, HISTORY_COLUMN))
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label.setVisible(not tokens)
        self.revoke_button.setEnabled(self.selected_name() is not None)

    @staticmethod
    def _switch_item(on: bool, column: int) -> QTableWidgetItem:
        """A cell with a check box that changes the token's setting, and the setting in words."""
        item = QTableWidgetItem(_switch_text(column, on))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        item.setToolTip(
            translate(
                "ServerTokensDialog", "Tick or untick to change it; the program's next request uses the new setting"
            )
        )
        return item

    def set_allowed(self, name: str, *, allow_remote: bool | None = None, save_history: bool | None = None) -> None:
        """Ticks or unticks a listed token's cells, as a person does (the store changes with them)."""
        row = self.names().index(name)
        for column, value in ((MODELS_COLUMN, allow_remote), (HISTORY_COLUMN, save_history)):
            if value is not None:
                self.table.item(row, column).setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)

    @Slot(int)
    def _show_base_url(self, port: int) -> None:
        self.base_url_label.setText(self.tr("base URL {url}").format(url=f"http://{LOOPBACK}:{port}/v1"))

    def names(self) -> list[str]:
        """The tokens listed, in order."""
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def select(self, name: str) -> None:
        self.table.selectRow(self.names().index(name))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        self.create_button.setEnabled(bool(text.strip()))
        self._show_error("")

    @Slot()
    def _on_create_button_clicked(self) -> None:
        if not self.name_edit.text().strip():
            return
        try:
            token, secret = self._tokens.create(
                self.name_edit.text(),
                allow_remote=self.remote_box.isChecked(),
                save_history=self.history_box.isChecked(),
            )
        except UserFacingError as exc:
            # The name typed stays, to be changed.
            self._show_error(core_text(exc))
            return
        self.secret_edit.setText(secret)
        self.copy_button.setText(self.tr("Copy"))
        self.secret_row.show()
        self.once_label.show()
        self.name_edit.clear()
        self.remote_box.setChecked(False)
        self.history_box.setChecked(False)
        self.refresh()
        self.select(token.name)
        self.secret_edit.setFocus()
        self.secret_edit.selectAll()

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QApplication.clipboard().setText(self.secret_edit.text())
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self.revoke_button.setEnabled(self.selected_name() is not None)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in SWITCH_TEXTS:
            return
        name = self.table.item(item.row(), 0).text()
        on = item.checkState() == Qt.CheckState.Checked
        try:
            if item.column() == MODELS_COLUMN:
                self._tokens.update(name, allow_remote=on)
            else:
                self._tokens.update(name, save_history=on)
        except UserFacingError as exc:
            self._show_error(core_text(exc))
            # The list as the store has it (revoked meanwhile: gone), once this signal has returned.
            QTimer.singleShot(0, self.refresh)
            return
        self.table.blockSignals(True)
        item.setText(_switch_text(item.column(), on))
        self.table.blockSignals(False)

    @Slot()
    def _on_revoke_button_clicked(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        question = self.tr(
            "Revoke the token “{name}”? The program using it gets 401 from its next request on, "
            "and needs a new token to use Plinth again."
        ).format(name=name)
        if not confirm(self, self.tr("Revoke token"), question, warning=True):
            return
        try:
            self._tokens.revoke(name)
        except UserFacingError as exc:
            self._show_error(core_text(exc))
        self.refresh()
