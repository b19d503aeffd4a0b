"""Test doubles with the same interface as the real objects."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import (
    Capabilities,
    ChatRequest,
    Choice,
    ChoiceRequest,
    Chunk,
    ScoreRequest,
    Scores,
    Stats,
)
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
    #: Answers requests when nothing is enqueued: ``respond(request)`` is the whole answer.
    respond: Callable[[ChatRequest], str] | None = None
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
        if not self._scripts and self.respond is not None:
            self._scripts.append(_Script([self.respond(request)]))
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


class FakeLabelEngine:
    """A classifier engine with no model: a label wins when the text mentions it.

    ``mode="score"`` is a local ``LabelScorer`` (``label_scoring``): a target
    the text mentions gets log-probability -0.5, others -2.5; yes/no branches
    say yes for mentioned labels. ``mode="choose"`` is a remote
    ``LabelChooser`` (``label_choice="enum"``, a destination, no
    probabilities) that picks the first label mentioned, else the first.
    ``errors`` are raised by the next calls, in order (a RateLimitError to
    test backing off); ``delay`` makes each call take that long (cancellable).
    It is safe to call from several threads and records the most calls in
    flight at once in ``max_in_flight``.
    """

    def __init__(self, mode: str = "score", *, model_id: str = "fake-labels", delay: float = 0.0) -> None:
        self.mode = mode
        self.model_id = model_id
        self.destination: str | None = "Fake Provider" if mode == "choose" else None
        self.delay = delay
        #: None entries let a call through, so an error can come after some successes.
        self.errors: deque[BaseException | None] = deque()
        self.texts: list[str] = []
        self.calls = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.call_times: list[float] = []
        self.closed = False
        self._lock = threading.Lock()

    @property
    def capabilities(self) -> Capabilities:
        if self.mode == "score":
            return Capabilities(label_scoring=True)
        return Capabilities(label_choice="enum")

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        raise AssertionError("FakeLabelEngine only classifies")

    def close(self) -> None:
        self.closed = True

    def _enter(self, text: str, cancel: CancelToken | None) -> None:
        with self._lock:
            self.calls += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            self.call_times.append(time.monotonic())
            error = self.errors.popleft() if self.errors else None
        try:
            if error is not None:
                raise error
            if self.delay and cancel is not None and cancel.wait(self.delay):
                raise Cancelled
            if self.delay and cancel is None:
                time.sleep(self.delay)
            if cancel is not None and cancel.cancelled:
                raise Cancelled
        except BaseException:
            self._leave()
            raise
        with self._lock:
            self.texts.append(text)

    def _leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def score(self, request: ScoreRequest, cancel: CancelToken | None = None) -> Scores:
        request.validate()
        text = request.messages[-1].content.casefold()
        self._enter(text, cancel)
        try:
            logprobs = []
            for branch in request.branches:
                if branch.stem:
                    label = branch.stem.strip().rstrip(":").casefold()
                    says_yes = label in text
                    logprobs.append(tuple((-0.2 if (t.strip() == "yes") == says_yes else -2.2) for t in branch.targets))
                else:
                    logprobs.append(tuple(-0.5 if t.strip().casefold() in text else -2.5 for t in branch.targets))
            n_tokens = tuple(tuple(1 for _ in b.targets) for b in request.branches)
            return Scores(tuple(logprobs), n_tokens, Stats(tokens_in=len(text.split()), wall_s=self.delay))
        finally:
            self._leave()

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        text = request.messages[-1].content.casefold()
        self._enter(text, cancel)
        try:
            mentioned = [label for label in request.labels if label.casefold() in text]
            chosen = tuple(mentioned if request.multi else mentioned[:1]) or request.labels[:1]
            stats = Stats(tokens_in=len(text.split()), tokens_out=1, wall_s=self.delay, cost_usd=0.001)
            return Choice(chosen, "enum", None, stats, raw=chosen[0])
        finally:
            self._leave()


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
