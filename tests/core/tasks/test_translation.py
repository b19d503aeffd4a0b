"""Translation: requests, checks on crafted outputs, language guesses, whole files with a scripted engine."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from fakes import FakeEngine

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import ChatRequest
from app.core.errors import UserFacingError
from app.core.tasks.glossary import Glossary
from app.core.tasks.languages import LANGUAGES, detect_language, find_language
from app.core.tasks.translation import TranslationOptions, clean_output, translate, translation_request
from app.core.tasks.translation_checks import check_translation
from app.core.tasks.translation_files import FileProgress, translate_file


def kinds(warnings: list) -> list[str]:
    return [w.kind for w in warnings]


# -- languages ----------------------------------------------------------------------------------


def test_at_least_forty_languages_with_unique_codes() -> None:
    assert len(LANGUAGES) >= 40
    codes = [lang.code for lang in LANGUAGES]
    assert len(set(codes)) == len(codes)
    assert [lang.name for lang in LANGUAGES] == sorted(lang.name for lang in LANGUAGES)
    assert find_language("DE").name == "German"
    assert find_language("japanese").code == "ja"
    assert find_language("Deutsch").code == "de"
    assert find_language("pt-BR").code == "pt"
    assert find_language("Chinese").code == "zh"
    assert find_language("German").label == "German (Deutsch)"
    with pytest.raises(UserFacingError, match="Unknown language 'Klingon'"):
        find_language("Klingon")


# -- the request ----------------------------------------------------------------------------------


def test_request_asks_for_the_translation_only() -> None:
    glossary = Glossary.of([("invoice", "Rechnung"), ("unused term", "nie")])
    request = translation_request("Send the invoice.", "de", "en", tone="formal", glossary=glossary, temperature=0.0)
    system, user = request.messages
    assert system.role == "system" and user.content == "Send the invoice."
    assert "from English into German" in system.content
    assert "formal register" in system.content
    assert "- invoice → Rechnung" in system.content and "unused term" not in system.content
    assert "Reply with the translation only" in system.content
    assert request.temperature == 0.0 and request.max_tokens >= 64
    auto = translation_request("Hola", "en")
    assert "detect its language yourself" in auto.messages[0].content
    with pytest.raises(UserFacingError, match="empty"):
        translation_request("  ", "de")
    with pytest.raises(UserFacingError, match="Unknown tone"):
        translation_request("x", "de", tone="rude")  # type: ignore[arg-type]


def test_clean_output_strips_what_small_models_add() -> None:
    assert clean_output("Hello", "Translation: Bonjour") == "Bonjour"
    assert clean_output("Hello", "Here is the French translation:\nBonjour") == "Bonjour"
    assert clean_output("Hello", '"Bonjour"') == "Bonjour"
    assert clean_output('"Hello"', '"Bonjour"') == '"Bonjour"'
    assert clean_output("Hello", "```\nBonjour\n```") == "Bonjour"
    assert clean_output("\nHello\n\n", "Bonjour") == "\nBonjour\n\n"


# -- checks on crafted outputs -------------------------------------------------------------------------

SOURCE = "Version 2.5 costs 1,299.00 EUR. Read https://example.com/docs?x=1 and run `plinth --help` for {count} tips (%s, %d, {{user}})."


def test_a_faithful_translation_has_no_warnings() -> None:
    good = ("Die Version 2.5 kostet 1.299,00 EUR. Lies https://example.com/docs?x=1 und führe `plinth --help` aus, "
            "um {count} Tipps zu bekommen (%s, %d, {{user}}).")  # fmt: skip
    assert check_translation(SOURCE, good, "de") == []


def test_lost_numbers_urls_placeholders_and_code_are_named() -> None:
    bad = "Die Version kostet 1.300 EUR. Lies die Dokumentation und führe plinth aus für Tipps (%s, {user})."
    warnings = {w.kind: w for w in check_translation(SOURCE, bad, "de")}
    assert set(warnings) >= {"numbers", "urls", "placeholders", "code"}
    assert warnings["numbers"].items == ("2.5", "1,299.00")
    assert warnings["urls"].items == ("https://example.com/docs?x=1",)
    assert set(warnings["placeholders"].items) == {"{count}", "%d", "{{user}}"}
    assert warnings["code"].items == ("`plinth --help`",)
    assert "1,299.00" in warnings["numbers"].message


def test_markdown_structure() -> None:
    source = "# Title\n\nSome text.\n\n- one\n- two\n\n```\ncode()\n```\n"
    assert check_translation(source, "# Titel\n\nEtwas Text.\n\n- eins\n- zwei\n\n```\ncode()\n```\n", "de") == []
    flattened = "Titel. Etwas Text. Eins, zwei. code()"
    (warning,) = [w for w in check_translation(source, flattened, "de") if w.kind == "markdown"]
    assert "headings: 1 in the source, 0 in the translation" in warning.message
    assert "list items: 2 in the source, 0" in warning.message
    assert "code fences: 2 in the source, 0" in warning.message


def test_glossary_terms_must_be_used() -> None:
    glossary = [("invoice", "Rechnung"), ("order", "Bestellung")]
    warnings = check_translation("Pay the invoice now.", "Bezahlen Sie die Faktura jetzt.", "de", glossary)
    assert kinds(warnings) == ["glossary"]
    assert warnings[0].items == ("Rechnung",)
    assert check_translation("Pay the invoice now.", "Bezahlen Sie die Rechnung jetzt.", "de", glossary) == []
    # Whole words only: "border" holds no "order".
    assert check_translation("Cross the border.", "Überqueren Sie die Grenze.", "de", glossary) == []


@pytest.mark.parametrize(
    "output, target, expected",
    [
        ("The cat is on the table and the dog is in the garden with the children.", "de", "unchanged, not German"),
        (
            "The dog is in the garden with the children and the cat is on the table.",
            "de",
            "looks like English, not German",
        ),
        ("Le chat est sur la table et le chien est dans le jardin avec les enfants.", "fr", None),
        ("Die Katze ist auf dem Tisch und der Hund ist im Garten mit den Kindern.", "de", None),
        ("The cat is on the table and the dog is in the garden.", "ja", "written mostly in Latin script"),
        ("猫はテーブルの上にいて、犬は子供たちと庭にいます。", "ja", None),
        ("猫在桌子上，狗和孩子们在花园里。我们明天去公园散步吧。", "ja", "looks like Chinese, not Japanese"),
        ("Кошка на столе, а собака в саду с детьми.", "ru", None),
        ("Кошка на столе, а собака в саду с детьми.", "el", "mostly in Cyrillic script"),
        ("El gato está sobre la mesa y el perro está en el jardín con los niños.", "pt", None),  # too close to judge
    ],
)
def test_output_not_in_the_target_language(output: str, target: str, expected: str | None) -> None:
    source = "The cat is on the table and the dog is in the garden with the children."
    messages = [w.message for w in check_translation(source, output, target) if w.kind == "language"]
    if expected is None:
        assert messages == []
    else:
        assert len(messages) == 1 and expected in messages[0]


def test_suspicious_lengths_and_empty_output() -> None:
    source = "This sentence is long enough to judge how long its translation should be."
    assert kinds(check_translation(source, "Dieser.", "de")) == ["length"]
    assert "suspiciously short" in check_translation(source, "Dieser.", "de")[0].message
    assert "suspiciously long" in check_translation(source, "Dieser Satz ist lang. " * 12, "de")[0].message
    # Japanese is dense: a third of the characters is normal, not short.
    assert check_translation(source, "この文は、その翻訳の長さを判断するのに十分な長さです。", "ja") == []
    assert kinds(check_translation(source, "  ", "de")) == ["empty"]
    assert check_translation("Hi", "Hallo zusammen, wie geht es euch allen heute?", "de") == []  # too short to judge


def test_detect_language_is_a_light_guess() -> None:
    assert detect_language("The weather is nice and we are going to the beach") == "en"
    assert detect_language("Nous avons mangé une pomme dans le jardin avec les enfants") == "fr"
    assert detect_language("Wir haben den Apfel nicht mit dem Messer geschnitten") == "de"
    assert detect_language("日本語のテキストです") == "ja"
    assert detect_language("这是中文文本") == "zh"
    assert detect_language("한국어 텍스트입니다") == "ko"
    assert detect_language("Это русский текст") is None  # Cyrillic serves several languages
    assert detect_language("Hello there") is None  # too short to tell
    assert detect_language("12345") is None


def test_glossary_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text('source;target\ninvoice;Rechnung\n\n"order, purchase";Bestellung\n', encoding="utf-8")
    glossary = Glossary.from_csv(path)
    assert [(e.source, e.target) for e in glossary.entries] == [
        ("invoice", "Rechnung"),
        ("order, purchase", "Bestellung"),
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("invoice,Rechnung\nlonely\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="bad.csv row 2 has 1 non-empty cells"):
        Glossary.from_csv(bad)


# -- translate() -------------------------------------------------------------------------------


def test_translate_streams_cleans_and_checks() -> None:
    engine = FakeEngine()
    engine.enqueue(["Translation: ", "Version ", "3 ist da."])
    seen: list[str] = []
    result = translate(engine, "Version 2 is out.", TranslationOptions(target="de"), on_text=seen.append)
    assert result.text == "Version 3 ist da."
    assert "".join(seen) == "Translation: Version 3 ist da."
    assert kinds(result.warnings) == ["numbers"]


def test_translate_cut_off_and_cancelled() -> None:
    engine = FakeEngine()
    engine.enqueue(["Version 2 ist"], stop_reason="length")
    assert (
        translate(engine, "Version 2 is out.", TranslationOptions(target="de"))
        .warnings[0]
        .message.startswith("The translation stopped at the answer length limit")
    )
    engine.enqueue(["Vers"], hang_after=1)
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        translate(engine, "Version 2 is out.", TranslationOptions(target="de"), cancel=cancel)


# -- files -------------------------------------------------------------------------------------


def upper(request: ChatRequest) -> str:
    """A "translation" anyone can check: the text in capitals."""
    return request.messages[-1].content.upper()


SRT = """1
00:00:01,000 --> 00:00:02,500
Hello there.
How are you?

