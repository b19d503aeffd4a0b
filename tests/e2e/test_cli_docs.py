"""`plinth docs` on real files: a mixed business folder (OCR included), hostile files, and a kill -9 mid-index."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.document_files import (
    evaluation_pages,
    make_docx,
    make_pdf,
    make_xlsx,
    mixed_business_folder,
    replace_zip_member,
    text_image,
    with_billion_laughs,
)

from app.bootstrap import build_services
from app.cli import run_cli
from app.core.paths import Paths

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, paths: Paths | None = None) -> tuple[int, str, str]:
    """``plinth ARGS`` in this process, through the real entry; ``paths`` pins the data folder."""
    out, err = io.StringIO(), io.StringIO()
    services: Callable[[], object] = (lambda: build_services(paths)) if paths is not None else build_services
    code = run_cli(list(args), services, stdin=io.StringIO(""), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


class Business:
    """One mixed folder indexed once for the module: where it lies, its questions, and the first run's output."""

    def __init__(self, root: Path) -> None:
        self.paths = Paths.from_environment({"PLINTH_HOME": str(root / "home")}).ensure()
        self.folder, self.questions = mixed_business_folder(root)
        self.code, out, self.progress = cli("docs", "add", str(self.folder), "--collection", "Business", "--json",
                                            paths=self.paths)  # fmt: skip
        self.added = json.loads(out) if self.code == 0 else {}

    def run(self, *args: str) -> tuple[int, str, str]:
        return cli(*args, paths=self.paths)


@pytest.fixture(scope="module")
def business(tmp_path_factory: pytest.TempPathFactory) -> Business:
    return Business(tmp_path_factory.mktemp("business"))


def test_every_file_of_the_mixed_folder_is_indexed_and_a_second_run_reads_none(business: Business) -> None:
    assert business.code == 0, business.progress
    statuses = {Path(f["file"]).name: f["status"] for f in business.added["files"]}
    assert statuses == {path.name: "indexed" for path in business.folder.iterdir()}
    assert len(statuses) == 12
    pages = {Path(f["file"]).name: f["pages"] for f in business.added["files"]}
    assert pages["acme_supply_contract.pdf"] == 2 and pages["whiteboard.png"] == 1

    code, out, _ = business.run("docs", "list", "--collection", "Business", "--json")
    listed = json.loads(out)
    assert code == 0 and listed["roots"] == [str(business.folder)]
    assert all(f["status"] == "indexed" and f["passages"] > 0 and not f["reason"] for f in listed["files"])

    code, out, _ = business.run("docs", "add", str(business.folder), "--collection", "Business")
    assert code == 0 and out.startswith("Collection “Business”: 12 unchanged"), out


def test_search_hits_name_the_absolute_file_and_the_page(business: Business) -> None:
    """The expected page is among the first hits, and every PDF hit's text is from the page it names."""
    with open(business.questions, newline="", encoding="utf-8") as handle:
        paged = [row for row in csv.DictReader(handle) if row["page"]]
    assert len(paged) == 8 and sum(row["page"] == "2" for row in paged if "acme" in row["file"]) == 3  # OCR page
    for row in paged:
        code, out, err = business.run("docs", "search", row["question"], "--collection", "Business", "-k", "3",
                                      "--json")  # fmt: skip
        assert code == 0, err
        hits = json.loads(out)["hits"]
        assert (str(business.folder / row["file"]), int(row["page"])) in [
            (hit["file"], hit["location"].get("page")) for hit in hits[:2]
        ], row
        for hit in hits:
            if hit["file"].endswith(".pdf"):
                pages = [_words(" ".join(page)) for page in evaluation_pages(Path(hit["file"]).stem + ".txt")]
                overlap = [len(_words(hit["text"]) & page) for page in pages]
                assert overlap.index(max(overlap)) + 1 == hit["location"]["page"], hit
    code, out, _ = business.run("docs", "search", "Kestrel demo", "--collection", "Business", "-k", "2")
    assert code == 0
    assert out.splitlines()[0].startswith("1. whiteboard.png · page 1") and "12 June" in out


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]{4,}", text.lower()))


def test_keyword_retrieval_check_passes_the_issue_bar(business: Business) -> None:
    code, out, err = business.run("docs", "eval", "--collection", "Business", "--input", str(business.questions),
                                  "--json")  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    (keyword,) = report["scores"]
    assert keyword["mode"] == "keyword" and report["questions"] == 35
    assert keyword["recall"] >= 0.90, [r for r in keyword["results"] if r["rank"] is None]
    assert keyword["mrr"] >= 0.85

    code, out, _ = business.run("docs", "eval", "--collection", "Business", "--input", str(business.questions))
    assert code == 0 and f"keyword{keyword['recall']:>13.3f}{keyword['mrr']:>8.3f}" in out


