"""Helpers for driving a remote engine against the protocol servers."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from app.core.cancel import CancelToken
from app.core.engines.base import ChatRequest, Engine, Message, Stats
from app.core.engines.remote.base import RemoteOptions
from app.core.pricing import Price, PriceTable

#: Quick to give up, quick to retry: the suite stays fast.
FAST = RemoteOptions(connect_timeout_s=2.0, idle_timeout_s=5.0, max_retries=2, retry_initial_s=0.01, retry_max_s=0.05)

#: Prices per million tokens for the servers' first models; the others are unpriced.
PRICES = PriceTable(
    {
        "openai": {"gpt-test": Price(2.0, 8.0)},
        "openai-compatible": {"gpt-test": Price(0.5, 1.0)},
        "anthropic": {"claude-test": Price(3.0, 15.0)},
        "gemini": {"gemini-test": Price(1.25, 10.0)},
    }
)

SYSTEM = "You answer in one short sentence."
REQUEST = ChatRequest((Message("system", SYSTEM), Message("user", "Say hello.")), max_tokens=64, temperature=0.2)


@dataclass
class Outcome:
    """What a stream delivered before it ended (or raised)."""

    texts: list[str] = field(default_factory=list)
    stats: Stats | None = None
    error: BaseException | None = None
    #: Seconds from cancel() to the end of the stream.
    stop_s: float | None = None

    @property
    def text(self) -> str:
        return "".join(self.texts)


def run(engine: Engine, request: ChatRequest = REQUEST, *, cancel_after_text_s: float | None = None) -> Outcome:
    """Drain ``engine.stream``; with ``cancel_after_text_s``, press Stop that long after the first text."""
    out = Outcome()
    cancel = CancelToken()
    timer: threading.Timer | None = None
    cancelled_at: list[float] = []

    def stop() -> None:
        cancelled_at.append(time.perf_counter())
        cancel.cancel()

    try:
        for chunk in engine.stream(request, cancel):
            if chunk.text:
                out.texts.append(chunk.text)
                if cancel_after_text_s is not None and timer is None:
                    timer = threading.Timer(cancel_after_text_s, stop)
                    timer.start()
            if chunk.stats is not None:
                out.stats = chunk.stats
    except Exception as exc:
        out.error = exc
    finally:
        if timer is not None:
            timer.cancel()
            timer.join()
    if cancelled_at:
        out.stop_s = time.perf_counter() - cancelled_at[0]
    return out


def assert_no_secret(exc: BaseException, secret: str) -> None:
    """The key appears nowhere a person or a log could see it."""
    assert secret not in str(exc)
    assert secret not in repr(exc)
    assert secret not in getattr(exc, "hint", "")
    assert exc.__cause__ is None
    assert exc.__context__ is None
