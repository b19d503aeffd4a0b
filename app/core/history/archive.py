"""Export and import of the history: Markdown and JSON conversations, and archive files."""

from __future__ import annotations

import contextlib
import json
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from app.core.history.conversations import (
    ROLES,
    STATES,
    ConversationRecord,
    MessageRecord,
    insert_conversation,
    load_conversation,
)
from app.core.history.db import Database, StoreError, clean_text, now_iso
from app.core.ui_text import UiText, ui_text

ARCHIVE_FORMAT = "plinth-archive"
ARCHIVE_VERSION = 1
_IMPORT_HINT = ui_text("Choose a file made by Plinth's Export all, or one conversation exported as JSON.")
_CHANGED_HINT = ui_text("The file was changed or damaged.")


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int


class ArchiveStore(Database):
    """Exports of one conversation or the whole history, and imports of archives."""

    def export_conversation(self, cid: int, fmt: str = "md") -> str:
        with self.reading() as conn:
            record = load_conversation(conn, cid)
        if fmt == "md":
            return conversation_markdown(record)
        if fmt == "json":
            return json.dumps(conversation_to_dict(record), ensure_ascii=False, indent=2) + "\n"
        raise ValueError(f"unknown export format {fmt!r}")

    def export_archive(self) -> dict[str, Any]:
        with self.reading() as conn:
            ids = [r[0] for r in conn.execute("SELECT id FROM conversations ORDER BY id")]
            conversations = [conversation_to_dict(load_conversation(conn, cid)) for cid in ids]
        return {"format": ARCHIVE_FORMAT, "version": ARCHIVE_VERSION, "exported": now_iso(),
                "conversations": conversations}  # fmt: skip

    def import_archive(self, data: object) -> ImportResult:
        """Add the conversations of an archive or of one exported conversation, skipping those whose uid
        is already here; all or nothing."""
        records = parse_archive(data)
        imported = skipped = 0
        with self.writing() as conn:
            for record in records:
                if conn.execute("SELECT 1 FROM conversations WHERE uid = ?", (record.uid,)).fetchone():
                    skipped += 1
                    continue
                insert_conversation(conn, record, keep_ids=False)
                imported += 1
        return ImportResult(imported, skipped)


def conversation_to_dict(record: ConversationRecord) -> dict[str, Any]:
    return {
        "uid": record.uid,
        "title": record.title,
        "created": record.created,
        "updated": record.updated,
        "pinned": record.pinned,
        "model_id": record.model_id,
        "system_prompt": record.system_prompt,
        "settings": record.settings,
        "messages": [
            {"role": m.role, "content": m.content, "model_id": m.model_id, "created": m.created,
             "settings": m.settings, "stats": m.stats, "error": m.error, "state": m.state, "sources": m.sources}
            for m in record.messages
        ],
    }  # fmt: skip


def conversation_markdown(record: ConversationRecord) -> str:
    from app.core.engines.base import Stats

    lines = [f"# {_one_line(record.title) or 'Untitled conversation'}", ""]
    meta = [f"Model: {record.model_id or 'none'}", f"Created: {record.created}", f"Updated: {record.updated}"]
    lines += [" · ".join(meta), ""]
    if record.settings:
        lines += ["Settings: " + ", ".join(f"{k} {v}" for k, v in record.settings.items()), ""]
    if record.system_prompt:
        lines += ["System prompt:", ""] + [f"> {ln}" for ln in record.system_prompt.splitlines()] + [""]
    for message in record.messages:
        heading = "User" if message.role == "user" else "Assistant"
        if message.model_id:
            heading += f" · {message.model_id}"
        lines += ["---", "", f"## {heading}", "", message.content, ""]
        notes = []
        if message.stats:
            notes.append(Stats.from_dict(message.stats).summary())
        if message.state not in ("done",):
            notes.append(_STATE_NOTES.get(message.state, message.state))
        if message.error:
            notes.append(f"error: {_one_line(message.error)}")
        if notes:
            lines += [f"*{' · '.join(notes)}*", ""]
    return "\n".join(lines)


_STATE_NOTES = {
    "cancelled": "stopped",
    "failed": "failed",
    "interrupted": "interrupted: Plinth closed before the answer was complete",
    "streaming": "still being written",
}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def read_archive_file(path: Path) -> object:
    """The parsed JSON of an archive file (any JSON value: ``parse_archive`` checks its shape), or a
    StoreError that says what is wrong with the file."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(
            ui_text("{path} cannot be read ({reason}).", path=str(path), reason=str(exc.strerror or exc)),
            ui_text("Check the path."),
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise StoreError(
            ui_text(
                "{path} is not a Plinth archive: it is not UTF-8 text (byte {byte} at offset {offset}).",
                path=str(path),
                byte=f"0x{raw[exc.start]:02x}",
                offset=exc.start,
            ),
            _IMPORT_HINT,
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StoreError(
            ui_text(
                "{path} is not a Plinth archive: it is not valid JSON ({reason} at line {line}).",
                path=str(path),
                reason=exc.msg,
                line=exc.lineno,
            ),
            _IMPORT_HINT,
        ) from None
    return data


def write_archive_file(path: Path, archive: Mapping[str, object]) -> None:
    """Write ``archive`` as UTF-8 JSON, replacing ``path`` only once the whole file is written."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(archive, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise StoreError(
            ui_text("{path} cannot be written ({reason}).", path=str(path), reason=str(exc.strerror or exc)),
            ui_text("Choose another folder, or free some disk space."),
        ) from None


