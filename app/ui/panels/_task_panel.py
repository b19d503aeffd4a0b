"""What the task panels share: status-line widgets, the notice, shortcuts, and the run/stop/worker lifecycle.

The chat shares the model-picker side (``ModelPanelMixin``) and the module's helpers, not the task base.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.engines.base import Engine
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError
from app.ui.i18n import core_text, error_title, translate
from app.ui.widgets.buttons import action_button
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import LayoutItem, hbox, vbox
from app.ui.widgets.message_label import message_label
from app.ui.widgets.model_picker import PROVIDERS_LINK, ModelPicker, ModelUnavailableError
from app.workers.base import Worker
from app.workers.task_worker import TaskWorker

if TYPE_CHECKING:
    from app.core.history.store import Store
    from app.core.models.directory import ModelDirectory
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.panels import PanelContext

#: How long closing the window waits for a cancelled task before it closes the engine.
SHUTDOWN_GRACE_MS = 5000


class _NoModelError(UserFacingError):
    # Translated where it is shown (``error_title``), with the core's titles.
    title = QT_TRANSLATE_NOOP("core", "No model can run")


def notice_label(name: str) -> QLabel:
    """The hidden notice above a task (no model, set up a provider…), whose links can be clicked."""
    return message_label(name, selectable=True, links=True)


def busy_indicator() -> QProgressBar:
    """The small, hidden, endless bar shown beside the status while a task runs."""
    busy = QProgressBar()
    busy.setRange(0, 0)
    busy.setTextVisible(False)
    busy.setFixedSize(72, 6)
    busy.hide()
    return busy


def status_label(name: str) -> ElidedLabel:
    """The one-line status beside the actions: cut short with "…" where the row is narrow, whole in its tooltip.

    Its text (a saved file's path, a model's name) can be longer than the room the
    buttons leave; ``fullText()`` is what was said, ``text()`` what fits. The middle
    goes first, so both what happened and how it ended stay readable.
    """
    status = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)
    status.setObjectName("statusLine")
    status.setAccessibleName(name)
    # Wide enough for its text when there is room; the row's buttons keep theirs when there is not.
    status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return status


def error_label(name: str) -> QLabel:
    """The hidden, wrapping error line under a task."""
    return message_label(name, error=True)


def show_error_in(label: QLabel, title: str, message: str) -> None:
    """Show ``title`` (in bold) and ``message`` in an error line, in the window's language (a worker's
    failure arrives as core's English)."""
    #: An error line: its title in bold, then what happened and what to do
    text = translate("TaskPanel", "<b>{title}.</b> {message}")
    label.setText(text.format(title=escape(core_text(title)), message=escape(core_text(message))))
    label.show()


def stats_label(name: str) -> QLabel:
    """The line under a result with its numbers (time, tokens, cost), which can be copied."""
    stats = QLabel()
    stats.setObjectName("statusLine")
    stats.setAccessibleName(name)
    stats.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return stats


def progress_line(name: str) -> QProgressBar:
    """The thin bar of a long run over many parts (a file's chunks, a table's rows)."""
    progress = QProgressBar()
    progress.setAccessibleName(name)
    progress.setTextVisible(False)
    progress.setFixedHeight(8)
    return progress


def draft_edit(name: str, placeholder: str, draft: str) -> QPlainTextEdit:
    """The box a task's text is typed in, holding the draft kept from last time; Tab leaves it."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setPlainText(draft)
    edit.setTabChangesFocus(True)
    return edit


def panel_layout(panel: QWidget, *items: LayoutItem) -> QVBoxLayout:
    """The outer layout of a task's page: the model row at the top, the work below."""
    return vbox(*items, spacing=10, margins=(16, 12, 16, 12), parent=panel)


def tab_page(*items: LayoutItem) -> QWidget:
    """A page of the Text / Batch tabs, a little below the tab bar."""
    page = QWidget()
    vbox(*items, spacing=8, margins=(0, 10, 0, 0), parent=page)
    return page


def add_shortcuts(widget: QWidget, shortcuts: Mapping[str, Callable[[], None]]) -> None:
    """Key sequences that work only while ``widget`` has focus: other panels use the same keys."""
    for keys, slot in shortcuts.items():
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)


def stop_and_wait(worker: Worker, on_stuck: Callable[[], None]) -> None:
    """Cancel ``worker`` and wait for it; ``on_stuck`` ends work that ignores the cancel."""
    worker.cancel()
    if not worker.wait(SHUTDOWN_GRACE_MS):
        # The engine ignored the cancel (e.g. still loading): closing it ends the work.
        on_stuck()
        worker.wait()
    # Deliver the worker's last signals now; the event loop may not run again.
    QCoreApplication.sendPostedEvents(worker)


