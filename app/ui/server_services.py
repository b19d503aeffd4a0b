"""What the window's Server switch works with: the client tokens, and how to start the local API.

A module of its own, without widgets, like ``window_services``: the composition root fills it, and the frame
paints without it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from app.core.server.tokens import TokenStore

#: The port the server listens on unless the person chose another (OpenAI-compatible tools let it be set).
DEFAULT_PORT = 8765
#: The window binds to this computer only: another address needs ``plinth serve --host … --allow-non-loopback``.
LOOPBACK = "127.0.0.1"


class RunningServer(Protocol):
    """A started server, as the window shows and stops it (``app.core.server.runner.ServerRunner``)."""

    @property
    def address(self) -> str: ...

    @property
    def active_requests(self) -> int: ...

    @property
    def served(self) -> int: ...

    def stop(self) -> None: ...


#: Starts the server for one port and returns it once it listens; blocking (the window calls it off the GUI
#: thread); raises ``UserFacingError`` when it cannot (the port in use…).
StartServer = Callable[[int], RunningServer]


@dataclass(frozen=True)
class ServerServices:
    """The token store the Server tokens dialog edits, and ``start`` for the Server switch."""

    tokens: TokenStore
    start: StartServer


def runner_start(make_app: Callable[[], object]) -> StartServer:
    """``start`` over S1's uvicorn runner: the ASGI app made (from the running services) on each start, served
    on the loopback address."""

    def start(port: int) -> RunningServer:
        from app.core.server.runner import ServerRunner

        runner = ServerRunner(make_app(), LOOPBACK, port)
        runner.start()
        return runner

    return start
