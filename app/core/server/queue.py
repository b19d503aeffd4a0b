"""Requests to one local model take turns, first come first served, with a limit on how many may wait.

A local engine answers one request at a time (its child process holds one model), and its own lock wakes
waiters in no particular order; this queue hands the turn on in arrival order, so twenty clients on one
model are served fairly, and a request that would wait beyond the limit is refused at once (429) rather
than left hanging. Everything here runs on the server's event loop thread; ``release`` may be called from
another thread through ``loop.call_soon_threadsafe``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field

from app.core.server.wire import ApiError


@dataclass
class _Line:
    running: bool = False
    waiting: deque[asyncio.Future[None]] = field(default_factory=deque)


class FairQueue:
    """One line per model: one request runs, up to ``limit`` wait behind it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._lines: dict[str, _Line] = {}

    def waiting(self, model: str) -> int:
        line = self._lines.get(model)
        return len(line.waiting) if line is not None else 0

    async def acquire(self, model: str) -> None:
        """Wait for ``model``'s turn; raises ApiError 429 when ``limit`` requests already wait."""
        line = self._lines.setdefault(model, _Line())
        if not line.running and not line.waiting:
            line.running = True
            return
        if len(line.waiting) >= self.limit:
            raise ApiError(
                429,
                f"Too many requests are waiting for {model} ({self.limit} in line). Try again shortly, "
                "or raise the server's queue limit.",
                type="rate_limit_error",
                code="queue_full",
            )
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        line.waiting.append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self.release(model)  # the turn came as the waiter left: hand it on
            else:
                line.waiting.remove(turn)
            raise

    def release(self, model: str) -> None:
        """End the running request's turn and give it to the longest waiting one."""
        line = self._lines.get(model)
        if line is None:
            return
        while line.waiting:
            turn = line.waiting.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        line.running = False
        del self._lines[model]