def test_remove_a_path_then_the_collection(business: Business) -> None:
    board = business.folder / "whiteboard.png"
    assert business.run("docs", "add", str(board), str(business.questions), "--collection", "Board")[0] == 0
    code, out, _ = business.run("docs", "remove", "Board", str(business.questions))
    assert code == 0
    code, out, _ = business.run("docs", "list", "--json")
    collections = {c["name"]: c for c in json.loads(out)["collections"]}
    assert collections["Board"]["files"] == 1 and collections["Board"]["roots"] == [str(board)]
    assert business.run("docs", "remove", "Board")[0] == 0
    code, out, _ = business.run("docs", "list")
    assert "Board" not in out and out.startswith("Business: 12 files (12 indexed)")
    code, _, err = business.run("docs", "search", "demo", "--collection", "Board")
    assert code == 1 and err.startswith("plinth: There is no collection named “Board”.")


def test_hostile_files_each_get_a_reason_and_the_good_one_is_searchable(tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    make_pdf(folder / "locked.pdf", ["Salaries for 2026"], password="secret")
    whole = make_pdf(tmp_path / "whole.pdf", ["The harbour master records the tides."] * 3).read_bytes()
    (folder / "cut.pdf").write_bytes(whole[: len(whole) // 3])
    bomb = make_docx(folder / "bomb.docx")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive, archive.open("word/media/z.bin", "w") as member:
        for _ in range(120):
            member.write(bytes(1024 * 1024))
    laughs = make_xlsx(folder / "laughs.xlsx")
    replace_zip_member(laughs, "xl/worksheets/sheet1.xml", lambda xml: with_billion_laughs(xml, b"North"))
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "good.txt").write_text("The lighthouse keeper logs every passing ship.", encoding="utf-8")

    code, out, err = cli("docs", "add", str(folder), "--collection", "Hostile")
    assert code == 0, err
    code, out, _ = cli("docs", "search", "lighthouse keeper", "--collection", "Hostile", "--json")
    assert [Path(hit["file"]).name for hit in json.loads(out)["hits"]] == ["good.txt"]
    code, out, _ = cli("docs", "list", "--collection", "Hostile", "--json")
    reasons = {Path(f["file"]).name: (f["status"], f["reason"]) for f in json.loads(out)["files"]}
    assert reasons.pop("good.txt") == ("indexed", "")
    assert reasons["locked.pdf"] == ("failed", "encrypted PDF")
    assert reasons["cut.pdf"][0] == "failed" and reasons["cut.pdf"][1].startswith("damaged PDF")
    assert reasons["bomb.docx"][0] == "failed" and reasons["bomb.docx"][1].endswith("refused as a zip bomb")
    assert reasons["laughs.xlsx"][0] == "failed" and "entit" in reasons["laughs.xlsx"][1]
    assert reasons["loop"][0] == "skipped" and "symlink loop" in reasons["loop"][1]
    assert set(reasons) == {"locked.pdf", "cut.pdf", "bomb.docx", "laughs.xlsx", "loop"}


def _indexed(database: Path) -> dict[str, tuple[int, str]]:
    """(file id, last update) of each finished file, read the way another program would read the index."""
    if not database.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT path, id, updated FROM files WHERE status = 'indexed'").fetchall()
    except sqlite3.OperationalError:  # the schema is still being created
        return {}
    return {path: (file_id, updated) for path, file_id, updated in rows}


def test_kill_9_mid_index_then_the_next_run_extracts_only_what_was_left(tmp_path: Path) -> None:
    """Scanned pages take OCR about a second each, so the kill lands between finished files."""
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(8):
        text_image(folder / f"scan-{n}.png", [f"Scanned delivery note {n}", f"Pallet count {n * 7 + 3}"])
    home = tmp_path / "home"
    env = dict(os.environ, PLINTH_HOME=str(home))
    command = [sys.executable, "-m", "app", "docs", "add", str(folder), "--collection", "Scans", "--json"]
    database = Paths.from_environment({"PLINTH_HOME": str(home)}).documents_db

    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    before: dict[str, tuple[int, str]] = {}
    while len(before) < 2 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        before = _indexed(database)
    os.kill(child.pid, signal.SIGKILL)
    child.communicate(timeout=30)
    before = _indexed(database)
    assert 2 <= len(before) < 8, "the kill must land mid-run"

    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    outcomes = {f["file"]: f["status"] for f in json.loads(again.stdout)["files"]}
    assert {path for path, status in outcomes.items() if status == "unchanged"} == set(before)
    assert sorted(outcomes.values()).count("indexed") == 8 - len(before)
    after = _indexed(database)
    assert len(after) == 8
    assert {path: after[path] for path in before} == before  # same rows, not written again


def test_ctrl_c_stops_indexing_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(4):
        text_image(folder / f"scan-{n}.png", [f"Scanned delivery note {n}"])
    home = tmp_path / "home"
    database = Paths.from_environment({"PLINTH_HOME": str(home)}).documents_db
    child = subprocess.Popen([sys.executable, "-m", "app", "docs", "add", str(folder), "--collection", "Scans"],
                             cwd=ROOT, env=dict(os.environ, PLINTH_HOME=str(home)), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 120
    while not _indexed(database) and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    finished = len(_indexed(database))
    assert finished < 4, "the interrupt must land mid-run"
    assert child.returncode == 130
    assert f"indexing stopped after {finished} of 4 files; run the same command again to resume." in err
    assert "Traceback" not in err
