"""Connection failures read from the exceptions wrapped around them: the same cause reads the same everywhere."""

import socket
import ssl

import httpx2
import pytest

from app.core.net import cause, connection_reason


def wrapped(inner: BaseException) -> BaseException:
    """``inner`` behind two layers, as an SDK raises it: its own error from httpx2's, from the socket's."""
    try:
        try:
            raise inner
        except BaseException as exc:
            raise httpx2.ConnectError("connect failed") from exc
    except httpx2.ConnectError as exc:
        try:
            raise RuntimeError("the SDK's own error") from exc
        except RuntimeError as outer:
            return outer


@pytest.mark.parametrize(
    ("inner", "words"),
    [
        (socket.gaierror(-2, "Name or service not known"), "name resolution failed (no network, or a wrong address)"),
        (UnicodeError("label too long"), "name resolution failed (no network, or a wrong address)"),
        (ConnectionRefusedError(111, "Connection refused"), "the connection was refused"),
        (ssl.SSLCertVerificationError("certificate verify failed"), "its TLS certificate could not be verified"),
        (ssl.SSLError("wrong version number"), "the TLS handshake failed"),
        (TimeoutError("timed out"), "it did not answer in time"),
    ],
)
def test_the_cause_deep_in_the_chain_is_put_in_words(inner: BaseException, words: str) -> None:
    assert connection_reason(wrapped(inner)) == words


def test_httpx2_proxy_and_timeout_errors_are_named_themselves() -> None:
    assert connection_reason(httpx2.ProxyError("407")) == "the proxy refused or failed"
    assert connection_reason(httpx2.ReadTimeout("slow")) == "it did not answer in time"


def test_an_unknown_failure_names_the_error_it_was() -> None:
    assert connection_reason(httpx2.ConnectError("reset")) == "the connection failed (ConnectError)"


def test_cause_follows_contexts_and_stops_at_a_loop() -> None:
    first, second = ValueError("first"), KeyError("second")
    first.__context__, second.__context__ = second, first
    assert cause(first, KeyError) is second
    assert cause(first, OSError) is None
