"""Documents: PDF text extraction speed, against a bare pypdfium2 loop over the same file."""

from __future__ import annotations

import random
import time
from pathlib import Path

from conftest import BenchReport
from helpers.document_files import make_pdf

from app.core.documents.chunking import chunk
from app.core.documents.extract import extract
from app.core.documents.records import Section

PAGES = 200
WORDS = ["harbour", "tide", "keeper", "lantern", "storm", "gull", "rope", "signal", "dusk", "breakwater", "ledger"]


def test_pdf_pages_per_second(bench: BenchReport, tmp_path: Path) -> None:
    """Plinth's extract() (text layer, scan check per page) and chunk(), against pypdfium2's text alone."""
    import pypdfium2

    rng = random.Random(1)
    pages = [" ".join(rng.choice(WORDS) for _ in range(450)) for _ in range(PAGES)]
    pdf = make_pdf(tmp_path / "report.pdf", pages)

    def plinth() -> float:
        started = time.perf_counter()
        sections = [item for item in extract(pdf, ocr=False) if isinstance(item, Section)]
        passages = list(chunk(sections))
        assert len(sections) == PAGES and len(passages) >= PAGES
        return PAGES / (time.perf_counter() - started)

    def bare() -> float:
        started = time.perf_counter()
        document = pypdfium2.PdfDocument(pdf)
        texts = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        document.close()
        assert len(texts) == PAGES
        return PAGES / (time.perf_counter() - started)

    # Interleaved, so a neighbour's load on the shared cores falls on both sides alike.
    plinth_rates, bare_rates = [], []
    for _ in range(7):
        plinth_rates.append(plinth())
        bare_rates.append(bare())
    row = bench.row("docs-extract", f"PDF text to passages, {PAGES} pages", plinth_rates, bare_rates, "pages/s",
                    target=0.8, notes="baseline: pypdfium2 text per page, no checks, no chunking")  # fmt: skip
    assert row.plinth > 0


FOLDER_FILES = 10
FOLDER_PAGES = 20


def test_folder_pages_per_second_to_keyword_searchable(bench: BenchReport, tmp_path: Path) -> None:
    """A folder of PDFs through the whole indexer (discovery, extraction, chunking, passages and FTS5 committed,
    per-file hash and status) until a keyword query finds them, against the bare pypdfium2 loop over the same files."""
    import pypdfium2

    from app.core.cancel import CancelToken
    from app.core.documents.indexer import Indexer, default_pipeline
    from app.core.documents.retrieval import Retriever
    from app.core.documents.store import DocumentStore

    rng = random.Random(2)
    folder = tmp_path / "folder"
    folder.mkdir()
    for n in range(FOLDER_FILES):
        pages = [" ".join(rng.choice(WORDS) for _ in range(450)) for _ in range(FOLDER_PAGES)]
        pages[0] += f" marker{n}"
        make_pdf(folder / f"report-{n:02d}.pdf", pages)
    total = FOLDER_FILES * FOLDER_PAGES

    def plinth(run: int) -> float:
        started = time.perf_counter()
        with DocumentStore.open(tmp_path / f"index-{run}.sqlite3") as store:
            store.create_collection("Bench", [folder])
            summary = Indexer(store, default_pipeline(ocr=False)).run("Bench", CancelToken(), lambda _: None)
            hits = Retriever(store).search("Bench", f"marker{FOLDER_FILES - 1}", k=1)
        rate = total / (time.perf_counter() - started)
        assert summary.pages == total and summary.count("indexed") == FOLDER_FILES
        assert hits[0].file.endswith(f"report-{FOLDER_FILES - 1:02d}.pdf")
        return rate

    def bare() -> float:
        started = time.perf_counter()
        pages = 0
        for path in sorted(folder.iterdir()):
            document = pypdfium2.PdfDocument(path)
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
            document.close()
        assert pages == total
        return pages / (time.perf_counter() - started)

    plinth_rates, bare_rates = [], []
    for run in range(5):
        plinth_rates.append(plinth(run))
        bare_rates.append(bare())
    row = bench.row("docs-searchable", f"PDF folder to keyword-searchable, {FOLDER_FILES} files x {FOLDER_PAGES} pages",
                    plinth_rates, bare_rates, "pages/s", target=0.5,
                    notes="Plinth: indexer run into SQLite + FTS5 commit, then a query; baseline: pypdfium2 text only")  # fmt: skip
    assert row.plinth > 0
