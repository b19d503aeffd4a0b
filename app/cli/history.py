"""``plinth history``: list, search, export and import the saved conversations."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.cli.common import Io, Services, add_json_flag
from app.core.errors import InvalidRequestError
from app.core.history.archive import read_archive_file, write_archive_file
from app.core.history.db import StoreError
from app.core.history.search import SearchHit
from app.core.history.store import Store
from app.core.plural import counted

BOLD, RESET = "\x1b[1m", "\x1b[0m"
#: Control characters (C0 but tab, DEL, C1): shown as U+FFFD in list and search lines, so a
#: saved text cannot move the cursor or recolour the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_SPACE = re.compile(r"\s+")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    history = sub.add_parser("history", help="list, search, export or import saved conversations",
                             description="Conversations are saved as you chat, in the window or with `plinth chat`.")  # fmt: skip
    commands = history.add_subparsers(dest="history_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="every conversation: pinned first, then the latest")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    search = commands.add_parser("search", help="find words in every conversation and title")
    search.add_argument("query", help="words that must all appear; the last one may be the start of a word")
    search.add_argument("--limit", type=int, default=50, help="at most this many hits (default 50)")
    add_json_flag(search)
    search.set_defaults(handler=_search)

    export = commands.add_parser("export", help="one conversation as Markdown or JSON, or all as an archive",
                                 description="Export conversation ID (Markdown or JSON), or --all of them as one "
                                 "JSON archive. `plinth history import` reads back both JSON shapes.")  # fmt: skip
    export.add_argument("id", nargs="?", type=int, help="the conversation's id (`plinth history list` shows them)")
    export.add_argument("--all", action="store_true", help="every conversation, as one archive")
    export.add_argument("--format", choices=("md", "json"), default="md", help="for one conversation (default md)")
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write here instead of standard output")
    export.set_defaults(handler=_export)

    load = commands.add_parser("import", help="add the conversations of an archive or of one exported conversation "
                               "(those already here are skipped)")  # fmt: skip
    load.add_argument("file", type=Path, help="a file made by `plinth history export --all`, by `plinth history export "
                      "ID --format json`, or by the window's Export")  # fmt: skip
    add_json_flag(load)
    load.set_defaults(handler=_import)


def open_history(services: Services, io: Io) -> Store:
    """The services' store, with anything it had to repair said on standard error."""
    store = services.store
    for warning in store.warnings:
        print(f"plinth: warning: {warning}", file=io.stderr)
    return store


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    conversations = open_history(services, io).list_conversations()
    if args.json:
        io.print_json([{"id": c.id, "uid": c.uid, "title": c.title, "created": c.created, "updated": c.updated,
                        "pinned": c.pinned, "model_id": c.model_id, "message_count": c.message_count}
                       for c in conversations])  # fmt: skip
        return 0
    if not conversations:
        print("No saved conversations yet.", file=io.stderr)
    for c in conversations:
        pin = "*" if c.pinned else " "
        count = f"{c.message_count} message{'s' if c.message_count != 1 else ''}"
        model = f" · {c.model_id}" if c.model_id else ""
        title = _plain(c.title).strip() or "(untitled)"
        io.stdout.write(f"{c.id:>5} {pin} {_when(c.updated)}  {title}  ({count}{model})\n")
    return 0


def _search(services: Services, args: argparse.Namespace, io: Io) -> int:
    hits = open_history(services, io).search(args.query, limit=args.limit)
    if args.json:
        io.print_json([{"conversation_id": h.conversation_id, "message_id": h.message_id, "title": h.title,
                        "role": h.role, "text": h.text, "parts": [[text, hit] for text, hit in h.parts]}
                       for h in hits])  # fmt: skip
        return 0
    if not hits:
        print(f"Nothing in the history matches {args.query!r}.", file=io.stderr)
    bold = io.stdout.isatty()
    for hit in hits:
        where = "title" if hit.role is None else hit.role
        title = _plain(hit.title).strip() or "(untitled)"
        io.stdout.write(f"{hit.conversation_id:>5}  {title}  [{where}]\n")
        io.stdout.write(f"       {_highlighted(hit, bold).strip()}\n")
    return 0


def _export(services: Services, args: argparse.Namespace, io: Io) -> int:
    if args.all == (args.id is not None):
        raise InvalidRequestError("Give either a conversation ID or --all.",
                                  "For example: plinth history export 3, or plinth history export --all -o all.json")  # fmt: skip
    store = open_history(services, io)
    if args.all:
        archive = store.export_archive()
        if args.output is None:
            io.print_json(archive)
        else:
            write_archive_file(args.output, archive)
            count = len(archive["conversations"])
            print(f"Exported {count} conversation{'s' if count != 1 else ''} to {args.output}.", file=io.stderr)
        return 0
    text = store.export_conversation(args.id, args.format)
    if args.output is None:
        io.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        try:
            args.output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise StoreError(f"{args.output} cannot be written ({exc.strerror or exc}).",
                             "Choose another file or folder.") from None  # fmt: skip
    return 0


def _import(services: Services, args: argparse.Namespace, io: Io) -> int:
    data = read_archive_file(args.file)
    result = open_history(services, io).import_archive(data)
    if args.json:
        io.print_json({"imported": result.imported, "skipped": result.skipped})
    else:
        imported = counted(result.imported, "conversation")
        io.stdout.write(f"Imported {imported}; skipped {result.skipped} already in the history.\n")
    return 0


def _when(timestamp: str) -> str:
    """ "2026-03-01 10:00" (UTC) from an ISO timestamp."""
    return timestamp[:16].replace("T", " ")


def _plain(text: str) -> str:
    """One line: runs of white space (newlines too) as one space, other control characters as U+FFFD."""
    return _CONTROL.sub("\ufffd", _SPACE.sub(" ", text))


def _highlighted(hit: SearchHit, bold: bool) -> str:
    pieces = []
    for text, is_hit in hit.parts:
        text = _plain(text)
        pieces.append(f"{BOLD}{text}{RESET}" if bold and is_hit else text)
    return "".join(pieces)
