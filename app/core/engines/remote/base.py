"""What the engines that call a provider's HTTP API have in common.

Each remote engine (OpenAI and OpenAI-compatible, Anthropic, Gemini) talks
through its provider's official SDK, over an httpx2 client built here. This
module owns the parts they share:

* timeouts and retries (``RemoteOptions``): 5 s to connect, 60 s without a
  byte while an answer streams, 2 retries with backoff on 408/429/5xx and on
  connections that fail before the answer starts (the SDKs do the retrying);
* a pump thread per answer (``RemoteEngine.stream``): the SDK's blocking
  iteration runs there and hands events over a queue, so the caller sees Stop
  within ~50 ms whatever the SDK is doing (connecting, sleeping before a
  retry, waiting on a stalled stream). Stop also shuts the answer's socket
  down, so the provider stops generating, and billing, at once;
* handing every SDK's failures, reduced by the engine to ``ProviderFailure``s,
  to ``failures``, which turns them into ``UserFacingError``s.

Which engine serves which provider kind is ``factory``'s business.

SDKs are imported lazily, by the engine modules, so the window opens fast.
"""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Capabilities, ChatRequest, Choice, ChoiceRequest, Chunk, Message, Stats, StopReason
from app.core.engines.remote.failures import Endpoint, ProviderFailure, stated_context_limit, user_error
from app.core.engines.remote.label_methods import LabelMethods
from app.core.errors import AuthError, ContextTooLongError, UserFacingError
from app.core.pricing import PriceTable
from app.core.providers import KINDS, ProviderConfig
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    import httpx2

#: How often a waiting stream looks at its cancel token.
POLL_S = 0.05
#: How long close() waits for answers in flight to wind down.
CLOSE_WAIT_S = 2.0
#: Answers the SDKs retry (with backoff) before giving up.
RETRY_STATUS_CODES = (408, 429, 500, 502, 503, 504)


@dataclass(frozen=True)
class RemoteOptions:
    """Timeouts and retries of one remote engine; the defaults suit a chat app, tests shrink them."""

    connect_timeout_s: float = 5.0
    #: Longest silence allowed while waiting for, or reading, an answer.
    idle_timeout_s: float = 60.0
    #: Retries after the first attempt, on 408/429/5xx and failed connections.
    max_retries: int = 2
    #: Backoff of google-genai's retries. The openai and anthropic SDKs use
    #: their own (0.5 s doubling up to 8 s, or the server's retry-after up to
    #: 60 s) and let no caller change it.
    retry_initial_s: float = 1.0
    retry_max_s: float = 30.0


@dataclass(frozen=True)
class StreamEvent:
    """One step of an answer, in terms every provider's stream reduces to.

    Token counts are the provider's, cumulative; ``None`` where this event
    does not say.
    """

    text: str = ""
    tokens_in: int | None = None
    tokens_out: int | None = None
    cached_tokens: int | None = None
    stop_reason: StopReason | None = None
    #: Anything else the caller asked the provider for (logprobs of this delta, say).
    extra: Any = None


#: Turns the SDK client into the events of one answer (runs on the pump thread).
EventSource = Callable[[Any], Generator[StreamEvent, None, None]]


# -- the stream pump ---------------------------------------------------------------


class _Aborted(BaseException):
    """Unwinds an SDK call for an answer that was stopped.

    A BaseException so that the SDKs' retry loops, which catch Exception,
    give up at once instead of retrying it.
    """


