"""Translate text or whole files with one model, and see what the translation may have broken."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.core.engines.base import Engine
from app.core.history.results import file_translation_run_id
from app.core.tasks.batch import TranslateJob
from app.core.tasks.glossary import Glossary
from app.core.tasks.languages import detect_language
from app.core.tasks.tables import Table, read_table
from app.core.tasks.translation import TONES, TranslationOptions, TranslationResult, translate, translation_settings
from app.core.tasks.translation_checks import TranslationWarning
from app.core.tasks.translation_files import FILE_KINDS, FileProgress, FileTranslationResult, translate_file
from app.ui.i18n import core_text, duration, integer, stats_line
from app.ui.panels._task_panel import (
    TaskPanel,
    add_shortcuts,
    draft_edit,
    error_label,
    notice_label,
    panel_layout,
    progress_line,
    stats_label,
    tab_page,
)
from app.ui.panels.glossary_editor import GlossaryEditor
from app.ui.panels.translation_texts import CHECKS_PASSED as CHECKS_PASSED  # the tests compare with it
from app.ui.panels.translation_texts import checks_passed, file_filter, language_items, tone_name, warning_html
from app.ui.widgets.buttons import action_button
from app.ui.widgets.language_combo import LanguageCombo
from app.ui.widgets.layouts import NO_MARGINS, boxed, buddy, hbox, splitter, vbox
from app.ui.widgets.message_label import message_label
from app.ui.widgets.model_picker import ModelPicker
from app.workers.call_worker import CallWorker
from app.workers.task_worker import TaskWorker

if TYPE_CHECKING:
    from app.core.tasks.custom.spec import TaskSpec
    from app.ui.panels import PanelContext

#: Where the panel keeps its state in ``Settings.extra``.
SETTINGS_KEY = "translation"
AUTO = ""
DEFAULT_TARGET = "fr"


class TranslationPanel(TaskPanel):
    """The translation task: languages, tone, glossary, source beside the streamed translation.

    After each translation the core's checks run and any problem (a number
    or placeholder that went missing, the wrong language…) is listed under
    the output. "Translate file…" does a whole .txt/.md/.srt file or a CSV
    column into a new file; the Batch tab runs over a CSV/JSONL table.

    Its state (model, languages, tone, glossary) lives in
    ``settings.extra["translation"]``; the window saves the settings. With a
    ``store``, each finished translation (and each translated file) is saved
    in the history.

    Signals:
        providers_requested(): the notice's link to set up a provider was clicked.
    """

    TASK = "translate"

    def __init__(self, context: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(context, SETTINGS_KEY, parent)
        self._file_worker: TaskWorker | None = None
        self._reader: CallWorker | None = None
        self._source_text = ""
        #: The options of the translation running, for the history.
        self._options: TranslationOptions | None = None
        #: The input file and CSV column of the file translation running.
        self._file_input: tuple[Path, str | None] | None = None
        self._build()
        self._connect()
        self._picker.populate([self._state.get("model")])
        self._update_actions()

    # -- construction -------------------------------------------------------------

    def _build(self) -> None:
        self._picker = ModelPicker(self._models, self.tr("Translation model"))

        languages = language_items()
        self._source_language = LanguageCombo([(AUTO, self.tr("Detect language")), *languages])
        self._source_language.setAccessibleName(self.tr("Source language"))
        self._source_language.set_language(self._state.get("source", AUTO))
        self._target_language = LanguageCombo(languages)
        self._target_language.setAccessibleName(self.tr("Target language"))
        if not self._target_language.set_language(self._state.get("target", DEFAULT_TARGET)):
            self._target_language.set_language(DEFAULT_TARGET)
        self._swap_button = action_button(
            "⇄", self.tr("Swap languages"), self.tr("Swap the languages and the texts (Ctrl+Shift+S)")
        )
        self._swap_button.setFixedWidth(44)
        self._swap_button.setStyleSheet("min-width: 0px; padding: 5px 6px;")

        self._tone = QComboBox()
        self._tone.setAccessibleName(self.tr("Tone"))
        for tone in TONES:
            self._tone.addItem(tone_name(tone), tone)
        self._tone.setCurrentIndex(max(0, self._tone.findData(self._state.get("tone", "neutral"))))

        self._glossary_button = action_button(
            "", self.tr("Glossary"), self.tr("Terms that must be translated a given way")
        )
        self._glossary_button.setCheckable(True)

        languages_row = hbox(
            buddy(self.tr("&From"), self._source_language),
            (self._source_language, 1),
            self._swap_button,
            buddy(self.tr("T&o"), self._target_language),
            (self._target_language, 1),
            12,
            buddy(self.tr("To&ne"), self._tone),
            self._tone,
            12,
            self._glossary_button,
            spacing=8,
        )

        self._glossary_box = GlossaryEditor(self._state)
        self._glossary_box.hide()
        self._update_glossary_button(len(self._glossary_box.pairs()))

        self._notice = notice_label(self.tr("Translation notice"))

        names = (self.tr("Translation mode"), self.tr("Translation batch"))
        self._build_mode_tabs(self._build_text_tab(), "translate", names)

        panel_layout(self, self._picker, languages_row, self._glossary_box, self._notice, (self._tabs, 1))

        add_shortcuts(
            self,
            {
                "Ctrl+Return": self._on_translate_button_clicked,
                "Esc": self._on_stop_button_clicked,
                "Ctrl+Shift+S": self._on_swap_button_clicked,
            },
        )

    def _build_text_tab(self) -> QWidget:
        self._source = draft_edit(
            self.tr("Source text"), self.tr("Text to translate — Ctrl+Enter translates"), self._state.get("draft", "")
        )
        self._output = QPlainTextEdit()
        self._output.setAccessibleName(self.tr("Translation"))
        self._output.setReadOnly(True)
        self._output.setPlaceholderText(self.tr("The translation appears here."))

        self._warnings = message_label(self.tr("Translation warnings"), selectable=True)
        self._checks_ok = QLabel(checks_passed())
        self._checks_ok.setObjectName("secondaryText")
        self._checks_ok.setAccessibleName(self.tr("Checks"))
        self._checks_ok.setWordWrap(True)
        self._checks_ok.hide()
        self._stats = stats_label(self.tr("Translation stats"))
        output_box = boxed(
            vbox((self._output, 1), self._warnings, self._checks_ok, self._stats, margins=NO_MARGINS, spacing=6)
        )

        source_beside_output = splitter(Qt.Orientation.Horizontal, (self._source, 1), (output_box, 1))

        self._error = error_label(self.tr("Translation error"))

        self._file_button = action_button(self.tr("Translate file…"), self.tr("Translate file"),
                                          self.tr("Translate a .txt, .md, .srt file or a CSV column into a new file"))  # fmt: skip
        self._copy_button = action_button(
            self.tr("Copy"), self.tr("Copy translation"), self.tr("Copy the translation (Ctrl+Shift+C)")
        )
        self._stop_button = action_button(
            self.tr("Stop"), self.tr("Stop translation"), self.tr("Stop translating (Esc)")
        )
        #: The button that translates the typed text
        translate_text = self.tr("Translate", "verb")
        self._translate_button = action_button(
            translate_text, translate_text, self.tr("Translate the text (Ctrl+Enter)")
        )
        self._translate_button.setObjectName("primaryButton")
        actions = self._actions_row(self.tr("Translation status"), self._save_as_task_button(), self._file_button,
                                    self._copy_button, self._stop_button, self._translate_button)  # fmt: skip

        self._file_progress = progress_line(self.tr("File progress"))
        self._file_status = QLabel()
        self._file_status.setObjectName("statusLine")
        self._file_status.setAccessibleName(self.tr("File status"))
        self._cancel_file_button = action_button(
            self.tr("Cancel"), self.tr("Cancel file"), self.tr("Stop translating the file; nothing is written")
        )
        self._file_box = boxed(
            hbox(self._file_status, (self._file_progress, 1), self._cancel_file_button, margins=NO_MARGINS, spacing=8)
        )
        self._file_box.hide()

        page = tab_page((source_beside_output, 1), self._error, self._file_box, actions)
        add_shortcuts(page, {"Ctrl+Shift+C": self._on_copy_button_clicked})
        return page

    def _connect(self) -> None:
        self._connect_task()
        self._source_language.language_changed.connect(self._remember("source"))
        self._target_language.language_changed.connect(self._remember("target"))
        self._swap_button.clicked.connect(self._on_swap_button_clicked)
        self._tone.currentIndexChanged.connect(self._on_tone_current_index_changed)
        self._glossary_button.toggled.connect(self._on_glossary_button_toggled)
        self._glossary_box.terms_changed.connect(self._on_glossary_box_terms_changed)
        self._glossary_box.import_started.connect(self._on_glossary_box_import_started)
        self._glossary_box.import_ended.connect(self._on_glossary_box_import_ended)
        self._source.textChanged.connect(self._on_source_text_changed)
        self._translate_button.clicked.connect(self._on_translate_button_clicked)
        self._copy_button.clicked.connect(self._on_copy_button_clicked)
        self._file_button.clicked.connect(self._on_file_button_clicked)
        self._cancel_file_button.clicked.connect(self._on_cancel_file_button_clicked)

    # -- public API ---------------------------------------------------------------

    @property
    def glossary(self) -> Glossary:
        """The glossary as edited (rows with an empty cell left out)."""
        return self._glossary_box.glossary

    def import_glossary(self, path: Path) -> None:
        """Add the term pairs of a CSV file (read in the background) to the glossary."""
        self._glossary_box.import_csv(path)

    def translate_file(self, input_path: Path, output_path: Path, column: str | None = None) -> None:
        """Translate a whole file into ``output_path`` in the background (progress below the texts)."""
        started = self._prepare_or_show()
        if started is None:
            return
        engine, options = started
        self._options = options
        self._file_input = (input_path, column)
        self._file_worker = TaskWorker(
            lambda cancel, report: translate_file(
                engine, input_path, output_path, options, column=column, on_progress=report, cancel=cancel
            ),
            f"Translating {input_path.name}",
            self,
        )
        self._file_worker.progress.connect(self._on_file_worker_progress)
        self._file_worker.succeeded.connect(self._on_file_worker_succeeded)
        self._file_worker.cancelled.connect(self._on_file_worker_cancelled)
        self._file_worker.failed.connect(self._on_file_worker_failed)
        self._file_progress.setRange(0, 0)
        self._file_status.setText(self.tr("Translating {name}…").format(name=input_path.name))
        self._file_box.show()
        self._set_status(
            self.tr("Translating {name} into {output}…").format(name=input_path.name, output=output_path.name)
        )
        self._update_actions()
        self._file_worker.start()

    def shutdown(self) -> None:
        """Stop running work and wait for it (closing the window)."""
        self._shutdown_workers(self._worker, self._file_worker, self._reader, self._glossary_box.reader)

    # -- slots: settings ------------------------------------------------------------

    @Slot(int)
    def _on_tone_current_index_changed(self, _index: int) -> None:
        self._state["tone"] = self._tone.currentData()

    @Slot()
    def _on_source_text_changed(self) -> None:
        self._state["draft"] = self._source.toPlainText()
        self._update_actions()

    @Slot()
    def _on_swap_button_clicked(self) -> None:
        if self._busy_now():
            return
        source = self._source_language.language
        target = self._target_language.language
        if source == AUTO:
            # The person never said what the text is in: guess, from the text itself.
            source = detect_language(self._source.toPlainText()) or ""
            if self._target_language.findData(source) < 0:
                self._set_status(self.tr("Choose the source language first, then swap."))
                self._source_language.setFocus()
                return
        self._target_language.set_language(source)
        self._source_language.set_language(target)
        translation = self._output.toPlainText()
        if translation.strip():
            self._source.setPlainText(translation)
            self._output.setPlainText(self._source_text)
            self._source_text = translation
            self._clear_checks()
        self._set_status(self.tr("Languages swapped."))
        self._update_actions()

    # -- slots: glossary ------------------------------------------------------------

    @Slot(bool)
    def _on_glossary_button_toggled(self, checked: bool) -> None:
        self._glossary_box.setVisible(checked)

    @Slot(int)
    def _on_glossary_box_terms_changed(self, count: int) -> None:
        self._update_glossary_button(count)

    @Slot()
    def _on_glossary_box_import_started(self) -> None:
        self._update_actions()

    @Slot(str)
    def _on_glossary_box_import_ended(self, done: str) -> None:
        self._glossary_button.setChecked(True)
        if done:
            self._set_status(done)
        self._update_actions()

    # -- slots: translating -----------------------------------------------------------

    @Slot()
    def _on_translate_button_clicked(self) -> None:
        if not self._translate_button.isEnabled():
            return
        started = self._prepare_text(self._source, self.tr("Type or paste some text first."))
        if started is None:
            return
        text, engine, options = started
        self._options = options
        self._source_text = text
        self._output.clear()
        self._clear_checks()
        worker = TaskWorker(
            lambda cancel, report: translate(engine, text, options, cancel=cancel, on_text=report),
            "Translation",
            self,
        )
        worker.progress.connect(self._on_worker_progress)
        self._start_worker(worker, self.tr("Translating…"))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        text = self._output.toPlainText()
        if text:
            QGuiApplication.clipboard().setText(text)
            self._set_status(self.tr("Translation copied."))

    @Slot(object)
    def _on_worker_progress(self, delta: object) -> None:
        if self._worker is None or self._worker.cancel_requested or not isinstance(delta, str):
            return
        # Appended at the end, never re-set: the whole text is not re-laid out per token.
        cursor = self._output.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(delta)

    @Slot(object)
    def _on_worker_succeeded(self, result: TranslationResult) -> None:
        # The streamed text may carry what small models wrap around a translation; show the cleaned one.
        self._output.setPlainText(result.text)
        self._show_checks([("", w) for w in result.warnings])
        self._stats.setText(stats_line(result.stats, priced=self._picker.is_remote))
        if self._store is not None and self._options is not None:
            options = self._options
            self._save_result(self._store.save_translation, model_id=self._active_model, source_language=options.source,
                              target_language=options.target, source_text=self._source_text, text=result.text,
                              settings=translation_settings(options), stats=result.stats.to_dict())  # fmt: skip
        count = len(result.warnings)
        self._set_status(self.tr("Done, with %n warning(s).", None, count) if count else self.tr("Done."))
        self._end_worker()

    @Slot()
    def _on_worker_cancelled(self) -> None:
        self._end_worker()
        self._set_status(self.tr("Stopped. The partial translation is not checked."))

    # -- slots: files -------------------------------------------------------------------

    @Slot()
    def _on_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Translate a file"), self._state.get("folder", ""), file_filter()
        )
        if not path:
            return
        input_path = Path(path)
        self._state["folder"] = str(input_path.parent)
        if input_path.suffix.lower() not in FILE_KINDS:
            self._show_error(
                self.tr("This kind of file cannot be translated"),
                self.tr("{name} is not one of {kinds}. Choose another file.").format(
                    name=input_path.name, kinds=", ".join(FILE_KINDS)
                ),
            )
            return
        if input_path.suffix.lower() == ".csv":
            # The column is asked for once the header has been read (in the background).
            self._reader = CallWorker(lambda: read_table(input_path), f"Reading {input_path.name}", self)
            self._reader.succeeded.connect(self._on_csv_reader_succeeded)
            self._reader.failed.connect(self._on_csv_reader_failed)
            self._update_actions()
            self._reader.start()
            return
        self._ask_output_and_translate(input_path, None)

    @Slot(object)
    def _on_csv_reader_succeeded(self, table: Table) -> None:
        self._end_reader()
        columns = list(table.columns)
        remembered = self._state.get("file_column")
        current = columns.index(remembered) if remembered in columns else 0
        column, ok = QInputDialog.getItem(
            self,
            self.tr("Column to translate"),
            self.tr("Which column of {name} should be translated?").format(name=table.path.name),
            columns,
            current,
            False,
        )
        if ok and column:
            self._state["file_column"] = column
            self._ask_output_and_translate(table.path, column)

    @Slot(str, str)
    def _on_csv_reader_failed(self, title: str, message: str) -> None:
        self._end_reader()
        self._show_error(core_text(title), message)

    @Slot()
    def _on_cancel_file_button_clicked(self) -> None:
        if self._file_worker is not None and not self._file_worker.cancel_requested:
            self._file_worker.cancel()
            self._file_status.setText(self.tr("Cancelling…"))
            self._update_actions()

    @Slot(object)
    def _on_file_worker_progress(self, progress: FileProgress) -> None:
        self._file_progress.setRange(0, max(1, progress.total))
        self._file_progress.setValue(progress.done)
        if self._file_worker is not None and self._file_worker.cancel_requested:
            return
        text = self.tr("{done} / {total} parts").format(done=integer(progress.done), total=integer(progress.total))
        if progress.eta_s is not None:
            left = self.tr("about {duration} left").format(duration=duration(progress.eta_s))
            text = f"{text} · {left}"
        self._file_status.setText(text)

    @Slot(object)
    def _on_file_worker_succeeded(self, result: FileTranslationResult) -> None:
        self._end_file_worker()
        self._clear_checks()
        part = self.tr("Part {number}: ")
        self._show_checks([(part.format(number=number), w) for number, w in result.warnings], summary_only=True)
        self._stats.setText(stats_line(result.stats, priced=self._picker.is_remote))
        if self._store is not None and self._options is not None and self._file_input is not None:
            input_path, column = self._file_input
            summary = {"chunks": result.chunks, "warnings": len(result.warnings), "column": column,
                       "settings": translation_settings(self._options), "stats": result.stats.to_dict()}  # fmt: skip
            self._save_result(self._store.save_batch_run, run_id=file_translation_run_id(result.output_path),
                              task="translate-file", model_id=self._active_model, input_path=str(input_path.resolve()),
                              output_path=str(result.output_path.resolve()), summary=summary)  # fmt: skip
        count = len(result.warnings)
        parts = self.tr("%n part(s)", None, result.chunks)
        if count:
            warnings = self.tr("%n warning(s)", None, count)
            done = self.tr("Saved {path} ({parts}, {warnings}).").format(
                path=result.output_path, parts=parts, warnings=warnings
            )
        else:
            done = self.tr("Saved {path} ({parts}).").format(path=result.output_path, parts=parts)
        self._set_status(done)

    @Slot()
    def _on_file_worker_cancelled(self) -> None:
        self._end_file_worker()
        self._set_status(self.tr("File translation cancelled; nothing was written."))

    @Slot(str, str)
    def _on_file_worker_failed(self, title: str, message: str) -> None:
        self._end_file_worker()
        title = core_text(title)
        self._show_error(title, message)
        self._set_status(self.tr("{title}. Nothing was written.").format(title=title))

    # -- helpers ----------------------------------------------------------------------------

    def _prepare(self) -> tuple[Engine, TranslationOptions]:
        """The selected engine and the options as set; raises ``UserFacingError`` when it cannot run."""
        model_id = self._selected_model()
        return self._use_engine(model_id), self._set_up()

    def _set_up(self) -> TranslationOptions:
        return TranslationOptions(target=self._target_language.language, source=self._source_language.language or None,
                                  tone=self._tone.currentData(), glossary=self.glossary)  # fmt: skip

    def _as_task(self) -> TaskSpec:
        from app.ui.panels.tasks.save_as_task import translation_task

        return translation_task(self._set_up())

    def _prepare_batch(self) -> tuple[Engine, TranslateJob]:
        engine, options = self._prepare()
        return engine, TranslateJob(options)

    def _ask_output_and_translate(self, input_path: Path, column: str | None) -> None:
        suffix = input_path.suffix
        suggestion = input_path.with_name(f"{input_path.stem}.{self._target_language.language}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the translation as"), str(suggestion), f"*{suffix}")
        if not path:
            return
        output_path = Path(path)
        if output_path.resolve() == input_path.resolve():
            self._show_error(
                self.tr("The translation would overwrite the original"), self.tr("Choose another file name.")
            )
            return
        self.translate_file(input_path, output_path, column)

    def _update_glossary_button(self, count: int) -> None:
        self._glossary_button.setText(
            self.tr("Glossary ({count})").format(count=count) if count else self.tr("Glossary")
        )

    def _show_checks(self, warnings: list[tuple[str, TranslationWarning]], summary_only: bool = False) -> None:
        if warnings:
            shown = warnings[:8]
            more = len(warnings) - len(shown)
            html = warning_html(shown) + ("<br>" + self.tr("…and %n more.", None, more) if more else "")
            self._warnings.setText(html)
            self._warnings.show()
            self._checks_ok.hide()
        else:
            self._warnings.hide()
            self._checks_ok.setText(self.tr("Every part passed the checks.") if summary_only else checks_passed())
            self._checks_ok.show()

    def _clear_checks(self) -> None:
        self._warnings.hide()
        self._checks_ok.hide()
        self._stats.clear()
        self._error.hide()

    def _busy_now(self) -> bool:
        return self._worker is not None or self._file_worker is not None or self._batch.is_running

    def _end_file_worker(self) -> None:
        if self._file_worker is not None:
            self._file_worker.deleteLater()
        self._file_worker = None
        self._file_box.hide()
        self._update_actions()

    def _end_reader(self) -> None:
        if self._reader is not None:
            self._reader.deleteLater()
        self._reader = None
        self._update_actions()

    def _update_actions(self) -> None:
        busy = self._busy_now()
        can_run = self._picker.can_run
        self._picker.set_picking_enabled(not busy)
        self._translate_button.setEnabled(can_run and not busy and bool(self._source.toPlainText().strip()))
        self._stop_button.setEnabled(self._worker is not None and not self._worker.cancel_requested)
        reading = self._reader is not None or self._glossary_box.reader is not None
        self._file_button.setEnabled(can_run and not busy and not reading)
        self._cancel_file_button.setEnabled(self._file_worker is not None and not self._file_worker.cancel_requested)
        self._copy_button.setEnabled(bool(self._output.toPlainText()) and self._worker is None)
        self._swap_button.setEnabled(not busy)
        self._glossary_box.set_import_enabled(not reading)
