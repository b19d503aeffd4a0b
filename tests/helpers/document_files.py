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
