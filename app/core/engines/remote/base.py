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
* turning every SDK's failures into ``UserFacingError``s that say what to do
  next and never quote the key, even when the server echoes it.

SDKs are imported lazily, by the engine modules, so the window opens fast.
"""

from __future__ import annotations

import email.utils
import importlib
import math
import queue
import re
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Generator, Iterator, Sequence, Union
from urllib.parse import urlsplit, urlunsplit

from app.core.cancel import CancelToken, Cancelled
from app.core.engines.base import Capabilities, ChatRequest, Choice, ChoiceRequest, Chunk, Message, Stats, StopReason
from app.core.engines.remote.label_methods import LabelMethods
from app.core.errors import (
    AuthError,
    ContextTooLongError,
    ModelNotFoundError,
    NetworkError,
    NotFoundOnServerError,
    ProviderServerError,
    ProviderTimeoutError,
    RateLimitError,
    RequestRefusedError,
    UserFacingError,
)
from app.core.net import cause, connection_reason
from app.core.pricing import PriceTable
from app.core.providers import KINDS, ProviderConfig

if TYPE_CHECKING:
    import httpx2

#: How often a waiting stream looks at its cancel token.
POLL_S = 0.05
#: How long close() waits for answers in flight to wind down.
CLOSE_WAIT_S = 2.0
#: Answers the SDKs retry (with backoff) before giving up.
RETRY_STATUS_CODES = (408, 429, 500, 502, 503, 504)
#: How much of a server's own error text is quoted to the user.
SERVER_TEXT_LIMIT = 300


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


@dataclass(frozen=True)
class ProviderFailure:
    """An error answer from a provider, in terms every SDK's errors reduce to."""

    #: HTTP status; 200 for an error sent inside a stream that had started well.
    status: int | None
    #: The server's own words (scrubbed before anyone sees them).
    message: str = ""
    #: Machine-readable code, type or status, lower case ("rate_limit_error").
    code: str = ""
    retry_after_s: float | None = None
    #: False when the body was not the provider's error format (an HTML page,
    #: a web framework's "Not Found"): the URL, not the model, is then wrong.
    api_shaped: bool = True


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


