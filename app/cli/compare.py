"""``plinth compare``: one input, several models, side by side; saved like the GUI's comparisons."""

from __future__ import annotations

import argparse
import threading
from typing import TypeVar

from app.cli.chat import citations_json, sources_lines, stats_json
from app.cli.common import EXIT_CANCELLED, EXIT_USER_ERROR, Io, Services, add_json_flag
from app.core.cancel import CancelToken
from app.core.compare.results import METRICS, STATUS_LABELS, ComparisonResult, ModelRun, display_answer, format_metric
from app.core.compare.run import CompareEvent, run_comparison
from app.core.compare.spec import MAX_MODELS, ColumnSettings, Comparison, Task
from app.core.compare.verdict import best_values, result_privacy, verdict
from app.core.engines.base import Stats, mark_estimate
from app.core.errors import InvalidRequestError
from app.core.plural import counted
from app.core.tasks.tables import row_number

T = TypeVar("T")

#: Where batch comparisons keep each model's output CSV and journal, under the data folder.
RUNS_DIR = "comparison-runs"
#: How often the waiting main thread wakes, so Ctrl-C is seen promptly.
JOIN_POLL_S = 0.2


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "compare",
        help="send one input to several models and compare answers, speed and cost",
        description="Runs 2–4 models on the same input at once and prints their results, metrics and a verdict. "
        "Every comparison is saved. Ctrl-C stops all models and saves what they did. "
        "To compare one model with other settings, give --temperature or --system once per -m, in the same "
        "order: -m starter --temperature 0.2 -m starter --temperature 1.0. Given once, they apply to every model. "
        "The columns are then named by what differs: starter (temperature 0.2), starter (temperature 1.0).",
    )
    p.add_argument("-m", "--model", action="append", required=True, dest="models", metavar="MODEL",
                   help=f"a model to compare (2 to {MAX_MODELS}): starter, local:NAME or PROVIDER:MODEL; "
                   "the same one again with other settings")  # fmt: skip
    p.add_argument("--task", choices=("chat", "translate", "classify"), default="chat")
    p.add_argument("-s", "--system", action="append", default=[],
                   help="system prompt (chat); once, or once per -m")  # fmt: skip
    p.add_argument("--max-tokens", type=int, default=None, help="answer length limit (default: 512 for chat)")
    p.add_argument("--temperature", type=float, action="append", default=[],
                   help="sampling temperature (chat 0.7, translate 0.2); once, or once per -m")  # fmt: skip
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--to", dest="target", default="", help="target language (translate)")
    p.add_argument("--from", dest="source", default=None, help="source language (translate; default: detect)")
    p.add_argument("--labels", default="", help='labels (classify): "a,b,c"; a description may follow "="')
    p.add_argument("--multi", action="store_true", help="several labels may apply (classify)")
    p.add_argument("--input", default=None, metavar="FILE", help="run over every row of a CSV or JSONL file")
    p.add_argument("--column", default="", metavar="COL", help="the file's text column (with --input)")
    p.add_argument("--gold", default=None, metavar="COL", help="the file's gold label column: accuracy, macro-F1")
    p.add_argument("--docs", action="append", default=[], metavar="COLLECTION",
                   help="answer the prompt from this document collection (repeat for more): the same passages go to "
                   "every model, each answer cites them")  # fmt: skip
    p.add_argument("--title", default="", help="a name for the saved comparison")
    add_json_flag(p, "print one JSON object")
    p.add_argument("text", nargs="?", default=None, help="the input; - reads standard input (not with --input)")
    p.set_defaults(handler=_compare)


