"""Whole files translated chunk by chunk, keeping their structure: .txt and .md by paragraph, .srt by
subtitle, one column of a .csv by row."""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Engine, Stats
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.files import write_text_atomic
from app.core.tasks.languages import find_language
from app.core.tasks.tables import DataFileError, read_table, read_text
from app.core.tasks.translation import TranslationOptions, translate
from app.core.tasks.translation_checks import TranslationWarning
from app.core.ui_text import ui_text

FILE_KINDS = (".txt", ".md", ".srt", ".csv")
_MD_SUFFIXES = (".md", ".markdown")
_CSV_SUFFIXES = (".csv", ".tsv")


@dataclass(frozen=True)
class FileProgress:
    done: int
    total: int
    elapsed_s: float
    eta_s: float | None


@dataclass
class FileTranslationResult:
    output_path: Path
    chunks: int
    #: (chunk number, 1-based; warning) for every chunk's warnings.
    warnings: list[tuple[int, TranslationWarning]]
    stats: Stats


@dataclass
class _Segment:
    text: str
    translate: bool


def translate_file(
    engine: Engine,
    input_path: Path,
    output_path: Path,
    options: TranslationOptions,
    *,
    column: str | None = None,
    on_progress: Callable[[FileProgress], None] | None = None,
    cancel: CancelToken | None = None,
) -> FileTranslationResult:
    """Translate a file chunk by chunk into ``output_path``, keeping its structure.

    .txt and .md by paragraph (fenced code left as is), .srt by subtitle
    (indices and timestamps kept), .csv by row of ``column`` (required; the
    other columns kept). The output is written only when every chunk is
    done; raises ``Cancelled`` when cancelled, ``UserFacingError`` for an
    unreadable file or a missing column.
    """
    input_path, output_path = Path(input_path), Path(output_path)
    find_language(options.target)
    suffix = input_path.suffix.lower()
    if input_path.resolve() == output_path.resolve():
        raise InvalidRequestError(
            ui_text("The output file {name} is the input file.", name=output_path.name),
            ui_text("Pick another name for the translation."),
        )
    if suffix in _CSV_SUFFIXES:
        return _translate_csv(engine, input_path, output_path, options, column, on_progress, cancel)
    if column is not None:
        raise InvalidRequestError(
            ui_text(
                "A column ({column}) was given, but {name} is not a CSV file.",
                column=repr(column),
                name=input_path.name,
            ),
            ui_text("Leave out the column, or pick a .csv file."),
        )
    text, _ = read_text(input_path)
    if suffix == ".srt":
        segments = _srt_segments(text, input_path)
    elif suffix in _MD_SUFFIXES:
        segments = _markdown_segments(text)
    elif suffix == ".txt":
        segments = _paragraph_segments(text)
    else:
        raise InvalidRequestError(
            ui_text(
                "{name}: Plinth translates .txt, .md, .srt and .csv files, not {suffix}.",
                name=input_path.name,
                suffix=suffix or ui_text("files without an extension"),
            ),
            ui_text("Save the text as one of those first."),
        )
    jobs = [s for s in segments if s.translate]
    translations, warnings, stats = _translate_chunks(engine, [s.text for s in jobs], options, on_progress, cancel)
    for segment, translated in zip(jobs, translations):
        segment.text = translated
    write_text_atomic(output_path, "".join(s.text for s in segments))
    return FileTranslationResult(output_path, len(jobs), warnings, stats)


def _translate_chunks(
    engine: Engine,
    texts: Sequence[str],
    options: TranslationOptions,
    on_progress: Callable[[FileProgress], None] | None,
    cancel: CancelToken | None,
) -> tuple[list[str], list[tuple[int, TranslationWarning]], Stats]:
    """Each text's translation in order, every warning with its chunk's number (1-based), and the summed stats."""
    start = time.perf_counter()
    total = len(texts)
    translations: list[str] = []
    warnings: list[tuple[int, TranslationWarning]] = []
    total_stats = Stats()
    if on_progress is not None:
        on_progress(FileProgress(0, total, 0.0, None))
    for done, text in enumerate(texts, 1):
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        try:
            result = translate(engine, text, options, cancel=cancel)
        except ContextTooLongError as exc:
            raise ContextTooLongError(
                ui_text(
                    "Part {done} of {total} of the file is too long for this model: {reason}",
                    done=done,
                    total=total,
                    reason=exc.message,
                ),
                ui_text(
                    "Split that part with blank lines (each paragraph goes on its own), or use a model "
                    "with a longer context."
                ),
            ) from None
        translations.append(result.text)
        warnings.extend((done, w) for w in result.warnings)
        _add_stats(total_stats, result.stats)
        if on_progress is not None:
            elapsed = time.perf_counter() - start
            eta = elapsed / done * (total - done)
            on_progress(FileProgress(done, total, elapsed, eta))
    return translations, warnings, total_stats


