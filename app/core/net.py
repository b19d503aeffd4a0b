"""Why a connection failed, read from the chain of exceptions behind it.

The Hub, the downloads and the remote engines all get their failures wrapped
(by huggingface_hub, the SDKs, httpx2) around the socket, TLS or proxy error
that says what happened; one walk finds it and one function puts it in words,
so the same failure reads the same wherever it is shown.
"""

from __future__ import annotations

import socket

from app.core.ui_text import ui_text


def cause(exc: BaseException, kinds: type[BaseException] | tuple[type[BaseException], ...]) -> BaseException | None:
    """The first of ``exc``, its cause or context, theirs and so on, that is one of ``kinds``; None if none is."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def connection_reason(exc: BaseException) -> str:
    """What failed behind a connection error, as words to follow a colon: "the connection was refused"…"""
    # Only a failure needs these: the window opens without them.
    import ssl

    import httpx2

    found = cause(
        exc,
        (
            socket.gaierror,
            UnicodeError,  # a host name that cannot be encoded (IDNA) is never looked up
            ConnectionRefusedError,
            ssl.SSLError,
            httpx2.ProxyError,
            httpx2.TimeoutException,
            TimeoutError,
        ),
    )
    if isinstance(found, socket.gaierror | UnicodeError):
        return ui_text("name resolution failed (no network, or a wrong address)")
    if isinstance(found, ConnectionRefusedError):
        return ui_text("the connection was refused")
    if isinstance(found, ssl.SSLCertVerificationError):
        return ui_text("its TLS certificate could not be verified")
    if isinstance(found, ssl.SSLError):
        return ui_text("the TLS handshake failed")
    if isinstance(found, httpx2.ProxyError):
        return ui_text("the proxy refused or failed")
    if isinstance(found, httpx2.TimeoutException | TimeoutError):
        return ui_text("it did not answer in time")
    return ui_text("the connection failed ({kind})", kind=type(exc).__name__)