def _spec(args: argparse.Namespace, io: Io) -> Comparison:
    if args.input is not None:
        if args.task == "chat":
            raise InvalidRequestError("--input runs translate or classify over a file, not chat.",
                                      "Add --task classify or --task translate.")  # fmt: skip
        if args.text is not None:
            raise InvalidRequestError("Give either TEXT or --input FILE, not both.", "Drop one of them.")
        if not args.column:
            raise InvalidRequestError("--input needs --column COL: the column holding the text.", "Add --column.")
        task: Task = "batch-translate" if args.task == "translate" else "batch-classify"
        text = ""
    else:
        if args.text is None:
            raise InvalidRequestError("No input was given.", "Add the text to send, or - to read standard input.")
        task, text = args.task, io.read_text(args.text)
    temperature, own_temperatures = _setting("--temperature", args.temperature, args.models,
                                             0.2 if args.task == "translate" else 0.7)  # fmt: skip
    system, own_systems = _setting("--system", args.system, args.models, "")
    columns = tuple(ColumnSettings(t, s) for t, s in zip(own_temperatures, own_systems))
    labels = tuple(part.strip() for part in args.labels.split(",") if part.strip())
    return Comparison(
        task=task,
        models=tuple(args.models),
        columns=columns if any(c != ColumnSettings() for c in columns) else (),
        text=text,
        title=args.title,
        system=system,
        max_tokens=args.max_tokens,
        temperature=temperature,
        seed=args.seed,
        target=args.target,
        source=args.source,
        labels=labels,
        multi=args.multi,
        input_path=args.input,
        text_column=args.column,
        gold_column=args.gold,
        collections=tuple(args.docs),
    ).validate()


def _setting(flag: str, values: list[T], models: list[str], default: T) -> tuple[T, list[T | None]]:
    """(the comparison's value, each column's own): given never or once, it is the comparison's;
    given once per -m, each column has its own, in the order of the -m options."""
    if len(values) <= 1:
        return (values[0] if values else default), [None] * len(models)
    if len(values) == len(models):
        return default, list(values)
    raise InvalidRequestError(
        f"{flag} was given {len(values)} times for {counted(len(models), 'model')}.",
        f"Give {flag} once for every model, or once per -m, in the same order.",
    )


def _compare(services: Services, args: argparse.Namespace, io: Io) -> int:
    spec = _spec(args, io)
    stop_all = CancelToken()
    outcome: list[ComparisonResult] = []
    failure: list[BaseException] = []

    def on_event(event: CompareEvent) -> None:
        if not args.json:
            line = _event_line(event)
            if line:
                print(line, file=io.stderr, flush=True)

    def work() -> None:
        retrieval = None
        if spec.collections:
            from app.core.documents.chat_retrieval import ChatRetrieval

            retrieval = ChatRetrieval(services.documents, services.open_embedding)
        try:
            outcome.append(run_comparison(spec, services.engines, on_event=on_event, cancel=stop_all,
                                          work_dir=services.paths.data_dir / RUNS_DIR, retrieve=retrieval))  # fmt: skip
        except BaseException as exc:  # handed to the main thread, which reports it
            failure.append(exc)
        finally:
            if retrieval is not None:
                retrieval.close()

    # The comparison runs on its own thread so that Ctrl-C, which only the
    # main thread sees, can press "Stop all" and still save what was done.
    worker = threading.Thread(target=work, name="plinth-compare")
    worker.start()
    interrupted = False
    while worker.is_alive():
        try:
            worker.join(JOIN_POLL_S)
        except KeyboardInterrupt:
            interrupted = True
            stop_all.cancel()
    if failure:
        raise failure[0]
    result = outcome[0]
    from app.core.compare.saved import open_comparisons

    open_comparisons(services.store).save(result)
    if args.json:
        io.print_json(result_json(result))
    else:
        io.stdout.write(format_table(result))
        print(f"Saved as comparison {result.id}.", file=io.stdout)
    if interrupted:
        return EXIT_CANCELLED
    return 0 if result.nothing_found or any(run.status == "finished" for run in result.runs) else EXIT_USER_ERROR


def _event_line(event: CompareEvent) -> str | None:
    if event.kind == "queued":
        return f"{event.column}: waiting for memory (place {event.queue_position} in the queue)"
    if event.kind == "loading":
        return f"{event.column}: loading the model"
    if event.kind == "finished":
        return f"{event.column}: done"
    if event.kind == "cancelled":
        return f"{event.column}: stopped"
    if event.kind == "failed" and event.run is not None:
        return f"{event.column}: failed: {event.run.error}"
    if event.kind == "progress" and event.total and event.done == event.total:
        return f"{event.column}: {event.done} of {counted(event.total, 'row')}"
    return None


# -- output ---------------------------------------------------------------------------


