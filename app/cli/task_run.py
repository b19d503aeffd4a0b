"""``plinth task run``: a task over rows × (model, variant) columns, with progress on stderr, a Ctrl+C that stops
cleanly and a rerun that resumes, each column's summary and the failing rows (or ``--json``), an export and the
run saved in the history.

The run's journal lies beside ``--output`` (``OUT.journal.jsonl``, kept as a batch run keeps it); without
``--output``, in the cache folder under a name made from the task, the rows and the columns, so the same
command finds it again, and it is removed once the run is complete.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import threading
import time
from pathlib import Path

from app.cli.common import EXIT_CANCELLED, EXIT_USER_ERROR, Io, Services, interrupt_cancels
from app.cli.history import open_history
from app.cli.task import open_task, parse_var, task_library
from app.core.cancel import CancelToken
from app.core.errors import InvalidRequestError
from app.core.plural import counted
from app.core.tasks.batch import journal_path
from app.core.tasks.custom.cache import ResponseCache
from app.core.tasks.custom.checking import engine_tools, task_checker
from app.core.tasks.custom.export import export_run, summary_table
from app.core.tasks.custom.library import sample_file
from app.core.tasks.custom.matrix import MatrixResult
from app.core.tasks.custom.run import journal_fingerprint, run_matrix
from app.core.tasks.custom.saved import save_task_run, task_run_id
from app.core.tasks.custom.spec import Cell, Column, TaskSpec
from app.core.tasks.tables import read_table, row_number

#: Seconds between two progress lines on stderr.
PROGRESS_EVERY_S = 1.0
#: Where journals of runs without ``--output`` go, under the cache folder.
RUNS_DIR = "task-runs"
#: Failing rows listed after the summary; the rest are counted (``--output`` has them all).
FAILING_ROWS_SHOWN = 20
#: An output in the failing rows is shown on one line, cut at this many characters.
OUTPUT_CHARS = 160
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

Rows = list[dict[str, object]]


def run_task(services: Services, args: argparse.Namespace, io: Io) -> int:
    spec, task_file = open_task(task_library(services), args.task)
    columns = [Column(m, v) for m in dict.fromkeys(args.models) for v in args.variants or _variants(spec)]
    rows, source = _rows(args, spec, task_file, io)
    store = None if args.no_history else open_history(services, io)
    journal = _journal(services, args.output, spec, rows, columns)
    cache = None if args.no_cache else ResponseCache.in_folder(services.paths.cache_dir)
    checker = task_checker(engine_tools(services.engines.get, services.shared_embedding))
    progress = _Progress(io, len(rows) * len(columns), len(columns))
    cancel = CancelToken()
    try:
        with interrupt_cancels(cancel):
            result = run_matrix(spec, rows, columns, services.engines.get, checker=checker, cancel=cancel,
                                on_cell=progress.cell, journal=journal, cache=cache,
                                concurrency=args.concurrency)  # fmt: skip
    finally:
        if cache is not None:
            cache.close()
    progress.finish(result)
    if store is not None:
        save_task_run(store, result, task_run_id(journal), source)
    if args.output is not None:
        export_run(result, args.output)
    if args.json:
        io.print_json(result.to_dict())
    else:
        print_matrix(io, result, args.output)
    for column, why in result.failed.items():
        print(f"plinth: {column.model} ({column.variant}) did not run: {why}", file=io.stderr)
    for note in result.notes:
        print(f"plinth: {note}", file=io.stderr)
    if result.cancelled:
        print(f"plinth: stopped after {result.done} of {counted(result.total, 'cell')}; run the same command "
              "again to resume.", file=io.stderr)  # fmt: skip
        return EXIT_CANCELLED
    if args.output is None:
        journal.unlink(missing_ok=True)  # complete: a rerun asks again (identical requests come from the cache)
    return EXIT_USER_ERROR if len(result.failed) == len(result.columns) else 0


def _variants(spec: TaskSpec) -> list[str]:
    return [v.name for v in spec.all_variants()]


def _rows(args: argparse.Namespace, spec: TaskSpec, task_file: Path, io: Io) -> tuple[Rows, str]:
    """The rows to run (each a variable → value mapping) and the input file's path ("" for typed values)."""
    typed: dict[str, object] = dict(parse_var(v) for v in args.var)
    wanted = spec.variables()
    unused = [name for name in typed if name not in wanted]
    if unused:
        names = ", ".join(f"{{{{{n}}}}}" for n in wanted) or "none"
        print(f"plinth: warning: the task uses no variable {', '.join(unused)}; its variables: {names}.",
              file=io.stderr)  # fmt: skip
    source = args.input
    if source is None and not typed:
        source = sample_file(task_file)
        if source is None and wanted:
            names = " ".join(f"--var {n}=…" for n in wanted)
            raise InvalidRequestError(
                f"No rows to run “{spec.name}” on.", f"Give --input FILE (a CSV or JSONL file), or {names}."
            )
        if source is not None:
            print(f"plinth: no --input: running the task's sample rows, {source}", file=io.stderr)
    if source is None:
        return [typed], ""
    table = read_table(source)
    missing = [name for name in wanted if name not in table.columns and name not in typed]
    if missing:
        names = ", ".join(f"{{{{{n}}}}}" for n in missing)
        print(f"plinth: warning: {table.path.name} has no column for {names}: every cell whose prompt uses it "
              "fails with that as its error.", file=io.stderr)  # fmt: skip
    return [{**row, **typed} for row in table.rows], str(Path(source).resolve())