class _Session:
    """The HTTP responses of one answer, so that another thread can cut them off."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._responses: list[httpx2.Response] = []
        self._aborted = False

    @property
    def aborted(self) -> bool:
        return self._aborted

    def attach(self, response: httpx2.Response) -> bool:
        """Track ``response``; False (and cut it) if the answer was already stopped."""
        with self._lock:
            self._responses.append(response)
            aborted = self._aborted
        if aborted:
            _shut_down(response)
        return not aborted

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            responses = list(self._responses)
        for response in responses:
            _shut_down(response)

    def close(self) -> None:
        """Release every response; called by the pump thread once it is done with them."""
        with self._lock:
            responses, self._responses = self._responses, []
        for response in responses:
            response.close()


def _shut_down(response: httpx2.Response) -> None:
    # close() from another thread does not wake a recv() blocked on a stalled
    # stream (Linux keeps the socket open until the call returns); shutdown()
    # does, and tells the server at once that nobody is listening.
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if sock is not None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed


class HttpClient:
    """The httpx2 client an engine's SDK sends through.

    Its hooks apply ``RemoteOptions``' timeouts to every request, and tie each
    response to the answer (``_Session``) of the thread that sent it, so Stop
    can cut exactly that answer's connection.
    """

    def __init__(self, options: RemoteOptions) -> None:
        import httpx2

        self._local = threading.local()
        self.timeout = httpx2.Timeout(options.idle_timeout_s, connect=options.connect_timeout_s)
        self.client = httpx2.Client(
            timeout=self.timeout,
            follow_redirects=True,
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
        )

    def bind(self, session: _Session | None) -> None:
        """Make ``session`` the answer of the calling thread's requests."""
        self._local.session = session

    def close(self) -> None:
        self.client.close()

    def _on_request(self, request: httpx2.Request) -> None:
        # google-genai sends either no timeout at all or one number for every
        # phase (and makes it a server-side deadline that would cut long
        # answers), so the timeouts are set here, for every SDK alike.
        request.extensions["timeout"] = self.timeout.as_dict()
        session = getattr(self._local, "session", None)
        if session is not None and session.aborted:
            raise _Aborted

    def _on_response(self, response: httpx2.Response) -> None:
        session = getattr(self._local, "session", None)
        if session is not None and not session.attach(response):
            raise _Aborted


@dataclass(frozen=True)
class _Event:
    at: float
    event: StreamEvent


@dataclass(frozen=True)
class _Done:
    at: float


@dataclass(frozen=True)
class _Failure:
    exc: BaseException


_Item = _Event | _Done | _Failure


class _Tally:
    """What an answer has said so far, for its Stats."""

    def __init__(self, start: float, prompt_tokens: int) -> None:
        self.start = start
        #: Plinth's estimate of the prompt, for when the provider reports no input count.
        self.prompt_tokens = prompt_tokens
        self.first_text_at: float | None = None
        self.text_events = 0
        self.tokens_in: int | None = None
        self.tokens_out: int | None = None
        self.cached_tokens: int | None = None
        self.stop_reason: StopReason | None = None

    def add(self, item: _Event) -> None:
        event = item.event
        if event.text:
            self.text_events += 1
            if self.first_text_at is None:
                self.first_text_at = item.at
        if event.tokens_in is not None:
            self.tokens_in = event.tokens_in
        if event.tokens_out is not None:
            self.tokens_out = event.tokens_out
        if event.cached_tokens is not None:
            self.cached_tokens = event.cached_tokens
        if event.stop_reason is not None:
            self.stop_reason = event.stop_reason


# -- the engine base ---------------------------------------------------------------


