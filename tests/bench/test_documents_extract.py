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
