"""Extraction of every supported format, from files generated here with the libraries real programs use."""

from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest
from helpers.document_files import make_docx, make_eml, make_pdf, make_xlsx, text_image

from app.core.documents.extract import UnreadableFileError, extract, supported_suffixes
from app.core.documents.extract.ocr import tesseract_available
from app.core.documents.records import Location, Note, Section

needs_tesseract = pytest.mark.skipif(
    not tesseract_available(), reason="Tesseract is not installed (scripts/sysdeps.sh)"
)

PAGES = [
    "The harbour master records the tides every morning.",
    "Gulls nest on the northern breakwater from April.",
    "The lantern is lit at dusk and put out at dawn.",
]


def sections(path: Path, ocr: bool = True) -> list[Section]:
    items = list(extract(path, ocr=ocr))
    assert all(isinstance(item, Section) for item in items), items
    return [item for item in items if isinstance(item, Section)]


@needs_tesseract
def test_pdf_text_pages_and_a_scanned_page_read_by_ocr(tmp_path: Path) -> None:
    scan = text_image(tmp_path / "scan.png", ["Storm warning tonight", "Keeper Jones on duty"])
    pdf = make_pdf(tmp_path / "log.pdf", PAGES, scanned_page=scan)

    found = sections(pdf)

    assert [s.location for s in found] == [Location(page=n) for n in (1, 2, 3, 4)]
    assert [s.text for s in found[:3]] == PAGES
    assert "Storm warning tonight" in found[3].text
    assert "Keeper Jones" in found[3].text


def test_pdf_scanned_page_without_ocr_is_a_note_not_dropped(tmp_path: Path) -> None:
    scan = text_image(tmp_path / "scan.png", ["Storm warning tonight"])
    pdf = make_pdf(tmp_path / "log.pdf", PAGES[:1], scanned_page=scan)

    items = list(extract(pdf, ocr=False))

    assert items == [Section(PAGES[0], Location(page=1)), Note("needs OCR", Location(page=2))]


def test_pdf_scanned_page_when_tesseract_is_missing_is_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    scan = text_image(tmp_path / "scan.png", ["Storm warning tonight"])
    pdf = make_pdf(tmp_path / "log.pdf", [], scanned_page=scan)
    # The command pytesseract runs, pointed at a binary that does not exist: what a machine without it sees.
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))

    assert list(extract(pdf)) == [Note("needs OCR", Location(page=1))]


def test_docx_paragraphs_grouped_under_headings_with_the_table(tmp_path: Path) -> None:
    found = sections(make_docx(tmp_path / "report.docx"))

    assert [s.location.heading for s in found] == [None, "Revenue", "Costs", "Costs"]
    assert found[0].text == "Quarterly report prepared by the finance team."
    assert "northern region" in found[1].text and "stayed flat" in found[1].text
    assert "warehouse" in found[2].text and "Revenue" not in found[2].text
    assert found[3].text == "Item: Rent, Amount: 1200\nItem: Power, Amount: 340"


def test_xlsx_two_sheets_in_row_groups_with_the_header_repeated(tmp_path: Path) -> None:
    from app.core.documents.extract import ExtractLimits

    path = make_xlsx(tmp_path / "book.xlsx", rows_per_sheet=40)
    limits = ExtractLimits(row_group_chars=300)

    found = [item for item in extract(path, limits) if isinstance(item, Section)]

    sales = [s for s in found if s.location.sheet == "Sales"]
    assert len(sales) > 1  # 40 rows of ~27 characters do not fit one 300-character group
    assert all(len(s.text) <= 300 for s in sales)
    assert sales[0].location.row == 2 and sales[-1].location.row_end == 41
    assert all(line.startswith("Region: ") and ", Revenue: " in line for s in sales for line in s.text.splitlines())
    assert "Region: North, Revenue: 12" in sales[0].text
    # Groups follow each other with no row lost or repeated.
    assert [s.location.row for s in sales[1:]] == [s.location.row_end + 1 for s in sales[:-1]]  # type: ignore[operator]
    staff = [s for s in found if s.location.sheet == "Staff"]
    assert staff == [
        Section("Name: Ada, Role: Engineer\nName: Grace, Role: Admiral", Location(sheet="Staff", row=2, row_end=3))
    ]


def test_csv_in_cp1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "prices.csv"
    path.write_bytes("Café;Prix\r\nCrème brûlée;4,50 €\r\nThé;2\r\n".encode("cp1252"))

    assert sections(path) == [
        Section("Café: Crème brûlée, Prix: 4,50 €\nCafé: Thé, Prix: 2", Location(row=2, row_end=3))
    ]


