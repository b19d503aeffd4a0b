"""A download's HTTP side: what is worth another try, a fast plain-body reader, a cancel that cuts the socket."""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from app.core.cancel import CancelToken

if TYPE_CHECKING:
    import httpx2

_CONTENT_RANGE_RE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


class Transient(Exception):
    """A failure worth another try; ``progressed``: the attempt moved bytes first."""

    def __init__(self, reason: str, retry_after: float | None = None, *, progressed: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.progressed = progressed


#: The most one read of a plain body asks the connection for.
BODY_READ_BYTES = 1 << 20


def body_chunks(resp: httpx2.Response, timeout_s: float) -> Iterator[bytes]:
    """The response's body, read from the connection in large pieces when it is plain.

    httpx reads 64 KiB at a time and passes each through h11: on loopback that
    alone ran at half of curl's speed. A body with a Content-Length and no
    transfer or content coding needs no parsing: after the first chunk, which
    holds whatever h11 had already buffered, the rest is read straight from
    the connection's network stream (httpx's documented ``network_stream``
    extension), up to ``BODY_READ_BYTES`` per call. h11 then never sees the
    body end, so the connection is closed rather than reused: one new
    connection per file. Anything else goes through httpx as before.
    """
    import httpcore2
    import httpx2

    headers = resp.headers
    stream: Any = resp.extensions.get("network_stream")  # httpx's extensions are untyped; read() is checked below
    length = headers.get("Content-Length", "")
    plain = (
        length.isdigit()
        and "Transfer-Encoding" not in headers
        and headers.get("Content-Encoding", "identity").lower() == "identity"
        and resp.http_version in ("HTTP/1.0", "HTTP/1.1")
        and callable(getattr(stream, "read", None))
    )
    if not plain:
        yield from resp.iter_bytes()
        return
    raw = resp.iter_raw()
    first = next(raw, b"")
    left = int(length) - len(first)
    if first:
        yield first
    while left > 0:
        try:
            data = stream.read(min(left, BODY_READ_BYTES), timeout_s)
        except httpcore2.TimeoutException as exc:
            raise httpx2.ReadTimeout(str(exc) or "the read timed out") from exc
        except httpcore2.NetworkError as exc:
            raise httpx2.ReadError(str(exc) or "the connection failed") from exc
        if not data:
            raise httpx2.RemoteProtocolError("the server closed the connection before the end of the file")
        left -= len(data)
        yield data


def retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the backoff decides instead


def content_range_start(value: str | None) -> int | None:
    m = _CONTENT_RANGE_RE.match(value or "")
    return int(m[1]) if m else None


def is_transport_error(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, httpx2.TransportError)


@contextlib.contextmanager
def cancel_closes(resp: httpx2.Response, cancel: CancelToken) -> Iterator[None]:
    """Cancel promptly even while a read is blocked on a stalled connection.

    A watcher shuts the socket down when ``cancel`` is set, so the read in the
    downloading thread fails at once instead of after the read timeout.
    """
    stream = resp.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    if not isinstance(sock, socket.socket):
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            if cancel.wait(0.05):
                # socket.socket's own shutdown: an SSLSocket's would also drop its
                # TLS state under the reading thread's feet.
                with contextlib.suppress(OSError):
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                return

    watcher = threading.Thread(target=watch, name="download-cancel", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()
