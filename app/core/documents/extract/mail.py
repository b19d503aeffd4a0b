"""E-mail (.eml) through the stdlib ``email`` package: headers, the body, and the names of attachments.

Attachments' contents are not extracted: their names are listed so a search
for "invoice.pdf" finds the message that carried it.
"""

from __future__ import annotations

from collections.abc import Iterator
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from app.core.documents.extract.common import ExtractLimits, SectionBuffer, UnreadableFileError, size_words
from app.core.documents.extract.text import READ_CHARS, html_sections
from app.core.documents.records import Location, Section
from app.core.ui_text import ui_text

HEADERS = ("From", "To", "Cc", "Date", "Subject")


def extract_eml(path: Path, limits: ExtractLimits) -> Iterator[Section]:
    size = path.stat().st_size
    if size > limits.max_loaded_bytes:
        # The email parser holds the whole message in memory.
        raise UnreadableFileError(
            ui_text(
                "too large: {size} over the {limit} limit for e-mail",
                size=size_words(size),
                limit=size_words(limits.max_loaded_bytes),
            ),
            ui_text("Save the attachments separately and add them instead."),
        )
    with path.open("rb") as stream:
        message = BytesParser(policy=policy.default).parse(stream)
    if not isinstance(message, EmailMessage):
        raise UnreadableFileError(ui_text("not an e-mail message"), ui_text("Export the message again as .eml."))
    headers = [f"{name}: {message[name]}" for name in HEADERS if message[name] is not None]
    if headers:
        yield Section("\n".join(headers), Location(part="headers"))
    body = message.get_body(preferencelist=("plain", "html"))
    if isinstance(body, EmailMessage):
        text = _content(body)
        location = Location(part="body")
        if body.get_content_subtype() == "html":
            pieces = (text[at : at + READ_CHARS] for at in range(0, len(text), READ_CHARS))
            yield from html_sections(pieces, limits, location)
        else:
            buffer = SectionBuffer(limits.section_chars, location)
            for line in text.splitlines(keepends=True):
                yield from buffer.add(line)
            yield from buffer.flush()
    names = [part.get_filename() or part.get_content_type() for part in message.iter_attachments()]
    if names:
        yield Section("Attachments: " + ", ".join(names), Location(part="attachments"))


def _content(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError):
        # An unknown or wrong charset label: decode the bytes as UTF-8 with replacement instead.
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""
