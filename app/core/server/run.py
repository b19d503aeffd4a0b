"""One engine request run on its own thread, its chunks handed to the event loop as they come.

The engine's ``stream`` is a blocking iterator; a thread per request iterates it and puts each chunk on an
asyncio queue the moment it arrives (no batching, no polling delay on the way out). The request's side reads
the queue and, while it waits, looks whether the client has gone: then it sets the engine's CancelToken, and
the engine stops generating within its poll interval. The thread, which ends only when the engine has let
go, releases the model's turn in the queue and reports the finished request.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from starlette.requests import Request

from app.core.cancel import CancelToken
from app.core.engines.base import Chunk, Stats
from app.core.errors import UserFacingError
from app.core.server.wire import ApiError, from_user_facing

log = logging.getLogger(__name__)

#: How often a request waiting for its engine looks whether the client is still there.
DISCONNECT_POLL_S = 0.05
#: The status a request is recorded with when its client went away first (nginx's "client closed request").
CLIENT_GONE = 499


class ClientGone(Exception):
    """The client disconnected while its request ran."""


@dataclass
class Outcome:
    """What the run ended with, for the request record."""

    status: int = 200
    text: str = ""
    stats: Stats | None = None
    wall_s: float = 0.0


_END = object()


class EngineRun:
    """``produce`` (a blocking chunk iterator over the CancelToken) run on a daemon thread."""

    def __init__(
        self,
        produce: Callable[[CancelToken], Iterator[Chunk]],
        on_done: Callable[[Outcome], None],
        name: str = "plinth-server-run",
    ) -> None:
        self.cancel = CancelToken()
        self.outcome = Outcome()
        self._produce = produce
        self._on_done = on_done
        self._loop = asyncio.get_running_loop()
        self._items: asyncio.Queue[object] = asyncio.Queue()
        self._gone = False
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def client_gone(self) -> None:
        """Stop the engine: the client left (or the response could not be sent)."""
        if not self._gone:
            self._gone = True
            self.cancel.cancel()

    async def next(self, request: Request) -> Chunk | None:
        """The next chunk, None at the end; raises the engine's failure as ApiError, ClientGone when it left."""
        while True:
            try:
                item = await asyncio.wait_for(self._items.get(), DISCONNECT_POLL_S)
            except TimeoutError:
                if await request.is_disconnected():
                    self.client_gone()
                    raise ClientGone from None
                continue
            if item is _END:
                return None
            if isinstance(item, ApiError):
                raise item
            assert isinstance(item, Chunk)
            return item

    def _put(self, item: object) -> None:
        try:
            self._loop.call_soon_threadsafe(self._items.put_nowait, item)
        except RuntimeError:  # the loop is closed: the server stopped, nobody reads any more
            self.cancel.cancel()

    def _work(self) -> None:
        start = time.perf_counter()
        parts: list[str] = []
        try:
            for chunk in self._produce(self.cancel):
                if chunk.text:
                    parts.append(chunk.text)
                if chunk.stats is not None:
                    self.outcome.stats = chunk.stats
                self._put(chunk)
            self._put(_END)
        except UserFacingError as exc:
            error = from_user_facing(exc)
            self.outcome.status = error.status
            self._put(error)
        except Exception:  # noqa: BLE001 - a bug must reach the client as a 500, and leave the server up
            log.exception("The server's engine run failed")
            self.outcome.status = 500
            self._put(ApiError(500, "The model failed unexpectedly; see Plinth's log.", type="server_error"))
        finally:
            if self._gone:
                self.outcome.status = CLIENT_GONE
            self.outcome.text = "".join(parts)
            self.outcome.wall_s = time.perf_counter() - start
            try:
                self._on_done(self.outcome)
            except Exception:  # noqa: BLE001 - reporting must not take the server down
                log.exception("Reporting a finished server request failed")
