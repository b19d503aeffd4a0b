"""A threaded HTTP/1.1 server on 127.0.0.1 for one provider protocol, with faults a test can script.

Subclasses speak one API (written from its public documentation): they
route requests, check the key the way the real service does, and build the
frames of a streamed answer. This base records every request, streams with
chunked transfer encoding as the real services do, and plays the faults on
requests for answers (POST; model lists are never faulted):

* ``rate_limit`` (429, with the provider's way of saying how long to wait),
  ``server_error`` (500 or another status), ``hang_up`` (the connection closes
  before any answer): for the next ``times`` requests, or all (``times=None``);
* ``drop`` (the connection dies after ``after`` text deltas), ``stall``
  (the stream goes quiet after ``after`` deltas until ``release()`` or the
  client hangs up) and ``stream_error`` (the provider's in-stream error event
  after ``after`` deltas, then the end): streamed answers only.

Unknown models (404), prompts longer than ``max_prompt_chars`` (400, the
provider's context-length error) and wrong keys are answered as the real
service answers them, with no fault needed.
"""

from __future__ import annotations

import hashlib
import json
import select
import socket
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

#: The longest a stalled stream waits for release() before it carries on.
STALL_LIMIT_S = 30.0


@dataclass
class Fault:
    kind: str
    #: How many requests it applies to; None: every one.
    times: int | None = 1
    #: rate_limit: the wait the server asks for, in seconds.
    retry_after: float | None = None
    #: server_error: the status to answer.
    status: int = 500
    #: drop, stall: how many text deltas go out first.
    after: int = 2

    @property
    def streaming_only(self) -> bool:
        return self.kind in ("drop", "stall", "stream_error")


@dataclass
class Recorded:
    """One request as the server received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    target: str


@dataclass
class Frame:
    """One piece of a streamed answer; ``text`` marks the deltas that faults count."""

    data: bytes
    text: bool = False


@dataclass
class Reply:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    #: A streamed answer instead of ``body``.
    frames: list[Frame] | None = None


class ProtocolServer:
    """Base of the protocol servers; use as a context manager (or start()/stop()).

    ``reply`` is the answer's text deltas, ``usage`` the (input, output) token
    counts reported, ``models`` what the model list holds.
    """

    default_models: tuple[str, ...] = ()

    def __init__(self, api_key: str | None = "test-key-0123456789abcdef") -> None:
        self.api_key = api_key
        self.reply: list[str] = ["Hello", ",", " world", "!"]
        self.usage: tuple[int, int] = (12, 7)
        self.send_usage = True
        self.models: list[str] = list(self.default_models)
        #: Embeddings answers leave out their vectors (a server that is not what it claims).
        self.malformed_embeddings = False
        #: The most texts one embeddings request may carry (the provider's limit).
        self.max_embedding_inputs = 100
        self.max_prompt_chars = 10_000
        #: What the "model" picks when a request forces an answer from a list
        #: (a JSON-schema enum, a tool's enum, Gemini's enum): this if allowed, else the first.
        self.choice: str | None = None
        #: The JSON value a request for structured output (a schema, JSON mode, a forced tool) is answered
        #: with; None: an object built from the schema's enums and ``choice``, as classification asks.
        self.structured: Any = None
        self.requests: list[Recorded] = []
        self.faults: list[Fault] = []
        #: Set when a client hung up on a stalled stream.
        self.disconnected = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = False  # server_close() joins the handlers: nothing outlives a test
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    # -- control ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> ProtocolServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> ProtocolServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def fault(self, kind: str, times: int | None = 1, **kwargs: Any) -> None:
        with self._lock:
            self.faults.append(Fault(kind, times, **kwargs))

    def release(self) -> None:
        """Let stalled streams carry on."""
        self._release.set()

    def chats(self) -> list[Recorded]:
        """The requests for answers (not model lists)."""
        return [r for r in self.requests if r.method == "POST"]

    # -- for subclasses --------------------------------------------------------------

    def route(self, rec: Recorded) -> Reply:
        raise NotImplementedError

    def fault_reply(self, fault: Fault, rec: Recorded) -> Reply:
        """The provider's answer for a rate_limit or server_error fault."""
        raise NotImplementedError

    def is_streaming(self, rec: Recorded) -> bool:
        raise NotImplementedError

    def error_frame(self) -> Frame:
        """The provider's error event inside a stream (an overload, say)."""
        raise NotImplementedError

    # -- internals -------------------------------------------------------------------

    def _take_fault(self, streaming: bool) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.streaming_only and not streaming:
                    continue
                if fault.times is not None:
                    if fault.times <= 0:
                        continue
                    fault.times -= 1
                return fault
        return None

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        rec = Recorded(
            method=handler.command,
            path=parts.path,
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            target=handler.path,
        )
        with self._lock:
            self.requests.append(rec)
        fault = self._take_fault(self.is_streaming(rec)) if rec.method == "POST" else None
        if fault is not None and fault.kind == "hang_up":
            _hang_up(handler)
            return
        if fault is not None and fault.kind in ("rate_limit", "server_error"):
            reply = self.fault_reply(fault, rec)
        else:
            reply = self.route(rec)
        if reply.frames is None:
            _send_json(handler, reply)
            return
        self._stream(handler, reply, fault if fault is not None and fault.streaming_only else None)

    def _stream(self, handler: BaseHTTPRequestHandler, reply: Reply, fault: Fault | None) -> None:
        handler.send_response(reply.status)
        handler.send_header("Content-Type", "text/event-stream; charset=utf-8")
        handler.send_header("Cache-Control", "no-cache")
        handler.send_header("Transfer-Encoding", "chunked")
        for name, value in reply.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        sent_text = 0
        try:
            for frame in reply.frames or []:
                if fault is not None and sent_text == fault.after and frame.text:
                    if fault.kind == "drop":
                        _hang_up(handler)
                        return
                    if fault.kind == "stream_error":
                        _write_chunk(handler, self.error_frame().data)
                        break
                    if not self._stall(handler):
                        return
                    fault = None
                _write_chunk(handler, frame.data)
                sent_text += frame.text
            handler.wfile.write(b"0\r\n\r\n")
            handler.wfile.flush()
        except OSError:
            handler.close_connection = True  # the client went away

    def _stall(self, handler: BaseHTTPRequestHandler) -> bool:
        """Wait for release(); False (and note it) if the client hung up first."""
        deadline = time.monotonic() + STALL_LIMIT_S
        conn = handler.connection
        while not self._release.wait(0.02) and time.monotonic() < deadline:
            readable, _, _ = select.select([conn], [], [], 0)
            if readable:
                try:
                    gone = conn.recv(1, socket.MSG_PEEK) == b""
                except OSError:
                    gone = True
                if gone:
                    self.disconnected.set()
                    handler.close_connection = True
                    return False
        return True


