"""``plinth translate``: a text, or a whole .txt/.md/.srt file or CSV column, into another language."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from app.cli.chat import stats_json
from app.cli.common import Io, Services, add_json_flag
from app.cli.history import open_history
from app.core.errors import InvalidRequestError
from app.core.history.results import file_translation_run_id
from app.core.tasks.glossary import Glossary
from app.core.tasks.languages import LANGUAGES, find_language
from app.core.tasks.translation import TONES, TranslationOptions, translate, translation_settings
from app.core.tasks.translation_checks import TranslationWarning
from app.core.tasks.translation_files import FileProgress, translate_file

PROGRESS_EVERY_S = 1.0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "translate",
        help="translate a text, or a .txt/.md/.srt file or a CSV column",
        description="Translate a text, or a file chunk by chunk (--input/--output), keeping its structure.",
    )
    cmd.add_argument("-m", "--model", default="starter", help="starter, local:NAME or PROVIDER:MODEL")
    cmd.add_argument("--to", metavar="LANG", help="target language: a code (de) or a name (German)")
    cmd.add_argument("--from", dest="source", metavar="LANG", help="source language (default: detected by the model)")
    cmd.add_argument("--tone", choices=TONES, default="neutral")
    cmd.add_argument("--glossary", type=Path, metavar="FILE", help="CSV of term pairs: source,target")
    cmd.add_argument("--temperature", type=float, default=0.2)
    cmd.add_argument("--seed", type=int, default=None)
    cmd.add_argument(
        "--max-tokens", type=int, default=None, help="answer length limit per chunk (default: from the text)"
    )
    cmd.add_argument("--input", type=Path, metavar="FILE", help="translate this .txt, .md, .srt or .csv file")
    cmd.add_argument("--output", type=Path, metavar="FILE", help="where the translated file goes (with --input)")
    cmd.add_argument("--column", help="the CSV column to translate (with a .csv --input)")
    cmd.add_argument("--list-languages", action="store_true", help="list the language codes and names, then stop")
    cmd.add_argument("--no-history", action="store_true", help="do not save the result in the history")
    add_json_flag(cmd, "print one JSON object instead of streaming")
    cmd.add_argument("text", nargs="?", help="the text; - reads it from standard input")
    cmd.set_defaults(handler=_translate)


def _translate(services: Services, args: argparse.Namespace, io: Io) -> int:
    if args.list_languages:
        if args.json:
            io.print_json([{"code": lang.code, "name": lang.name, "native": lang.native} for lang in LANGUAGES])
        else:
            for language in LANGUAGES:
                io.stdout.write(f"{language.code:8} {language.label}\n")
        return 0
    if not args.to:
        raise InvalidRequestError(
            "No target language.", "Add --to LANG, such as --to de (--list-languages shows them)."
        )
    target = find_language(args.to)
    source = find_language(args.source) if args.source else None
    options = TranslationOptions(
        target=target.code,
        source=source.code if source else None,
        tone=args.tone,
        glossary=Glossary.from_csv(args.glossary) if args.glossary else Glossary(),
        temperature=args.temperature,
        seed=args.seed,
        max_tokens=args.max_tokens,
    )
    if args.input is not None:
        return _file(services, args, io, options)
    if args.text is None:
        raise InvalidRequestError(
            "No text to translate.", "Give the text as an argument, - for standard input, or --input FILE."
        )
    if args.output is not None or args.column is not None:
        raise InvalidRequestError("--output and --column need --input FILE.", "Add --input, or leave them out.")
    engine = services.engines.get(args.model)
    store = None if args.no_history else open_history(services, io)

    def echo(text: str) -> None:
        io.stdout.write(text)
        io.stdout.flush()

    source_text = io.read_text(args.text)
    result = translate(engine, source_text, options, on_text=None if args.json else echo)
    if store is not None:
        store.save_translation(model_id=args.model, source_language=options.source, target_language=options.target,
                               source_text=source_text, text=result.text, settings=translation_settings(options),
                               stats=result.stats.to_dict())  # fmt: skip
    if args.json:
        io.print_json(
            {
                "text": result.text,
                "model": args.model,
                "source": options.source,
                "target": options.target,
                "warnings": [_warning_json(w) for w in result.warnings],
                "stats": stats_json(result.stats),
            }
        )
    else:
        io.stdout.write("\n")
        for warning in result.warnings:
            print(f"plinth: warning: {warning.message}", file=io.stderr)
    return 0


def _file(services: Services, args: argparse.Namespace, io: Io, options: TranslationOptions) -> int:
    if args.text is not None:
        raise InvalidRequestError("Give either a TEXT or --input FILE, not both.", "Leave one of them out.")
    if args.output is None:
        raise InvalidRequestError("--input needs --output FILE for the translation.", "Add --output.")
    engine = services.engines.get(args.model)
    store = None if args.no_history else open_history(services, io)
    last = [0.0]

    def progress(p: FileProgress) -> None:
        now = time.monotonic()
        if p.done < p.total and now - last[0] < PROGRESS_EVERY_S:
            return
        last[0] = now
        eta = f" · ETA {p.eta_s:.0f} s" if p.eta_s is not None and p.done < p.total else ""
        print(f"plinth: {p.done}/{p.total} chunks{eta}", file=io.stderr, flush=True)

    result = translate_file(engine, args.input, args.output, options, column=args.column, on_progress=progress)
    if store is not None:
        store.save_batch_run(
            run_id=file_translation_run_id(result.output_path), task="translate-file", model_id=args.model,
            input_path=str(args.input.resolve()), output_path=str(result.output_path.resolve()),
            summary={"chunks": result.chunks, "warnings": len(result.warnings), "column": args.column,
                     "settings": translation_settings(options), "stats": result.stats.to_dict()},
        )  # fmt: skip
    if args.json:
        io.print_json(
            {
                "output": str(result.output_path),
                "model": args.model,
                "target": options.target,
                "chunks": result.chunks,
                "warnings": [{"chunk": n, **_warning_json(w)} for n, w in result.warnings],
                "stats": stats_json(result.stats),
            }
        )
    else:
        io.stdout.write(f"{result.chunks} chunks → {result.output_path}\n")
        for number, warning in result.warnings:
            print(f"plinth: warning (chunk {number}): {warning.message}", file=io.stderr)
    return 0


def _warning_json(warning: TranslationWarning) -> dict[str, object]:
    return {"kind": warning.kind, "message": warning.message, "items": list(warning.items)}
