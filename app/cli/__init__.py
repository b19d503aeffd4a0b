"""The ``plinth`` command line: the same core as the GUI, no Qt.

Each command lives in its own module with a ``register(subparsers)`` that
sets ``handler(services, args, io) -> exit code``. Errors go to stderr as one
line that says what to do, with a non-zero exit code.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TextIO

from app import __version__
from app.cli import (
    adapt,
    chat,
    classifiers,
    classify,
    compare,
    docs,
    history,
    models,
    providers,
    serve,
    task,
    translate,
)
from app.cli.common import EXIT_CANCELLED, Handler, Io, Services
from app.core.errors import UserFacingError

#: What a shell reports for a process ended by SIGPIPE (128 + 13).
EXIT_BROKEN_PIPE = 141

COMMANDS = (models, providers, chat, translate, classify, classifiers, adapt, compare, task, history, docs, serve)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plinth",
        description="Plinth: local GGUF models and closed APIs. Run with no arguments to open the window.",
        epilog="Offline mode: PLINTH_OFFLINE=1 (or File › Offline mode in the window) keeps everything on this "
        "computer: models behind an API and the Hugging Face Hub are off. Plinth sends no telemetry.",
    )
    parser.add_argument("--version", action="version", version=f"plinth {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def run_cli(
    argv: list[str],
    build_services: Callable[[], Services],
    stdin: TextIO = sys.stdin,
    stdout: TextIO = sys.stdout,
    stderr: TextIO = sys.stderr,
) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(stdout)
        return 0
    io = Io(stdin, stdout, stderr)
    services = build_services()
    handler: Handler = args.handler  # what the command's register() set
    try:
        return handler(services, args, io)
    except UserFacingError as exc:
        return io.fail(str(exc))
    except KeyboardInterrupt:
        print("plinth: cancelled", file=stderr)
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader went away (`plinth … | head`): not an error worth a traceback.
        # Point stdout at nothing so the interpreter's final flush stays quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        services.close()
