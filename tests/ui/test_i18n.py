"""The window's language: which one is chosen, Qt's translators, locale formats, core text, the sources' state."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.compare.results import METRIC_INFO
from app.core.engines.base import Stats
from app.core.errors import ModelNotFoundError
from app.core.settings import Settings
from app.core.ui_text import ui_join, ui_text
from app.ui import i18n
from app.ui.language_menu import LanguageMenu, attach_language_menu
from app.ui.window_menus import FILE_MENU

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import i18n as i18n_tool  # noqa: E402  (scripts/i18n.py, the .ts tooling)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield i18n.install
    i18n.install("en")


# -- which language --------------------------------------------------------------------------


def test_plinth_lang_overrides_the_setting_which_overrides_the_system() -> None:
    assert i18n.chosen_language("fr", {"PLINTH_LANG": "pt_BR"}, ["de-DE"]) == "pt_BR"
    assert i18n.chosen_language("fr", {}, ["de-DE"]) == "fr"
    assert i18n.chosen_language("", {}, ["de-DE", "en-US"]) == "de"
    # The first system language Plinth speaks; none: English.
    assert i18n.chosen_language("", {}, ["ko-KR", "ja-JP"]) == "ja"
    assert i18n.chosen_language("", {}, ["ko-KR"]) == "en"
    assert i18n.chosen_language("", {}, ["C"]) == "en"


@pytest.mark.parametrize(
    ("name", "code"),
    [("pt-BR", "pt_BR"), ("pt_BR.UTF-8", "pt_BR"), ("de_AT", "de"), ("zh-Hans-CN", "zh_CN"), ("AR", "ar"),
     ("vi_VN", "vi"), ("klingon", None), ("", None), ("POSIX", None)],
)  # fmt: skip
def test_locale_names_map_to_shipped_languages(name: str, code: str | None) -> None:
    assert i18n.shipped_code(name) == code


def test_an_unknown_override_falls_back_to_the_setting() -> None:
    assert i18n.chosen_language("vi", {"PLINTH_LANG": "xx"}, []) == "vi"


# -- translators, direction, formats ---------------------------------------------------------


def test_arabic_lays_the_window_out_right_to_left_and_english_back(language, qapp: QApplication) -> None:
    assert language("ar") == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.current_language() == "ar"
    assert language("en") == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_application_starts_in_the_chosen_language(
    language, monkeypatch: pytest.MonkeyPatch, app_style: None
) -> None:
    """The real start (``app.ui.app.application``): PLINTH_LANG, else the setting."""
    from app.ui.app import application

    monkeypatch.delenv("PLINTH_LANG")
    application([], "pt_BR")
    assert i18n.current_language() == "pt_BR"
    monkeypatch.setenv("PLINTH_LANG", "ja")
    application([], "pt_BR")
    assert i18n.current_language() == "ja"


def test_a_language_without_its_file_stays_english(language, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "qm_path", lambda code: str(tmp_path / f"plinth_{code}.qm"))
    assert language("de") == "en"
    assert i18n.number(1234.5) == "1,234.5"


def test_numbers_sizes_money_and_dates_follow_the_locale(language) -> None:
    assert (i18n.number(1234.5), i18n.integer(12345), i18n.size(1.4e9)) == ("1,234.5", "12,345", "1.4 GB")
    assert (i18n.money(0.0012), i18n.money(0), i18n.percent(0.91)) == ("$0.0012", "$0", "91.0%")
    language("de")
    assert (i18n.number(1234.5), i18n.integer(12345), i18n.size(1.4e9)) == ("1.234,5", "12.345", "1,4 GB")
    assert i18n.money(0.0012) == "0,0012\xa0$"
    assert i18n.duration(0.42) == "0,42 s"
    assert i18n.date_time(datetime(2026, 3, 4, 13, 5)) == "04.03.26 13:05"
    language("fr")
    assert i18n.number(1234.5) == "1\u202f234,5"


def test_durations_read_in_the_biggest_sensible_units() -> None:
    assert [i18n.duration(s) for s in (0.42, 12.4, 200, 3900)] == ["0.42 s", "12 s", "3 min 20 s", "1 h 05 min"]


def test_a_money_figure_below_a_cent_keeps_its_first_digits() -> None:
    assert i18n.money(0.00000123) == "$0.00000123"


# -- text made in app/core -------------------------------------------------------------------


def test_core_text_is_english_to_the_command_line_and_translated_in_the_window(language) -> None:
    text = ui_text("Nothing was sent off this computer.")
    assert text == "Nothing was sent off this computer."
    assert i18n.core_text(text) == text
    language("de")
    assert i18n.core_text(text) != text
    assert i18n.core_text("a model's own answer") == "a model's own answer"


def test_core_text_fills_arguments_after_translating_and_joins_parts(language) -> None:
    language("fr")
    made = ui_join([ui_text("{model} was stopped.", model="work:gpt-4o"), ui_text("Nothing was measured yet.")])
    shown = i18n.core_text(made)
    first, _, second = shown.partition(" ")
    assert "work:gpt-4o" in shown
    assert "was stopped" not in shown and "Nothing was measured" not in shown
    assert i18n.core_text(ui_text("Nothing was measured yet.")) in shown
    assert first and second


def test_an_error_that_crossed_a_signal_as_text_is_still_translated(language) -> None:
    """A worker's ``failed(str, str)`` carries ``str(error)``: the window finds its parts again by their English."""
    error = ModelNotFoundError(ui_text("{model} failed ({error}).", model="m1", error="x"), ui_text("speed unknown"))
    as_text = str(str(error))
    assert as_text == "m1 failed (x). speed unknown"
    language("es")
    assert i18n.core_text("".join(as_text)) == "m1 falló (x). velocidad desconocida"
    assert i18n.core_text("m1 failed (x) and more") == "m1 failed (x) and more"


