"""The Providers dialog's list: where keys are kept, and each provider with its kind, address and key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from app.core.errors import NoKeychainError, UserFacingError
from app.core.providers import KINDS, ProviderConfig, ProviderError, provider_secret
from app.core.secrets import provider_account
from app.ui.dialogs.keychain_prompt import ask_keep_for_session
from app.ui.i18n import core_text, translate
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import NO_MARGINS, STRETCH, hbox, vbox

if TYPE_CHECKING:
    from app.core.secrets import Secret, SecretStore

#: The kinds' names as shown, by kind (brand names alone stay as core has them).
_KIND_LABELS = {"openai-compatible": QT_TRANSLATE_NOOP("Providers", "OpenAI-compatible endpoint")}
#: The base URL field's placeholder, by kind.
_URL_HINTS = {
    "openai": QT_TRANSLATE_NOOP("Providers", "Optional — leave empty for https://api.openai.com/v1"),
    "anthropic": QT_TRANSLATE_NOOP("Providers", "Optional — leave empty for Anthropic's own API"),
    "gemini": QT_TRANSLATE_NOOP("Providers", "Optional — leave empty for Google's own API"),
    "openai-compatible": QT_TRANSLATE_NOOP("Providers", "Required, e.g. http://localhost:11434/v1 for Ollama"),
}


def kind_label(kind: str) -> str:
    """A kind of provider's name in the window's language ("OpenAI-compatible endpoint")."""
    if kind in _KIND_LABELS:
        return translate("Providers", _KIND_LABELS[kind])
    return core_text(KINDS[kind].label) if kind in KINDS else kind


def url_hint(kind: str) -> str:
    """The base URL field's placeholder for a kind of provider."""
    if kind in _URL_HINTS:
        return translate("Providers", _URL_HINTS[kind])
    return core_text(KINDS[kind].base_url_hint) if kind in KINDS else ""


def key_status(secret: Secret | None) -> str:
    if secret is None:
        return translate("Providers", "no key")
    if secret.source == "keychain":
        return translate("Providers", "in keychain")
    if secret.source == "session":
        return translate("Providers", "this session only")
    if secret.source.startswith("environment:"):
        #: Where a key comes from: an environment variable, e.g. "from $OPENAI_API_KEY".
        return translate("Providers", "from ${variable}").format(variable=secret.source.partition(":")[2])
    return secret.source


def key_placeholder(secret: Secret | None, needs_key: bool) -> str:
    """The API key field's placeholder: what leaving it empty does."""
    if secret is not None and not secret.source.startswith("environment:"):
        return translate("Providers", "Leave empty to keep the stored key")
    if secret is not None:
        return translate("Providers", "Leave empty to use the environment variable")
    if not needs_key:
        return translate("Providers", "Optional — most local servers need none")
    return translate("Providers", "Paste the API key")


def key_summary(secret: Secret | None) -> str:
    """The line under the API key field: the stored key, masked, and where it is kept."""
    if secret is None:
        return translate("Providers", "No key stored.")
    return translate("Providers", "Current key {key} ({where}).").format(key=secret.masked, where=key_status(secret))


def stored_secret(config: ProviderConfig, secrets: SecretStore) -> Secret | None:
    """The provider's key (keychain, session or environment); None when it has none or it cannot be read."""
    try:
        return provider_secret(config, secrets)
    except UserFacingError:
        return None


def store_key(parent: QWidget, secrets: SecretStore, name: str, key: str) -> UserFacingError | None:
    """Puts the key in the keychain, or (if the person agrees) in this session's memory; the error when it is not."""
    account = provider_account(name)
    try:
        secrets.set(account, key)
        return None
    except NoKeychainError as exc:
        if not ask_keep_for_session(parent, exc):
            return ProviderError(
                translate("Providers", "Nothing was saved: the key has nowhere safe to go."),
                translate("Providers", "Keep it for this session only, or set up a keychain and try again."),
            )
    except UserFacingError as exc:
        return exc
    try:
        secrets.set(account, key, session_only=True)
    except UserFacingError as exc:
        return exc
    return None


