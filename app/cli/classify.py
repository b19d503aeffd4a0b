"""``plinth classify``: one text, or every row of a file, into a set of labels."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any, cast

from app.cli.chat import stats_json
from app.cli.common import EXIT_CANCELLED, Io, Services, add_json_flag, interrupt_cancels
from app.cli.history import open_history
from app.core.cancel import CancelToken
from app.core.engines.base import LabelPredictor
from app.core.errors import InvalidRequestError
from app.core.history.results import batch_run_id
from app.core.model_id import CLASSIFIER_PREFIX
from app.core.tasks.batch import DEFAULT_CONCURRENCY, BatchProgress, BatchSpec, BatchSummary, ClassifyJob, run_batch
from app.core.tasks.classification import ClassificationResult, Example, LabelSet, classify

#: Seconds between two progress lines on stderr.
PROGRESS_EVERY_S = 1.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "classify",
        help="put a text, or every row of a CSV/JSONL file, into one of your labels",
        description="Classify a text, or the rows of a file (--input), into one of the labels. "
        "A batch run resumes where it stopped when run again with the same arguments.",
    )
    cmd.add_argument(
        "-m",
        "--model",
        default="starter",
        help="starter, local:NAME, PROVIDER:MODEL or classifier:NAME[@V] (a saved classifier)",
    )
    cmd.add_argument("--labels", help='comma-separated labels, e.g. "positive,negative"; '
                     'a description may follow "=": "spam=unsolicited ads,ham"; '
                     "optional with a classifier:NAME model (its own labels)")  # fmt: skip
    cmd.add_argument("--multi", action="store_true", help="several labels may apply")
    cmd.add_argument("--abstain-below", type=float, metavar="P", help="abstain when the top probability is below P")
    cmd.add_argument("--instruction", default="", help="what the labels are about, in one sentence")
    cmd.add_argument("--example", action="append", default=[], metavar="TEXT=>LABEL",
                     help="a few-shot example (repeatable); several labels with --multi: TEXT=>a;b")  # fmt: skip
    cmd.add_argument("--input", type=Path, metavar="FILE", help="classify every row of this CSV or JSONL file")
    cmd.add_argument("--column", help="the column holding the text (with --input)")
    cmd.add_argument("--gold", metavar="COL", help="a column of correct labels: report accuracy, macro-F1, confusion")
    cmd.add_argument("--output", type=Path, metavar="OUT.csv", help="where the results go (with --input)")
    cmd.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY,
                     help=f"rows sent at once to a remote model (default {DEFAULT_CONCURRENCY})")  # fmt: skip
    cmd.add_argument("--no-history", action="store_true", help="do not save the result in the history")
    add_json_flag(cmd, "print one JSON object")
    cmd.add_argument("text", nargs="?", help="the text; - reads it from standard input")
    cmd.set_defaults(handler=_classify)


def _classify(services: Services, args: argparse.Namespace, io: Io) -> int:
    labels = _labels(services, args)
    examples = tuple(_example(e, args.multi) for e in args.example)
    if args.input is not None:
        return _batch(services, args, io, labels, examples)
    if args.text is None:
        raise InvalidRequestError(
            "No text to classify.", "Give the text as an argument, - for standard input, or --input FILE."
        )
    for flag in ("column", "gold", "output"):
        if getattr(args, flag) is not None:
            raise InvalidRequestError(f"--{flag} needs --input FILE.", "Add --input, or leave the option out.")
    engine = services.engines.get(args.model)
    store = None if args.no_history else open_history(services, io)
    text = io.read_text(args.text)
    result = classify(
        engine,
        text,
        labels,
        multi=args.multi,
        examples=examples,
        abstain_below=args.abstain_below,
        instruction=args.instruction,
    )
    if store is not None:
        store.save_classification(model_id=args.model, text=text, labels=list(labels.names), result=result.to_dict(),
                                  stats=result.stats.to_dict())  # fmt: skip
    if args.json:
        io.print_json({**result.to_dict(), "model": args.model, "stats": stats_json(result.stats)})
    else:
        _print_result(io, result, labels)
    return 0


def _labels(services: Services, args: argparse.Namespace) -> LabelSet:
    """``--labels``; without it, a saved classifier's own labels."""
    if args.labels is not None:
        return LabelSet.parse(args.labels)
    if args.model.strip().startswith(f"{CLASSIFIER_PREFIX}:"):
        engine = services.engines.get(args.model)
        if engine.capabilities.trained_labels:
            return LabelSet.of(cast(LabelPredictor, engine).labels)
    raise InvalidRequestError("No labels given.", 'Add --labels, such as --labels "positive,negative".')


