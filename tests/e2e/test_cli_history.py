"""`plinth history` and the commands that save into it, through real subprocesses."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.core.history.db import DB_FILE_NAME
from app.core.history.schema import SCHEMA_VERSION
from app.core.history.store import Store
from app.core.paths import Paths

UNICODE = "Lighthouse 🗼 مرحبا שלום नमस्ते e\u0301 zw\u200dj \x00 end"


def env_for(home: Path) -> dict[str, str]:
    return dict(os.environ, PLINTH_HOME=str(home))


def plinth(*args: str, home: Path, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], input=stdin, capture_output=True, text=True,
                          env=env_for(home), timeout=timeout)  # fmt: skip


def seed(home: Path) -> tuple[int, int]:
    with Store.open(home / "data") as store:
        first = store.create_conversation(model_id="starter", settings={"temperature": 0.2})
        store.add_message(first, "user", "Tell me about the lighthouse keeper")
        store.add_message(first, "assistant", UNICODE, model_id="starter", stats={"tokens_in": 9, "tokens_out": 30})
        second = store.create_conversation(title="Pinned \x1b[31mred\x1b[0m notes", model_id="oa:gpt-test")
        store.add_message(second, "user", "Nothing about towers here")
        store.set_pinned(second, True)
    return first, second


@pytest.fixture
def one_thread(paths: Paths) -> None:
    """One llama.cpp thread and a small context: quick to load, and no spinning on a busy machine."""
    paths.settings_file.write_text(json.dumps({"n_threads": 1, "context_cap": 512}), encoding="utf-8")


def test_list_shows_pinned_first_and_json_has_every_field(plinth_home: Path) -> None:
    first, second = seed(plinth_home)
    out = plinth("history", "list", home=plinth_home)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].split()[:2] == [str(second), "*"] and "Pinned \ufffd[31mred\ufffd[0m notes" in lines[0]
    assert "\x1b" not in out.stdout  # a saved text cannot drive the terminal
    assert lines[1].split()[0] == str(first) and "(2 messages · starter)" in lines[1]
    listed = json.loads(plinth("history", "list", "--json", home=plinth_home).stdout)
    assert [c["id"] for c in listed] == [second, first]
    assert set(listed[0]) == {"id", "uid", "title", "created", "updated", "pinned", "model_id", "message_count"}
    assert listed[0]["title"] == "Pinned \x1b[31mred\x1b[0m notes"


def test_search_highlights_with_bold_only_on_a_terminal(plinth_home: Path) -> None:
    first, _ = seed(plinth_home)
    piped = plinth("history", "search", "lighthou", home=plinth_home)
    assert piped.returncode == 0, piped.stderr
    assert "\x1b[" not in piped.stdout and f"{first}  Tell me about the lighthouse keeper  [assistant]" in piped.stdout
    hits = json.loads(plinth("history", "search", "lighthouse", "--json", home=plinth_home).stdout)
    assert {(h["conversation_id"], h["role"]) for h in hits} == {(first, "user"), (first, "assistant"), (first, None)}
    assert ["lighthouse", True] in next(h for h in hits if h["role"] == "user")["parts"]
    master, slave = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "app", "history", "search", "keeper"], stdout=slave,
                              stderr=subprocess.PIPE, env=env_for(plinth_home), timeout=120)  # fmt: skip
    finally:
        os.close(slave)
    assert done.returncode == 0, done.stderr
    tty = read_all(master)
    assert "\x1b[1mkeeper\x1b[0m" in tty
    nothing = plinth("history", "search", '"(NEAR', home=plinth_home)
    assert nothing.returncode == 0 and nothing.stdout == "" and "Nothing in the history matches" in nothing.stderr


def read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side of the terminal is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks).decode("utf-8")


def test_export_one_and_all_then_import_round_trips(plinth_home: Path, tmp_path: Path) -> None:
    first, _ = seed(plinth_home)
    md = plinth("history", "export", str(first), home=plinth_home)
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# Tell me about the lighthouse keeper\n") and UNICODE in md.stdout
    assert "## Assistant · starter" in md.stdout and "9 in / 30 out" in md.stdout
    as_json = tmp_path / "one.json"
    assert (
        plinth("history", "export", str(first), "--format", "json", "-o", str(as_json), home=plinth_home).returncode
        == 0
    )
    assert json.loads(as_json.read_text(encoding="utf-8"))["messages"][1]["content"] == UNICODE
    archive = tmp_path / "all.json"
    out = plinth("history", "export", "--all", "-o", str(archive), home=plinth_home)
    assert out.returncode == 0 and "Exported 2 conversations" in out.stderr
    other = tmp_path / "other-home"
    imported = plinth("history", "import", str(archive), home=other)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Imported 2 conversations; skipped 0 already in the history.\n"
    again = plinth("history", "import", str(archive), "--json", home=other)
    assert json.loads(again.stdout) == {"imported": 0, "skipped": 2}
    with Store.open(plinth_home / "data") as mine, Store.open(other / "data") as theirs:
        assert theirs.export_archive()["conversations"] == mine.export_archive()["conversations"]


def test_one_conversation_exported_as_json_imports_and_is_skipped_the_second_time(
    plinth_home: Path, tmp_path: Path
) -> None:
    first, _ = seed(plinth_home)
    one = tmp_path / "one.json"
    assert plinth("history", "export", str(first), "--format", "json", "-o", str(one), home=plinth_home).returncode == 0
    other = tmp_path / "other-home"
    imported = plinth("history", "import", str(one), home=other)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Imported 1 conversation; skipped 0 already in the history.\n"
    again = plinth("history", "import", str(one), "--json", home=other)
    assert json.loads(again.stdout) == {"imported": 0, "skipped": 1}
    with Store.open(plinth_home / "data") as mine, Store.open(other / "data") as theirs:
        assert theirs.export_archive()["conversations"] == [mine.export_archive()["conversations"][0]]
    help_text = plinth("history", "import", "--help", home=plinth_home).stdout
    assert "--format json" in " ".join(help_text.split())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "plinth-archive", "title": "café"}'.encode("latin-1"), "not UTF-8 text"),
        (b'{"conversations": []}', "not a Plinth archive"),
        (b'{"format": "plinth-archive", "version": 99, "conversations": []}', "newer version of Plinth"),
        (b"\x89PNG\r\n\x1a\n", "not UTF-8 text"),
        (b"[1, 2", "not valid JSON"),
    ],
)  # fmt: skip
def test_importing_a_file_that_is_not_an_archive_is_one_clear_line(
    plinth_home: Path, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "input.json"
    path.write_bytes(content)
    out = plinth("history", "import", str(path), home=plinth_home)
    assert out.returncode == 1
    assert message in out.stderr and len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_bad_ids_and_arguments_say_what_to_do(plinth_home: Path) -> None:
    seed(plinth_home)
    missing = plinth("history", "export", "99", home=plinth_home)
    assert missing.returncode == 1 and "no conversation 99" in missing.stderr and "history list" in missing.stderr
    neither = plinth("history", "export", home=plinth_home)
    assert neither.returncode == 1 and "either a conversation ID or --all" in neither.stderr


def test_a_database_from_a_newer_plinth_is_refused_and_kept(plinth_home: Path) -> None:
    seed(plinth_home)
    path = plinth_home / "data" / DB_FILE_NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    out = plinth("history", "list", home=plinth_home)
    assert out.returncode == 1 and "newer version of Plinth" in out.stderr and "Update Plinth" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert plinth("models", "list", "--json", home=plinth_home).returncode == 0  # the rest of Plinth still works


def test_a_damaged_database_is_set_aside_with_a_warning(plinth_home: Path) -> None:
    (plinth_home / "data").mkdir(parents=True)
    (plinth_home / "data" / DB_FILE_NAME).write_bytes(b"not a database" * 100)
    out = plinth("history", "list", home=plinth_home)
    assert out.returncode == 0
    assert "plinth: warning: The history database was damaged" in out.stderr
    assert any(p.name.startswith(f"{DB_FILE_NAME}.corrupt-") for p in (plinth_home / "data").iterdir())


@pytest.mark.slow
@pytest.mark.usefixtures("one_thread")
def test_chat_translate_and_classify_save_their_results(plinth_home: Path) -> None:
    out = plinth("chat", "--max-tokens", "4", "--temperature", "0", "--json", "-s", "Be brief.", "Say hi to Ana",
                 home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    skipped = plinth("chat", "--max-tokens", "2", "--no-history", "Not saved", home=plinth_home)
    assert skipped.returncode == 0, skipped.stderr
    translated = plinth("translate", "--to", "de", "--max-tokens", "4", "--temperature", "0", "Good morning",
                        home=plinth_home)  # fmt: skip
    assert translated.returncode == 0, translated.stderr
    classified = plinth("classify", "--labels", "positive,negative", "I loved it", home=plinth_home)
    assert classified.returncode == 0, classified.stderr
    rows = plinth_home / "rows.csv"
    rows.write_text("text,gold\nI loved it,positive\nAwful,negative\n", encoding="utf-8")
    batch = plinth("classify", "--labels", "positive,negative", "--input", str(rows), "--column", "text", "--gold", "gold",
                   "--output", str(plinth_home / "rows.out.csv"), home=plinth_home)  # fmt: skip
    assert batch.returncode == 0, batch.stderr
    notes = plinth_home / "notes.txt"
    notes.write_text("Hello.\n", encoding="utf-8")
    translated_file = plinth("translate", "--to", "de", "--max-tokens", "4", "--input", str(notes), "--output",
                             str(plinth_home / "notes.de.txt"), home=plinth_home)  # fmt: skip
    assert translated_file.returncode == 0, translated_file.stderr
    with Store.open(plinth_home / "data") as store:
        (summary,) = store.list_conversations()
        record = store.get_conversation(summary.id)
        assert summary.id == result["conversation_id"] and record.title == "Say hi to Ana"
        assert (record.model_id, record.system_prompt) == ("starter", "Be brief.")
        assert record.settings == {"temperature": 0.0, "max_tokens": 4}
        user, answer = record.messages
        assert (user.content, answer.content, answer.state) == ("Say hi to Ana", result["text"], "done")
        assert answer.stats is not None and answer.stats["tokens_out"] == result["stats"]["tokens_out"]
        (translation,) = store.recent_translations()
        assert (translation["source_text"], translation["target_language"]) == ("Good morning", "de")
        assert translation["text"] == translated.stdout.rstrip("\n") and translation["stats"]["tokens_out"] <= 4
        (classification,) = store.recent_classifications()
        assert classification["labels"] == ["positive", "negative"]
        assert classification["result"]["label"] == classified.stdout.splitlines()[0]
        file_run, batch_run = store.batch_runs()
        assert (batch_run["task"], batch_run["input_path"]) == ("classify", str(rows.resolve()))
        assert batch_run["summary"]["done"] == 2 and batch_run["summary"]["metrics"]["n"] == 2
        assert (file_run["task"], file_run["output_path"]) == (
            "translate-file",
            str((plinth_home / "notes.de.txt").resolve()),
        )
        assert file_run["summary"]["chunks"] == 1


@pytest.mark.slow
@pytest.mark.usefixtures("one_thread")
def test_kill_9_mid_answer_keeps_everything_that_was_shown(plinth_home: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "chat", "--max-tokens", "300", "--temperature", "0",
         "Count from 1 to 100, separated by commas."],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env_for(plinth_home), start_new_session=True,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    shown = b""
    deadline = time.monotonic() + 240
    try:
        while len(shown) < 24 and time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stdout], [], [], 1.0)
            if ready:
                chunk = os.read(proc.stdout.fileno(), 4096)
                if not chunk:
                    break
                shown += chunk
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # Plinth and its model process, as a power cut would
        proc.wait(30)
    shown += proc.stdout.read()  # written before the kill, not read yet
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert len(shown) >= 24, (shown, stderr)
    with Store.open(plinth_home / "data") as store:
        (summary,) = store.list_conversations()
        answer = store.get_conversation(summary.id).messages[-1]
    assert answer.state == "interrupted"
    assert answer.content.startswith(shown.decode("utf-8")), (answer.content, shown)
