"""Which files a collection's roots hold: a lazy walk that survives loops, huge folders and odd entries.

Every file found is yielded as its ``Path`` (absolute, as reached) or as a
``Skipped`` with the reason a per-file status shows; nothing raises, so one
bad folder never stops a scan. Hidden entries and system folders are passed
over silently (unless named as a root): their files are not the user's
documents, and listing each one would bury the reasons that matter.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.documents.extract import DEFAULT_LIMITS, ExtractLimits, supported_suffixes
from app.core.ui_text import ui_text

#: Folders whose files are a program's, not the user's (version control, caches, dependencies, trash).
SYSTEM_FOLDERS = frozenset(
    {
        "__pycache__",
        "node_modules",
        "$RECYCLE.BIN",
        "System Volume Information",
        "lost+found",
        "site-packages",
        "venv",
    }
)


@dataclass(frozen=True)
class Skipped:
    """A file or folder discovery passed over, and why ("unsupported type .zip", "symlink loop")."""

    path: Path
    reason: str


def discover(roots: Sequence[Path], limits: ExtractLimits = DEFAULT_LIMITS) -> Iterator[Path | Skipped]:
    """Files under ``roots`` (files or folders), in name order per folder, each real file once.

    A folder with more than ``limits.max_files`` entries is listed only that far
    (then sorted), so memory stays bounded. Links are followed, but a folder already walked (a symlink loop, or a
    link back into a root) is skipped with a reason. After
    ``limits.max_files`` files the walk stops with a ``Skipped`` saying so.
    """
    suffixes = supported_suffixes()
    seen_files: set[tuple[int, int]] = set()
    seen_folders: set[tuple[int, int]] = set()
    count = 0
    for root in roots:
        stack: list[Path] = [Path(os.path.abspath(root))]
        while stack:
            path = stack.pop()
            try:
                info = path.stat()
            except FileNotFoundError:
                yield Skipped(path, ui_text("broken link") if path.is_symlink() else ui_text("not found"))
                continue
            except OSError as exc:
                yield Skipped(path, _os_reason(exc))
                continue
            identity = (info.st_dev, info.st_ino)
            if stat.S_ISDIR(info.st_mode):
                if identity in seen_folders:
                    yield Skipped(path, ui_text("folder already included (a symlink loop or a second link to it)"))
                    continue
                seen_folders.add(identity)
                entries = _folder_entries(path, limits.max_files + 1)
                if isinstance(entries, Skipped):
                    yield entries
                    continue
                # Reversed onto the stack, so the walk pops them in name order.
                stack.extend(reversed(entries))
                continue
            if identity in seen_files:
                continue
            seen_files.add(identity)
            if count >= limits.max_files:
                yield Skipped(
                    path, ui_text("file limit reached: stopped after {count} files", count=f"{limits.max_files:,}")
                )
                return
            count += 1
            if not stat.S_ISREG(info.st_mode):
                yield Skipped(path, ui_text("not a regular file"))
            elif path.suffix.lower() not in suffixes:
                extension = path.suffix.lower()
                yield Skipped(
                    path,
                    ui_text("unsupported type {extension}", extension=extension)
                    if extension
                    else ui_text("unsupported type (no extension)"),
                )
            else:
                yield path


def _folder_entries(folder: Path, cap: int) -> list[Path] | Skipped:
    """The folder's entries worth walking, sorted; at most ``cap`` are read, so a huge folder costs bounded memory."""
    try:
        with os.scandir(folder) as listing:
            names = [entry.name for entry in itertools.islice(listing, cap)]
    except OSError as exc:
        return Skipped(folder, _os_reason(exc, folder=True))
    return [folder / name for name in sorted(names) if not _passed_over(name)]


def _passed_over(name: str) -> bool:
    # Hidden files and folders, Office's "~$" lock files, and system folders.
    return name.startswith((".", "~$")) or name in SYSTEM_FOLDERS


def _os_reason(exc: OSError, *, folder: bool = False) -> str:
    if isinstance(exc, PermissionError):
        return (
            ui_text("unreadable folder: permission denied") if folder else ui_text("unreadable file: permission denied")
        )
    if exc.errno == errno.ELOOP:  # a link that points at itself, or a ring of links
        return ui_text("symlink loop")
    reason = str(exc.strerror or exc)
    if folder:
        return ui_text("unreadable folder: {reason}", reason=reason)
    return ui_text("unreadable file: {reason}", reason=reason)