_Item = Union[_Event, _Done, _Failure]


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
    api_name = "the provider's API"
    #: What to check when the base URL answers with something other than the API.
    url_hint = "Check the base URL in Providers."

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
        request.validate()
        self._check_key()
        chars = sum(len(m.content) for m in request.messages)
        estimate = estimate_tokens(request.messages)
        limit = self._context_limit
        # Only a request sure to be refused is kept back: a token is rarely
        # longer than eight characters, whatever the tokenizer.
        if limit is not None and chars / 8 > limit:
            raise ContextTooLongError(
                f"The conversation is about {estimate:,} tokens ({chars:,} characters); {self.model} holds "
                f"{limit:,}, as {self.provider_label} said earlier. It was not sent.",
                "Shorten the message or system prompt, or start a new conversation.",
            )
        try:
            yield from self._answer(lambda sdk: self._events(sdk, request), cancel, prompt_tokens=estimate)
        except ContextTooLongError as exc:
            raise ContextTooLongError(
                f"{exc.message} By Plinth's estimate the conversation is about {estimate:,} tokens "
                f"({chars:,} characters).",
                exc.hint,
            ) from None

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
                f"No key is set for {self.provider_label}.",
                "Add one in Providers" + (f", or set {env}." if env else "."),
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
        """The UserFacingError for ``exc``; ``exc`` itself when it is no provider failure (a bug)."""
        import httpx2

        if isinstance(exc, UserFacingError):
            return exc
        failure = self._describe(exc)
        if failure is not None:
            return self._failure_error(failure, during_stream=during_stream, listing=listing)
        # The SDKs wrap httpx2's transport errors in their own.
        transport = cause(exc, httpx2.TransportError)
        if transport is not None:
            return self._transport_error(transport, during_stream=during_stream)
        if isinstance(exc, ValueError):  # JSON or schema errors: the server's answer was not the API's
            return UserFacingError(
                f"{show_url(self.base_url)} sent an answer that does not follow {self.api_name}.",
                self.url_hint,
            )
        return exc

    def _failure_error(self, f: ProviderFailure, *, during_stream: bool, listing: bool) -> UserFacingError:
        who = self.provider_label
        said, deterministic = server_text(f.message, self._api_key)
        if not f.api_shaped and said.startswith("<"):
            said = ""  # a web page, not an error message worth quoting
        status = f"HTTP {f.status}" if f.status and f.status != 200 else "error"
        detail = f"{status}: {said}" if said else status
        kept = "The partial answer is kept. " if during_stream else ""
        code = f.code.lower()
        if f.status == 401 or code in _AUTH_CODES:
            return AuthError(
                f"The key for {who} was rejected ({detail}).", "Check the key in Providers, or replace it."
            )
        if f.status == 403 or code in _FORBIDDEN_CODES:
            return AuthError(
                f"The key for {who} was refused access ({detail}).",
                "Check that this key may use this model (plan, region, project), or replace it in Providers.",
            )
        if f.status == 429 or code in _RATE_CODES:
            wait = f" It asks to wait {format_wait(f.retry_after_s)}." if f.retry_after_s else ""
            if "quota" in code or "billing" in said.lower():
                hint = "Check the plan, quota and billing of this key's account, then send again."
            elif f.retry_after_s:
                hint = f"Wait {format_wait(f.retry_after_s)} and send again."
            else:
                hint = "Wait a minute and send again; if it keeps happening, check this key's plan and quota."
            return RateLimitError(
                f"{who} refused the request: rate limit or quota reached ({detail}).{wait}",
                kept + hint,
                retry_after_s=f.retry_after_s,
            )
        if code in _CONTEXT_CODES or _CONTEXT_TEXT.search(said):
            limit = _CONTEXT_LIMIT.search(said)
            if limit is not None:
                self._context_limit = int(next(g for g in limit.groups() if g).replace(",", ""))
            return ContextTooLongError(
                f"The conversation is too long for {self.model} ({detail}).",
                "Shorten the message or system prompt, lower the answer length, or start a new conversation.",
            )
        if f.status == 404 or code in _NOT_FOUND_CODES:
            # The server was reached: the address is right up to the host, not necessarily the path.
            if listing or not f.api_shaped:
                return NotFoundOnServerError(
                    f"{show_url(self.base_url)} answered, but this path does not lead to {self.api_name} ({detail}).",
                    self.url_hint,
                )
            return ModelNotFoundError(
                f"{who} has no model {self.model!r}, or this key may not use it ({detail}).",
                "Pick another model; Test connection in Providers lists the ones this key can use.",
            )
        if f.status == 408 or code in _TIMEOUT_CODES:
            return ProviderTimeoutError(
                f"{who} gave up waiting on its own side ({detail}).", kept + "Send again in a moment."
            )
        if (f.status or 0) >= 500 or code in _SERVER_CODES:
            # An error event inside a stream (status 200) is never retried.
            was_retried = self.options.max_retries and f.status not in (None, 200) and not during_stream
            retried = " and kept failing when retried" if was_retried else ""
            if f.status in _BUSY_STATUSES or code in _BUSY_CODES or "overloaded" in said.lower():
                hint = "This is on the provider's side and passes: try again in a minute, or check its status page."
            elif deterministic:
                hint = (
                    "The server cannot handle this request; sending it again will not help. "
                    "Its log says more; for a server you run, check its version and settings."
                )
            else:
                hint = "If it keeps failing, check the provider's status page, or the log of a server you run."
            return ProviderServerError(f"{who}'s server failed ({detail}){retried}.", kept + hint, status=f.status)
        return RequestRefusedError(
            f"{who} answered {detail}.",
            "Check the model's settings (answer length, stop sequences) for values this model accepts.",
        )

    def _transport_error(self, exc: BaseException, *, during_stream: bool) -> UserFacingError:
        import httpx2

        url = show_url(self.base_url)
        if isinstance(exc, httpx2.ConnectTimeout):
            return NetworkError(
                f"No connection to {url} within {self.options.connect_timeout_s:g} s.", _REACH_HINT
            )
        if isinstance(exc, httpx2.TimeoutException):
            if during_stream:
                return ProviderTimeoutError(
                    f"{self.provider_label} sent nothing for {self.options.idle_timeout_s:g} s "
                    "in the middle of the answer.",
                    "The partial answer is kept. Send again to retry; the provider may be overloaded.",
                )
            return ProviderTimeoutError(
                f"{self.provider_label} did not answer within {self.options.idle_timeout_s:g} s.",
                "Send again; if it keeps happening the provider may be overloaded, or the request too big.",
            )
        if during_stream:
            return NetworkError(
                f"The connection to {url} dropped while the answer was arriving.",
                "The partial answer is kept. Send again to retry.",
            )
        return NetworkError(f"No connection to {url}: {connection_reason(exc)}.", _REACH_HINT)