def test_a_core_message_read_back_as_plain_text_is_recognised_by_its_template(language) -> None:
    """A reason stored in a database comes back as plain English: its template is found, its values kept."""
    stored = "".join(["Only ", "zz-model-7", " finished, so there is nothing to compare."])
    language("es")
    assert i18n.core_text(stored) == "Solo zz-model-7 terminó, así que no hay nada que comparar."
    assert i18n.core_text("Only a model's own words here.") == "Only a model's own words here."


def test_core_templates_are_up_to_date(tmp_path: Path) -> None:
    assert i18n_tool.write_core_templates(tmp_path / "t.json").read_text() == i18n_tool.CORE_TEMPLATES.read_text()


def test_a_text_joined_from_one_plain_part_is_shown_once(language) -> None:
    """A one-part join has the same English as its part: finding the part again must not loop."""
    joined = ui_join(["page 4 of notes.txt"])
    language("de")
    assert i18n.core_text(joined) == "page 4 of notes.txt"
    assert (
        i18n.core_text(ui_join([joined, ui_text("speed unknown")])) == "page 4 of notes.txt Geschwindigkeit unbekannt"
    )


def test_a_workers_failure_is_shown_translated_in_an_error_line(qtbot: QtBot, language) -> None:
    """Workers send ``failed(title, str(error))``: the shared error line shows both in the window's language."""
    from PySide6.QtWidgets import QLabel

    from app.ui.panels._task_panel import show_error_in

    error = ModelNotFoundError(ui_text("Only {model} finished, so there is nothing to compare.", model="w9"))
    title, message = error.title, "".join(str(error))
    label = QLabel()
    qtbot.addWidget(label)
    language("es")
    show_error_in(label, title, message)
    assert label.text() == "<b>Modelo no encontrado.</b> Solo w9 terminó, así que no hay nada que comparar."


def test_error_titles_and_metric_names_are_translated(language) -> None:
    error = ModelNotFoundError("No such model.", "Pick another one.")
    assert i18n.error_title(error) == "Model not found"
    language("ja")
    assert i18n.error_title(error) not in ("", "Model not found")
    assert i18n.core_text(METRIC_INFO["tokens_per_s"].label) != "Speed"
    assert i18n.metric("tokens_per_s", 1234.5).startswith("1,234.5")


def test_stats_line_reads_like_the_command_lines_in_english() -> None:
    stats = Stats(ttft_s=0.42, tokens_per_s=31.4, tokens_in=12, tokens_out=40, cost_usd=0.0012, cached_tokens=3)
    assert i18n.stats_line(stats) == stats.summary()


# -- the language setting --------------------------------------------------------------------


