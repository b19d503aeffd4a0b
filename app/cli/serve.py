"""``plinth serve``: an OpenAI-compatible endpoint on this computer for other programs, and its client tokens.

The server runs in the foreground until Ctrl+C (or SIGTERM), one line per finished request on stderr. Programs
authenticate with a token made here (``plinth serve tokens create NAME``), never with a provider's key: those
stay in the keychain and the engines read them there.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from app.cli.common import Io, Services, add_json_flag
from app.core.errors import InvalidRequestError

if TYPE_CHECKING:
    from app.core.server.app import RequestRecord, ServerDeps
    from app.core.server.tokens import ClientToken, TokenStore

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
#: How often the foreground loop looks up from its wait (a signal handler only sets the event).
WAIT_STEP_S = 0.5


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "serve",
        help="serve your models to other programs (an OpenAI-compatible API on this computer)",
        description="Serve the local models, and with a token that allows it your providers' models, as an "
        "OpenAI-compatible API (/v1/models, /v1/chat/completions, /v1/embeddings). Programs use a token made "
        "with `plinth serve tokens create NAME` as their API key; your provider keys stay in the keychain. "
        "Runs until Ctrl+C.",
    )
    cmd.add_argument("--port", type=int, metavar="N", help="the port to listen on (default: the settings', 8765)")
    cmd.add_argument("--host", default=DEFAULT_HOST, metavar="H", help=f"the address to bind (default {DEFAULT_HOST})")
    cmd.add_argument("--allow-non-loopback", action="store_true",
                     help="allow binding to an address other computers can reach")  # fmt: skip
    cmd.add_argument("--queue-limit", type=int, metavar="N",
                     help="requests one local model may have waiting before more get HTTP 429 (default: settings')")  # fmt: skip
    cmd.set_defaults(handler=_serve)
    actions = cmd.add_subparsers(dest="serve_command", metavar="ACTION")

    tokens = actions.add_parser("tokens", help="the tokens programs use as their API key",
                                description="Each program gets a token of its own, named, revocable.")  # fmt: skip
    token_actions = tokens.add_subparsers(dest="tokens_command", metavar="ACTION", required=True)
    create = token_actions.add_parser("create", help="make a token: prints only the token, once",
                                      description="Make a token and print it (only it) on stdout. It is not kept "
                                      "and cannot be shown again; revoke it and make another if it is lost.")  # fmt: skip
    create.add_argument("name", metavar="NAME", help="what it is for, e.g. the program's name")
    create.add_argument("--allow-remote", action="store_true",
                        help="may also use your providers' models (default: local models only)")  # fmt: skip
    create.add_argument("--save-history", action="store_true", help="save its chat requests in the history")
    create.set_defaults(handler=_create)

    listing = token_actions.add_parser("list", help="the tokens, with what each may do (never the secrets)")
    add_json_flag(listing)
    listing.set_defaults(handler=_list)

    revoke = token_actions.add_parser("revoke", help="revoke a token: its requests get 401 from now on")
    revoke.add_argument("name", metavar="NAME")
    revoke.set_defaults(handler=_revoke)


# -- tokens ---------------------------------------------------------------------------------


def _tokens(services: Services) -> TokenStore:
    from app.core.server.tokens import TokenStore

    return TokenStore(services.paths.server_tokens_file)


def _create(services: Services, args: argparse.Namespace, io: Io) -> int:
    token, secret = _tokens(services).create(args.name, allow_remote=args.allow_remote, save_history=args.save_history)
    # stdout holds the secret alone, so `TOKEN=$(plinth serve tokens create editor)` works; the rest is stderr's.
    io.stdout.write(secret + "\n")
    io.stdout.flush()
    print(f"plinth: token “{token.name}” made ({_may(token)}). It is shown only now: use it as the API key.",
          file=io.stderr)  # fmt: skip
    return 0


def _list(services: Services, args: argparse.Namespace, io: Io) -> int:
    tokens = _tokens(services).list()
    if args.json:
        io.print_json({"tokens": [dataclasses.asdict(t) for t in tokens]})
        return 0
    if not tokens:
        io.stdout.write("No tokens yet: plinth serve tokens create NAME\n")
    for t in tokens:
        io.stdout.write(f"{t.name}\tcreated {t.created}\t{_may(t)}\n")
    return 0


def _may(token: ClientToken) -> str:
    models = "local and provider models" if token.allow_remote else "local models only"
    return f"{models}, requests {'saved in' if token.save_history else 'not saved in'} the history"


def _revoke(services: Services, args: argparse.Namespace, io: Io) -> int:
    _tokens(services).revoke(args.name)
    io.stdout.write(f"Revoked token “{args.name}”: its requests get 401 from now on.\n")
    return 0


# -- the server -----------------------------------------------------------------------------


def _serve(services: Services, args: argparse.Namespace, io: Io) -> int:
    from app.core.server.app import ServerLimits, create_app
    from app.core.server.runner import ServerRunner, is_loopback

    host: str = args.host
    if not is_loopback(host):
        if not args.allow_non_loopback:
            raise InvalidRequestError(
                f"--host {host} would let other computers reach your models (and, with a token that allows it, "
                "your providers' models).",
                "Leave out --host to serve this computer only, or add --allow-non-loopback if that is meant.",
            )
        print(f"plinth: warning: serving on {host}: other computers that can reach this address can use your "
              "models with a valid token. Traffic is plain HTTP.", file=io.stderr)  # fmt: skip
    port = args.port if args.port is not None else services.settings.server_port
    if not 0 < port < 65536:
        raise InvalidRequestError(f"--port {port} is not a port.", "Use a number from 1 to 65535, e.g. 8765.")
    deps = services.server_deps()
    limits = deps.limits
    if args.queue_limit is not None:
        if args.queue_limit < 1:
            raise InvalidRequestError(f"--queue-limit {args.queue_limit} would refuse every request.",
                                      "Use 1 or more.")  # fmt: skip
        limits = ServerLimits(max_body_bytes=limits.max_body_bytes, queue_per_model=args.queue_limit)
    deps = dataclasses.replace(deps, record=_also_print(deps.record, io), limits=limits)
    runner = ServerRunner(create_app(deps), host, port)
    runner.start()  # a port in use is a UserFacingError saying so
    try:
        _announce(runner.address, deps, io)
        with _until_stopped() as stopped:
            while not stopped.wait(WAIT_STEP_S):
                pass
    finally:
        print("plinth: stopping the server…", file=io.stderr, flush=True)
        runner.stop()
    print(f"plinth: server stopped after {runner.served} requests.", file=io.stderr)
    return 0


def _announce(address: str, deps: ServerDeps, io: Io) -> None:
    io.stdout.write(f"Plinth serves an OpenAI-compatible API at {address}\n")
    io.stdout.write(f"Point a program at it: base URL {address}, API key: a token from "
                    "`plinth serve tokens create NAME`.\n")  # fmt: skip
    if not deps.tokens.list():
        io.stdout.write("There are no tokens yet, so every request gets 401: make one in another terminal.\n")
    if deps.offline.enabled:
        io.stdout.write("Offline mode is on: only the models on this computer answer.\n")
    io.stdout.write("Press Ctrl+C to stop.\n")
    io.stdout.flush()


def _also_print(record: Callable[[RequestRecord], None] | None, io: Io) -> Callable[[RequestRecord], None]:
    """The deps' recorder, and a line per request on stderr and in the log (names only: never a secret)."""
    from app.core.server.recording import request_line

    def both(request: RequestRecord) -> None:
        line = request_line(request)
        log.info("API request: %s", line)
        print(line, file=io.stderr, flush=True)
        if record is not None:
            record(request)

    return both


@contextmanager
def _until_stopped() -> Iterator[threading.Event]:
    """An event set by Ctrl+C or SIGTERM, so the server stops the same clean way for both."""
    stopped = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        stopped.set()

    previous: dict[signal.Signals, Any] = {}
    try:
        for signum in (signal.SIGINT, signal.SIGTERM):
            previous[signum] = signal.signal(signum, on_signal)
    except ValueError:  # not the main thread (a test driving run_cli from a thread): Ctrl+C is not ours
        pass
    try:
        yield stopped
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