def _result_json(run: ModelRun, task: str) -> object:
    if task in ("chat", "translate"):
        return {"text": run.text, "warnings": run.warnings} if task == "translate" else run.text
    if task == "classify":
        c = run.classification or {}
        return {"label": c.get("label"), "labels": c.get("labels", []), "probabilities": c.get("probabilities")}
    # "row" numbers it as every other output does (the data row, from 1); "index" counts from 0.
    rows = [
        {**row, "row": row_number(index)} if isinstance(index := row.get("index"), int) else row for row in run.rows
    ]
    return {"rows_done": run.rows_done, "rows_total": run.rows_total, "rows": rows}


def result_json(result: ComparisonResult) -> dict[str, object]:
    """The ``--json`` object: one entry per column, the best values, the verdict and where text went.

    Each entry's ``column`` names it (the model id, with the settings that set it apart when one
    model fills several columns); ``settings``: those it ran with, of the ones a column may set.
    Answered from documents (``--docs``): ``found``, the ``sources`` sent (once: numbered alike in every
    column), and per column the ``citations`` its answer makes, as ``plinth chat --docs`` gives them, and
    ``sources_sent``/``trimmed``: how many it was sent, and how many were left out or shortened to fit it.
    """
    models = []
    for index, run in enumerate(result.runs):
        # Unknown figures are null, not the zeros of an empty Stats.
        stats: dict[str, object] = stats_json(run.stats) if run.stats else dict.fromkeys(stats_json(Stats()))
        stats["load_s"] = run.metrics.load_s
        stats["peak_rss_bytes"] = run.metrics.peak_rss_bytes
        models.append({
            "model": run.model_id,
            "column": run.column,
            "settings": result.spec.column_settings(index),
            "destination": run.destination,
            "status": run.status,
            "result": _result_json(run, result.spec.task),
            "stats": stats,
            "metrics": run.metrics.to_dict(),
            "evaluation": run.batch_metrics,
            "notes": run.notes,
            "error": run.error or None,
            **_documents_json(run),
        })  # fmt: skip
    sources = result.sources()
    return {
        "id": result.id,
        "task": result.spec.task,
        "stopped": result.stopped,
        "models": models,
        "best": {metric: list(ids) for metric, ids in best_values(result).items()},
        "verdict": verdict(result),
        "privacy": result_privacy(result),
        **({} if sources is None else {"found": not result.nothing_found, "collections": list(sources.collections),
                                       "sources": [source.to_dict() for source in sources.sources]}),
    }  # fmt: skip


def _documents_json(run: ModelRun) -> dict[str, object]:
    """A column's part of an answer from documents: what it cites, and how many passages it was sent."""
    if run.sources is None:
        return {}
    return {"citations": citations_json(run.citations()), "sources_sent": len(run.sources.sources),
            "trimmed": run.sources.trimmed}  # fmt: skip


def format_table(result: ComparisonResult) -> str:
    """Metrics as rows, models as columns (best values starred), then the answers and the verdict."""
    runs = result.runs
    best = best_values(result)
    rows = [["", *(run.column for run in runs)],
            ["Where the text goes", *(run.destination_label for run in runs)],
            ["Status", *(STATUS_LABELS[run.status] for run in runs)]]  # fmt: skip
    for info in METRICS:
        values = [run.metrics.get(info.key) for run in runs]
        if all(v is None for v in values):
            continue
        cells = [mark_estimate(format_metric(info.key, v), info.key, run.stats)
                 + (" *" if run.column in best.get(info.key, ()) else "")
                 for run, v in zip(runs, values)]  # fmt: skip
        rows.append([info.label, *cells])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    estimated = any(run.stats is not None and run.stats.tokens_in_estimated for run in runs)
    lines.append("(* best value; ~ Plinth's estimate, the server sent no count)" if estimated else "(* best value)")
    for run in runs:
        answer = display_answer(run)
        if run.status == "failed":
            answer = f"{answer}\nfailed: {run.error}".strip()
        lines += ["", f"── {run.column} ──", answer]
        lines += [f"warning: {w}" for w in run.warnings]
        if run.sources is not None and run.sources.found:
            cited = " ".join(f"[{c.source.n}]" for c in run.citations())
            lines.append(f"cites: {cited}" if cited else "cites no source")
        lines += [f"note: {note}" for note in run.notes if run.sources is not None]
    sources = result.sources()
    if sources is not None and sources.found:
        lines += ["", *sources_lines(sources)]
    lines += ["", verdict(result), result_privacy(result)]
    return "\n".join(lines) + "\n"
