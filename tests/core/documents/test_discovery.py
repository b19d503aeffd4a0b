"""Discovery: every file once, reasons for the rest, and no hang on loops or huge folders."""

from __future__ import annotations

import itertools
import os
import tracemalloc
from pathlib import Path

from app.core.documents.discovery import Skipped, discover
from app.core.documents.extract import ExtractLimits


def touch(path: Path, text: str = "text") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_files_in_order_with_unsupported_ones_skipped_and_hidden_ones_ignored(tmp_path: Path) -> None:
    a = touch(tmp_path / "a.md")
    b = touch(tmp_path / "sub" / "b.pdf")
    c = touch(tmp_path / "sub" / "c.TXT")
    touch(tmp_path / "z.zip")
    touch(tmp_path / ".git" / "notes.txt")
    touch(tmp_path / "node_modules" / "readme.md")
    touch(tmp_path / "~$report.docx")
    touch(tmp_path / ".hidden.txt")

    found = list(discover([tmp_path]))

    assert found == [a, b, c, Skipped(tmp_path / "z.zip", "unsupported type .zip")]


def test_a_file_root_and_a_missing_root(tmp_path: Path) -> None:
    file = touch(tmp_path / "one.csv")

    assert list(discover([file, tmp_path / "gone"])) == [file, Skipped(tmp_path / "gone", "not found")]


def test_symlink_loop_and_a_second_link_are_walked_once(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    note = touch(docs / "note.txt")
    (docs / "loop").symlink_to(docs, target_is_directory=True)
    (docs / "again.txt").symlink_to(note)
    (docs / "self.txt").symlink_to(docs / "self.txt")
    (docs / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")

    found = list(discover([docs, docs]))

    assert [item for item in found if isinstance(item, Path)] == [docs / "again.txt"]
    reasons = {item.path.name: item.reason for item in found if isinstance(item, Skipped)}
    assert reasons == {
        "dangling.txt": "broken link",
        "loop": "folder already included (a symlink loop or a second link to it)",
        "self.txt": "symlink loop",
        "docs": "folder already included (a symlink loop or a second link to it)",
    }


def test_special_files_are_skipped(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")

    assert list(discover([tmp_path])) == [Skipped(tmp_path / "pipe.txt", "not a regular file")]


def test_unreadable_folder_is_skipped_with_a_reason(tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    touch(closed / "inside.txt")
    closed.chmod(0)
    try:
        found = list(discover([tmp_path]))
    finally:
        closed.chmod(0o700)

    if os.access(closed, os.R_OK) and os.getuid() == 0:
        assert found == [closed / "inside.txt"]  # root reads it anyway
    else:
        assert found == [Skipped(closed, "unreadable folder: permission denied")]


def test_a_folder_of_20000_files_stops_at_the_limit_lazily(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(20_000):
        (folder / f"{n:05}.txt").touch()

    tracemalloc.start()
    try:
        walk = discover([folder], ExtractLimits(max_files=5_000))
        first = list(itertools.islice(walk, 3))
        rest = list(walk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    files = first + rest[:-1]
    # Only the first 5,001 entries the folder lists are read (and sorted), not all 20,000.
    assert len(files) == 5_000 and files == sorted(files)
    assert all(isinstance(path, Path) and path.parent == folder for path in files)
    last = rest[-1]
    assert isinstance(last, Skipped) and last.reason == "file limit reached: stopped after 5,000 files"
    assert peak < 10 * 1024 * 1024
