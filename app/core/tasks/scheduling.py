"""How many pieces of work run at once, and waiting out a provider's "too many requests".

Remote engines take several rows at once (``run_concurrently`` with a
concurrency above 1); local ones one at a time, in order, so that the prompt
prefix the rows share stays in llama.cpp's KV cache. A 429 from the provider
holds every row of that provider (``Backoff``) for the wait it names, or a
doubling one. Batch runs (``batch.py``) and own-task matrices
(``custom/run.py``) share this.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

from app.core.cancel import Cancelled, CancelToken
from app.core.errors import RateLimitError

DEFAULT_CONCURRENCY = 4
#: Attempts of one row that the provider keeps refusing with "too many requests".
RATE_LIMIT_ATTEMPTS = 6
#: Wait after a 429 that names no wait, doubled each time, at most ``RATE_LIMIT_MAX_WAIT_S``.
RATE_LIMIT_FIRST_WAIT_S = 2.0
RATE_LIMIT_MAX_WAIT_S = 60.0
#: How often the coordinating thread looks at the cancel token while rows run.
POLL_S = 0.05

Item = TypeVar("Item")
Result = TypeVar("Result")


class Backoff:
    """The pause every row honours after a provider said "too many requests"."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._until = 0.0

    def hold(self, seconds: float) -> None:
        with self._lock:
            self._until = max(self._until, time.monotonic() + seconds)

    def wait(self, cancel: CancelToken | None) -> None:
        while True:
            with self._lock:
                remaining = self._until - time.monotonic()
            if remaining <= 0:
                return
            if cancel is not None:
                if cancel.wait(min(remaining, 0.1)):
                    raise Cancelled
            else:
                time.sleep(min(remaining, 0.1))


def retry_rate_limited(call: Callable[[], Result], backoff: Backoff, cancel: CancelToken | None) -> Result:
    """``call()``, waiting out the provider's rate limit as often as ``RATE_LIMIT_ATTEMPTS`` allows."""
    wait_s = RATE_LIMIT_FIRST_WAIT_S
    for attempt in range(RATE_LIMIT_ATTEMPTS):
        backoff.wait(cancel)
        try:
            return call()
        except RateLimitError as exc:
            if attempt == RATE_LIMIT_ATTEMPTS - 1:
                raise
            delay = exc.retry_after_s if exc.retry_after_s is not None else wait_s
            backoff.hold(min(delay, RATE_LIMIT_MAX_WAIT_S))
            wait_s = min(wait_s * 2, RATE_LIMIT_MAX_WAIT_S)
    raise AssertionError("unreachable")  # pragma: no cover


def run_concurrently(
    items: Iterable[Item],
    work: Callable[[Item, CancelToken | None], Result],
    record: Callable[[Result], None],
    *,
    concurrency: int,
    cancel: CancelToken | None,
) -> None:
    """``work`` on every item, ``concurrency`` at a time (1: in order, on this thread); ``record`` each result.

    ``record`` always runs on the calling thread, one result at a time. The
    first failure stops the items in flight and is raised once they have all
    stopped; a cancel raises ``Cancelled`` the same way. Items that were
    stopped are not recorded.
    """
    if concurrency <= 1:
        for item in items:
            if cancel is not None and cancel.cancelled:
                raise Cancelled
            record(work(item, cancel))
        return
    stop = CancelToken()  # items see this one: a failure elsewhere stops them too
    pending = iter(items)
    running: dict[Future[Result], Item] = {}
    failure: BaseException | None = None
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="batch-row") as pool:
        while True:
            while failure is None and not stop.cancelled and len(running) < concurrency:
                try:
                    item = next(pending)
                except StopIteration:
                    break
                running[pool.submit(work, item, stop)] = item
            if not running:
                break
            done, _ = wait(list(running), timeout=POLL_S, return_when=FIRST_COMPLETED)
            if cancel is not None and cancel.cancelled:
                stop.cancel()
            for future in done:
                running.pop(future)
                try:
                    result = future.result()
                except Cancelled:
                    continue
                except BaseException as exc:  # the first failure is raised once every item has stopped
                    if failure is None:
                        failure = exc
                    stop.cancel()
                    continue
                record(result)
    if failure is not None:
        raise failure
    if stop.cancelled:
        raise Cancelled
