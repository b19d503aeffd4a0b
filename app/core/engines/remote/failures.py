"""How a provider's failures reach the user: HTTP statuses and error codes mapped to ``UserFacingError``s.

Every engine reduces its SDK's error answers to a ``ProviderFailure``;
``user_error`` turns that, or a failed connection, into an error that says
what to do next. Whatever the server said is quoted only through
``server_text``/``scrub``, so a key never reaches a message, even when the
server echoes it.
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

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
from app.core.ui_text import ui_join, ui_text

#: How much of a server's own error text is quoted to the user.
SERVER_TEXT_LIMIT = 300


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


@dataclass(frozen=True)
class Endpoint:
    """The engine a failure happened in, as its messages name it."""

    #: How messages name the provider: "OpenAI", "OpenAI (work)", or the endpoint's name.
    provider: str
    model: str
    base_url: str
    #: The protocol ("an OpenAI-compatible API").
    api_name: str
    #: What to check when the base URL answers with something other than the API.
    url_hint: str
    #: The key, hidden wherever the server quotes it.
    secret: str | None
    connect_timeout_s: float
    idle_timeout_s: float
    max_retries: int


def user_error(
    exc: BaseException, where: Endpoint, failure: ProviderFailure | None, *, during_stream: bool, listing: bool = False
) -> BaseException:
    """The UserFacingError for ``exc``, whose provider error answer (if any) is ``failure``; ``exc`` itself
    when it is no provider failure (a bug)."""
    import httpx2

    if isinstance(exc, UserFacingError):
        return exc
    if failure is not None:
        return _failure_error(failure, where, during_stream=during_stream, listing=listing)
    # The SDKs wrap httpx2's transport errors in their own.
    transport = cause(exc, httpx2.TransportError)
    if transport is not None:
        return _transport_error(transport, where, during_stream=during_stream)
    if isinstance(exc, ValueError):  # JSON or schema errors: the server's answer was not the API's
        return UserFacingError(
            ui_text(
                "{url} sent an answer that does not follow {api}.", url=show_url(where.base_url), api=where.api_name
            ),
            where.url_hint,
        )
    return exc


def stated_context_limit(f: ProviderFailure, secret: str | None) -> int | None:
    """The model's context in tokens, where ``f`` (a context-length error) says it."""
    limit = _CONTEXT_LIMIT.search(_said(f, secret)[0])
    return None if limit is None else int(next(g for g in limit.groups() if g).replace(",", ""))


def _said(f: ProviderFailure, secret: str | None) -> tuple[str, bool]:
    """``server_text`` of ``f``'s message."""
    said, deterministic = server_text(f.message, secret)
    if not f.api_shaped and said.startswith("<"):
        said = ""  # a web page, not an error message worth quoting
    return said, deterministic