def keychain_labels(secrets: SecretStore) -> tuple[QLabel, QLabel]:
    """The line saying where keys are kept, and the warning shown instead when there is no keychain.

    Placed in the dialog's own layout, not in a widget of their own: the
    dialog's room for wrapped text (``fit_height``) counts only its layout's labels.
    """
    label = QLabel()
    label.setObjectName("secondaryText")
    label.setAccessibleName(translate("Providers", "Keychain"))
    label.setWordWrap(True)
    warning = QLabel()
    warning.setObjectName("notice")
    warning.setAccessibleName(translate("Providers", "Keychain warning"))
    warning.setWordWrap(True)
    warning.setTextFormat(Qt.TextFormat.RichText)
    name = secrets.backend_name
    if secrets.keychain_available:
        label.setText(
            translate("Providers", "Keys are kept in the system keychain ({name}), never in a file.").format(name=name)
        )
        warning.hide()
        return label, warning
    env = ", ".join(f"<code>{var}</code>" for kind in KINDS.values() for var in kind.key_env)
    # One box says it all: the backend's name has no line of its own, which leaves the form its room.
    label.hide()
    warning.setText(
        translate(
            "Providers",
            "<b>No keychain is available</b> on this computer (keychain backend: {name}), so keys cannot be "
            "stored. Plinth never writes a key to a file: a key you add can be kept for this session "
            "only and is forgotten when Plinth closes. Keys in {variables} still work.",
        ).format(name=name, variables=env)
    )
    return label, warning


class ProviderList(QWidget):
    """The providers' table (name, kind, address, where the key is) and its Add / Edit / Remove buttons.

    Signals:
        add_requested(): Add… was pressed.
        edit_requested(object): Edit… was pressed, or a row double-clicked (its ``ProviderConfig``).
        remove_requested(object): Remove was pressed (the selected ``ProviderConfig``).
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(self, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self._configs: list[ProviderConfig] = []
        self._table = QTableWidget(0, 4)
        self._table.setAccessibleName(self.tr("Providers"))
        self._table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Base URL"), self.tr("Key")])
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.verticalHeader().hide()
        self._table.setShowGrid(False)
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        # The header and three rows: the list gives way first when messages need room.
        rows = 3 * self._table.verticalHeader().defaultSectionSize()
        self._table.setMinimumHeight(self._table.horizontalHeader().sizeHint().height() + rows + 4)

        self._add_button = action_button(self.tr("Add…"), self.tr("Add provider"), self.tr("Set up a new provider"))
        self._edit_button = action_button(
            self.tr("Edit…"), self.tr("Edit provider"), self.tr("Change the selected provider or its key")
        )
        self._remove_button = action_button(
            self.tr("Remove"), self.tr("Remove provider"), self.tr("Remove the selected provider and its key")
        )
        list_buttons = vbox(self._add_button, self._edit_button, self._remove_button, STRETCH, spacing=6)
        hbox((self._table, 1), list_buttons, parent=self, margins=NO_MARGINS, spacing=8)

        self._table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self._table.cellDoubleClicked.connect(self._on_table_cell_double_clicked)
        self._add_button.clicked.connect(self._on_add_button_clicked)
        self._edit_button.clicked.connect(self._on_edit_button_clicked)
        self._remove_button.clicked.connect(self._on_remove_button_clicked)

    @property
    def configs(self) -> list[ProviderConfig]:
        return list(self._configs)

    def set_configs(self, configs: list[ProviderConfig], select: str | None = None) -> None:
        """List ``configs``; select the one named ``select``."""
        self._configs = configs
        self._table.setRowCount(len(configs))
        for row, config in enumerate(configs):
            cells = [
                config.name,
                kind_label(config.kind),
                #: The base URL column when the provider uses its kind's own address.
                config.base_url or self.tr("default"),
                key_status(stored_secret(config, self._secrets)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and not config.base_url:
                    item.setForeground(self.palette().placeholderText())
                self._table.setItem(row, column, item)
            if select == config.name:
                self._table.selectRow(row)
        self._update_buttons()

    def selected(self) -> ProviderConfig | None:
        rows = self._table.selectionModel().selectedRows()
        return self._configs[rows[0].row()] if rows else None

    # -- slots ------------------------------------------------------------------------

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self._update_buttons()

    @Slot(int, int)
    def _on_table_cell_double_clicked(self, row: int, _column: int) -> None:
        self.edit_requested.emit(self._configs[row])

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self._table.clearSelection()
        self.add_requested.emit()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        config = self.selected()
        if config is not None:
            self.edit_requested.emit(config)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        config = self.selected()
        if config is not None:
            self.remove_requested.emit(config)

    # -- helpers ----------------------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self._edit_button.setEnabled(has)
        self._remove_button.setEnabled(has)