class RemoteEngine:
    """An ``Engine`` that answers through a provider's HTTP API.

    Subclasses bind one SDK: ``_open_sdk`` builds its client over
    ``self._http.client``, ``_events`` turns one request into
    ``StreamEvent``s (on the pump thread), ``_describe`` reduces the SDK's
    error answers to ``ProviderFailure``s and ``_model_names`` lists models.

    The SDK client is made on first use and kept until ``close()``; a later
    request makes a new one. Several answers may stream at once, each on its
    own pump thread.

    Stats: ``ttft_s`` and ``wall_s`` are measured from the start of the
    request; token counts are the provider's usage fields. Where a provider
    reports no counts (some OpenAI-compatible servers send no usage while
    streaming) or the answer was stopped before they arrived, ``tokens_out``
    is the number of text deltas received and ``tokens_in`` Plinth's
    estimate of the prompt (``Stats.tokens_in_estimated``), and ``cost_usd``
    stays None: only counts the provider reported are priced.

    ``label_methods`` remembers which ways of asking for a label each model
    takes (see ``OpenAIEngine.choose``); without one, it lasts as long as
    the engine.
    """

    #: Where the provider's API lives when the config names no base URL.
    default_base_url = ""
    #: The protocol, as messages name it ("an OpenAI-compatible API").
    api_name: str = ui_text("the provider's API")
    #: What to check when the base URL answers with something other than the API.
    url_hint: str = ui_text("Check the base URL in Providers.")

    def __init__(
        self,
        config: ProviderConfig,
        model: str,
        *,
        api_key: str | None,
        prices: PriceTable,
        options: RemoteOptions | None = None,
        label_methods: LabelMethods | None = None,
    ) -> None:
        self.config = config
        self.model = model
        self.model_id = f"{config.name}:{model}"
        self.destination: str | None = config.destination
        self.options = options or RemoteOptions()
        self._api_key = api_key or None
        self._prices = prices
        self._label_methods = label_methods if label_methods is not None else LabelMethods()
        self._lock = threading.Lock()
        self._sdk: Any = None
        self._http: HttpClient | None = None
        self._pumps: dict[_Session, threading.Thread] = {}
        #: The model's context in tokens, once the provider has said it (in a context-length error).
        self._context_limit: int | None = None

    # -- public --------------------------------------------------------------------

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, json_schema=True)

    @property
    def base_url(self) -> str:
        return self.config.base_url or self.default_base_url

    @property
    def provider_label(self) -> str:
        """How messages name the provider: "OpenAI", "OpenAI (work)", or the endpoint's name."""
        if self.config.kind == "openai-compatible":
            return self.config.name
        label = KINDS[self.config.kind].label
        return label if self.config.name == self.config.kind else f"{label} ({self.config.name})"

    def stream(self, request: ChatRequest, cancel: CancelToken | None = None) -> Iterator[Chunk]:
        yield from self._stream(request, lambda sdk: self._events(sdk, request), cancel)

    def _stream(self, request: ChatRequest, source: EventSource, cancel: CancelToken | None) -> Iterator[Chunk]:
        """``stream``, its events from ``source`` (``_events`` unless a subclass asks otherwise)."""
        request.validate()
        self._check_key()
        chars = sum(len(m.content) for m in request.messages)
        estimate = estimate_tokens(request.messages)
        limit = self._context_limit
        # Only a request sure to be refused is kept back: a token is rarely
        # longer than eight characters, whatever the tokenizer.
        if limit is not None and chars / 8 > limit:
            said = ui_text("The conversation is about {tokens} tokens ({chars} characters); {model} holds {limit}, "
                           "as {provider} said earlier. It was not sent.", tokens=f"{estimate:,}", chars=f"{chars:,}",
                           model=self.model, limit=f"{limit:,}", provider=self.provider_label)  # fmt: skip
            raise ContextTooLongError(
                said, ui_text("Shorten the message or system prompt, or start a new conversation.")
            )
        try:
            yield from self._answer(source, cancel, prompt_tokens=estimate)
        except ContextTooLongError as exc:
            estimated = ui_text("By Plinth's estimate the conversation is about {tokens} tokens ({chars} characters).",
                                tokens=f"{estimate:,}", chars=f"{chars:,}")  # fmt: skip
            raise ContextTooLongError(ui_join([exc.message, estimated]), exc.hint) from None

    def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
        """Pick a label the provider's way (``LabelChooser``), for engines whose capabilities say how.

        Raises ``Cancelled`` when cancelled, and the same errors as ``stream``.
        """
        raise NotImplementedError(f"{type(self).__name__} cannot choose labels")

    def _answer(
        self,
        source: EventSource,
        cancel: CancelToken | None,
        extras: list[Any] | None = None,
        *,
        prompt_tokens: int,
    ) -> Iterator[Chunk]:
        """The Chunks of the answer ``source`` produces; its events' ``extra``s go to ``extras``.

        ``prompt_tokens``: Plinth's estimate of the prompt, the Stats' input
        count when the provider reports none.
        """
        session = _Session()
        items: queue.SimpleQueue[_Item] = queue.SimpleQueue()
        # Under the lock, so that a close() from another thread either comes
        # first (and a fresh client is made) or sees this answer and stops it.
        with self._lock:
            sdk, http = self._client()
            pump = threading.Thread(
                target=self._pump, args=(sdk, http, source, session, items), name=f"pump {self.model_id}", daemon=True
            )
            self._pumps[session] = pump
        # Timed from here: making the SDK client, once per engine, is not the provider's latency.
        tally = _Tally(time.perf_counter(), prompt_tokens)
        pump.start()
        finished = False
        try:
            while True:
                if session.aborted or (cancel is not None and cancel.cancelled):
                    session.abort()
                    finished = True
                    yield Chunk(stats=self._stats(tally, "cancelled", time.perf_counter()))
                    return
                try:
                    batch = [items.get(timeout=POLL_S)]
                except queue.Empty:
                    continue
                # Hand over everything already waiting as one chunk, so a slow
                # consumer is not fed one token at a time.
                while not isinstance(batch[-1], (_Done, _Failure)):
                    try:
                        batch.append(items.get_nowait())
                    except queue.Empty:
                        break
                events = [item for item in batch if isinstance(item, _Event)]
                for item in events:
                    tally.add(item)
                    if extras is not None and item.event.extra is not None:
                        extras.append(item.event.extra)
                text = "".join(item.event.text for item in events)
                if text:
                    yield Chunk(text=text)
                end = batch[-1]
                if isinstance(end, _Done):
                    finished = True
                    yield Chunk(stats=self._stats(tally, tally.stop_reason or "stop", end.at))
                    return
                if isinstance(end, _Failure):
                    finished = True
                    if session.aborted:  # close() from another thread: a stop, not a failure
                        yield Chunk(stats=self._stats(tally, "cancelled", time.perf_counter()))
                        return
                    raise self._user_error(end.exc, during_stream=tally.first_text_at is not None)
        finally:
            if not finished:  # the caller closed the generator early
                session.abort()

    def list_models(self) -> list[str]:
        """The provider's model names, sorted; raises the same errors as ``stream``."""
        self._check_key()
        with self._lock:
            sdk, _ = self._client()
        try:
            names = list(self._model_names(sdk))
        except Exception as exc:
            error = self._user_error(exc, during_stream=False, listing=True)
        else:
            return sorted(set(names))
        # Raised outside the except block so the SDK's exception, which may
        # quote the key, is not chained to it.
        raise error

    def close(self) -> None:
        """Stop answers in flight and close the SDK client. Safe to call twice, from any thread."""
        with self._lock:
            pumps = dict(self._pumps)
            sdk, http = self._sdk, self._http
            self._sdk = self._http = None
        for session in pumps:
            session.abort()
        deadline = time.monotonic() + CLOSE_WAIT_S
        for pump in pumps.values():
            pump.join(max(0.0, deadline - time.monotonic()))
        if sdk is not None:
            self._close_sdk(sdk)
        if http is not None:
            http.close()

    # -- for subclasses ----------------------------------------------------------------

    def _open_sdk(self, http: HttpClient) -> Any:
        raise NotImplementedError

    def _close_sdk(self, sdk: Any) -> None:
        sdk.close()

    def _events(self, sdk: Any, request: ChatRequest) -> Generator[StreamEvent, None, None]:
        raise NotImplementedError

    def _model_names(self, sdk: Any) -> Iterator[str]:
        raise NotImplementedError

    def _collect(
        self, source: EventSource, cancel: CancelToken | None, messages: Sequence[Message]
    ) -> tuple[str, list[Any], Stats]:
        """Drain one answer to ``messages``: its text, its events' extras and its Stats; raises ``Cancelled``
        when stopped."""
        self._check_key()
        parts: list[str] = []
        extras: list[Any] = []
        stats = Stats()
        for chunk in self._answer(source, cancel, extras, prompt_tokens=estimate_tokens(messages)):
            parts.append(chunk.text)
            if chunk.stats is not None:
                stats = chunk.stats
        if stats.stop_reason == "cancelled":
            raise Cancelled
        return "".join(parts), extras, stats

    def _describe(self, exc: BaseException) -> ProviderFailure | None:
        """The provider's error answer inside ``exc``; None for anything else."""
        raise NotImplementedError

    # -- internals -----------------------------------------------------------------

    def _check_key(self) -> None:
        kind = KINDS[self.config.kind]
        if kind.needs_key and not self._api_key:
            env = " or ".join(kind.key_env)
            raise AuthError(
                ui_text("No key is set for {provider}.", provider=self.provider_label),
                ui_text("Add one in Providers, or set {env}.", env=env) if env else ui_text("Add one in Providers."),
            )

    def _client(self) -> tuple[Any, HttpClient]:
        """The SDK client and its httpx2 client, made on first use; the caller holds ``_lock``."""
        if self._sdk is None or self._http is None:
            http = HttpClient(self.options)
            try:
                self._sdk = self._open_sdk(http)
            except BaseException:
                http.close()
                raise
            self._http = http
        return self._sdk, self._http

    def _pump(
        self,
        sdk: Any,
        http: HttpClient,
        source: EventSource,
        session: _Session,
        items: queue.SimpleQueue[_Item],
    ) -> None:
        http.bind(session)
        events = source(sdk)
        try:
            for event in events:
                items.put(_Event(time.perf_counter(), event))
                if session.aborted:
                    break
            else:
                items.put(_Done(time.perf_counter()))
        except BaseException as exc:  # every outcome, _Aborted included, goes to the caller
            items.put(_Failure(exc))
        finally:
            events.close()
            session.close()
            http.bind(None)
            with self._lock:
                self._pumps.pop(session, None)

    def _stats(self, tally: _Tally, stop_reason: StopReason, end: float) -> Stats:
        wall_s = end - tally.start
        ttft_s = tally.first_text_at - tally.start if tally.first_text_at is not None else None
        if stop_reason != "cancelled" and tally.tokens_out is not None:
            tokens_out, reported = tally.tokens_out, True
        else:
            tokens_out, reported = max(tally.tokens_out or 0, tally.text_events), False
        # A reported 0 is no count either: no prompt is empty.
        if tally.tokens_in:
            tokens_in, estimated = tally.tokens_in, False
        else:
            tokens_in, estimated, reported = tally.prompt_tokens, True, False
        decode_s = wall_s - ttft_s if ttft_s is not None else 0.0
        return Stats(
            ttft_s=ttft_s,
            tokens_in=tokens_in,
            tokens_out=tokens_out,
            tokens_per_s=tokens_out / decode_s if tokens_out > 1 and decode_s > 0 else None,
            wall_s=wall_s,
            stop_reason=stop_reason,
            cost_usd=self._prices.cost(self.config.kind, self.model, tokens_in, tokens_out) if reported else None,
            cached_tokens=tally.cached_tokens or 0,
            tokens_in_estimated=estimated,
        )

    def _user_error(self, exc: BaseException, *, during_stream: bool, listing: bool = False) -> BaseException:
        """The UserFacingError for ``exc`` (see ``failures.user_error``); remembers a context limit it states."""
        failure = None if isinstance(exc, UserFacingError) else self._describe(exc)
        error = user_error(exc, self._endpoint(), failure, during_stream=during_stream, listing=listing)
        if failure is not None and isinstance(error, ContextTooLongError):
            limit = stated_context_limit(failure, self._api_key)
            if limit is not None:
                self._context_limit = limit
        return error

    def _endpoint(self) -> Endpoint:
        return Endpoint(
            provider=self.provider_label,
            model=self.model,
            base_url=self.base_url,
            api_name=self.api_name,
            url_hint=self.url_hint,
            secret=self._api_key,
            connect_timeout_s=self.options.connect_timeout_s,
            idle_timeout_s=self.options.idle_timeout_s,
            max_retries=self.options.max_retries,
        )


# -- helpers shared by the engine modules -----------------------------------------


def estimate_tokens(messages: Sequence[Message]) -> int:
    """About how many tokens ``messages`` take, for text no tokenizer of ours has seen.

    Four bytes of UTF-8 a token is close for English and for most scripts
    (a CJK character is three bytes and about one token); a few tokens a
    message for the roles.
    """
    return sum(len(m.content.encode("utf-8")) // 4 + 4 for m in messages)