def _failure_error(f: ProviderFailure, where: Endpoint, *, during_stream: bool, listing: bool) -> UserFacingError:
    who = where.provider
    said, deterministic = _said(f, where.secret)
    status = f"HTTP {f.status}" if f.status and f.status != 200 else ui_text("error")
    detail = ui_text("{status}: {said}", status=status, said=said) if said else status

    def kept(hint: str) -> str:
        return ui_join([ui_text("The partial answer is kept."), hint]) if during_stream else hint

    code = f.code.lower()
    if f.status == 401 or code in _AUTH_CODES:
        return AuthError(
            ui_text("The key for {provider} was rejected ({detail}).", provider=who, detail=detail),
            ui_text("Check the key in Providers, or replace it."),
        )
    if f.status == 403 or code in _FORBIDDEN_CODES:
        return AuthError(
            ui_text("The key for {provider} was refused access ({detail}).", provider=who, detail=detail),
            ui_text("Check that this key may use this model (plan, region, project), or replace it in Providers."),
        )
    if f.status == 429 or code in _RATE_CODES:
        if "quota" in code or "billing" in said.lower():
            hint = ui_text("Check the plan, quota and billing of this key's account, then send again.")
        elif f.retry_after_s:
            hint = ui_text("Wait {wait} and send again.", wait=format_wait(f.retry_after_s))
        else:
            hint = ui_text("Wait a minute and send again; if it keeps happening, check this key's plan and quota.")
        message: str = ui_text(
            "{provider} refused the request: rate limit or quota reached ({detail}).", provider=who, detail=detail
        )
        if f.retry_after_s:
            message = ui_join([message, ui_text("It asks to wait {wait}.", wait=format_wait(f.retry_after_s))])
        return RateLimitError(message, kept(hint), retry_after_s=f.retry_after_s)
    if code in _CONTEXT_CODES or _CONTEXT_TEXT.search(said):
        return ContextTooLongError(
            ui_text("The conversation is too long for {model} ({detail}).", model=where.model, detail=detail),
            ui_text("Shorten the message or system prompt, lower the answer length, or start a new conversation."),
        )
    if f.status == 404 or code in _NOT_FOUND_CODES:
        # The server was reached: the address is right up to the host, not necessarily the path.
        if listing or not f.api_shaped:
            return NotFoundOnServerError(
                ui_text(
                    "{url} answered, but this path does not lead to {api} ({detail}).",
                    url=show_url(where.base_url),
                    api=where.api_name,
                    detail=detail,
                ),
                where.url_hint,
            )
        return ModelNotFoundError(
            ui_text(
                "{provider} has no model {model}, or this key may not use it ({detail}).",
                provider=who,
                model=repr(where.model),
                detail=detail,
            ),
            ui_text("Pick another model; Test connection in Providers lists the ones this key can use."),
        )
    if f.status == 408 or code in _TIMEOUT_CODES:
        return ProviderTimeoutError(
            ui_text("{provider} gave up waiting on its own side ({detail}).", provider=who, detail=detail),
            kept(ui_text("Send again in a moment.")),
        )
    if (f.status or 0) >= 500 or code in _SERVER_CODES:
        # An error event inside a stream (status 200) is never retried.
        was_retried = where.max_retries and f.status not in (None, 200) and not during_stream
        if f.status in _BUSY_STATUSES or code in _BUSY_CODES or "overloaded" in said.lower():
            hint = ui_text(
                "This is on the provider's side and passes: try again in a minute, or check its status page."
            )
        elif deterministic:
            hint = ui_text(
                "The server cannot handle this request; sending it again will not help. "
                "Its log says more; for a server you run, check its version and settings."
            )
        else:
            hint = ui_text("If it keeps failing, check the provider's status page, or the log of a server you run.")
        if was_retried:
            failed = ui_text(
                "{provider}'s server failed ({detail}) and kept failing when retried.", provider=who, detail=detail
            )
        else:
            failed = ui_text("{provider}'s server failed ({detail}).", provider=who, detail=detail)
        return ProviderServerError(failed, kept(hint), status=f.status)
    return RequestRefusedError(
        ui_text("{provider} answered {detail}.", provider=who, detail=detail),
        ui_text("Check the model's settings (answer length, stop sequences) for values this model accepts."),
    )


def _transport_error(exc: BaseException, where: Endpoint, *, during_stream: bool) -> UserFacingError:
    import httpx2

    url = show_url(where.base_url)
    if isinstance(exc, httpx2.ConnectTimeout):
        return NetworkError(
            ui_text("No connection to {url} within {seconds} s.", url=url, seconds=f"{where.connect_timeout_s:g}"),
            _REACH_HINT,
        )
    if isinstance(exc, httpx2.TimeoutException):
        if during_stream:
            return ProviderTimeoutError(
                ui_text(
                    "{provider} sent nothing for {seconds} s in the middle of the answer.",
                    provider=where.provider,
                    seconds=f"{where.idle_timeout_s:g}",
                ),
                ui_text("The partial answer is kept. Send again to retry; the provider may be overloaded."),
            )
        return ProviderTimeoutError(
            ui_text(
                "{provider} did not answer within {seconds} s.",
                provider=where.provider,
                seconds=f"{where.idle_timeout_s:g}",
            ),
            ui_text("Send again; if it keeps happening the provider may be overloaded, or the request too big."),
        )
    if during_stream:
        return NetworkError(
            ui_text("The connection to {url} dropped while the answer was arriving.", url=url),
            ui_text("The partial answer is kept. Send again to retry."),
        )
    return NetworkError(
        ui_text("No connection to {url}: {reason}.", url=url, reason=connection_reason(exc)), _REACH_HINT
    )


_REACH_HINT = ui_text(
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
        return ui_text("a moment")
    whole = max(1, math.ceil(seconds))
    return ui_text("{n} s", n=whole) if whole < 120 else ui_text("{n} min", n=math.ceil(whole / 60))


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
