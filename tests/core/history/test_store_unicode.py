"""Any text round-trips through the store and its exports: property-style tests with hypothesis.

Decisions tested here (see app/core/history/store.py): every Python string that UTF-8
can encode comes back exactly, NUL included; surrogate code points, which
UTF-8 cannot encode, are joined into the character when they form a pair and
become U+FFFD when alone.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.history.archive import read_archive_file, write_archive_file
from app.core.history.conversations import title_from
from app.core.history.db import clean_text
from app.core.history.store import Store

#: Scripts and characters that break naive text handling, mixed into arbitrary text.
TRICKY = [
    "😀", "👩‍👩‍👧‍👦", "🇫🇷", "🏳️‍🌈", "\U0001f9d1\U0001f3fd\u200d\U0001f4bb", "\U00010348", "\U0010fffd",  # non-BMP, ZWJ sequences
    "مرحبا بالعالم", "שָׁלוֹם עוֹלָם", "\u202eevil\u202c", "\u2067rtl\u2069", "\u200f", "\u200e",  # right-to-left
    "नमस्ते", "สวัสดี", "日本語のテキスト", "한국어", "Ελληνικά", "Кириллица",  # mixed scripts
    "\u200d", "\u200c", "\u200b", "\u2060", "\ufeff",  # zero-width (non-)joiners, BOM
    "e\u0301", "a\u0308\u0323", "\u0915\u094d\u0937", "Z\u0351\u0352\u0353\u0354",  # combining marks
    "\x00", "\r\n", "\r", "\t", "\x1b[31m", "\u2028", "\u2029", "\ufdd0", "\ufffe", "\uffff",
    '"', "'", "\\", "*", "NEAR", "AND", "<b>", "{x}",
]  # fmt: skip
texts = st.lists(st.one_of(st.text(max_size=20), st.sampled_from(TRICKY)), max_size=12).map("".join)
PROPERTY = settings(max_examples=60, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])  # fmt: skip


@contextmanager
def fresh_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory(prefix="plinth-store-") as folder, Store.open(Path(folder)) as store:
        yield store


@PROPERTY
@given(title=texts, system=texts, question=texts, answer=texts, setting=texts)
def test_any_text_comes_back_exactly(title: str, system: str, question: str, answer: str, setting: str) -> None:
    with fresh_store() as store:
        cid = store.create_conversation(title=title, model_id="local:" + setting, system_prompt=system,
                                        settings={"note": setting, setting: [setting]})  # fmt: skip
        store.add_message(cid, "user", question)
        mid = store.add_message(cid, "assistant", "", state="streaming")
        writer = store.answer_writer(mid)
        for piece in (answer[: len(answer) // 2], answer[len(answer) // 2 :]):
            writer.append(piece)
            writer.flush()
        writer.finish(error=setting or None, stats={"note": setting})
        record = store.get_conversation(cid)
        expected_title = title or title_from(question)  # an untitled conversation is named by its first question
        assert (record.title, record.system_prompt, record.model_id) == (expected_title, system, "local:" + setting)
        assert record.settings == {"note": setting, setting: [setting]}
        user, assistant = record.messages
        assert user.content == question and assistant.content == answer
        assert assistant.error == (setting or None) and assistant.stats == {"note": setting}


@PROPERTY
@given(title=texts, question=texts, answer=texts)
def test_any_text_survives_archive_export_and_import(title: str, question: str, answer: str) -> None:
    with tempfile.TemporaryDirectory(prefix="plinth-archive-") as folder:
        with Store.open(Path(folder) / "a") as store:
            cid = store.create_conversation(title=title, system_prompt=answer, settings={"q": question})
            store.add_message(cid, "user", question)
            store.add_message(cid, "assistant", answer, stats={"a": answer}, state="cancelled")
            archive = store.export_archive()
            exported = json.loads(store.export_conversation(cid, "json"))
            markdown = store.export_conversation(cid, "md")
        path = Path(folder) / "archive.json"
        write_archive_file(path, archive)
        with Store.open(Path(folder) / "b") as other:
            other.import_archive(read_archive_file(path))
            (summary,) = other.list_conversations()
            record = other.get_conversation(summary.id)
            assert other.export_archive()["conversations"] == archive["conversations"]
    expected_title = title or title_from(question)
    assert (record.title, record.system_prompt, record.settings) == (expected_title, answer, {"q": question})
    assert [m.content for m in record.messages] == [question, answer]
    assert record.messages[1].stats == {"a": answer}
    assert [m["content"] for m in exported["messages"]] == [question, answer]
    assert f"\n\n{question}\n" in markdown and f"\n\n{answer}\n" in markdown


words = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Lo", "Nd"]), min_size=1, max_size=12)


@PROPERTY
@given(word=words, before=st.sampled_from(TRICKY), after=st.sampled_from(TRICKY))
def test_a_word_in_any_script_is_found_and_highlighted(word: str, before: str, after: str) -> None:
    with fresh_store() as store:
        cid = store.create_conversation(title="t")
        mid = store.add_message(cid, "user", f"{before} {word} {after}")
        hits = [h for h in store.search(word + " ") if h.message_id == mid]
        assert hits, (word, before, after)
        assert any(hit_text for hit_text, is_hit in hits[0].parts if is_hit)


def test_nul_is_kept_and_search_still_finds_the_words_around_it() -> None:
    with fresh_store() as store:
        cid = store.create_conversation(title="nul")
        text = "before\x00after and the rest"
        store.add_message(cid, "user", text)
        assert store.get_conversation(cid).messages[0].content == text
        assert store.search("after")[0].message_id is not None
        assert store.search("rest")


def test_lone_surrogates_become_the_replacement_character_and_pairs_join() -> None:
    with fresh_store() as store:
        cid = store.create_conversation(title="a\ud800b")
        store.add_message(cid, "user", "x\udc00y \ud83d\ude00 z\ud83d")
        record = store.get_conversation(cid)
        assert record.title == "a\ufffdb"
        assert record.messages[0].content == "x\ufffdy 😀 z\ufffd"
        archive = store.export_archive()
        json.dumps(archive, ensure_ascii=False).encode("utf-8")  # nothing unencodable leaves the store
        assert store.search("\ud800") == []


@PROPERTY
@given(text=st.text(alphabet=st.characters(codec=None), max_size=40))
def test_clean_text_is_identity_on_valid_text_and_always_encodable(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    if not any("\ud800" <= ch <= "\udfff" for ch in text):
        assert cleaned == text
    else:
        assert len(cleaned) <= len(text)


def test_an_archive_with_escaped_lone_surrogates_imports_with_replacements(tmp_path: Path) -> None:
    with fresh_store() as store:
        cid = store.create_conversation(title="plain")
        store.add_message(cid, "user", "plain")
        archive = store.export_archive()
    raw = json.dumps(archive).replace('"content": "plain"', '"content": "bad \\ud800 end"')
    path = tmp_path / "archive.json"
    path.write_text(raw, encoding="utf-8")
    with fresh_store() as other:
        other.import_archive(read_archive_file(path))
        (summary,) = other.list_conversations()
        assert other.get_conversation(summary.id).messages[0].content == "bad \ufffd end"
