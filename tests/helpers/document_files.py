"""Real document files for the documents tests, generated with the libraries people's programs use."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from email.message import EmailMessage
from pathlib import Path

#: An entity that expands to 10^9 "lol"s (3 GB) if a parser resolves it.
BILLION_LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(2, 10))
    + "]>"
)


def text_image(path: Path, lines: Sequence[str], size: tuple[int, int] = (1400, 400)) -> Path:
    """A PNG (or JPEG, by suffix) of black text on white, large enough for Tesseract to read."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=48)
    for number, line in enumerate(lines):
        draw.text((40, 40 + number * 80), line, fill="black", font=font)
    image.save(path)
    return path


def make_pdf(path: Path, pages: Sequence[str], scanned_page: Path | None = None, password: str | None = None) -> Path:
    """A PDF with one text page per entry of ``pages``, then a page that is only ``scanned_page``'s image."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    if scanned_page is not None:
        pdf.add_page()
        pdf.image(str(scanned_page), x=10, y=10, w=190)
    if password is not None:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def make_docx(path: Path) -> Path:
    """A DOCX with a title paragraph, two headings with paragraphs, and a table under the second."""
    import docx

    document = docx.Document()
    document.add_paragraph("Quarterly report prepared by the finance team.")
    document.add_heading("Revenue", level=1)
    document.add_paragraph("Revenue grew in the northern region thanks to the lighthouse project.")
    document.add_paragraph("The southern region stayed flat.")
    document.add_heading("Costs", level=1)
    document.add_paragraph("Costs fell after the warehouse moved.")
    table = document.add_table(rows=3, cols=2)
    for row, (item, amount) in enumerate([("Item", "Amount"), ("Rent", "1200"), ("Power", "340")]):
        table.cell(row, 0).text = item
        table.cell(row, 1).text = amount
    document.save(str(path))
    return path


def make_xlsx(path: Path, rows_per_sheet: int = 3) -> Path:
    """An XLSX with two sheets, "Sales" (Region/Revenue) and "Staff" (Name/Role)."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sales = workbook.active
    assert sales is not None
    sales.title = "Sales"
    sales.append(["Region", "Revenue"])
    regions = ["North", "South", "East", "West"]
    for n in range(rows_per_sheet):
        sales.append([regions[n % 4], 12 + n])
    staff = workbook.create_sheet("Staff")
    staff.append(["Name", "Role"])
    staff.append(["Ada", "Engineer"])
    staff.append(["Grace", "Admiral"])
    workbook.save(str(path))
    return path


def make_eml(path: Path) -> Path:
    """An e-mail with an HTML body (a script and a heading inside) and a PDF attachment."""
    message = EmailMessage()
    message["From"] = "Ada Lovelace <ada@example.org>"
    message["To"] = "grace@example.org"
    message["Subject"] = "Engine notes"
    message["Date"] = "Mon, 02 Mar 2026 10:00:00 +0000"
    message.set_content(
        "<html><head><style>p {color: red}</style><script>var hidden = 1;</script></head>"
        "<body><h1>Analytical engine</h1><p>The mill &amp; the store are <b>ready</b>.</p></body></html>",
        subtype="html",
    )
    message.add_attachment(b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="invoice-42.pdf")
    path.write_bytes(bytes(message))
    return path


def replace_zip_member(path: Path, name: str, transform: Callable[[bytes], bytes]) -> None:
    """Rewrites one member of a ZIP (a DOCX/XLSX part) through ``transform(bytes) -> bytes``."""
    with zipfile.ZipFile(path) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info.filename, transform(data) if info.filename == name else data)


def with_billion_laughs(xml: bytes, root_text_entity: bytes = b"") -> bytes:
    """The XML part with the billion-laughs DTD after its declaration; ``root_text_entity`` is then replaced by ``&lol9;``."""
    declaration_end = xml.index(b"?>") + 2 if xml.startswith(b"<?xml") else 0
    body = xml[declaration_end:]
    if root_text_entity:
        body = body.replace(root_text_entity, b"&lol9;", 1)
    return xml[:declaration_end] + BILLION_LAUGHS_DTD.encode() + body


#: The whiteboard photo's lines; the planted fact is the Kestrel demo date, asked in ``mixed_business_folder``.
WHITEBOARD_LINES = ("Sprint planning, week 23", "Kestrel demo moved to 12 June", "Owner: Priya Raman")


def evaluation_pages(name: str) -> list[list[str]]:
    """The evaluation document ``name`` as pages (form feeds) of paragraphs."""
    from helpers.documents import EVAL_DIR

    text = (EVAL_DIR / name).read_text(encoding="utf-8")
    return [[block.strip() for block in page.split("\n\n") if block.strip()] for page in text.split("\f")]


