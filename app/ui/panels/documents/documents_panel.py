"""The Documents tab: collections on the left; the selected one's files, indexing, search and check on the right."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.core.documents.indexer import IndexProgress
from app.core.documents.retrieval import Retriever
from app.core.documents.store import CollectionSummary
from app.core.errors import UserFacingError
from app.core.settings import Settings
from app.ui.dialogs.questions import confirm
from app.ui.i18n import core_text, integer, number, translate
from app.ui.panels.documents.check_view import CSV_FILTER, CheckView
from app.ui.panels.documents.file_table import FileTable, status_text
from app.ui.panels.documents.search_view import SearchView
from app.ui.panels.documents.services import DocumentServices, EmbeddingChoice
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.layouts import hbox, vbox
from app.workers.index_worker import IndexResult, IndexWorker

# ``settings.extra`` key: the collection selected when the window closed.
SELECTED_KEY = "documents_collection"
NO_MODEL = QT_TRANSLATE_NOOP("DocumentsPanel", "None (keyword search only)")
# How long closing the window waits for a cancelled index run to stop (it stops between files).
SHUTDOWN_WAIT_MS = 5000


def open_with_desktop(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def pick_questions_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("DocumentsPanel", "Questions to check retrieval with"),
        "",
        translate("CheckView", CSV_FILTER),
    )
    return Path(name) if name else None


class DocumentsPanel(QWidget):
    """Collections of files and folders, indexed in the background one run at a time (others queue), searched
    and checked. Adding paths (buttons or drag and drop) starts indexing; a collection left mid-index by the
    last run is indexed again at start. Indexing waits while ``local_busy()`` (a local model is answering).

    Signals: none (the window reads ``active_model_ids``).
    """

    def __init__(
        self,
        services: DocumentServices,
        settings: Settings,
        local_busy: Callable[[], bool] = lambda: False,
        *,
        open_file: Callable[[Path], None] = open_with_desktop,
        pick_file: Callable[[QWidget], Path | None] = pick_questions_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._store = services.store
        self._settings = settings
        self._local_busy = local_busy
        self._summaries: dict[str, CollectionSummary] = {}
        self._worker: IndexWorker | None = None
        self._queue: list[str] = []
        self.setAcceptDrops(True)
        retriever = Retriever(self._store)

        self.collections = QListWidget()
        self.collections.setAccessibleName(self.tr("Collections"))
        self.collections.currentTextChanged.connect(self._on_collections_current_text_changed)
        self.new_button = _button(
            self.tr("New…", "button: a new collection"), self.tr("New collection"), self._on_new_button_clicked
        )
        self.delete_button = _button(
            self.tr("Delete…", "button: delete the collection"), self.tr("Delete collection"),
            self._on_delete_button_clicked,
        )  # fmt: skip
        self.roots = QListWidget()
        self.roots.setAccessibleName(self.tr("Collection paths"))
        self.roots.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_files_button = _button(self.tr("Add files…"), self.tr("Add files"), self._on_add_files_button_clicked)
        self.add_folder_button = _button(
            self.tr("Add folder…"), self.tr("Add folder"), self._on_add_folder_button_clicked
        )
        self.remove_button = _button(
            self.tr("Remove", "button: remove paths"), self.tr("Remove selected paths"), self._on_remove_button_clicked
        )
        self.rescan_button = _button(self.tr("Rescan"), self.tr("Rescan"), self._on_rescan_button_clicked)
        paths_label = QLabel(self.tr("Folders and files"))
        left = QWidget()
        vbox(
            QLabel(self.tr("Collections")),
            (self.collections, 2),
            hbox(self.new_button, self.delete_button),
            paths_label,
            (self.roots, 1),
            hbox(self.add_files_button, self.add_folder_button),
            hbox(self.remove_button, self.rescan_button),
            parent=left,
            margins=(0, 0, 0, 0),
        )

        self.title = ElidedLabel()
        self.title.setAccessibleName(self.tr("Collection summary"))
        self.embedding = QComboBox()
        self.embedding.setAccessibleName(self.tr("Embedding model"))
        self._choices: Sequence[EmbeddingChoice] = ()
        self._fill_embedding_choices()
        self.embedding.activated.connect(self._on_embedding_activated)
        self.privacy = ElidedLabel()
        self.privacy.setAccessibleName(self.tr("Embedding privacy"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Index progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.index_status = ElidedLabel()
        self.index_status.setAccessibleName(self.tr("Index status"))
        self.cancel_button = _button(self.tr("Cancel"), self.tr("Cancel indexing"), self._on_cancel_button_clicked)
        self.file_table = FileTable()
        self.search_view = SearchView(retriever, services.open_embedder, open_file)
        self.check_view = CheckView(retriever, services.open_embedder, pick_file)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Collection views"))
        self.views.setDocumentMode(True)
        self.views.addTab(self.file_table, self.tr("Files"))
        self.views.addTab(self.search_view, self.tr("Search", "tab: search the collection"))
        self.views.addTab(self.check_view, self.tr("Retrieval check"))
        right = QWidget()
        vbox(
            self.title,
            hbox(QLabel(self.tr("Embedding model")), self.embedding, (self.privacy, 1)),
            hbox(self.progress, (self.index_status, 1), self.cancel_button),
            (self.views, 1),
            parent=right,
            margins=(0, 0, 0, 0),
        )
        hbox(left, (right, 1), parent=self)
        self._show_running(False)
        self._load(self._settings.extra.get(SELECTED_KEY))
        self._resume()

    # -- the Panel protocol -------------------------------------------------------------------

    def refresh_models(self) -> None:
        """An embedding model may have been downloaded or a provider set up: the choices are read again."""
        self._fill_embedding_choices()
        self._show_collection(self.selected, files=False)

    def _fill_embedding_choices(self) -> None:
        self._choices = self._services.embedding_choices()
        self.embedding.clear()
        self.embedding.addItem(translate("DocumentsPanel", NO_MODEL), None)
        for choice in self._choices:
            self.embedding.addItem(choice.label, choice.model_id)

    @property
    def active_model_ids(self) -> set[str]:
        return set()

    def shutdown(self) -> None:
        self._queue.clear()
        self.search_view.shutdown()
        self.check_view.shutdown()
        if self._worker is not None:
            # Everything finished is kept; the next start resumes the rest.
            self._worker.cancel()
            self._worker.wait(SHUTDOWN_WAIT_MS)
            self._worker.discard()
            self._worker = None

    # -- what the buttons do, callable from tests and scripts ---------------------------------

    @property
    def selected(self) -> str:
        item = self.collections.currentItem()
        return item.text() if item is not None else ""

    @property
    def is_indexing(self) -> bool:
        return self._worker is not None

    def create_collection(self, name: str) -> bool:
        try:
            self._store.create_collection(name)
        except UserFacingError as exc:
            self._warn(self.tr("Cannot create the collection"), exc)
            return False
        self._load(name.strip())
        return True

    def delete_collection(self, name: str) -> bool:
        """Deletes ``name`` once the person agrees; True when deleted."""
        summary = self._summaries.get(name)
        if summary is None:
            return False
        question = self.tr(
            "Delete the collection “{name}” and its index of %n file(s)? The files themselves stay where they are.",
            None,
            summary.files,
        ).format(name=name)
        if not confirm(self, self.tr("Delete collection"), question):
            return False
        if self._worker is not None and self._worker.collection == name:
            self._worker.cancel()
            self._worker.wait(SHUTDOWN_WAIT_MS)
        self._queue = [queued for queued in self._queue if queued != name]
        self._store.delete_collection(name)
        self._load(None)
        return True

    def add_paths(self, paths: Sequence[Path]) -> None:
        """Adds files or folders to the selected collection and indexes it."""
        name = self.selected
        if not name or not paths:
            return
        self._store.add_roots(name, paths)
        self._show_collection(name)
        self.index(name)

    def remove_paths(self, roots: Sequence[str]) -> None:
        name = self.selected
        for root in roots:
            try:
                self._store.remove_root(name, Path(root))
            except UserFacingError as exc:
                self._warn(self.tr("Cannot remove the path"), exc)
        self._refresh_summaries()
        self._show_collection(name)

    def index(self, name: str) -> None:
        """Indexes ``name`` now, or after the run in progress (a run for it already queued is enough)."""
        if name in self._queue:
            return
        self._queue.append(name)
        if self._worker is None:
            self._start_next()

    def set_embedding_model(self, model_id: str | None) -> bool:
        """Changes the selected collection's embedding model, asking first when vectors would be dropped."""
        name = self.selected
        summary = self._summaries.get(name)
        if summary is None or summary.collection.embedding_model == model_id:
            return False
        old = summary.collection.embedding_model
        if old is not None and summary.passages:
            question = (
                self.tr(
                    "Re-embed %n passage(s) of “{name}” with {model}? The vectors from {old} are deleted.",
                    None,
                    summary.passages,
                )
                if model_id
                else self.tr(
                    "Drop the vectors of %n passage(s) of “{name}”? Search will be by keyword only. "
                    "The vectors from {old} are deleted.",
                    None,
                    summary.passages,
                )
            ).format(name=name, model=model_id, old=old)
            if not confirm(self, self.tr("Change embedding model"), question):
                self._show_collection(name)
                return False
        if self._worker is not None and self._worker.collection == name:
            self._worker.cancel()
        self._store.set_embedding_model(name, model_id)
        self._refresh_summaries()
        self._show_collection(name)
        if model_id is not None:
            self.index(name)
        return True

    # -- loading and showing --------------------------------------------------------------------

    def _refresh_summaries(self) -> None:
        self._summaries = {summary.collection.name: summary for summary in self._store.collections()}

    def _load(self, select: str | None) -> None:
        """Lists the collections again, selecting ``select`` (or the current one, or the first)."""
        current = select or self.selected
        self._refresh_summaries()
        blocked = self.collections.blockSignals(True)
        self.collections.clear()
        self.collections.addItems(list(self._summaries))
        matches = self.collections.findItems(current, Qt.MatchFlag.MatchExactly) if current else []
        if matches:
            self.collections.setCurrentItem(matches[0])
        elif self.collections.count():
            self.collections.setCurrentRow(0)
        self.collections.blockSignals(blocked)
        self._show_collection(self.selected)

    def _show_collection(self, name: str, *, files: bool = True) -> None:
        """Shows the collection; ``files`` False keeps the file table, which an index run kept up to date."""
        self._settings.extra[SELECTED_KEY] = name
        summary = self._summaries.get(name)
        has = summary is not None
        for widget in (self.delete_button, self.add_files_button, self.add_folder_button, self.rescan_button,
                       self.embedding, self.views):  # fmt: skip
            widget.setEnabled(has)
        self.roots.clear()
        if summary is None:
            self.title.setText(self.tr("No collection yet: press New… to make one, then add files or folders to it."))
            self.privacy.setText("")
            self.file_table.set_files((), ())
            self.search_view.set_collection("", None)
            self.check_view.set_collection("", None)
            self.remove_button.setEnabled(False)
            return
        record = self._store.collection(name)
        self.roots.addItems(list(record.roots))
        self.remove_button.setEnabled(bool(record.roots))
        self.title.setText(self.tr("{name}: {summary}").format(name=name, summary=self._summary_text(summary)))
        model = record.embedding_model
        index = self.embedding.findData(model)
        if index < 0:
            self.embedding.addItem(str(model), model)
            index = self.embedding.count() - 1
        self.embedding.setCurrentIndex(index)
        self.privacy.setText(self._privacy_text(name, model))
        if files:
            self.file_table.set_files(record.roots, self._store.files(name))
        self.search_view.set_collection(name, model)
        self.check_view.set_collection(name, model)

    def _summary_text(self, summary: CollectionSummary) -> str:
        parts = [self.tr("%n file(s)", None, summary.files), self.tr("%n passage(s)", None, summary.passages)]
        parts += [
            self.tr("{count} {status}", "a number of files and their status: 3 skipped").format(
                count=integer(count), status=status_text(status)
            )
            for status, count in sorted(summary.by_status.items())
            if status != "indexed"
        ]
        return " · ".join(parts)

    def _privacy_text(self, name: str, model: str | None) -> str:
        if model is None:
            return self.tr("Keyword search: nothing leaves this computer.")
        choice = next((c for c in self._choices if c.model_id == model), None)
        destination = choice.destination if choice is not None else _destination_of(model)
        if destination:
            return self.tr("Passages from “{name}” → {destination}").format(name=name, destination=destination)
        return self.tr("Embedded on this computer: nothing leaves it.")

    def _resume(self) -> None:
        """Collections the last run left mid-index (pending files, or passages waiting for vectors) go on."""
        for name, summary in self._summaries.items():
            waiting = summary.by_status.get("extracted") and summary.collection.embedding_model
            if summary.by_status.get("pending") or waiting:
                self.index(name)

    def _warn(self, title: str, exc: UserFacingError) -> None:
        QMessageBox.warning(self, title, core_text(exc))

    # -- indexing -------------------------------------------------------------------------------

    def _start_next(self) -> None:
        while self._queue:
            name = self._queue.pop(0)
            if name in self._summaries:
                break
        else:
            self._show_running(False)
            return
        worker = IndexWorker(self._store, self._services.pipeline(), name, self._services.open_embedder,
                             self._local_busy, self)  # fmt: skip
        worker.progress.connect(self._on_worker_progress)
        worker.paused.connect(self._on_worker_paused)
        worker.succeeded.connect(self._on_worker_succeeded)
        worker.failed.connect(self._on_worker_failed)
        worker.cancelled.connect(self._on_worker_cancelled)
        self._worker = worker
        self.progress.setRange(0, 0)
        self.index_status.setText(self.tr("Indexing “{name}”: looking for files…").format(name=name))
        self._show_running(True)
        worker.start()

    def _show_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _finished(self, text: str) -> None:
        name = self._worker.collection if self._worker is not None else ""
        self._worker = None
        self.index_status.setText(text)
        self._refresh_summaries()
        if name == self.selected:
            self._show_collection(name, files=False)
        self._start_next()

    @Slot(object)
    def _on_worker_progress(self, reports: object) -> None:
        assert isinstance(reports, list) and reports and self._worker is not None
        name = self._worker.collection
        if name == self.selected:
            events = [(report.phase, report.event) for report in reports if report.event is not None]
            for _phase, event in (e for e in events if e[0] == "embedding"):
                self.file_table.mark_indexed(event.path)
            self.file_table.show_outcomes([event for phase, event in events if phase != "embedding"])
        self._show_progress(name, reports[-1])

    def _show_progress(self, name: str, report: IndexProgress) -> None:
        if report.phase == "embedding":
            self.progress.setRange(0, max(report.passages_to_embed, 1))
            self.progress.setValue(report.passages_embedded)
            text = self.tr("Embedding “{name}”: {done} of %n passage(s)", None, report.passages_to_embed).format(
                name=name, done=integer(report.passages_embedded)
            )
        elif report.phase == "extracting":
            self.progress.setRange(0, max(report.files_total, 1))
            self.progress.setValue(report.files_done)
            text = self.tr("Indexing “{name}”: {done} of %n file(s)", None, report.files_total).format(
                name=name, done=integer(report.files_done)
            )
            if report.pages_per_s:
                text += " · " + self.tr("{rate} pages/s").format(rate=number(report.pages_per_s, 0))
        else:
            return
        if report.eta_s is not None:
            text += " · " + self.tr("{time} left", "time remaining").format(time=_duration(report.eta_s))
        if report.current_file:
            text += f" · {Path(report.current_file).name}"
        self.index_status.setText(text)

    @Slot(bool)
    def _on_worker_paused(self, paused: bool) -> None:
        if paused:
            self.index_status.setText(self.tr("Indexing waits while a local model answers (they share the processor)…"))

    @Slot(object)
    def _on_worker_succeeded(self, result: object) -> None:
        assert isinstance(result, IndexResult)
        summary = result.summary
        # A file embedded after its extraction reports twice; skipped ones are reported on every run.
        read = {o.path for o in summary.outcomes if o.status in ("indexed", "extracted", "failed")}
        problems = {o.path for o in summary.outcomes if o.status in ("skipped", "failed")}
        done = (
            self.tr(
                "“{name}” is up to date: %n file(s) read in {seconds} s, {problems} skipped or failed "
                "(see Problems only).",
                None,
                len(read),
            )
            if problems
            else self.tr("“{name}” is up to date: %n file(s) read in {seconds} s.", None, len(read))
        )
        text = done.format(name=result.collection, seconds=number(summary.seconds, 1), problems=integer(len(problems)))
        if result.embedding_problem:
            problem = core_text(result.embedding_problem)
            text += " " + self.tr("Keyword search only: {problem}.").format(problem=problem)
        self._finished(text)

    @Slot(str, str)
    def _on_worker_failed(self, title: str, message: str) -> None:
        self._finished(self.tr("{title}: {message}").format(title=title, message=message))

    @Slot()
    def _on_worker_cancelled(self) -> None:
        name = self._worker.collection if self._worker is not None else ""
        self._finished(
            self.tr("Indexing “{name}” was cancelled; what was indexed is kept. Rescan to finish it.").format(name=name)
        )

    # -- controls -------------------------------------------------------------------------------

    @Slot(str)
    def _on_collections_current_text_changed(self, name: str) -> None:
        self._show_collection(name)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name of the new collection:"))
        if ok:
            self.create_collection(name)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_collection(self.selected)

    @Slot()
    def _on_add_files_button_clicked(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add files to “{name}”").format(name=self.selected))
        self.add_paths([Path(name) for name in names])

    @Slot()
    def _on_add_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to “{name}”").format(name=self.selected))
        if folder:
            self.add_paths([Path(folder)])

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        self.remove_paths([item.text() for item in self.roots.selectedItems()])

    @Slot()
    def _on_rescan_button_clicked(self) -> None:
        if self.selected:
            self.index(self.selected)

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        if self._worker is not None:
            self.cancel_button.setEnabled(False)
            self.index_status.setText(self.tr("Cancelling after the current file…"))
            self._worker.cancel()

    @Slot(int)
    def _on_embedding_activated(self, index: int) -> None:
        self.set_embedding_model(self.embedding.itemData(index))

    # -- drag and drop --------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if not self.selected and not self.create_collection(paths[0].stem or paths[0].name):
            return
        self.add_paths(paths)


def _button(text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


def _duration(seconds: float) -> str:
    if seconds < 90:
        return translate("DocumentsPanel", "about {seconds} s").format(seconds=integer(max(1, round(seconds))))
    if seconds < 5400:
        return translate("DocumentsPanel", "about {minutes} min").format(minutes=integer(round(seconds / 60)))
    return translate("DocumentsPanel", "about {hours} h").format(hours=number(seconds / 3600, 1))


def _destination_of(model_id: str) -> str | None:
    """Where a model that is not among the choices sends passages: its provider, or None when it is local."""
    from app.core.model_id import ModelId

    parsed = ModelId.parse(model_id)
    return None if parsed.is_local else parsed.prefix