def _add_stats(total: Stats, stats: Stats) -> None:
    total.tokens_in += stats.tokens_in
    total.tokens_out += stats.tokens_out
    total.wall_s += stats.wall_s
    if stats.cost_usd is not None:
        total.cost_usd = (total.cost_usd or 0.0) + stats.cost_usd


def _paragraph_segments(text: str) -> list[_Segment]:
    """Paragraphs (split at blank lines) to translate, the blank lines between them kept as they are."""
    segments = []
    for part in re.split(r"(\n[ \t]*\n(?:[ \t]*\n)*)", text):
        if not part:
            continue
        segments.append(_Segment(part, bool(part.strip()) and not re.fullmatch(r"\s*", part)))
    return segments


def _markdown_segments(text: str) -> list[_Segment]:
    """Paragraph blocks, with fenced code blocks, front matter and HTML comments kept untranslated."""
    segments: list[_Segment] = []
    lines = text.splitlines(keepends=True)
    block: list[str] = []

    def flush() -> None:
        if block:
            segments.extend(_paragraph_segments("".join(block)))
            block.clear()

    i = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        for j in range(1, len(lines)):
            if lines[j].strip() in ("---", "..."):
                segments.append(_Segment("".join(lines[: j + 1]), False))
                i = j + 1
                break
    while i < len(lines):
        line = lines[i]
        fence = re.match(r"^\s{0,3}(`{3,}|~{3,})", line)
        if fence:
            flush()
            marker = fence.group(1)
            j = i + 1
            while j < len(lines) and not lines[j].lstrip().startswith(marker):
                j += 1
            segments.append(_Segment("".join(lines[i : j + 1]), False))
            i = j + 1
            continue
        block.append(line)
        i += 1
    flush()
    return segments


_SRT_TIME = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}")


def _srt_segments(text: str, path: Path) -> list[_Segment]:
    """Each subtitle's text lines to translate; indices, timestamps and blank lines kept."""
    segments: list[_Segment] = []
    lines = text.splitlines(keepends=True)
    i = 0
    cues = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            segments.append(_Segment(line, False))
            i += 1
            continue
        # A cue: an index line (optional in the wild), a timing line, text lines up to a blank one.
        head = []
        if line.strip().isdigit() and i + 1 < len(lines):
            head.append(line)
            i += 1
        if not _SRT_TIME.match(lines[i]):
            raise DataFileError(
                ui_text(
                    "{name} line {line} should be a subtitle's timing (00:00:01,000 --> 00:00:02,000) but reads {text}.",
                    name=path.name,
                    line=i + 1,
                    text=repr(lines[i].strip()[:40]),
                ),
                ui_text("Check that the file is a valid .srt subtitle file."),
            )
        head.append(lines[i])
        i += 1
        segments.append(_Segment("".join(head), False))
        body = []
        while i < len(lines) and lines[i].strip():
            body.append(lines[i])
            i += 1
        if body:
            joined = "".join(body)
            core = joined.rstrip("\r\n")
            segments.append(_Segment(core, True))
            segments.append(_Segment(joined[len(core) :], False))
        cues += 1
    if not cues:
        raise DataFileError(
            ui_text("{name} has no subtitles.", name=path.name),
            ui_text("Check that the file is a valid .srt subtitle file."),
        )
    return segments


def _translate_csv(
    engine: Engine,
    input_path: Path,
    output_path: Path,
    options: TranslationOptions,
    column: str | None,
    on_progress: Callable[[FileProgress], None] | None,
    cancel: CancelToken | None,
) -> FileTranslationResult:
    table = read_table(input_path)
    if column is None:
        raise InvalidRequestError(
            ui_text("{name} is a CSV file: say which column to translate.", name=input_path.name),
            ui_text("Its columns are: {columns}.", columns=", ".join(repr(c) for c in table.columns)),
        )
    column = table.require(column)
    indices = [i for i, row in enumerate(table.rows) if row[column].strip()]
    rows = [dict(row) for row in table.rows]
    texts = [rows[i][column] for i in indices]
    translations, warnings, stats = _translate_chunks(engine, texts, options, on_progress, cancel)
    for i, translated in zip(indices, translations):
        rows[i][column] = translated
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=list(table.columns), delimiter=table.delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    write_text_atomic(output_path, out.getvalue())
    return FileTranslationResult(output_path, len(indices), warnings, stats)