def _journal(services: Services, output: Path | None, spec: TaskSpec, rows: Rows, columns: list[Column]) -> Path:
    if output is not None:
        return journal_path(output)
    fingerprint = json.dumps(journal_fingerprint(spec, rows, columns), sort_keys=True, ensure_ascii=False)
    name = hashlib.sha256(fingerprint.encode()).hexdigest()[:24]
    return services.paths.cache_dir / RUNS_DIR / f"{name}.journal.jsonl"


class _Progress:
    """Progress lines on stderr: cells answered in this run, and rows a second across the columns."""

    def __init__(self, io: Io, total: int, columns: int) -> None:
        self.io = io
        self.total = total
        self.columns = columns
        self.answered = 0
        self.start = time.monotonic()
        self.last = 0.0
        self._lock = threading.Lock()

    def cell(self, index: int, column: Column, cell: Cell) -> None:
        with self._lock:
            self.answered += 1
            now = time.monotonic()
            if now - self.last < PROGRESS_EVERY_S:
                return
            self.last = now
            rate = self.answered / self.columns / max(now - self.start, 1e-9)
            print(f"plinth: {self.answered} of {self.total} cells answered · {rate:.2f} rows/s", file=self.io.stderr,
                  flush=True)  # fmt: skip

    def finish(self, result: MatrixResult) -> None:
        elapsed = time.monotonic() - self.start
        resumed = f" ({result.resumed} resumed from an earlier run)" if result.resumed else ""
        print(f"plinth: {result.done}/{result.total} cells{resumed} in {elapsed:.1f} s", file=self.io.stderr)


def print_matrix(io: Io, result: MatrixResult, output: Path | None) -> None:
    """Each column's summary as a table, then the failing rows."""
    out = io.stdout
    task = result.task
    where = f" → {output}" if output is not None else ""
    out.write(f"{task.name}: {counted(len(result.rows), 'row')} × {counted(len(result.columns), 'column')} "
              f"({task.output} output){where}\n\n")  # fmt: skip
    table = [("", [c.model for c in result.columns]), ("", [c.variant for c in result.columns])]
    table += summary_table(result.summaries())
    first = max(len(what) for what, _ in table)
    widths = [max(len(values[i]) for _, values in table) for i in range(len(result.columns))]
    for what, values in table:
        cells = "  ".join(v.ljust(w) for v, w in zip(values, widths))
        out.write(f"{what.ljust(first)}  {cells}".rstrip() + "\n")
    failing = result.failures()
    if not failing:
        out.write("\nEvery row passed every check.\n" if result.done else "")
        return
    out.write(f"\nFailing rows ({len(failing)} of {len(result.rows)}):\n")
    for row in failing[:FAILING_ROWS_SHOWN]:
        for column in result.columns:
            cell = row.cells.get(column)
            if cell is None or cell.passed:
                continue
            out.write(f"  row {row_number(row.index)} · {column.model} ({column.variant}): {_why(cell)}\n")
            if not cell.error:
                out.write(f"      output: {_one_line(cell.text)}\n")
    more = len(failing) - FAILING_ROWS_SHOWN
    if more > 0:
        out.write(f"  … and {counted(more, 'more row')}" + (f" (all in {output})" if output else "") + "\n")


def _why(cell: Cell) -> str:
    if cell.error:
        return _one_line(cell.error)
    # Checks failing for one reason (an answer that is not JSON fails them all) are said once.
    by_reason: dict[str, list[str]] = {}
    for check in cell.checks:
        if not check.passed:
            by_reason.setdefault(_one_line(check.reason), []).append(check.name)
    return "failed " + "; ".join(f"{', '.join(names)} ({why})" if why else ", ".join(names)
                                 for why, names in by_reason.items())  # fmt: skip


def _one_line(text: str) -> str:
    """``text`` on one line, control characters shown as U+FFFD, cut at ``OUTPUT_CHARS``."""
    flat = _CONTROL.sub("\ufffd", " ".join(text.split()))
    return flat if len(flat) <= OUTPUT_CHARS else flat[: OUTPUT_CHARS - 1] + "…"