_REACH_HINT = (
    "Check the internet connection and the base URL in Providers; "
    "for a server on this computer, check that it is running."
)
_AUTH_CODES = {"invalid_api_key", "authentication_error", "unauthenticated", "api_key_invalid"}
_FORBIDDEN_CODES = {"permission_error", "permission_denied"}
_RATE_CODES = {"rate_limit_exceeded", "rate_limit_error", "insufficient_quota", "resource_exhausted"}
_CONTEXT_CODES = {"context_length_exceeded", "request_too_large"}
_NOT_FOUND_CODES = {"model_not_found", "not_found_error", "not_found"}
_TIMEOUT_CODES = {"deadline_exceeded"}
_SERVER_CODES = {"api_error", "overloaded_error", "server_error", "internal", "unavailable"}
#: Server failures that pass: waiting and sending again helps.
_BUSY_STATUSES = (502, 503, 504, 529)
_BUSY_CODES = {"overloaded_error", "unavailable"}
_CONTEXT_TEXT = re.compile(
    r"context length|context window|context_length|prompt is too long|too many tokens"
    r"|input token count|exceeds the maximum number of tokens|maximum number of tokens allowed",
    re.IGNORECASE,
)

#: The model's limit in the providers' context errors (OpenAI, Anthropic, Gemini).
_CONTEXT_LIMIT = re.compile(
    r"maximum context length is ([\d,]+)|tokens > ([\d,]+) maximum|maximum number of tokens allowed \(([\d,]+)\)",
    re.IGNORECASE,
)


# -- helpers shared by the engine modules -----------------------------------------