def _docx_of(path: Path, paragraphs: Sequence[str]) -> Path:
    import docx

    document = docx.Document()
    document.add_heading(paragraphs[0], level=1)
    for paragraph in paragraphs[1:]:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _xlsx_of(path: Path, title: str, paragraphs: Sequence[str]) -> Path:
    """One row per paragraph on a sheet "Report": the topic (words before the first full stop) and the text."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Report"
    sheet.append(["Topic", "Detail"])
    sheet.append(["Title", title])
    for paragraph in paragraphs:
        topic, _, detail = paragraph.partition(". ")
        sheet.append([topic, detail])
    workbook.save(str(path))
    return path


def _csv_of(path: Path, title: str, paragraphs: Sequence[str]) -> Path:
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["item", "description"])
        writer.writerow(["title", title])
        writer.writerows([f"item {n}", paragraph] for n, paragraph in enumerate(paragraphs, start=1))
    return path


def _eml_of(path: Path, subject: str, paragraphs: Sequence[str]) -> Path:
    message = EmailMessage()
    message["From"] = "Support Desk <support@plinth-retail.example>"
    message["To"] = "all-staff@plinth-retail.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 03 Sep 2024 09:00:00 +0000"
    message.set_content("\n\n".join(paragraphs))
    message.add_attachment(b"signed copy", maintype="application", subtype="pdf", filename="sla-signed.pdf")
    path.write_bytes(bytes(message))
    return path


def mixed_business_folder(root: Path) -> tuple[Path, Path]:
    """The evaluation set of ``tests/data/documents`` as a folder of mixed formats, and its questions CSV.

    The contract is a PDF whose second page is a scanned image (only OCR reads it), the travel policy a
    two-page PDF, the minutes a DOCX, the sales report an XLSX (a row per paragraph), the roadmap a CSV,
    the SLA an e-mail, the security handbook Markdown, the leave policy HTML, the rest plain text, and a
    whiteboard photo (PNG) carries one planted fact. Questions keep their page for the PDFs only:
    the other formats locate text by sheet, row, part or heading, so they are checked at document level.
    Returns ``(folder, questions.csv)``; the CSV lies beside the folder, not in it.
    """
    import csv
    import textwrap

    from helpers.documents import EVAL_DIR

    folder = root / "business"
    folder.mkdir(parents=True)
    scans = root / "scans"
    scans.mkdir()
    contract = evaluation_pages("acme_supply_contract.txt")
    scan_lines = [line for paragraph in contract[1] for line in textwrap.wrap(paragraph, 46)]
    scan = text_image(scans / "contract-page-2.png", scan_lines, size=(1400, 80 + 80 * len(scan_lines)))
    make_pdf(folder / "acme_supply_contract.pdf", ["\n\n".join(contract[0])], scanned_page=scan)
    make_pdf(
        folder / "travel_expense_policy.pdf",
        ["\n\n".join(page) for page in evaluation_pages("travel_expense_policy.txt")],
    )
    minutes = [p for page in evaluation_pages("board_minutes_2024_05.txt") for p in page]
    _docx_of(folder / "board_minutes_2024_05.docx", minutes)
    sales = [p for page in evaluation_pages("q3_sales_report.txt") for p in page]
    _xlsx_of(folder / "q3_sales_report.xlsx", sales[0], sales[1:])
    roadmap = [p for page in evaluation_pages("product_roadmap.txt") for p in page]
    _csv_of(folder / "product_roadmap.csv", roadmap[0], roadmap[1:])
    sla = [p for page in evaluation_pages("customer_support_sla.txt") for p in page]
    _eml_of(folder / "customer_support_sla.eml", sla[0], sla[1:])
    handbook = [p for page in evaluation_pages("it_security_handbook.txt") for p in page]
    (folder / "it_security_handbook.md").write_text(
        f"# {handbook[0]}\n\n" + "\n\n".join(f"## {p.split('.')[0]}\n\n{p}" for p in handbook[1:]), encoding="utf-8"
    )
    leave = [p for page in evaluation_pages("hr_leave_policy.txt") for p in page]
    (folder / "hr_leave_policy.html").write_text(
        f"<html><head><title>{leave[0]}</title></head><body><h1>{leave[0]}</h1>"
        + "".join(f"<p>{p}</p>" for p in leave[1:])
        + "</body></html>",
        encoding="utf-8",
    )
    for name in ("onboarding_checklist.txt", "office_facilities_guide.txt", "supplier_evaluation.txt"):
        (folder / name).write_text("\n\n".join(p for page in evaluation_pages(name) for p in page), encoding="utf-8")
    text_image(folder / "whiteboard.png", WHITEBOARD_LINES, size=(1200, 320))

    names = {path.stem: path.name for path in folder.iterdir()}
    questions = root / "questions.csv"
    with open(EVAL_DIR / "questions.csv", newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    with open(questions, "w", newline="", encoding="utf-8") as target:
        writer = csv.writer(target)
        writer.writerow(["question", "file", "page"])
        for row in rows:
            name = names[Path(row["file"]).stem]
            writer.writerow([row["question"], name, row["page"] if name.endswith(".pdf") else ""])
        writer.writerow(["When is the Kestrel demo?", "whiteboard.png", ""])
    return folder, questions
