"""Test doubles with the same interface as the real objects."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.core.engines.base import CancelToken, Capabilities, ChatRequest, Chunk, Stats
from app.core.engines.registry import EngineRegistry

#: Longest a hanging script waits for a cancel before it gives up.
HANG_S = 30.0


@dataclass
class _Script:
    chunks: Sequence[str]
    delay: float = 0.0
    error: BaseException | None = None
    #: Stop after this many chunks and wait until cancelled (for Stop tests).
    hang_after: int | None = None
    stop_reason: str = "stop"
    cost_usd: float | None = None


@dataclass
class FakeEngine:
    """An Engine that plays back scripted answers, one per ``stream()`` call.

    ``enqueue([...])`` scripts an answer; ``enqueue_error(exc, after=[...])``
    scripts one that raises after some text. Cancellation is honoured between
    chunks, and while waiting, within milliseconds.
    """

    model_id: str = "fake"
    destination: str | None = None
    capabilities: Capabilities = field(default_factory=Capabilities)
    requests: list[ChatRequest] = field(default_factory=list)
    closed: bool = False
    _scripts: deque[_Script] = field(default_factory=deque)

    def enqueue(
        self,
        chunks: Sequence[str],
        delay: float = 0.0,
        *,
        hang_after: int | None = None,
        stop_reason: str = "stop",
        cost_usd: float | None = None,
    ) -> None:
        self._scripts.append(
            _Script(list(chunks), delay, hang_after=hang_after, stop_reason=stop_reason, cost_usd=cost_usd)
        )

    def enqueue_error(self, exc: BaseException, after: Sequence[str] = (), delay: float = 0.0) -> None:
        self._scripts.append(_Script(list(after), delay, error=exc))

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        request.validate()
        self.requests.append(request)
        if not self._scripts:
            raise AssertionError("FakeEngine.stream() called with nothing enqueued")
        script = self._scripts.popleft()
        cancel = cancel or CancelToken()
        start = time.perf_counter()
        for index, text in enumerate(script.chunks):
            if self._pause(script, index, cancel):
                yield Chunk(stats=self._stats(start, index, "cancelled", script.cost_usd))
                return
            yield Chunk(text=text)
        if script.error is not None:
            raise script.error
        sent = len(script.chunks)
        if self._pause(script, sent, cancel):
            yield Chunk(stats=self._stats(start, sent, "cancelled", script.cost_usd))
            return
        yield Chunk(stats=self._stats(start, sent, script.stop_reason, script.cost_usd))

    @staticmethod
    def _pause(script: _Script, index: int, cancel: CancelToken) -> bool:
        """Wait as scripted before chunk ``index``; True when cancelled meanwhile."""
        if script.hang_after == index:
            return cancel.wait(HANG_S)
        if script.delay:
            return cancel.wait(script.delay)
        return cancel.cancelled

    def close(self) -> None:
        self.closed = True

    def _stats(self, start: float, tokens_out: int, reason: str, cost_usd: float | None = None) -> Stats:
        wall = time.perf_counter() - start
        return Stats(
            ttft_s=0.01 if tokens_out else None,
            tokens_in=sum(len(m.content.split()) for m in self.requests[-1].messages),
            tokens_out=tokens_out,
            tokens_per_s=tokens_out / wall if wall > 0 else None,
            wall_s=wall,
            stop_reason=reason,  # type: ignore[arg-type]
            cost_usd=cost_usd,
        )


def registry_with(engine: FakeEngine, *prefixes: str) -> EngineRegistry:
    """A real EngineRegistry whose factory always returns ``engine``."""
    registry = EngineRegistry()
    for prefix in prefixes or (engine.model_id.split(":", 1)[0],):
        registry.register(prefix, lambda _model_id: engine)
    return registry


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict, for tests: ``passwords[(service, account)]``."""

    priority = 1  # type: ignore[assignment]  # a "recommended" backend: a real keychain to SecretStore

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(f"no password for {username!r}")


# keyring registers every backend class it sees and would pick this one as the
# default for the rest of the test session; tests hand it in explicitly instead.
KeyringBackend._classes.discard(MemoryKeyring)  # type: ignore[attr-defined]
