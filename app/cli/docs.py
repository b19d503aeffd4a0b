"""``plinth docs``: collections of your documents, indexed on this computer, searched and checked from the shell."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_CANCELLED, Io, Services, add_json_flag, interrupt_cancels
from app.core.cancel import Cancelled, CancelToken
from app.core.errors import InvalidRequestError, UserFacingError

PROGRESS_EVERY_S = 1.0
#: Characters of a hit's text shown under it in the human output.
EXCERPT_CHARS = 240
#: What the summary lists file by file; indexed and unchanged files are only counted.
PROBLEM_STATUSES = ("skipped", "failed")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "docs",
        help="index your documents and search them",
        description="Collections of files and folders, indexed on this computer for keyword (and, with an "
        "embedding model, semantic) search.",
    )
    docs = cmd.add_subparsers(dest="docs_command", metavar="ACTION", required=True)

    add = docs.add_parser("add", help="add files or folders to a collection and index them",
                          description="Add files or folders to a collection (created if needed) and index it. "
                          "Running it again resumes: unchanged files are not read again.")  # fmt: skip
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.add_argument("--collection", required=True, metavar="NAME")
    add.add_argument("--embedding-model", metavar="MODEL", help="embed passages with this model (new collections)")
    add_json_flag(add, "print the outcome per file as JSON")
    add.set_defaults(handler=_add)

    rescan = docs.add_parser("rescan", help="index a collection again: new, changed and deleted files")
    rescan.add_argument("name", metavar="NAME")
    add_json_flag(rescan, "print the outcome per file as JSON")
    rescan.set_defaults(handler=_rescan)

    listing = docs.add_parser("list", help="the collections, or one collection's files with their status")
    listing.add_argument("--collection", metavar="NAME", help="list this collection's files")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    remove = docs.add_parser("remove", help="remove a collection, or one of its files or folders")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("path", nargs="?", type=Path, metavar="PATH", help="remove only this file or folder")
    remove.set_defaults(handler=_remove)

    search = docs.add_parser("search", help="the passages that best match a query, best first")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--collection", required=True, metavar="NAME")
    search.add_argument("-k", type=int, default=8, help="how many hits (default 8)")
    search.add_argument("--mode", choices=("keyword", "semantic", "hybrid"), default="keyword")
    add_json_flag(search)
    search.set_defaults(handler=_search)

    check = docs.add_parser("eval", help="recall@k and MRR per search mode, from a CSV of questions",
                            description="Check retrieval with a CSV of questions (columns: question, file, "
                            "optionally page): recall@k and MRR for each search mode the collection allows.")  # fmt: skip
    check.add_argument("--collection", required=True, metavar="NAME")
    check.add_argument("--input", required=True, type=Path, metavar="QA.csv")
    check.add_argument("-k", type=int, default=8, help="hits per question (default 8)")
    add_json_flag(check)
    check.set_defaults(handler=_eval)


# -- indexing -------------------------------------------------------------------------


def _add(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.core.documents.store import CollectionNotFoundError

    missing = [str(path) for path in args.paths if not path.exists()]
    if missing:
        raise InvalidRequestError(f"{', '.join(missing)}: no such file or folder.", "Check the path and try again.")
    store = services.documents
    try:
        existing = store.collection(args.collection)
    except CollectionNotFoundError:
        existing = None
    model = args.embedding_model or (existing.embedding_model if existing else None)
    if existing is not None and args.embedding_model and existing.embedding_model != args.embedding_model:
        raise InvalidRequestError(
            f"Collection “{existing.name}” is embedded with {existing.embedding_model or 'no model'}, "
            f"not {args.embedding_model}.",
            "Leave out --embedding-model, or remove the collection and add it again with the new model.",
        )
    # The engine opens before the collection changes: a model that cannot run leaves nothing half made.
    embedder = services.open_embedding(model) if model else None
    try:
        if existing is None:
            store.create_collection(args.collection, args.paths, embedding_model=model)
        else:
            store.add_roots(args.collection, args.paths)
        return _index(services, args.collection, embedder, io, args.json)
    finally:
        if embedder is not None:
            embedder.close()


def _rescan(services: Services, args: argparse.Namespace, io: Io) -> int:
    model = services.documents.collection(args.name).embedding_model
    embedder = services.open_embedding(model) if model else None
    try:
        return _index(services, args.name, embedder, io, args.json)
    finally:
        if embedder is not None:
            embedder.close()


def _index(services: Services, name: str, embedder: Any, io: Io, as_json: bool) -> int:
    from app.core.documents.indexer import Indexer, IndexProgress, default_pipeline

    # The first line comes after a second: a run that finishes sooner prints only its summary.
    last: dict[str, Any] = {"shown": time.monotonic(), "progress": None, "finished": 0}

    def show(progress: IndexProgress) -> None:
        last["progress"] = progress
        # Counted from the outcomes themselves: the run's file counter moves on only after its report.
        if progress.phase == "extracting" and progress.event is not None:
            last["finished"] += 1
        now = time.monotonic()
        if progress.phase == "done" or now - last["shown"] < PROGRESS_EVERY_S:
            return
        last["shown"] = now
        print(f"plinth: {_progress_line(progress)}", file=io.stderr, flush=True)

    cancel = CancelToken()
    indexer = Indexer(services.documents, default_pipeline(), embedder)
    try:
        with interrupt_cancels(cancel):
            summary = indexer.run(name, cancel, show)
    except Cancelled:
        progress = last["progress"]
        done = f" after {last['finished']} of {progress.files_total} files" if progress else ""
        print(f"plinth: indexing stopped{done}; run the same command again to resume.", file=io.stderr)
        return EXIT_CANCELLED
    if as_json:
        io.print_json({
            "collection": name,
            "counts": {status: summary.count(status) for status in _STATUSES if summary.count(status)},
            "pages": summary.pages,
            "passages_embedded": summary.passages_embedded,
            "seconds": round(summary.seconds, 3),
            "files": [{"file": o.path, "status": o.status, "reason": o.reason, "pages": o.pages,
                       "passages": o.passages, "notes": list(o.notes)} for o in summary.outcomes],
        })  # fmt: skip
        return 0
    counts = ", ".join(f"{summary.count(status)} {status}" for status in _STATUSES if summary.count(status))
    pages = f" · {summary.pages} pages read" if summary.pages else ""
    io.stdout.write(f"Collection “{name}”: {counts or 'no files'}{pages} in {summary.seconds:.1f} s\n")
    for outcome in summary.outcomes:
        if outcome.status in PROBLEM_STATUSES:
            io.stdout.write(f"  {outcome.status:8} {outcome.path}: {outcome.reason}\n")
        elif outcome.status != "unchanged":
            for note in outcome.notes:
                io.stdout.write(f"  {'note':8} {outcome.path}: {note}\n")
    return 0


_STATUSES = ("indexed", "extracted", "unchanged", "skipped", "failed", "removed")


def _progress_line(progress: Any) -> str:
    eta = f" · ETA {progress.eta_s:.0f} s" if progress.eta_s is not None else ""
    if progress.phase == "discovering":
        return "looking for files…"
    if progress.phase == "embedding":
        return f"embedding {progress.passages_embedded}/{progress.passages_to_embed} passages{eta}"
    current = f" · {Path(progress.current_file).name}" if progress.current_file else ""
    return f"{progress.files_done}/{progress.files_total} files · {progress.pages_per_s:.1f} pages/s{eta}{current}"


# -- listing and removing ---------------------------------------------------------------


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    store = services.documents
    if args.collection is not None:
        collection = store.collection(args.collection)
        files = store.files(args.collection)
        if args.json:
            io.print_json({
                "collection": collection.name,
                "roots": list(collection.roots),
                "embedding_model": collection.embedding_model,
                "files": [{"file": f.path, "status": f.status, "reason": f.reason, "pages": f.pages,
                           "passages": f.passages, "notes": list(f.notes), "updated": f.updated} for f in files],
            })  # fmt: skip
            return 0
        for record in files:
            detail = record.reason or f"{record.pages} pages, {record.passages} passages"
            io.stdout.write(f"{record.status:9} {record.path} ({detail})\n")
            for note in record.notes:
                io.stdout.write(f"{'':9} {note}\n")
        return 0
    summaries = store.collections()
    if args.json:
        io.print_json({"collections": [{
            "name": s.collection.name, "roots": list(s.collection.roots), "embedding_model": s.collection.embedding_model,
            "files": s.files, "passages": s.passages, "by_status": s.by_status, "created": s.collection.created,
        } for s in summaries]})  # fmt: skip
        return 0
    if not summaries:
        io.stdout.write("No collections yet: plinth docs add PATH --collection NAME\n")
    for s in summaries:
        statuses = ", ".join(f"{count} {status}" for status, count in sorted(s.by_status.items()))
        model = s.collection.embedding_model or "keyword only"
        io.stdout.write(f"{s.collection.name}: {s.files} files ({statuses or 'none'}), {s.passages} passages, "
                        f"{model}\n")  # fmt: skip
    return 0


def _remove(services: Services, args: argparse.Namespace, io: Io) -> int:
    if args.path is None:
        services.documents.delete_collection(args.name)
        io.stdout.write(f"Removed collection “{args.name}”.\n")
    else:
        services.documents.remove_root(args.name, args.path)
        io.stdout.write(f"Removed {args.path} from “{args.name}”.\n")
    return 0


# -- searching and checking --------------------------------------------------------------


def _search(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.core.documents.retrieval import Retriever

    _check_k(args.k)
    model = services.documents.collection(args.collection).embedding_model
    embedder = services.open_embedding(model) if model and args.mode != "keyword" else None
    try:
        hits = Retriever(services.documents).search(args.collection, args.query, k=args.k, mode=args.mode,
                                                    embedder=embedder)  # fmt: skip
    finally:
        if embedder is not None:
            embedder.close()
    if args.json:
        io.print_json({"hits": [{"file": hit.file, "location": hit.passage.location.to_dict(), "text": hit.passage.text,
                                 "score": hit.score} for hit in hits]})  # fmt: skip
        return 0
    if not hits:
        io.stdout.write("No passage matches.\n")
    for number, hit in enumerate(hits, start=1):
        where = hit.passage.location.describe()
        io.stdout.write(f"{number}. {Path(hit.file).name}{f' · {where}' if where else ''}  (score {hit.score:.3g})\n")
        io.stdout.write(f"   {_excerpt(hit.passage.text)}\n")
    return 0


def _eval(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.core.documents.evaluation import evaluate, read_questions
    from app.core.documents.retrieval import Retriever

    _check_k(args.k)
    questions = read_questions(args.input)
    model = services.documents.collection(args.collection).embedding_model
    embedder = services.open_embedding(model) if model else None
    try:
        report = evaluate(Retriever(services.documents), args.collection, questions, k=args.k, embedder=embedder)
    finally:
        if embedder is not None:
            embedder.close()
    if args.json:
        io.print_json({"k": report.k, "questions": len(questions), "scores": [{
            "mode": score.mode, "recall": score.recall, "mrr": score.mrr,
            "results": [{"question": r.question.question, "file": r.question.file, "page": r.question.page,
                         "rank": r.rank} for r in score.results],
        } for score in report.scores]})  # fmt: skip
        return 0
    io.stdout.write(f"{len(questions)} questions, k = {report.k}\n")
    io.stdout.write(f"{'mode':10}{f'recall@{report.k}':>10}{'MRR':>8}\n")
    for score in report.scores:
        io.stdout.write(f"{score.mode:10}{score.recall:>10.3f}{score.mrr:>8.3f}\n")
    if len(report.scores) == 1:
        io.stdout.write("Semantic and hybrid need an embedding model: plinth docs add … --embedding-model MODEL\n")
    return 0


def _check_k(k: int) -> None:
    if k < 1:
        raise UserFacingError(f"-k {k} asks for no hits.", "Use -k 1 or more.")


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[: EXCERPT_CHARS - 1].rstrip() + "…"