def sse(data: Any, event: str | None = None, sep: bytes = b"\n\n") -> Frame:
    """A server-sent event carrying ``data`` as JSON (or as is, when a str)."""
    payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    head = f"event: {event}\n" if event else ""
    return Frame(f"{head}data: {payload}".encode() + sep)


def pick(server: ProtocolServer, allowed: list[Any]) -> str:
    """The forced answer: ``server.choice`` when it is one of ``allowed``, else the first."""
    return server.choice if server.choice in allowed else str(allowed[0])


def embedding_of(text: str, dim: int = 8) -> list[float]:
    """A made-up vector for ``text``: the same for the same text, different for others, not of length 1."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return [digest[i] - 127.5 for i in range(dim)]


def pieces(text: str, size: int = 4) -> list[str]:
    """``text`` cut into deltas, as a model streams a JSON answer."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def text_frames(frames: Iterable[Frame]) -> list[Frame]:
    return [Frame(f.data, text=True) for f in frames]


def _send_json(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
    data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
    handler.send_response(reply.status)
    if "Content-Type" not in reply.headers:
        handler.send_header("Content-Type", "application/json")
    for name, value in reply.headers.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
    handler.wfile.flush()


def _write_chunk(handler: BaseHTTPRequestHandler, data: bytes) -> None:
    handler.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
    handler.wfile.flush()


def _hang_up(handler: BaseHTTPRequestHandler) -> None:
    handler.close_connection = True
    try:
        handler.wfile.flush()
        handler.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _make_handler(server: ProtocolServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # An idle keep-alive connection ends after this, so stop() never waits long.
        timeout = 5

        def do_GET(self) -> None:
            server._handle(self)

        def do_POST(self) -> None:
            server._handle(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet tests

        def handle(self) -> None:
            try:
                super().handle()
            except OSError:
                pass  # a client that hung up, or a keep-alive connection that timed out

    return Handler
