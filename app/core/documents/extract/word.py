"""DOCX through python-docx: paragraphs and tables in document order, grouped under their headings.

python-docx parses every part with lxml and ``resolve_entities=False``
(docx/oxml/parser.py), so an entity bomb inside a part stays unexpanded;
the ZIP directory is checked first for a zip bomb.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.documents.extract.common import (
    ExtractLimits,
    SectionBuffer,
    UnreadableFileError,
    check_zip,
    entity_refusal,
    size_words,
)
from app.core.documents.extract.sheets import row_sections
from app.core.documents.records import Location, Section
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

_HEADING_STYLES = ("Heading", "Title")


def extract_docx(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    from docx.table import Table

    document = _open(path, limits)
    buffer = SectionBuffer(limits.section_chars)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from buffer.flush()
            yield from _table_sections(block, buffer.location, limits)
            continue
        text = block.text.strip()
        if not text:
            continue
        if _is_heading(block):
            yield from buffer.flush(Location(heading=text))
        yield from buffer.add(text + "\n\n")
    yield from buffer.flush()


def _open(path: Path, limits: ExtractLimits) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_zip(path, limits, "DOCX")
    with zipfile.ZipFile(path) as archive:
        # The body part is parsed into one tree in memory, so its size is what memory must hold.
        body = max((m.file_size for m in archive.infolist() if m.filename.startswith("word/document")), default=0)
    if body > limits.max_loaded_bytes:
        raise UnreadableFileError(
            ui_text(
                "too large: the text part expands to {size}, over the {limit} limit",
                size=size_words(body),
                limit=size_words(limits.max_loaded_bytes),
            ),
            ui_text("Split the document into smaller files."),
        )
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise UnreadableFileError(
            ui_text("damaged DOCX (not a Word document)"), ui_text("Open it in Word and save it again.")
        ) from exc
    except XMLSyntaxError as exc:
        if "entit" in str(exc).lower():
            # lxml leaves entities unresolved here, and libxml2 still refuses a DTD that amplifies.
            raise entity_refusal() from exc
        raise UnreadableFileError(
            ui_text("damaged DOCX (bad XML: {reason})", reason=str(exc)), ui_text("Open it in Word and save it again.")
        ) from exc


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style
    return style is not None and (style.name or "").startswith(_HEADING_STYLES)


def _table_sections(table: Table, location: Location, limits: ExtractLimits) -> Iterator[Section]:
    rows = []
    for number, row in enumerate(table.rows, start=1):
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell appears once per grid column it spans; write it once.
            if cell._tc is not previous:
                cells.append(cell.text)
            previous = cell._tc
        rows.append((number, cells))
    for section in row_sections(rows, limits):
        yield Section(section.text, location)