def test_csv_with_a_stray_byte_after_the_sniffed_sample_is_read_with_a_replacement(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    rows = "".join(f"row{n},{n}\n" for n in range(200_000))
    path.write_bytes(b"name,value\n" + rows.encode() + b"caf\xe9,1\n")

    found = sections(path)

    assert found[-1].text.endswith("name: caf\ufffd, value: 1")
    assert found[-1].location.row_end == 200_002


def test_eml_headers_html_body_and_attachment_names(tmp_path: Path) -> None:
    found = sections(make_eml(tmp_path / "note.eml"))

    by_part = {s.location.part: s for s in found}
    assert set(by_part) == {"headers", "body", "attachments"}
    assert "From: Ada Lovelace <ada@example.org>" in by_part["headers"].text
    assert "Subject: Engine notes" in by_part["headers"].text
    assert by_part["body"].text == "Analytical engine\nThe mill & the store are ready."
    assert by_part["body"].location.heading == "Analytical engine"
    assert by_part["attachments"].text == "Attachments: invoice-42.pdf"


def test_eml_with_an_unknown_charset_is_decoded_with_replacement(tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Odd"
    message.set_content("Tides at dawn", charset="utf-8")
    raw = bytes(message).replace(b'charset="utf-8"', b'charset="x-no-such-charset"')
    path = tmp_path / "odd.eml"
    path.write_bytes(raw)

    assert Section("Tides at dawn", Location(part="body")) in sections(path)


def test_markdown_split_at_headings_but_not_inside_code_fences(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "Intro line.\n\n# Tides\nHigh at noon.\n\n```\n# not a heading\n```\n## Gulls\nNesting in April.\n",
        encoding="utf-8",
    )

    found = sections(path)

    assert [s.location.heading for s in found] == [None, "Tides", "Gulls"]
    assert found[1].text == "# Tides\nHigh at noon.\n\n```\n# not a heading\n```"
    assert found[2].text == "## Gulls\nNesting in April."


def test_text_with_mixed_encodings_never_fails(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("naïve café\n".encode() + "déjà vu\n".encode("latin-1") + b"\xff\xfe\x00end\n")

    text = "\n".join(s.text for s in sections(path))

    assert "end" in text
    assert "d" in text and "vu" in text


def test_html_text_without_script_or_style_split_at_headings(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Keeper</title><style>h1{}</style><script>alert('no')</script></head><body>"
        "<p>Before any heading.</p><h2>Tides &amp; times</h2><p>High water at 12:04.</p>"
        "<table><tr><td>Mon</td><td>12:04</td></tr></table></body></html>",
        encoding="utf-8",
    )

    found = sections(path)

    assert [s.location.heading for s in found] == ["Keeper", "Tides & times"]
    assert found[0].text == "Keeper\nBefore any heading."
    assert found[1].text == "Tides & times\nHigh water at 12:04.\nMon | 12:04"
    assert all("alert" not in s.text and "{" not in s.text for s in found)


@needs_tesseract
def test_png_and_jpeg_read_by_ocr_as_page_one(tmp_path: Path) -> None:
    for name in ("board.png", "board.jpg"):
        image = text_image(tmp_path / name, ["Launch on Friday", "Budget approved"])

        found = sections(image)

        assert [s.location for s in found] == [Location(page=1)]
        assert "Launch on Friday" in found[0].text and "Budget approved" in found[0].text


def test_image_without_ocr_is_a_note(tmp_path: Path) -> None:
    image = text_image(tmp_path / "board.png", ["Launch on Friday"])

    assert list(extract(image, ocr=False)) == [Note("needs OCR", Location(page=1))]


@needs_tesseract
def test_blank_image_says_ocr_found_nothing(tmp_path: Path) -> None:
    image = text_image(tmp_path / "blank.png", [])

    assert list(extract(image)) == [Note("OCR found no text", Location(page=1))]


def test_unsupported_type_is_refused_with_its_suffix(tmp_path: Path) -> None:
    path = tmp_path / "archive.xyz"
    path.write_bytes(b"data")

    with pytest.raises(UnreadableFileError) as error:
        extract(path)

    assert error.value.message == "unsupported type .xyz"
    assert ".pdf" in supported_suffixes() and ".xyz" not in supported_suffixes()


def test_importing_extraction_loads_no_format_library() -> None:
    """The window imports the documents package while it paints; the parsers load on first use."""
    code = (
        "import sys, app.core.documents.extract, app.core.documents.discovery, app.core.documents.chunking;"
        "print(sorted(m for m in ('pypdfium2','docx','openpyxl','PIL','pytesseract','lxml','numpy') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[3]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.strip() == "[]"


def test_plain_text_form_feeds_are_page_breaks(tmp_path: Path) -> None:
    path = tmp_path / "printout.txt"
    path.write_text("# Terms\nRent is due monthly.\n\fDeposit: two months.\n\f# Keys\nAt the desk.\n", encoding="utf-8")

    found = sections(path)

    assert [(s.location.page, s.location.heading) for s in found] == [(1, "Terms"), (2, "Terms"), (3, "Keys")]
    assert found[1].text == "Deposit: two months."
    # Without a form feed, text has no pages.
    plain = tmp_path / "plain.txt"
    plain.write_text("No pages here.\n", encoding="utf-8")
    assert [s.location.page for s in sections(plain)] == [None]
