"""The ``plinth`` command line: the same core as the GUI, no Qt.

Errors go to stderr as one line that says what to do, with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, TextIO

from app import __version__
from app.core.engines.base import complete
from app.core.errors import UserFacingError
from app.core.tasks.chat import ChatParams, Conversation

EXIT_USER_ERROR = 1
EXIT_CANCELLED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plinth",
        description="Plinth: chat with local GGUF models and closed APIs. Run with no arguments to open the window.",
    )
    parser.add_argument("--version", action="version", version=f"plinth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    models = sub.add_parser("models", help="list local models")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    models_list = models_sub.add_parser("list", help="installed local models, the starter included")
    models_list.add_argument("--json", action="store_true", help="print JSON")

    chat = sub.add_parser("chat", help="ask a model one question")
    chat.add_argument("-m", "--model", default="starter", help="starter, local:NAME or local:/path/to/file.gguf")
    chat.add_argument("-s", "--system", default="", help="system prompt")
    chat.add_argument("--max-tokens", type=int, default=512)
    chat.add_argument("--temperature", type=float, default=0.7)
    chat.add_argument("--seed", type=int, default=None)
    chat.add_argument("--json", action="store_true", help="print one JSON object instead of streaming")
    chat.add_argument("prompt", help="the message; - reads it from standard input")
    return parser


def _fail(message: str, stderr: TextIO) -> int:
    print(f"plinth: {message}", file=stderr)
    return EXIT_USER_ERROR


def _models_list(services, as_json: bool, stdout: TextIO) -> int:
    models = services.library.list()
    if as_json:
        json.dump([m.to_dict() for m in models], stdout, indent=2)
        stdout.write("\n")
        return 0
    if not models:
        print(f"No local models. Models folder: {services.paths.models_dir}", file=stdout)
        return 0
    for m in models:
        print(f"{m.model_id:<32} {m.size_bytes / 2**20:8.1f} MiB  {m.path}", file=stdout)
    return 0


def _chat(services, args: argparse.Namespace, stdin: TextIO, stdout: TextIO) -> int:
    prompt = stdin.read() if args.prompt == "-" else args.prompt
    conversation = Conversation(system_prompt=args.system)
    conversation.add_user(prompt)
    params = ChatParams(temperature=args.temperature, max_tokens=args.max_tokens, seed=args.seed)
    request = conversation.request(params)
    engine = services.engines.get(args.model)

    def echo(text: str) -> None:
        stdout.write(text)
        stdout.flush()

    result = complete(engine, request, on_text=None if args.json else echo)
    if args.json:
        stats = result.stats
        payload = {
            "model": args.model,
            "text": result.text,
            "stats": {
                "ttft_s": stats.ttft_s,
                "tokens_in": stats.tokens_in,
                "tokens_out": stats.tokens_out,
                "tokens_per_s": stats.tokens_per_s,
                "wall_s": stats.wall_s,
                "stop_reason": stats.stop_reason,
                "cost_usd": stats.cost_usd,
            },
        }
        json.dump(payload, stdout, ensure_ascii=False)
        stdout.write("\n")
    else:
        stdout.write("\n")
    return 0


def run_cli(
    argv: list[str],
    build_services: Callable[[], object],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help(stdout)
        return 0
    services = build_services()
    try:
        if args.command == "models":
            return _models_list(services, args.json, stdout)
        return _chat(services, args, stdin, stdout)
    except UserFacingError as exc:
        return _fail(str(exc), stderr)
    except KeyboardInterrupt:
        print("plinth: cancelled", file=stderr)
        return EXIT_CANCELLED
    finally:
        services.close()
