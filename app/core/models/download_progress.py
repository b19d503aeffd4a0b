"""How a download reports its progress: bytes of the whole model, speed, time left."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

#: The shortest time between two reports.
PROGRESS_INTERVAL_S = 0.1
#: Speed is averaged over this many seconds, so the ETA does not jump about.
SPEED_WINDOW_S = 5.0


@dataclass(frozen=True)
class DownloadProgress:
    """A progress report; bytes count the whole model (every shard)."""

    #: The shard being transferred.
    filename: str
    done_bytes: int
    total_bytes: int
    #: Bytes per second over the last few seconds; 0 before any byte arrives.
    speed_bps: float
    #: Seconds left at that speed; None while unknown.
    eta_s: float | None
    #: 1-based.
    shard_index: int
    shard_count: int

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


class ProgressMeter:
    """Turns byte counts into DownloadProgress reports, about ten a second."""

    def __init__(
        self, callback: Callable[[DownloadProgress], None] | None, done: int, total: int, shard_count: int
    ) -> None:
        self._callback = callback
        self.done = done
        self.total = total
        self.shard_count = shard_count
        self.filename = ""
        self.shard_index = 1
        self._moved = 0
        self._samples: deque[tuple[float, int]] = deque([(time.monotonic(), 0)])
        self._last = 0.0

    def add(self, n: int) -> None:
        self.done += n
        self._moved += n
        self.report()

    def report(self, force: bool = False) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if not force and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._samples.append((now, self._moved))
        while len(self._samples) > 2 and now - self._samples[0][0] > SPEED_WINDOW_S:
            self._samples.popleft()
        t0, moved0 = self._samples[0]
        speed = (self._moved - moved0) / (now - t0) if now > t0 else 0.0
        eta = (self.total - self.done) / speed if speed > 0 else None
        self._callback(
            DownloadProgress(self.filename, self.done, self.total, speed, eta, self.shard_index, self.shard_count)
        )