2
00:00:03,000 --> 00:00:04,000
Fine, thanks.

10
00:01:00,000 --> 00:01:02,000
Number 10 <i>here</i>
"""


def test_srt_keeps_indices_and_timestamps(tmp_path: Path) -> None:
    (tmp_path / "in.srt").write_text(SRT, encoding="utf-8")
    engine = FakeEngine(respond=upper)
    progress: list[FileProgress] = []
    result = translate_file(engine, tmp_path / "in.srt", tmp_path / "out.srt", TranslationOptions(target="fr"),
                            on_progress=progress.append)  # fmt: skip
    out = (tmp_path / "out.srt").read_text(encoding="utf-8")
    expected = (
        SRT.replace("Hello there.\nHow are you?", "HELLO THERE.\nHOW ARE YOU?")
        .replace("Fine, thanks.", "FINE, THANKS.")
        .replace("Number 10 <i>here</i>", "NUMBER 10 <I>HERE</I>")
    )
    assert out == expected
    assert [r.messages[-1].content for r in engine.requests] == [
        "Hello there.\nHow are you?",
        "Fine, thanks.",
        "Number 10 <i>here</i>",
    ]
    assert result.chunks == 3
    assert [p.done for p in progress] == [0, 1, 2, 3] and progress[-1].total == 3


def test_markdown_keeps_code_blocks_and_blank_lines(tmp_path: Path) -> None:
    source = "---\ntitle: Notes\n---\n# Heading\n\nFirst paragraph\nstill first.\n\n```python\nprint('hi')\n```\n\n- item one\n- item two\n"
    (tmp_path / "in.md").write_text(source, encoding="utf-8")
    engine = FakeEngine(respond=upper)
    translate_file(engine, tmp_path / "in.md", tmp_path / "out.md", TranslationOptions(target="de"))
    out = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert out == ("---\ntitle: Notes\n---\n# HEADING\n\nFIRST PARAGRAPH\nSTILL FIRST.\n\n```python\nprint('hi')\n```\n\n"
                   "- ITEM ONE\n- ITEM TWO\n")  # fmt: skip
    assert len(engine.requests) == 3  # heading, paragraph, list: the code and front matter never sent


def test_txt_by_paragraph(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("One.\nStill one.\n\n\nTwo.\n", encoding="utf-8")
    engine = FakeEngine(respond=upper)
    translate_file(engine, tmp_path / "in.txt", tmp_path / "out.txt", TranslationOptions(target="de"))
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "ONE.\nSTILL ONE.\n\n\nTWO.\n"


def test_csv_column_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "in.csv").write_text(
        'id;text;note\n1;"Hello; world";keep\n2;;empty\n3;"multi\nline";x\n', encoding="utf-8"
    )
    engine = FakeEngine(respond=upper)
    result = translate_file(
        engine, tmp_path / "in.csv", tmp_path / "out.csv", TranslationOptions(target="de"), column="text"
    )
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows == [
        ["id", "text", "note"],
        ["1", "HELLO; WORLD", "keep"],
        ["2", "", "empty"],
        ["3", "MULTI\nLINE", "x"],
    ]
    assert result.chunks == 2
    with pytest.raises(UserFacingError, match="has no text column 'body'"):
        translate_file(engine, tmp_path / "in.csv", tmp_path / "o.csv", TranslationOptions(target="de"), column="body")
    with pytest.raises(UserFacingError, match="say which column"):
        translate_file(engine, tmp_path / "in.csv", tmp_path / "o.csv", TranslationOptions(target="de"))


def test_cancel_writes_nothing_and_bad_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "in.srt").write_text(SRT, encoding="utf-8")
    cancel = CancelToken()

    def stop_after_first(progress: FileProgress) -> None:
        if progress.done == 1:
            cancel.cancel()

    with pytest.raises(Cancelled):
        translate_file(FakeEngine(respond=upper), tmp_path / "in.srt", tmp_path / "out.srt",
                       TranslationOptions(target="fr"), on_progress=stop_after_first, cancel=cancel)  # fmt: skip
    assert not (tmp_path / "out.srt").exists()
    (tmp_path / "bad.srt").write_text("1\nnot a timing\nHello\n", encoding="utf-8")
    with pytest.raises(UserFacingError, match="bad.srt line 2 should be a subtitle's timing"):
        translate_file(
            FakeEngine(respond=upper), tmp_path / "bad.srt", tmp_path / "o.srt", TranslationOptions(target="fr")
        )
    (tmp_path / "in.pdf").write_bytes(b"%PDF")
    with pytest.raises(UserFacingError, match="not .pdf"):
        translate_file(FakeEngine(), tmp_path / "in.pdf", tmp_path / "o.pdf", TranslationOptions(target="fr"))
    with pytest.raises(UserFacingError, match="is the input file"):
        translate_file(FakeEngine(), tmp_path / "in.srt", tmp_path / "in.srt", TranslationOptions(target="fr"))