class ModelPanelMixin:
    """What every panel that runs one picked model shares: its context, the notice, the status line and the busy bar.

    The panel (a ``QWidget``) calls ``_take_context`` first; it builds
    ``_picker``, ``_notice``, ``_busy`` and ``_status`` (``_actions_row``
    builds the last two), keeps its running worker in ``_worker``, declares
    the ``providers_requested`` signal and defines ``_update_actions``.
    """

    #: What ``ModelPicker.notice`` is asked about ("chat", "translate", "classify").
    TASK = ""

    _engines: EngineRegistry
    _models: ModelDirectory
    #: Where results are saved (the history); None keeps nothing.
    _store: Store | None
    _picker: ModelPicker
    _notice: QLabel
    _busy: QProgressBar
    _status: ElidedLabel
    _worker: Worker | None
    providers_requested: SignalInstance

    def _take_context(self, context: PanelContext) -> None:
        """Keeps the engines, the models the picker lists and the history the panel works with."""
        self._engines = context.engines
        self._models = context.models
        self._store = context.store

    def _update_actions(self) -> None:
        raise NotImplementedError

    def _actions_row(self, name: str, *buttons: QWidget) -> QHBoxLayout:
        """The busy bar and the status line (read out as ``name``), then ``buttons``: creates ``_busy`` and ``_status``."""
        self._busy = busy_indicator()
        self._status = status_label(name)
        return hbox(self._busy, (self._status, 1), *buttons, spacing=8)

    def _show_notice(self) -> None:
        """The notice says why no model, or not the picked one, can be used for ``TASK`` now."""
        notice = self._picker.notice(self.TASK)
        self._notice.setText(notice)
        self._notice.setVisible(bool(notice))

    @Slot(str)
    def _on_notice_link_activated(self, link: str) -> None:
        if link == PROVIDERS_LINK:
            self.providers_requested.emit()

    def _set_status(self, text: str) -> None:
        self._status.setText(text)

    def _show_busy(self, running_text: str) -> None:
        """The busy bar, and ``running_text`` in the status line (a remote model: waiting for the provider)."""
        waiting = translate("TaskPanel", "Waiting for the provider…")
        self._set_status(waiting if self._picker.is_remote else running_text)
        self._busy.show()
        self._update_actions()

    def _hide_busy(self) -> None:
        self._busy.hide()
        self._update_actions()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        if self._worker is not None and not self._worker.cancel_requested:
            self._worker.cancel()
            self._set_status(translate("TaskPanel", "Stopping…"))
            self._update_actions()

    def _end_worker(self) -> None:
        if self._worker is not None:
            self._worker.deleteLater()
        self._worker = None
        self._hide_busy()


