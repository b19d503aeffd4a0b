"""Running the local API: uvicorn on a daemon thread, started and stopped from the window or ``plinth serve``.

The socket is bound here, before uvicorn gets it, so a port in use is a clear ``UserFacingError`` at
``start()`` (uvicorn itself would log and exit the process), and port 0 picks a free port that ``address``
then names. The app is wrapped to count requests in flight and finished, for the status bar.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from typing import TYPE_CHECKING

from app.core.errors import UserFacingError
from app.core.offline import is_loopback_host
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp, Receive, Scope, Send

#: How long ``start`` waits for uvicorn to listen, and ``stop`` for it to finish the requests in flight.
START_TIMEOUT_S = 10.0
STOP_TIMEOUT_S = 2.0


class ServerError(UserFacingError):
    title = "The local API could not start"


def is_loopback(host: str) -> bool:
    """Whether ``host`` only ever means this computer (127.0.0.0/8, ::1, localhost)."""
    return is_loopback_host(host)


class _Counting:
    """ASGI middleware: requests in flight, and requests finished."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._lock = threading.Lock()
        self.active = 0
        self.served = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with self._lock:
            self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            with self._lock:
                self.active -= 1
                self.served += 1


class ServerRunner:
    """One uvicorn server for ``app`` on ``host:port``; ``start``/``stop`` may be called from any thread."""

    def __init__(self, app: ASGIApp, host: str = "127.0.0.1", port: int = 8765) -> None:
        self.host = host
        self.port = port
        self._app = _Counting(app)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def address(self) -> str:
        """The base URL clients use, e.g. ``http://127.0.0.1:8765/v1``."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/v1"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def active_requests(self) -> int:
        return self._app.active

    @property
    def served(self) -> int:
        """Requests finished since the runner was made."""
        return self._app.served

    def start(self) -> None:
        """Listen on ``host:port`` and serve on a daemon thread; returns once it listens."""
        import uvicorn

        if self.running:
            return
        sock = self._bind()
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self._app,
            log_config=None,
            access_log=False,
            lifespan="off",
            loop="asyncio",
            timeout_graceful_shutdown=int(STOP_TIMEOUT_S),
            server_header=False,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="plinth-server", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise ServerError(
                    ui_text("The server on {address} did not start.", address=self.address),
                    ui_text("See Plinth's log, then try again."),
                )
            time.sleep(0.01)

    def stop(self) -> None:
        """Stop listening, let requests in flight finish (at most ``STOP_TIMEOUT_S``), then end the thread."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(STOP_TIMEOUT_S + 2.0)
        if thread.is_alive():
            server.force_exit = True
            thread.join(2.0)
        self._server = self._thread = None

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
            sock.listen(2048)
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                raise ServerError(
                    ui_text("Port {port} on {host} is in use by another program.", port=self.port, host=self.host),
                    ui_text(
                        "Stop that program, or choose another port (plinth serve --port N, or the server's settings)."
                    ),
                ) from None
            raise ServerError(
                ui_text(
                    "Cannot listen on {host}:{port} ({reason}).",
                    host=self.host,
                    port=self.port,
                    reason=str(exc.strerror or exc),
                ),
                ui_text("Check the address; to listen on this computer only, use 127.0.0.1."),
            ) from None
        sock.set_inheritable(True)
        return sock