def test_choosing_a_language_saves_it_and_offers_a_restart(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLINTH_LANG", raising=False)
    window = QMainWindow()
    qtbot.addWidget(window)
    file_menu = window.menuBar().addMenu("&File")
    file_menu.setObjectName(FILE_MENU)
    file_menu.addSeparator()
    file_menu.addAction("&Quit")
    settings = Settings()
    saved: list[str] = []
    restarted: list[bool] = []
    menu = LanguageMenu(window, settings, lambda: saved.append(settings.language), lambda: restarted.append(True))
    assert menu.actions[""].isChecked()

    def press_restart() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_restart)
            return
        assert "Tiếng Việt" in box.text()
        next(b for b in box.buttons() if b.text() == "Restart now").click()

    QTimer.singleShot(0, press_restart)
    menu.actions["vi"].trigger()
    assert settings.language == "vi" and saved == ["vi"] and restarted == [True]
    assert menu.actions["vi"].isChecked() and not menu.actions[""].isChecked()
    # Attached to a window: File › Language sits above Quit.
    attach_language_menu(window, settings, lambda: None)
    titles = [a.text() for a in file_menu.actions()]
    assert titles.index("&Language") < titles.index("&Quit")


def test_the_menu_says_when_plinth_lang_overrides_it(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLINTH_LANG", "ar")
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(window, Settings(), lambda: None)
    notes = [a.text() for a in menu.menu.actions() if not a.isEnabled()]
    assert notes == ["PLINTH_LANG=ar is set: it overrides this choice"]


# -- the sources ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", i18n_tool.LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    assert i18n_tool.problems(code) == []


def test_english_reads_its_plurals_without_brackets() -> None:
    """``plinth_en.ts`` gives every "%n row(s)" its two English forms: "1 row", "2 rows"."""
    assert i18n_tool.problems("en") == []
    for _context, message in i18n_tool.messages(i18n_tool.ts_path("en")):
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and not any("(s)" in form or "(es)" in form for form in forms), forms


def test_english_plurals_are_installed(qapp: QApplication, language) -> None:
    language("en")
    assert i18n.stats_line(Stats(tokens_in=1, tokens_out=2, cached_tokens=1)).endswith("1 cached")
    assert "2 earliest messages left out" in i18n.stats_line(Stats(dropped_messages=2))
    assert "1 earliest message left out" in i18n.stats_line(Stats(dropped_messages=1))


def test_plurals_are_asked_for_where_lupdate_sees_them() -> None:
    """lupdate marks a "%n" message as a plural only in ``self.tr(..., None, n)``; ``translate("Ctx", "%n ...", None,
    n)`` loses the plural forms (or the whole message when n is not a plain name)."""
    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                and any(isinstance(a, ast.Constant) and "%n" in str(a.value) for a in node.args)
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []


def test_the_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """``make i18n`` would add nothing: lupdate over today's code finds no message the .ts lacks or keeps."""
    fresh = tmp_path / "plinth_de.ts"
    shutil.copy(i18n_tool.ts_path("de"), fresh)
    i18n_tool.run_lupdate(i18n_tool.lupdate_sources(), fresh)
    before = {i18n_tool.message_key(c, m) for c, m in i18n_tool.messages(i18n_tool.ts_path("de"))}
    after = {i18n_tool.message_key(c, m) for c, m in i18n_tool.messages(fresh)}
    assert sorted(after - before) == [], "new strings: run make i18n and translate them"
    assert sorted(before - after) == [], "strings no longer in the code: run make i18n"


@pytest.mark.parametrize("source", sorted(p.name for p in i18n_tool.TS_DIR.glob("*.ts")))
def test_compiled_translations_are_up_to_date_with_their_sources(source: str, tmp_path: Path) -> None:
    """The .qm the window loads is what lrelease makes of today's .ts (make rebuilds it)."""
    ts = i18n_tool.TS_DIR / source
    built = tmp_path / ts.with_suffix(".qm").name
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(built)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.is_file(), f"{shipped} is missing: run make"
    assert shipped.read_bytes() == built.read_bytes(), f"{shipped.name} is older than its .ts: run make"


def test_every_language_has_plinths_source_and_compiled_files() -> None:
    names = {p.name for p in i18n_tool.TS_DIR.glob("plinth_*.ts")}
    assert names == {f"plinth_{code}.ts" for code in (*i18n_tool.LANGUAGES, "en")}