class TaskPanel(ModelPanelMixin, QWidget):
    """Base of the one-model task panels (translation, classification).

    A subclass builds ``_picker``, ``_notice``, ``_batch``, ``_busy``,
    ``_status``, ``_error`` and ``_stop_button``; and defines ``_prepare``,
    ``_prepare_batch``, ``_busy_now``, ``_update_actions`` and the
    ``_on_worker_succeeded/cancelled/failed`` slots.

    Signals:
        providers_requested(): the notice's link to set up a provider was clicked.
        task_made(object): "Save as task": the set-up as a ``TaskSpec``, for the Tasks tab to open.
    """

    providers_requested = Signal()
    task_made = Signal(object)

    def __init__(self, context: PanelContext, settings_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._take_context(context)
        #: The panel's state in ``settings.extra[settings_key]``; the window saves the settings.
        self._state = context.state(settings_key)
        self._worker: TaskWorker | None = None
        self._active_model = ""

    def _remember(self, key: str) -> Callable[[object], None]:
        """A slot that keeps a control's new value in the panel's state under ``key`` (the window saves it)."""
        return partial(self._state.__setitem__, key)

    def _build_mode_tabs(self, text_tab: QWidget, batch_kind: str, names: tuple[str, str]) -> QTabWidget:
        """The Text / Batch tabs; creates ``_batch`` (a ``BatchView`` of ``batch_kind``). ``names``: the tabs' and the
        batch's accessible names ("Translation mode", "Translation batch"), translated by the panel."""
        self._tabs = QTabWidget()
        self._tabs.setAccessibleName(names[0])
        self._tabs.setDocumentMode(True)
        #: Tab title: one text typed in, beside the Batch tab (a whole file)
        self._tabs.addTab(text_tab, translate("TaskPanel", "Text", "tab"))
        # Imported here: the chat uses this module's helpers, and start-up need not load the batch machinery.
        from app.ui.panels.batch_view import BatchView

        self._batch = BatchView(batch_kind, self._state.setdefault("batch", {}), store=self._store)
        self._batch.setAccessibleName(names[1])
        #: Tab title: the same task over a whole file of rows
        self._tabs.addTab(tab_page(self._batch), translate("TaskPanel", "Batch", "tab"))
        return self._tabs

    def _save_as_task_button(self) -> QPushButton:
        """ "Save as task": the panel's set-up (``_as_task``) opened in the Tasks tab."""
        button = action_button(
            translate("TaskPanel", "Save as task"),
            translate("TaskPanel", "Save as task"),
            translate("TaskPanel", "Open this set-up in the Tasks tab, to run over files"),
        )
        button.clicked.connect(self._on_save_as_task_button_clicked)
        return button

    def _as_task(self) -> TaskSpec:
        """The set-up as a task; raises ``UserFacingError`` saying what to fix."""
        raise NotImplementedError

    @Slot()
    def _on_save_as_task_button_clicked(self) -> None:
        self._error.hide()
        try:
            spec = self._as_task()
        except UserFacingError as exc:
            self._show_error(error_title(exc), core_text(exc))
            return
        self.task_made.emit(spec)

    def _connect_task(self) -> None:
        """The connections every task panel makes: picker, notice, stop, batch."""
        self._picker.model_changed.connect(self._on_picker_model_changed)
        self._notice.linkActivated.connect(self._on_notice_link_activated)
        self._stop_button.clicked.connect(self._on_stop_button_clicked)
        self._batch.run_requested.connect(self._on_batch_run_requested)
        self._batch.running_changed.connect(self._on_batch_running_changed)

    # -- public API ---------------------------------------------------------------

    def refresh_models(self) -> None:
        """Re-read the model list (providers changed); keeps the selected model if it can still run."""
        self._picker.refresh()
        self._update_actions()

    @property
    def active_model_ids(self) -> set[str]:
        """The model working right now, if any."""
        return {self._active_model} if self._busy_now() else set()

    # -- slots ----------------------------------------------------------------------

    @Slot(str)
    def _on_picker_model_changed(self, model_id: str) -> None:
        if model_id:
            self._state["model"] = model_id
        self._show_notice()
        self._update_actions()

    @Slot()
    def _on_batch_run_requested(self) -> None:
        try:
            engine, job = self._prepare_batch()
        except UserFacingError as exc:
            self._batch.show_error(error_title(exc), core_text(exc))
            return
        self._batch.start(engine, job)

    @Slot(bool)
    def _on_batch_running_changed(self, _running: bool) -> None:
        self._update_actions()

    # -- helpers ----------------------------------------------------------------------

    def _selected_model(self) -> str:
        """The picked model's id; raises ``UserFacingError`` when none is picked or it cannot run."""
        model_id = self._picker.model_id
        if self._picker.unavailable_reason:
            raise ModelUnavailableError(self._picker.unavailable_reason)
        if not model_id or not self._picker.can_run:
            raise _NoModelError(
                translate("TaskPanel", "No model is selected."),
                translate("TaskPanel", "Install a model or add a provider, then pick it above."),
            )
        return model_id

    def _use_engine(self, model_id: str) -> Engine:
        """The engine for ``model_id``, which becomes the panel's active model."""
        engine = self._engines.get(model_id)
        self._active_model = model_id
        return engine

    def _prepare_or_show(self) -> tuple[Engine, Any] | None:
        """``_prepare()``, or ``None`` with its error shown under the task."""
        self._error.hide()
        try:
            return self._prepare()
        except UserFacingError as exc:
            self._show_error(error_title(exc), core_text(exc))
            return None

    def _prepare_text(self, edit: QPlainTextEdit, empty_status: str) -> tuple[str, Engine, Any] | None:
        """The text typed in ``edit`` with ``_prepare()``'s engine and set-up; or ``None``, the reason shown: no text
        (``empty_status``, and the keyboard goes to ``edit``) or ``_prepare()``'s error under the task."""
        text = edit.toPlainText()
        if not text.strip():
            self._set_status(empty_status)
            edit.setFocus()
            return None
        started = self._prepare_or_show()
        return None if started is None else (text, *started)

    def _start_worker(self, worker: TaskWorker, running_text: str) -> None:
        """Run ``worker`` as the panel's task: its outcome goes to the ``_on_worker_*`` slots."""
        self._worker = worker
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.cancelled.connect(self._on_worker_cancelled)
        worker.failed.connect(self._on_worker_failed)
        self._show_busy(running_text)
        worker.start()

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._end_worker()
        title = core_text(title)
        self._show_error(title, message)
        # The error line under the input says what helps; "try again" would be wrong
        # for a failure that repeats (a server that cannot classify, a refused request).
        self._set_status(translate("TaskPanel", "{title}.").format(title=title))

    def _shutdown_workers(self, *workers: Worker | None) -> None:
        """Stop the batch and ``workers`` (``None`` skipped) and wait for them."""
        self._batch.shutdown(on_stuck=lambda: self._engines.close(self._active_model))
        for worker in workers:
            if worker is not None:
                stop_and_wait(worker, lambda: self._engines.close(self._active_model))

    def _save_result(self, save: Callable[..., object], **fields: Any) -> None:
        """Save a result with ``save`` (a ``Store`` method); a failure is shown, the result stays on screen."""
        try:
            save(**fields)
        except UserFacingError as exc:
            self._show_error(translate("TaskPanel", "Not saved in the history"), core_text(exc))

    def _show_error(self, title: str, message: str) -> None:
        show_error_in(self._error, title, message)
