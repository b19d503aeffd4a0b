"""Set up closed-model providers and their API keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)

from app.core.errors import UserFacingError
from app.core.providers import (
    KINDS,
    ProviderConfig,
    ProviderError,
    ProviderStore,
    validate_provider,
)
from app.core.secrets import provider_account
from app.ui.dialogs._fit import fit_height
from app.ui.dialogs.provider_list import (
    ProviderList,
    key_placeholder,
    key_summary,
    keychain_labels,
    kind_label,
    store_key,
    stored_secret,
    url_hint,
)
from app.ui.i18n import core_text, error_title, translate
from app.ui.widgets.buttons import action_button
from app.ui.widgets.layouts import STRETCH, buddy, hbox, vbox
from app.ui.widgets.message_label import message_label
from app.workers.call_worker import CallWorker

if TYPE_CHECKING:
    from app.core.offline import OfflineMode
    from app.core.secrets import Secret, SecretStore

TestConnection = Callable[[ProviderConfig, "str | None"], list[str]]

#: Wide enough for the providers table and a form whose messages wrap to a few lines.
MIN_WIDTH = 820


class ProvidersDialog(QDialog):
    """Lists providers; adds, edits and removes them and their keys; tests a connection.

    Keys go to the ``SecretStore`` only (the keychain, or this session's memory
    when the person agrees to that); ``providers.json`` never sees one. A
    connection test runs ``test_connection(config, key)`` off the GUI thread
    and, on success, its model names are saved with the provider; while
    ``offline`` is on, the test refuses instead (nothing leaves the computer).

    Signals: none (``changed`` says whether anything was saved or removed).
    """

    def __init__(
        self,
        providers: ProviderStore,
        secrets: SecretStore,
        test_connection: TestConnection,
        parent: QWidget | None = None,
        offline: OfflineMode | None = None,
    ) -> None:
        super().__init__(parent)
        self._providers = providers
        self._secrets = secrets
        self._test_connection = test_connection
        self._offline = offline
        #: The provider being edited; None while adding one or when the form is idle.
        self._editing: ProviderConfig | None = None
        self._form_active = False
        #: Model names from the last successful test of what the form holds.
        self._tested_models: list[str] | None = None
        self._tester: CallWorker | None = None
        #: The running test was started by Save: save when it ends, whatever it finds.
        self._save_after_test = False
        self.changed = False

        self.setWindowTitle(self.tr("Providers"))
        self.setMinimumWidth(MIN_WIDTH)
        self._build()
        self._connect()
        self._reload()
        self._clear_form()
        # Room for the form from the start, so that opening it rarely has to grow the dialog.
        self.resize(MIN_WIDTH, 660)

    # -- construction -------------------------------------------------------------------

    def _build(self) -> None:
        keychain_label, keychain_warning = keychain_labels(self._secrets)
        self._list = ProviderList(self._secrets)

        self._name = QLineEdit()
        self._name.setAccessibleName(self.tr("Provider name"))
        self._name.setPlaceholderText(self.tr("e.g. openai, work-gateway, ollama"))
        self._kind = QComboBox()
        self._kind.setAccessibleName(self.tr("Provider kind"))
        for kind in KINDS.values():
            self._kind.addItem(kind_label(kind.name), kind.name)
        self._base_url = QLineEdit()
        self._base_url.setAccessibleName(self.tr("Base URL"))
        self._base_url.setClearButtonEnabled(True)
        self._base_url_hint = QLabel()
        self._base_url_hint.setObjectName("secondaryText")
        self._base_url_hint.setWordWrap(True)

        self._key = QLineEdit()
        self._key.setAccessibleName(self.tr("API key"))
        self._key.setEchoMode(QLineEdit.EchoMode.Password)
        self._show_key = action_button(
            self.tr("Show"), self.tr("Show API key"), self.tr("Show or hide the key as typed")
        )
        self._show_key.setCheckable(True)
        key_row = hbox((self._key, 1), self._show_key, spacing=6)
        self._key_state = QLabel()
        self._key_state.setObjectName("secondaryText")
        self._key_state.setAccessibleName(self.tr("Stored key"))

        self._test_button = action_button(
            self.tr("Test connection"), self.tr("Test connection"), self.tr("List the provider's models")
        )
        self._test_result = QLabel()
        self._test_result.setObjectName("testResult")
        self._test_result.setAccessibleName(self.tr("Connection result"))
        self._test_result.setWordWrap(True)
        self._test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = hbox(self._test_button, STRETCH, spacing=None)

        self._models = QListWidget()
        self._models.setAccessibleName(self.tr("Models"))
        self._models.setMaximumHeight(110)
        self._models.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._models_note = QLabel()
        self._models_note.setObjectName("secondaryText")
        self._models_note.setAccessibleName(self.tr("Models note"))
        self._models_note.setWordWrap(True)

        self._notice = message_label(self.tr("Notice"), selectable=True)

        self._form_error = message_label(self.tr("Form error"), error=True, selectable=True)

        self._cancel_button = action_button(
            self.tr("Cancel"), self.tr("Cancel edit"), self.tr("Forget the changes in the form")
        )
        self._save_button = action_button(
            self.tr("Save"), self.tr("Save provider"), self.tr("Save the provider; the key goes to the keychain")
        )
        self._save_button.setObjectName("primaryButton")
        form_buttons = hbox(STRETCH, self._cancel_button, self._save_button, spacing=None)

        # A grid, not a QFormLayout: a form sizes a word-wrapped label by its size
        # hint (eight lines, whatever its width), a grid by its height for the width.
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setColumnStretch(1, 1)
        rows: list[tuple[QLabel | None, QWidget | QHBoxLayout]] = [
            (buddy(self.tr("&Name"), self._name), self._name),
            (buddy(self.tr("&Kind"), self._kind), self._kind),
            (buddy(self.tr("&Base URL"), self._base_url), self._base_url),
            (None, self._base_url_hint),
            (buddy(self.tr("API &key"), self._key), key_row),
            (None, self._key_state),
            (None, test_row),
            (None, self._test_result),
            (buddy(self.tr("&Models"), self._models), self._models),
            (None, self._models_note),
        ]
        for row, (label, field) in enumerate(rows):
            if label is not None:
                top = field is self._models
                form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if top else Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, row, 1)
            else:
                form.addWidget(field, row, 1)
        self._group = QGroupBox(self.tr("Provider"))
        vbox(form, self._form_error, STRETCH, form_buttons, parent=self._group)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        vbox(
            keychain_warning,
            keychain_label,
            self._list,
            self._notice,
            (self._group, 1),
            self._buttons,
            parent=self,
            margins=(16, 14, 16, 12),
            spacing=10,
        )

    def _connect(self) -> None:
        self._list.add_requested.connect(self._on_list_add_requested)
        self._list.edit_requested.connect(self._on_list_edit_requested)
        self._list.remove_requested.connect(self._on_list_remove_requested)
        self._name.editingFinished.connect(self._on_name_editing_finished)
        self._kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self._base_url.textEdited.connect(self._on_connection_field_edited)
        self._key.textEdited.connect(self._on_connection_field_edited)
        self._show_key.toggled.connect(self._on_show_key_toggled)
        self._test_button.clicked.connect(self._on_test_button_clicked)
        self._cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._save_button.clicked.connect(self._on_save_button_clicked)
        self._buttons.rejected.connect(self.reject)

    # -- list ---------------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        try:
            configs = self._providers.load()
        except ProviderError as exc:
            configs = []
            self._show_form_error(exc)
        self._list.set_configs(configs, select)

    # -- form ---------------------------------------------------------------------------------

    def _clear_form(self) -> None:
        self._discard_test()
        self._editing = None
        self._form_active = False
        self._group.setTitle(self.tr("Provider"))
        self._name.clear()
        self._name.setReadOnly(False)
        self._name.setToolTip("")
        self._base_url.clear()
        self._key.clear()
        self._show_key.setChecked(False)
        self._set_kind("openai")
        self._tested_models = None
        self._set_test_result("", None)
        self._hide_form_error()
        self._models_note.hide()
        self._key_state.setText(self.tr("Click “Add…” to set up a provider, or select one and click “Edit…”."))
        self._models.clear()
        self._group.setEnabled(False)

    def _open_form(self, config: ProviderConfig | None) -> None:
        self._clear_form()
        self._notice.hide()
        self._form_active = True
        self._editing = config
        self._group.setEnabled(True)
        if config is None:
            self._group.setTitle(self.tr("New provider"))
            self._name.setFocus()
        else:
            self._group.setTitle(self.tr("Edit “{name}”").format(name=config.name))
            self._name.setText(config.name)
            # The key is stored under the name; remove and add again to rename.
            self._name.setReadOnly(True)
            self._name.setToolTip(self.tr("To rename a provider, remove it and add it again."))
            self._set_kind(config.kind)
            self._base_url.setText(config.base_url or "")
            self._key.setFocus()
        self._update_key_field()
        self._show_models(config.models if config else [])

    def _set_kind(self, kind: str) -> None:
        self._kind.blockSignals(True)
        self._kind.setCurrentIndex(max(self._kind.findData(kind), 0))
        self._kind.blockSignals(False)
        self._update_kind_hints()

    def _update_kind_hints(self) -> None:
        kind = KINDS[self._kind.currentData()]
        self._base_url.setPlaceholderText(url_hint(kind.name))
        self._base_url_hint.setText(" · ".join(f"{server} <code>{url}</code>" for server, url in kind.url_examples))
        self._base_url_hint.setVisible(bool(kind.url_examples))

    def _update_key_field(self) -> None:
        secret = self._stored_secret()
        self._key.setPlaceholderText(key_placeholder(secret, KINDS[self._kind.currentData()].needs_key))
        self._key_state.setText(key_summary(secret))

    def _stored_secret(self) -> Secret | None:
        """The key the provider being edited already has (keychain, session or environment)."""
        kind = self._kind.currentData()
        name = self._editing.name if self._editing is not None else self._name.text().strip()
        return stored_secret(ProviderConfig(name, kind), self._secrets) if name else None

    def _form_config(self) -> ProviderConfig | None:
        """What the form says, validated; None (and the reason shown) when invalid."""
        name = self._name.text().strip()
        kind = self._kind.currentData()
        base_url = self._base_url.text().strip().rstrip("/") or None
        if self._tested_models is not None:
            models = list(self._tested_models)
        else:
            models = self._kept_models()
        config = ProviderConfig(name=name, kind=kind, base_url=base_url, models=models)
        try:
            validate_provider(config)
        except ProviderError as exc:
            self._show_form_error(exc)
            return None
        if self._editing is None and any(p.name == name for p in self._list.configs):
            self._show_form_error(
                ProviderError(
                    self.tr("A provider named “{name}” already exists.").format(name=name),
                    self.tr("Pick another name, or edit that one."),
                )
            )
            return None
        self._hide_form_error()
        return config

    def _kept_models(self) -> list[str]:
        """The models of the provider being edited, while its kind stays: a new URL or key keeps them.

        Dropping them on a new address would take the provider out of every model
        list until its next test; another kind's model names mean nothing here.
        """
        if self._editing is None or self._editing.kind != self._kind.currentData():
            return []
        return list(self._editing.models)

    def _show_models(self, models: list[str]) -> None:
        self._models.clear()
        defaults = KINDS[self._kind.currentData()].default_models
        if models:
            self._models.addItems(models)
            self._models_note.setText("")
        elif defaults:
            self._models.addItems(list(defaults))
            self._models_note.setText(
                self.tr("This kind's usual models: Test connection lists the ones this provider offers.")
            )
        else:
            self._models_note.setText(
                self.tr(
                    "No models yet, so no model list offers this provider. "
                    "Test connection lists the server's models; Save asks for them too."
                )
            )
        self._models_note.setVisible(bool(self._models_note.text()))

    def _show_form_error(self, exc: UserFacingError) -> None:
        self._form_error.setText(core_text(exc))
        self._form_error.show()

    def _hide_form_error(self) -> None:
        self._form_error.clear()
        self._form_error.hide()

    def _set_test_result(self, text: str, ok: bool | None) -> None:
        self._test_result.setText(text)
        self._test_result.setVisible(bool(text))
        self._test_result.setProperty("state", {True: "ok", False: "error", None: ""}[ok])
        self._test_result.style().unpolish(self._test_result)
        self._test_result.style().polish(self._test_result)

    # -- saving ---------------------------------------------------------------------------

    def _save(self, config: ProviderConfig, why_no_models: str = "") -> None:
        """Stores the key and the provider; warns when the provider lists no models (``why_no_models``: why)."""
        key = self._key.text().strip()
        if key and (error := store_key(self, self._secrets, config.name, key)) is not None:
            self._show_form_error(error)
            return
        try:
            self._providers.upsert(config)
        except ProviderError as exc:
            self._show_form_error(exc)
            return
        except OSError as exc:
            self._show_form_error(
                ProviderError(
                    self.tr("The providers file could not be written ({error}).").format(error=exc),
                    self.tr("Check the disk and try again."),
                )
            )
            return
        self.changed = True
        self._clear_form()
        self._reload(select=config.name)
        if not config.model_ids():
            sentences = [
                self.tr("“{name}” is saved, but it lists no models, so no model list offers it.").format(
                    name=config.name
                ),
                why_no_models,
                self.tr("Once its server answers, select it, click Edit… and Test connection."),
            ]
            self._notice.setText(" ".join(s for s in sentences if s))
            self._notice.show()

    def _save_from_form(self, why_no_models: str) -> None:
        config = self._form_config()
        if config is not None:
            self._save(config, why_no_models)

    def _start_test(self, config: ProviderConfig, *, save_after: bool) -> None:
        key = self._key.text().strip() or None
        if key is None:
            secret = self._stored_secret()
            key = secret.value if secret is not None else None
        test = self._test_connection

        self._discard_test()
        self._save_after_test = save_after
        self._tester = CallWorker(lambda: test(config, key), "Connection test", self)
        self._tester.succeeded.connect(self._on_tester_succeeded)
        self._tester.failed.connect(self._on_tester_failed)
        self._test_button.setEnabled(False)
        self._save_button.setEnabled(not save_after)
        waiting = (
            self.tr("Listing the provider's models before saving…") if save_after else self.tr("Testing connection…")
        )
        self._set_test_result(waiting, None)
        self._tester.start()

    def _discard_test(self) -> None:
        if self._tester is not None:
            self._tester.discard()
            self._tester = None
        self._save_after_test = False
        self._test_button.setEnabled(True)
        self._save_button.setEnabled(True)

    # -- slots ------------------------------------------------------------------------------

    @Slot()
    def _on_list_add_requested(self) -> None:
        self._open_form(None)

    @Slot(object)
    def _on_list_edit_requested(self, config: ProviderConfig) -> None:
        self._open_form(config)

    @Slot(object)
    def _on_list_remove_requested(self, config: ProviderConfig) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Remove provider"),
            self.tr(
                "Remove the provider “{name}”?\n\nIts API key is deleted from the keychain too. "
                "Keys in environment variables are not touched."
            ).format(name=config.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._providers.remove(config.name)
            self._secrets.delete(provider_account(config.name))
        except UserFacingError as exc:
            QMessageBox.warning(self, error_title(exc), core_text(exc))
        self.changed = True
        if self._editing is not None and self._editing.name == config.name:
            self._clear_form()
        self._reload()

    @Slot()
    def _on_name_editing_finished(self) -> None:
        if self._form_active and self._editing is None:
            self._update_key_field()

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._update_kind_hints()
        if self._form_active:
            # Another kind reads other environment variables.
            self._update_key_field()
        self._on_connection_field_edited()

    @Slot()
    def _on_connection_field_edited(self) -> None:
        # A test of another URL, kind or key says nothing about this one; the provider's
        # own list stays while its kind does (see _kept_models).
        if not self._form_active:
            return
        self._discard_test()
        self._tested_models = None
        kept = self._kept_models()
        base_url = self._base_url.text().strip().rstrip("/") or None
        moved = self._editing is not None and self._editing.base_url != base_url
        if kept and moved:
            self._set_test_result(
                self.tr(
                    "The models below are from the last test, at the old address: Test connection to refresh them."
                ),
                None,
            )
        else:
            self._set_test_result("", None)
        self._show_models(kept)

    @Slot(bool)
    def _on_show_key_toggled(self, shown: bool) -> None:
        self._key.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._show_key.setText(self.tr("Hide") if shown else self.tr("Show"))

    @Slot()
    def _on_test_button_clicked(self) -> None:
        config = self._form_config()
        if config is None:
            return
        try:
            if self._offline is not None:
                #: Ends the sentence "Offline mode is on: …".
                self._offline.check(self.tr("connection tests are off; the provider can still be saved."))
        except UserFacingError as exc:
            self._set_test_result(core_text(exc), False)
            return
        self._start_test(config, save_after=False)

    @Slot(object)
    def _on_tester_succeeded(self, models: object) -> None:
        names = [str(m) for m in models] if isinstance(models, list | tuple) else []
        save_after = self._end_test()
        self._tested_models = names
        if names:
            hint = self.tr("Save the provider to use them.")
        elif KINDS[self._kind.currentData()].default_models:
            hint = self.tr("The default model list is used.")
        else:
            hint = self.tr("It offers none, so no model list would show this provider.")
        connected = self.tr("Connected: %n model(s).", None, len(names))
        self._set_test_result(f"{connected} {hint}", True)
        self._show_models(names)
        if save_after:
            self._save_from_form(self.tr("Its server listed none."))

    @Slot(str, str)
    def _on_tester_failed(self, title: str, message: str) -> None:
        save_after = self._end_test()
        #: An error's title, then its message.
        self._set_test_result(
            self.tr("{title}: {message}").format(title=translate("core", title), message=message), False
        )
        if save_after:
            self._save_from_form(self.tr("Its models could not be listed: {message}").format(message=message))

    def _end_test(self) -> bool:
        """Forgets the finished test; True when Save started it."""
        save_after = self._save_after_test
        if self._tester is not None:
            self._tester.deleteLater()
            self._tester = None
        self._save_after_test = False
        self._test_button.setEnabled(True)
        self._save_button.setEnabled(True)
        return save_after

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self._clear_form()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        config = self._form_config()
        if config is None:
            return
        if config.model_ids() or self._tested_models is not None:
            self._save(config)
        elif self._offline is not None and self._offline.enabled:
            self._save(config, self.tr("Offline mode is on, so its server was not asked for them."))
        else:
            # Saved as it is, the provider would be in no model list: ask its server first.
            self._start_test(config, save_after=True)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The connection result and form errors wrap to several lines: keep room for them all.
        fit_height(self, event)
        return handled

    def done(self, result: int) -> None:
        # A test still running finishes in the background; its answer is not wanted.
        self._discard_test()
        super().done(result)