def parse_archive(data: object) -> list[ConversationRecord]:
    """Check the shape of an archive, or of one exported conversation, and turn it into records.

    Both are read: ``export_conversation(..., "json")`` writes one conversation with no archive
    around it, and a person expects to import back what they exported. Ids are 0: new ones are
    given on import.
    """
    if isinstance(data, dict) and "format" not in data and "messages" in data:
        exported = _Place(ui_text("the exported conversation"), ui_text("The exported conversation"))
        return [_parse_conversation(data, exported)]
    if not isinstance(data, dict) or data.get("format") != ARCHIVE_FORMAT:
        raise StoreError(
            ui_text(
                "This is not a Plinth archive or an exported conversation "
                '(no "format": "plinth-archive", and no "messages").'
            ),
            _IMPORT_HINT,
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(ui_text("The archive's version {version} is not valid.", version=repr(version)), _IMPORT_HINT)
    if version > ARCHIVE_VERSION:
        raise StoreError(
            ui_text(
                "The archive was made by a newer version of Plinth (archive version {version}; this one reads up "
                "to {known}).",
                version=version,
                known=ARCHIVE_VERSION,
            ),
            ui_text("Update Plinth to import it."),
        )
    conversations = data.get("conversations")
    if not isinstance(conversations, list):
        raise StoreError(ui_text("The archive has no list of conversations."), _IMPORT_HINT)
    return [
        _parse_conversation(
            item,
            _Place(ui_text("conversation {n} of the archive", n=n), ui_text("Conversation {n} of the archive", n=n)),
        )
        for n, item in enumerate(conversations, 1)
    ]


class _Place(NamedTuple):
    """Where in an archive a problem is, as messages name it: mid-sentence, and starting one."""

    text: UiText
    capital: UiText


def _message_place(i: int, where: _Place) -> _Place:
    return _Place(
        ui_text("message {i} of {where}", i=i, where=where.text),
        ui_text("Message {i} of {where}", i=i, where=where.text),
    )


def _parse_conversation(item: object, where: _Place) -> ConversationRecord:
    c = _Fields(item, where)
    uid = c.text("uid")
    if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", uid):
        raise StoreError(
            ui_text("The uid of {where} is not valid: {uid}.", where=where.text, uid=repr(uid[:80])), _CHANGED_HINT
        )
    messages = c.get("messages", list)
    return ConversationRecord(
        id=0,
        uid=uid,
        title=c.text("title"),
        created=c.timestamp("created"),
        updated=c.timestamp("updated"),
        pinned=c.get("pinned", bool),
        model_id=c.optional_text("model_id"),
        system_prompt=c.text("system_prompt"),
        settings=c.get("settings", dict),
        messages=tuple(_parse_message(m, _message_place(i, where)) for i, m in enumerate(messages, start=1)),
    )


def _parse_message(item: object, where: _Place) -> MessageRecord:
    m = _Fields(item, where)
    role, state = m.one_of("role", ROLES), m.one_of("state", STATES)
    stats = m.data.get("stats")
    if stats is not None and not isinstance(stats, dict):
        raise StoreError(ui_text("The stats of {where} are not an object.", where=where.text), _CHANGED_HINT)
    # Archives from before answers had sources have no "sources".
    sources = m.data.get("sources")
    if sources is not None and not isinstance(sources, dict):
        raise StoreError(ui_text("The sources of {where} are not an object.", where=where.text), _CHANGED_HINT)
    return MessageRecord(
        id=0,
        role=role,
        content=m.text("content"),
        model_id=m.optional_text("model_id"),
        created=m.timestamp("created"),
        settings=m.get("settings", dict),
        stats=stats,
        error=m.optional_text("error"),
        state=state,
        sources=sources,
    )


class _Fields:
    """Typed access to one JSON object of an archive, with errors that name the place."""

    def __init__(self, data: object, where: _Place) -> None:
        if not isinstance(data, dict):
            raise StoreError(ui_text("{where} is not an object.", where=where.capital), _CHANGED_HINT)
        self.data = data
        self.where = where

    def get(self, key: str, kind: type) -> Any:
        value = self.data.get(key)
        if not isinstance(value, kind):
            raise StoreError(
                ui_text(
                    '"{key}" of {where} is missing or not a {kind}.', key=key, where=self.where.text, kind=kind.__name__
                ),
                _CHANGED_HINT,
            )
        return value

    def text(self, key: str) -> str:
        return clean_text(self.get(key, str))

    def one_of(self, key: str, allowed: Sequence[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            raise StoreError(
                ui_text(
                    "The {key} of {where} is {value}, not one of {allowed}.",
                    key=key,
                    where=self.where.text,
                    value=repr(value[:40]),
                    allowed=", ".join(allowed),
                ),
                _CHANGED_HINT,
            )
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def timestamp(self, key: str) -> str:
        value = self.text(key)
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise StoreError(
                ui_text(
                    '"{key}" of {where} is not a date: {value}.', key=key, where=self.where.text, value=repr(value[:40])
                ),
                _CHANGED_HINT,
            ) from None
        return value
