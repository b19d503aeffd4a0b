"""The history store on a real SQLite file: conversations, messages, streaming saves, search, export, tasks."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.engines.base import Stats
from app.core.history.archive import ARCHIVE_VERSION, ImportResult, read_archive_file, write_archive_file
from app.core.history.conversations import ConversationNotFoundError, MessageNotFoundError, title_from
from app.core.history.db import StoreError
from app.core.history.search import fts_query, split_marked
from app.core.history.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "data") as opened:
        yield opened


def chat(store: Store, question: str = "What is the capital of France?", answer: str = "Paris.") -> int:
    cid = store.create_conversation(model_id="starter", system_prompt="Be brief.",
                                    settings={"temperature": 0.7, "max_tokens": 1024})  # fmt: skip
    store.add_message(cid, "user", question)
    store.add_message(cid, "assistant", answer, model_id="starter", settings={"temperature": 0.7},
                      stats=Stats(tokens_in=12, tokens_out=3, wall_s=0.5, ttft_s=0.1).to_dict())  # fmt: skip
    return cid


def test_a_conversation_comes_back_as_it_was_saved(store: Store) -> None:
    cid = chat(store)
    record = store.get_conversation(cid)
    assert record.title == "What is the capital of France?"  # named after the first question
    assert record.model_id == "starter" and record.system_prompt == "Be brief."
    assert record.settings == {"temperature": 0.7, "max_tokens": 1024}
    assert len(record.uid) == 32 and not record.pinned
    user, answer = record.messages
    assert (user.role, user.content, user.state, user.stats) == ("user", "What is the capital of France?", "done", None)
    assert (answer.role, answer.content, answer.model_id) == ("assistant", "Paris.", "starter")
    assert Stats.from_dict(answer.stats or {}) == Stats(tokens_in=12, tokens_out=3, wall_s=0.5, ttft_s=0.1)
    assert answer.settings == {"temperature": 0.7}
    assert record.created <= user.created <= answer.created == record.updated


def test_updates_keep_what_is_not_given(store: Store) -> None:
    cid = chat(store)
    store.update_conversation(cid, model_id="oa:gpt-test")
    store.update_conversation(cid, settings={"temperature": 0.1})
    store.rename_conversation(cid, "Capitals")
    record = store.get_conversation(cid)
    assert (record.model_id, record.system_prompt, record.settings, record.title) == (
        "oa:gpt-test", "Be brief.", {"temperature": 0.1}, "Capitals")  # fmt: skip
    mid = record.messages[1].id
    store.update_message(mid, error="The key was rejected.", state="failed")
    message = store.get_conversation(cid).messages[1]
    assert (message.content, message.error, message.state) == ("Paris.", "The key was rejected.", "failed")
    store.update_message(mid, error=None)
    assert store.get_conversation(cid).messages[1].error is None
    store.delete_message(mid)
    assert [m.role for m in store.get_conversation(cid).messages] == ["user"]


def test_a_title_is_given_only_when_there_is_none(store: Store) -> None:
    named = store.create_conversation(title="Mine")
    store.add_message(named, "user", "hello")
    assert store.get_conversation(named).title == "Mine"
    cid = store.create_conversation()
    store.add_message(cid, "assistant", "an answer first does not name it")
    store.add_message(cid, "user", "\n\n  " + "word " * 40 + "\nsecond line")
    title = store.get_conversation(cid).title
    assert title.endswith("…") and len(title) <= 61 and "second" not in title and title.startswith("word word")
    assert title_from("short\nnext") == "short"


def test_list_puts_pinned_first_then_the_latest(store: Store) -> None:
    first, second, third = chat(store, "one"), chat(store, "two"), chat(store, "three")
    assert [c.id for c in store.list_conversations()] == [third, second, first]
    store.set_pinned(first, True)
    store.add_message(second, "user", "more")
    listed = store.list_conversations()
    assert [c.id for c in listed] == [first, second, third]
    assert listed[0].pinned and listed[1].message_count == 3 and listed[0].title == "one"


def test_missing_ids_raise_errors_a_person_can_read(store: Store) -> None:
    for call in (lambda: store.get_conversation(99), lambda: store.rename_conversation(99, "x"),
                 lambda: store.add_message(99, "user", "x"), lambda: store.delete_conversation(99)):  # fmt: skip
        with pytest.raises(ConversationNotFoundError, match="no conversation 99"):
            call()
    with pytest.raises(MessageNotFoundError):
        store.update_message(99, content="x")
    with pytest.raises(ValueError):
        store.add_message(chat(store), "system", "roles are user or assistant")


def test_delete_then_undo_restores_ids_uid_and_messages(store: Store) -> None:
    cid = chat(store, "Where is the Eiffel tower?")
    before = store.get_conversation(cid)
    record = store.delete_conversation(cid)
    assert record == before
    assert store.list_conversations() == [] and store.search("Eiffel") == []
    later = chat(store, "A new one meanwhile")
    assert later != cid  # ids are never reused, so the undo has its id to go back to
    store.restore_conversation(record)
    assert store.get_conversation(cid) == before
    assert [h.conversation_id for h in store.search("Eiffel")] == [cid, cid]
    with pytest.raises(StoreError, match="already in the history"):
        store.restore_conversation(record)


def test_the_answer_writer_saves_as_it_streams(store: Store, tmp_path: Path) -> None:
    cid = chat(store)
    mid = store.add_message(cid, "assistant", "", model_id="starter", state="streaming")
    writer = store.answer_writer(mid)
    assert writer.flush() is False  # nothing new: no write
    for token in ("Ber", "lin", " is", " the capital"):
        writer.append(token)
    assert writer.flush() is True and writer.flush() is False
    # Another process (here: another Store on the same file) sees what was flushed, as after a crash.
    with Store.open(tmp_path / "data") as other:
        message = other.get_conversation(cid).messages[-1]
        assert (message.content, message.state) == ("Berlin is the capital", "interrupted")
    writer.append(" of Germany.")
    writer.flush()  # a live writer takes its answer back from "interrupted"
    assert store.get_conversation(cid).messages[-1].state == "streaming"
    assert store.search("Germany") == []  # streaming answers are indexed once they end
    writer.finish(state="cancelled", stats={"tokens_out": 7, "stop_reason": "cancelled"})
    message = store.get_conversation(cid).messages[-1]
    assert (message.content, message.state) == ("Berlin is the capital of Germany.", "cancelled")
    assert message.stats == {"tokens_out": 7, "stop_reason": "cancelled"}
    assert [h.message_id for h in store.search("Germany")] == [mid]
    assert writer.flush() is False
    with pytest.raises(ValueError):
        writer.finish(state="streaming")


def test_answers_left_streaming_become_interrupted_and_searchable(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        cid = chat(store)
        mid = store.add_message(cid, "assistant", "", state="streaming")
        writer = store.answer_writer(mid)
        writer.append("half an answer about zeppelins")
        writer.flush()
    with Store.open(tmp_path) as store:
        message = store.get_conversation(cid).messages[-1]
        assert (message.content, message.state) == ("half an answer about zeppelins", "interrupted")
        assert [h.message_id for h in store.search("zeppelin")] == [mid]
        writer = store.answer_writer(mid)  # a writer starts from the text already saved
        writer.append(" and more")
        writer.finish()
        assert store.get_conversation(cid).messages[-1].content == "half an answer about zeppelins and more"


def test_search_finds_words_prefixes_and_titles_with_highlights(store: Store) -> None:
    cid = chat(store, "Tell me about hummingbirds", "Hummingbirds hover. They are the smallest birds.")
    other = chat(store, "Quantum computing", "Qubits are fragile.")
    store.rename_conversation(other, "Qubits and birds")
    hits = store.search("hummingbird")  # the last word is a prefix
    assert {(h.conversation_id, h.role) for h in hits} == {(cid, "user"), (cid, "assistant"), (cid, None)}
    answer = next(h for h in hits if h.role == "assistant")
    assert answer.parts[0] == ("Hummingbirds", True) and answer.text.startswith("Hummingbirds hover")
    assert store.search("hummingbird ") == []  # a trailing space ends the word
    title_hits = [h for h in store.search("birds") if h.message_id is None]
    assert [(h.conversation_id, h.parts) for h in title_hits] == [(other, (("Qubits and ", False), ("birds", True)))]
    assert {h.conversation_id for h in store.search("smallest birds")} == {cid}  # every word must match
    assert store.search("HUMMINGBIRDS hover")[0].message_id == answer.message_id


def test_search_ranks_by_bm25(store: Store) -> None:
    once = chat(store, "alpha once among many other words in a long sentence here")
    often = chat(store, "alpha alpha alpha")
    assert [h.conversation_id for h in store.search("alpha") if h.role == "user"] == [often, once]
    assert len(store.search("alpha", limit=1)) == 1


@pytest.mark.parametrize("query", ['"', "'", "(", ")", "*", "AND", "OR NOT", "NEAR(a b)", "a:b", "-x", "^x", "{x}",
                                   "col:x", '"quotes', "x*y", "   ", "", "!!!", "a OR", "😀", "\x00", "\ud800"])  # fmt: skip
def test_no_search_text_is_a_syntax_error(store: Store, query: str) -> None:
    chat(store, 'A message with AND, OR, NOT, NEAR and "quotes" in it: a:b -x ^x {x}')
    hits = store.search(query)
    assert isinstance(hits, list)
    if query in ("AND", "OR NOT", '"quotes', "a:b"):
        assert hits  # operators are plain words
    assert fts_query("   ") is None and fts_query("!!!") is None


def test_split_marked_pieces() -> None:
    assert split_marked("a<b>c<d", "<", ">") == (("a", False), ("b", True), ("cd", False))
    assert split_marked("<x><y>", "<", ">") == (("xy", True),)
    assert split_marked("plain", "<", ">") == (("plain", False),)


def test_text_holding_the_marker_characters_still_highlights(store: Store) -> None:
    text = "odd \ufdd0 text \ufdd1 with findme inside"
    cid = chat(store, text)
    hit = next(h for h in store.search("findme") if h.role == "user")
    assert ("findme", True) in hit.parts and hit.text == text
    store.rename_conversation(cid, "title \ufdd0 findme \ufdd1")
    title_hit = next(h for h in store.search("findme") if h.message_id is None)
    assert title_hit.parts == (("title \ufdd0 ", False), ("findme", True), (" \ufdd1", False))


def test_markdown_export_has_title_models_roles_and_stats(store: Store) -> None:
    cid = chat(store)
    mid = store.add_message(cid, "assistant", "Partial", model_id="starter", state="interrupted")
    store.update_message(mid, error="The model stopped unexpectedly.")
    md = store.export_conversation(cid, "md")
    assert md.startswith("# What is the capital of France?\n")
    assert "Model: starter" in md and "Created: " in md and "temperature 0.7" in md and "> Be brief." in md
    assert "## User\n\nWhat is the capital of France?\n" in md
    assert "## Assistant · starter\n\nParis.\n" in md
    assert "*TTFT 0.10 s · 12 in / 3 out*" in md
    assert "interrupted: Plinth closed before the answer was complete · error: The model stopped unexpectedly." in md


def test_json_export_is_the_record(store: Store) -> None:
    cid = chat(store)
    data = json.loads(store.export_conversation(cid, "json"))
    record = store.get_conversation(cid)
    assert data["uid"] == record.uid and data["title"] == record.title and data["settings"] == record.settings
    assert [(m["role"], m["content"], m["state"]) for m in data["messages"]] == [
        ("user", "What is the capital of France?", "done"), ("assistant", "Paris.", "done")]  # fmt: skip


def test_archive_round_trip_is_exact_and_skips_what_is_there(store: Store, tmp_path: Path) -> None:
    first = chat(store, "first")
    store.set_pinned(first, True)
    second = chat(store, "second")
    store.add_message(second, "assistant", "cut", state="cancelled", error=None, stats={"stop_reason": "cancelled"})
    store.add_message(second, "assistant", "broke", state="failed", error="Key rejected.")
    store.create_conversation(title="Empty one")
    archive = store.export_archive()
    assert archive["format"] == "plinth-archive" and archive["version"] == ARCHIVE_VERSION
    path = tmp_path / "all.json"
    write_archive_file(path, archive)
    with Store.open(tmp_path / "other") as other:
        assert other.import_archive(read_archive_file(path)) == ImportResult(imported=3, skipped=0)
        again = other.export_archive()
        assert again["conversations"] == archive["conversations"]
        assert [c.title for c in other.list_conversations()] == [c.title for c in store.list_conversations()]
        assert other.import_archive(archive) == ImportResult(imported=0, skipped=3)
        assert other.search("broke")[0].role == "assistant"
    assert store.import_archive(archive) == ImportResult(imported=0, skipped=3)


def test_one_exported_conversation_imports_like_an_archive_and_skips_what_is_there(
    store: Store, tmp_path: Path
) -> None:
    cid = chat(store, "only this one")
    store.add_message(cid, "assistant", "cut", state="cancelled", stats={"stop_reason": "cancelled"})
    path = tmp_path / "one.json"
    path.write_text(store.export_conversation(cid, "json"), encoding="utf-8")
    with Store.open(tmp_path / "other") as other:
        assert other.import_archive(read_archive_file(path)) == ImportResult(imported=1, skipped=0)
        assert other.export_archive()["conversations"] == store.export_archive()["conversations"]
        assert other.import_archive(read_archive_file(path)) == ImportResult(imported=0, skipped=1)
    assert store.import_archive(read_archive_file(path)) == ImportResult(imported=0, skipped=1)


def test_a_damaged_exported_conversation_names_itself_and_imports_nothing(store: Store) -> None:
    data = json.loads(store.export_conversation(chat(store), "json"))
    data["messages"][0]["role"] = "system"
    with Store.open(store.path.parent / "fresh") as fresh:
        with pytest.raises(StoreError, match="role of message 1 of the exported conversation"):
            fresh.import_archive(data)
        assert fresh.list_conversations() == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "not a Plinth archive"),
        ({"title": "no messages"}, "not a Plinth archive or an exported conversation"),
        ({"format": "something-else", "version": 1, "conversations": []}, "not a Plinth archive"),
        ({"format": "plinth-archive", "version": ARCHIVE_VERSION + 1, "conversations": []}, "newer version of Plinth"),
        ({"format": "plinth-archive", "version": "1", "conversations": []}, "version '1' is not valid"),
        ({"format": "plinth-archive", "version": 1}, "no list of conversations"),
        ({"format": "plinth-archive", "version": 1, "conversations": [7]}, "Conversation 1 of the archive is not an object"),
    ],
)  # fmt: skip
def test_an_archive_that_is_not_one_is_refused_clearly(store: Store, data: object, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.import_archive(data)


def test_a_damaged_conversation_in_an_archive_imports_nothing(store: Store) -> None:
    cid = chat(store)
    archive = store.export_archive()
    good = archive["conversations"][0]
    bad_message = {**good, "uid": "f" * 32, "messages": [{**good["messages"][0], "role": "system"}]}
    bad_date = {**good, "uid": "e" * 32, "created": "yesterday"}
    bad_uid = {**good, "uid": "../../etc"}
    for bad, message in ((bad_message, "role of message 1 of conversation 2"), (bad_date, '"created" of conversation 2'),
                         (bad_uid, "uid of conversation 2")):  # fmt: skip
        with Store.open(store.path.parent / "fresh") as fresh:
            with pytest.raises(StoreError, match=message):
                fresh.import_archive({**archive, "conversations": [good, bad]})
            assert fresh.list_conversations() == []  # all or nothing
    assert store.get_conversation(cid).title


def test_archive_files_that_are_not_utf8_json_say_so(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"format": "plinth-archive", "title": "café"}'.encode("latin-1"))
    with pytest.raises(StoreError, match=r"not UTF-8 text \(byte 0xe9 at offset 42\)"):
        read_archive_file(latin1)
    utf16 = tmp_path / "utf16.json"
    utf16.write_text('{"format": "plinth-archive"}', encoding="utf-16")
    with pytest.raises(StoreError, match="not UTF-8 text"):
        read_archive_file(utf16)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(StoreError, match="not valid JSON"):
        read_archive_file(broken)
    with pytest.raises(StoreError, match="cannot be read"):
        read_archive_file(tmp_path / "missing.json")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": "plinth-archive"}).encode())
    assert read_archive_file(bom) == {"format": "plinth-archive"}


def test_task_results_are_kept(store: Store) -> None:
    tid = store.save_translation(model_id="starter", source_language=None, target_language="de", source_text="Hello",
                                 text="Hallo", settings={"tone": "neutral"}, stats={"tokens_out": 2})  # fmt: skip
    store.save_translation(
        model_id="starter", source_language="en", target_language="fr", source_text="Hi", text="Salut"
    )
    latest, earlier = store.recent_translations()
    assert earlier["id"] == tid and earlier["source_language"] is None and earlier["text"] == "Hallo"
    assert earlier["settings"] == {"tone": "neutral"} and earlier["stats"] == {"tokens_out": 2}
    assert latest["target_language"] == "fr" and latest["stats"] is None
    assert len(store.recent_translations(limit=1)) == 1
    store.save_classification(model_id="starter", text="I loved it", labels=["positive", "negative"],
                              result={"label": "positive", "probabilities": {"positive": 0.9, "negative": 0.1}})  # fmt: skip
    (saved,) = store.recent_classifications()
    assert saved["labels"] == ["positive", "negative"] and saved["result"]["label"] == "positive"
    store.save_batch_run(run_id="r1", task="classify", model_id="starter", input_path="in.csv", output_path="out.csv",
                         summary={"done": 3, "total": 10})  # fmt: skip
    store.save_batch_run(run_id="r1", task="classify", model_id="starter", input_path="in.csv", output_path="out.csv",
                         summary={"done": 10, "total": 10})  # fmt: skip
    (run,) = store.batch_runs()
    assert run["summary"] == {"done": 10, "total": 10} and run["created"] <= run["updated"]


def test_calls_from_many_threads_at_once(store: Store) -> None:
    cid = store.create_conversation()
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(25):
                store.add_message(cid, "user", f"thread {n} message {i}")
                store.list_conversations()
        except BaseException as exc:  # handed to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.list_conversations()[0].message_count == 150


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.list_conversations()