def estimate_tokens(messages: Sequence[Message]) -> int:
    """About how many tokens ``messages`` take, for text no tokenizer of ours has seen.

    Four bytes of UTF-8 a token is close for English and for most scripts
    (a CJK character is three bytes and about one token); a few tokens a
    message for the roles.
    """
    return sum(len(m.content.encode("utf-8")) // 4 + 4 for m in messages)


def server_text(text: str, secret: str | None) -> tuple[str, bool]:
    """A server's error message made fit to show, and whether it tells of a failure that sending again
    would repeat (a stack trace, a validation error, "not supported").

    Some servers put a stack trace into the message of an HTTP 500
    (``llama_cpp.server`` sends pydantic's whole complaint and the frames
    after it): the trace is cut off, and a validation error is reduced to
    its field and what was wrong with it. The rest goes through ``scrub``.
    """
    text = str(text)
    cut = _TRACE_START.search(text)
    traced = cut is not None
    if cut is not None:
        before = text[: cut.start()]
        # A Python traceback puts the exception itself on its last line.
        text = before if before.strip() else text.strip().splitlines()[-1]
    complaints = [f"{_field(loc)}: {msg}" for loc, _, msg in _VALIDATION_ITEM.findall(text)]
    if complaints:
        text = "; ".join(complaints)
    deterministic = traced or bool(complaints) or bool(_UNSUPPORTED_TEXT.search(text))
    return scrub(text, secret), deterministic


_TRACE_START = re.compile(r"Traceback \(most recent call last\)|^\s*File \"[^\"]*\", line \d+", re.MULTILINE)
#: One item of a pydantic validation error as str() writes it: ``'loc': ('body', 'x'), 'msg': "..."``.
_VALIDATION_ITEM = re.compile(r"'loc': \(([^)]*)\), 'msg': (['\"])(.*?)\2")
def _field(loc: str) -> str:
    """``'body', 'response_format', 'type'`` → ``response_format.type``."""
    return ".".join(part for part in re.findall(r"'([^']*)'", loc) if part != "body") or "request"


_UNSUPPORTED_TEXT = re.compile(r"not supported|unsupported|not implemented|validation error", re.IGNORECASE)


def scrub(text: str, secret: str | None) -> str:
    """``text`` from a server, made safe to show: no key, one line, bounded length.

    Hides ``secret`` whole and any long piece of it (some servers echo part
    of a key), and anything shaped like a common provider key.
    """
    text = " ".join(str(text).split())
    if secret:
        text = text.replace(secret, "[key hidden]")
        if len(secret) >= 12:
            text = re.sub(
                r"[\w.~+/=-]{12,}",
                lambda m: "[key hidden]" if m.group(0) in secret else m.group(0),
                text,
            )
    text = _KEY_SHAPES.sub("[key hidden]", text)
    if len(text) > SERVER_TEXT_LIMIT:
        text = text[: SERVER_TEXT_LIMIT - 1] + "…"
    return text


_KEY_SHAPES = re.compile(r"\bsk-[\w-]{12,}|\bAIza[\w-]{20,}|(?i:bearer\s+[\w.~+/=-]{8,})")


def show_url(url: str) -> str:
    """``url`` without credentials or query, which may hold a key."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", "")) or url


def format_wait(seconds: float | None) -> str:
    if seconds is None:
        return "a moment"
    whole = max(1, math.ceil(seconds))
    return f"{whole} s" if whole < 120 else f"{math.ceil(whole / 60)} min"


def retry_after(headers: Any, text: str = "") -> float | None:
    """Seconds the server asked to wait: retry-after-ms, retry-after (seconds or date), or "try again in 20s"."""
    if headers is not None:
        for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
            value = headers.get(name)
            if value is None:
                continue
            try:
                return max(0.0, float(value) * scale)
            except ValueError:
                pass
            if scale == 1.0:
                try:
                    return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
                except (TypeError, ValueError):
                    pass
    match = re.search(r"try again in (\d+(?:\.\d+)?)\s*(ms|s)\b", text, re.IGNORECASE)
    if match:
        return float(match.group(1)) * (0.001 if match.group(2).lower() == "ms" else 1.0)
    return None


def label_schema(labels: tuple[str, ...], multi: bool) -> dict[str, Any]:
    """A JSON schema whose only valid instances name one label (``{"label": ...}``) or several."""
    if multi:
        prop: dict[str, Any] = {"type": "array", "items": {"type": "string", "enum": list(labels)}}
        key = "labels"
    else:
        prop, key = {"type": "string", "enum": list(labels)}, "label"
    return {"type": "object", "properties": {key: prop}, "required": [key], "additionalProperties": False}


def parse_chosen(text: str, multi: bool) -> tuple[str, ...]:
    """The label(s) in a schema-constrained answer: ``{"label": ...}``, ``{"labels": [...]}``, a JSON
    string or list, or failing those the text itself (the caller matches it against the labels)."""
    import json

    try:
        value = json.loads(text)
    except ValueError:
        stripped = text.strip()
        return (stripped,) if stripped else ()
    if isinstance(value, dict):
        value = value.get("labels", value.get("label"))
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def create_remote_engine(
    config: ProviderConfig,
    model: str,
    *,
    api_key: str | None,
    prices: PriceTable,
    options: RemoteOptions | None = None,
    label_methods: LabelMethods | None = None,
) -> RemoteEngine:
    """The engine for ``config``'s kind; ``label_methods`` is shared by every engine, to remember across them."""
    return _engine_class(config)(
        config, model, api_key=api_key, prices=prices, options=options, label_methods=label_methods
    )


def list_models(config: ProviderConfig, api_key: str | None, *, options: RemoteOptions | None = None) -> list[str]:
    """The models ``config``'s provider offers this key ("Test connection"); raises UserFacingErrors."""
    engine = create_remote_engine(config, "", api_key=api_key, prices=PriceTable(), options=options)
    try:
        return engine.list_models()
    finally:
        engine.close()


def _engine_class(config: ProviderConfig) -> type[RemoteEngine]:
    kind = KINDS.get(config.kind)
    if kind is None:
        raise UserFacingError(f"Unknown provider kind {config.kind!r}.", "Edit the provider in Providers.")
    module, _, name = kind.engine.partition(":")
    engine_class: type[RemoteEngine] = getattr(importlib.import_module(module), name)
    return engine_class