def _example(value: str, multi: bool) -> Example:
    text, sep, label = value.rpartition("=>")
    if not sep or not text.strip() or not label.strip():
        raise InvalidRequestError(f"The example {value!r} is not TEXT=>LABEL.", 'Write it as "I loved it=>positive".')
    names = tuple(n.strip() for n in label.split(";") if n.strip()) if multi else (label.strip(),)
    return Example(text.strip(), names)


def _print_result(io: Io, result: ClassificationResult, labels: LabelSet) -> None:
    io.stdout.write(result.display_label + "\n")
    if result.probabilities is not None:
        width = max(len(n) for n in labels.names)
        for name in labels.names:
            p = result.probabilities[name]
            io.stdout.write(f"  {name.ljust(width)}  {p:6.3f}  {'█' * round(p * 30)}\n")
    if result.note:
        print(f"plinth: {result.note}", file=io.stderr)


def _batch(
    services: Services, args: argparse.Namespace, io: Io, labels: LabelSet, examples: tuple[Example, ...]
) -> int:
    if args.text is not None:
        raise InvalidRequestError("Give either a TEXT or --input FILE, not both.", "Leave one of them out.")
    if not args.column or args.output is None:
        raise InvalidRequestError("A batch run needs --column COL and --output OUT.csv.", "Add the missing option.")
    spec = BatchSpec(
        input_path=args.input,
        text_column=args.column,
        output_path=args.output,
        job=ClassifyJob(labels, args.multi, examples, args.abstain_below, args.instruction),
        gold_column=args.gold,
        concurrency=args.concurrency,
    )
    engine = services.engines.get(args.model)
    store = None if args.no_history else open_history(services, io)
    cancel = CancelToken()
    with interrupt_cancels(cancel):
        summary = run_batch(engine, spec, on_progress=_progress_printer(io), cancel=cancel)
    if store is not None:
        # Keyed by the journal: running the same command again resumes the run and updates its row.
        store.save_batch_run(run_id=batch_run_id("classify", summary.journal_path), task="classify", model_id=args.model,
                             input_path=str(args.input.resolve()), output_path=str(args.output.resolve()),
                             summary=summary.to_dict())  # fmt: skip
    if args.json:
        io.print_json(summary.to_dict())
    else:
        print_summary(io, summary)
    if summary.cancelled:
        print(f"plinth: stopped after {summary.done} of {summary.total} rows; run the same command again to "
              "resume.", file=io.stderr)  # fmt: skip
        return EXIT_CANCELLED
    return 0


def _progress_printer(io: Io) -> Any:
    last = [0.0]

    def show(progress: BatchProgress) -> None:
        now = time.monotonic()
        if progress.done < progress.total and now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        print(f"plinth: {progress_line(progress)}", file=io.stderr, flush=True)

    return show


def progress_line(progress: BatchProgress) -> str:
    """ "37/200 rows (12 resumed) · 4.1 rows/s · ETA 40 s"."""
    parts = [f"{progress.done}/{progress.total} rows"]
    if progress.resumed:
        parts[0] += f" ({progress.resumed} resumed)"
    if progress.rows_per_s:
        parts.append(f"{progress.rows_per_s:.1f} rows/s")
    if progress.eta_s is not None and progress.done < progress.total:
        parts.append(f"ETA {progress.eta_s:.0f} s")
    return " · ".join(parts)


def print_summary(io: Io, summary: BatchSummary) -> None:
    out = io.stdout
    where = f" → {summary.output_path}" if summary.output_path is not None else ""
    resumed = f" ({summary.resumed} resumed from an earlier run)" if summary.resumed else ""
    out.write(f"{summary.done}/{summary.total} rows{where}{resumed} in {summary.elapsed_s:.1f} s\n")
    if summary.errors or summary.abstained:
        out.write(f"{summary.errors} rows failed, {summary.abstained} abstained (see the error and note columns)\n")
    metrics = summary.metrics
    if metrics is not None:
        out.write(
            f"accuracy {metrics.accuracy:.3f} · macro-F1 {metrics.macro_f1:.3f} ({metrics.n} rows with a gold label)\n"
        )
        width = max(len(c.label) for c in metrics.per_class)
        out.write(f"{'class'.ljust(width)}  precision  recall     f1  support\n")
        for c in metrics.per_class:
            out.write(f"{c.label.ljust(width)}  {c.precision:9.3f}  {c.recall:6.3f}  {c.f1:5.3f}  {c.support:7d}\n")
        out.write("confusion matrix (rows: gold, columns: predicted)\n")
        out.write(metrics.format_confusion() + "\n")
    for note in summary.notes:
        print(f"plinth: {note}", file=io.stderr)
