"""A Hugging Face Hub on 127.0.0.1: the routes and headers huggingface_hub 2.x and Plinth's downloader use.

* ``GET /api/models?search=&filter=gguf&sort=&limit=&expand=`` — search;
* ``GET /api/models/{repo}[/revision/{rev}][?blobs=true]`` — model info, with
  per-file size and LFS ``{sha256, size, pointerSize}`` when ``blobs`` is asked
  (``HfApi.model_info(files_metadata=True)``);
* ``HEAD``/``GET /{repo}/resolve/{rev}/{file}`` — ``X-Repo-Commit``, ``ETag``,
  ``X-Linked-Etag`` (the LFS sha256, quoted), ``X-Linked-Size``,
  ``Content-Length``, ``Accept-Ranges``; ``Range: bytes=a-[b]`` answers 206
  with ``Content-Range``, or 416 past the end.

Errors carry the Hub's ``X-Error-Code`` (RepoNotFound, RevisionNotFound,
EntryNotFound, GatedRepo), which huggingface_hub turns into its exception
classes. A gated repo answers 401 to no token and 403 to a token that has not
been granted, as the Hub does.

Faults a test can script, on file GETs only (``fault(kind, times=1, ...)``):
``drop`` (the connection dies after ``after`` body bytes), ``status`` (answer
``status``, with ``retry_after`` on a 429), ``ignore_range`` (200 with the
whole file despite Range). ``throttle_bps`` slows every body; ``wrong_hash``
on a file makes X-Linked-Etag lie. ``served`` records the bytes each GET sent,
so a test can prove a resume fetched only the rest. ``search_gate``, when
set to an Event, holds every search until the Event is set (a slow Hub).
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from .base import Recorded

BLOCK = 64 * 1024
#: A Hub address whose name cannot be resolved, for the "no network" case without a network:
#: the C library refuses a host name with a "!" in it before asking any DNS server (nothing
#: leaves the machine), and ``.invalid`` never resolves anywhere (RFC 6761) besides.
UNRESOLVABLE_ENDPOINT = "http://hub-name!.invalid"


@dataclass
class HubFile:
    data: bytes = b""
    #: Serve this file from disk instead of ``data`` (the starter model).
    path: Path | None = None
    lfs: bool = True
    #: Announce a sha256 that is not the content's.
    wrong_hash: bool = False

    def __post_init__(self) -> None:
        if self.path is not None:
            digest, size = hashlib.sha256(), 0
            with self.path.open("rb") as fh:
                while block := fh.read(1 << 20):
                    digest.update(block)
                    size += len(block)
            self.sha256, self.size = digest.hexdigest(), size
        else:
            self.sha256, self.size = hashlib.sha256(self.data).hexdigest(), len(self.data)
        self.git_sha1 = hashlib.sha1(b"blob %d\0" % self.size + self.sha256.encode()).hexdigest()

    @property
    def announced_sha256(self) -> str:
        return hashlib.sha256(b"not the content").hexdigest() if self.wrong_hash else self.sha256

    def read(self, start: int, length: int) -> bytes:
        if self.path is None:
            return self.data[start : start + length]
        with self.path.open("rb") as fh:
            fh.seek(start)
            return fh.read(length)


@dataclass
class HubRepo:
    repo_id: str
    files: dict[str, HubFile]
    downloads: int = 0
    likes: int = 0
    last_modified: str = "2025-01-01T00:00:00.000Z"
    #: False, "auto" or "manual".
    gated: bool | str = False
    #: Tokens that have accepted the licence of a gated repo.
    granted: set[str] = field(default_factory=set)
    commit: str = "0123456789abcdef0123456789abcdef01234567"
    revisions: tuple[str, ...] = ("main",)
    tags: tuple[str, ...] = ("gguf",)


@dataclass
class Fault:
    kind: str
    times: int | None = 1
    after: int = 0
    status: int = 500
    retry_after: float | None = None


@dataclass
class Served:
    """One file GET: where it started and how many body bytes went out."""

    filename: str
    status: int
    start: int
    sent: int = 0


def pseudo_random_bytes(size: int, seed: int = 0) -> bytes:
    """Deterministic incompressible bytes, fast enough for a few MB."""
    out = bytearray()
    counter = 0
    while len(out) < size:
        out += hashlib.sha512(b"%d:%d" % (seed, counter)).digest() * 64
        counter += 1
    return bytes(out[:size])


def fake_gguf(
    arch: str = "llama", size: int = 2_000_000, *, seed: int = 0, lead: dict[str, str] | None = None
) -> bytes:
    """A GGUF header naming ``arch``, padded with pseudo-random bytes to ``size``.

    ``lead``: string keys written before ``general.architecture``, to push it
    past the first megabyte.
    """

    def string(value: str) -> bytes:
        raw = value.encode()
        return struct.pack("<Q", len(raw)) + raw

    kvs = {**(lead or {}), "general.architecture": arch, "general.name": f"test {arch}"}
    header = b"GGUF" + struct.pack("<IQQ", 3, 0, len(kvs))
    for key, value in kvs.items():
        header += string(key) + struct.pack("<I", 8) + string(value)
    return header + pseudo_random_bytes(max(0, size - len(header)), seed)


class HubServer:
    """Use as a context manager (or start()/stop())."""

    def __init__(self) -> None:
        self.repos: dict[str, HubRepo] = {}
        self.requests: list[Recorded] = []
        self.served: list[Served] = []
        self.faults: list[Fault] = []
        #: Bytes per second for every file body; None: as fast as possible.
        self.throttle_bps: float | None = None
        #: Searches wait until this is set (a slow Hub); None: they answer at once.
        self.search_gate: threading.Event | None = None
        self._lock = threading.Lock()
        self._conns: set[socket.socket] = set()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = False  # server_close() joins the handlers: nothing outlives a test
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    # -- control ---------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> HubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self.search_gate is not None:
            self.search_gate.set()
        self._httpd.shutdown()
        # Clients that keep connections alive (huggingface_hub's shared session)
        # would hold a handler thread, and so server_close(), for its timeout.
        with self._lock:
            for conn in self._conns:
                try:
                    conn.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self._httpd.server_close()
        self._thread.join()

    def __enter__(self) -> HubServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def add_repo(self, repo_id: str, files: dict[str, bytes | Path | HubFile], **kwargs: Any) -> HubRepo:
        repo = HubRepo(
            repo_id,
            {
                name: f if isinstance(f, HubFile) else HubFile(path=f) if isinstance(f, Path) else HubFile(f)
                for name, f in files.items()
            },
            **kwargs,
        )
        self.repos[repo_id] = repo
        return repo

    def fault(self, kind: str, times: int | None = 1, **kwargs: Any) -> None:
        with self._lock:
            self.faults.append(Fault(kind, times, **kwargs))

    def bytes_served(self, filename: str | None = None) -> int:
        with self._lock:
            return sum(s.sent for s in self.served if filename is None or s.filename == filename)

    def bytes_served_settled(self, expected: int, timeout_s: float = 5.0) -> int:
        """``bytes_served()`` once it reaches ``expected`` (or the timeout passes).

        A handler thread counts its last chunk just after the client has it, so
        a client that already finished can look ahead of the count for a moment.
        """
        deadline = time.monotonic() + timeout_s
        while self.bytes_served() < expected and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.bytes_served()

    def file_gets(self) -> list[Recorded]:
        return [r for r in self.requests if r.method == "GET" and "/resolve/" in r.path]

    # -- internals -------------------------------------------------------------------

    def _take_fault(self) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.times is not None:
                    if fault.times <= 0:
                        continue
                    fault.times -= 1
                return fault
        return None

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path)
        rec = Recorded(
            method=h.command,
            path=unquote(parts.path),
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in h.headers.items()},
            body=None,
            target=h.path,
        )
        with self._lock:
            self.requests.append(rec)
        path = parts.path
        if path == "/api/models":
            return self._search(h, rec)
        if path.startswith("/api/models/"):
            return self._model_info(h, rec, path[len("/api/models/") :])
        m = re.match(r"^/([^/]+/[^/]+)/resolve/([^/]+)/(.+)$", path)
        if m:
            return self._resolve(h, rec, unquote(m[1]), unquote(m[2]), unquote(m[3]))
        _send(h, 404, {"error": "Not found"})

    def _search(self, h: BaseHTTPRequestHandler, rec: Recorded) -> None:
        if self.search_gate is not None:
            self.search_gate.wait(30)
        q = rec.query
        search = (q.get("search") or [""])[0].lower()
        filters = q.get("filter", [])
        repos = [r for r in self.repos.values() if search in r.repo_id.lower() and all(f in r.tags for f in filters)]
        sort = (q.get("sort") or [""])[0]
        key = {"downloads": "downloads", "likes": "likes", "lastModified": "last_modified"}.get(sort)
        if key:
            repos.sort(key=lambda r: getattr(r, key), reverse=True)
        limit = int((q.get("limit") or ["1000"])[0])
        expand = q.get("expand")
        out = []
        for r in repos[:limit]:
            full = _repo_json(r)
            item = {k: full[k] for k in ("_id", "id")}
            # The Hub returns only the expanded fields when expand is given.
            for k in expand or ("likes", "downloads", "private", "tags", "createdAt"):
                if k in full:
                    item[k] = full[k]
            out.append(item)
        _send(h, 200, out)

    def _model_info(self, h: BaseHTTPRequestHandler, rec: Recorded, rest: str) -> None:
        repo_id, _, revision = unquote(rest).partition("/revision/")
        repo = self.repos.get(repo_id)
        if repo is None:
            return _send(h, 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"})
        if revision and revision not in repo.revisions and revision != repo.commit:
            return _send(h, 404, {"error": "Invalid rev id"}, {"X-Error-Code": "RevisionNotFound"})
        body = _repo_json(repo)
        blobs = (rec.query.get("blobs") or ["false"])[0].lower() == "true"
        siblings = []
        for name, f in repo.files.items():
            sibling: dict[str, Any] = {"rfilename": name}
            if blobs:
                sibling["size"] = f.size
                sibling["blobId"] = f.git_sha1
                if f.lfs:
                    sibling["lfs"] = {"sha256": f.announced_sha256, "size": f.size, "pointerSize": 134}
            siblings.append(sibling)
        body["siblings"] = siblings
        body["sha"] = repo.commit
        _send(h, 200, body)

    def _resolve(self, h: BaseHTTPRequestHandler, rec: Recorded, repo_id: str, rev: str, name: str) -> None:
        head = h.command == "HEAD"
        repo = self.repos.get(repo_id)
        if repo is None:
            return _send(h, 404, {"error": "Repository not found"}, {"X-Error-Code": "RepoNotFound"}, head)
        if repo.gated:
            token = rec.headers.get("authorization", "").removeprefix("Bearer ").strip()
            if token not in repo.granted:
                message = (
                    f"Access to model {repo_id} is restricted. You must have access to it and be "
                    "authenticated to access it. Please log in."
                )
                return _send(
                    h,
                    403 if token else 401,
                    {"error": message},
                    {"X-Error-Code": "GatedRepo", "X-Error-Message": message},
                    head,
                )
        if rev not in repo.revisions and rev != repo.commit:
            return _send(h, 404, {"error": "Invalid rev id"}, {"X-Error-Code": "RevisionNotFound"}, head)
        f = repo.files.get(name)
        if f is None:
            return _send(h, 404, {"error": "Entry not found"}, {"X-Error-Code": "EntryNotFound"}, head)
        headers = {
            "X-Repo-Commit": repo.commit,
            "Accept-Ranges": "bytes",
            "Content-Type": "application/octet-stream",
        }
        if f.lfs:
            headers["ETag"] = f'"{f.announced_sha256}"'
            headers["X-Linked-Etag"] = f'"{f.announced_sha256}"'
            headers["X-Linked-Size"] = str(f.size)
        else:
            headers["ETag"] = f'"{f.git_sha1}"'
        if head:
            return _send_head(h, 200, headers, f.size)
        fault = self._take_fault()
        if fault is not None and fault.kind == "status":
            extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            return _send(h, fault.status, {"error": "Simulated failure"}, extra)
        start, end = 0, f.size - 1
        status = 200
        m = re.match(r"^bytes=(\d+)-(\d*)$", rec.headers.get("range", ""))
        if m and not (fault is not None and fault.kind == "ignore_range"):
            start = int(m[1])
            end = min(int(m[2]), f.size - 1) if m[2] else f.size - 1
            if start >= f.size:
                return _send(h, 416, {"error": "Range not satisfiable"}, {"Content-Range": f"bytes */{f.size}"})
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{f.size}"
        served = Served(name, status, start)
        with self._lock:
            self.served.append(served)
        drop_after = fault.after if fault is not None and fault.kind == "drop" else None
        self._send_body(h, status, headers, f, start, end - start + 1, served, drop_after)

    def _send_body(
        self,
        h: BaseHTTPRequestHandler,
        status: int,
        headers: dict[str, str],
        f: HubFile,
        start: int,
        length: int,
        served: Served,
        drop_after: int | None,
    ) -> None:
        h.send_response(status)
        for k, v in headers.items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(length))
        h.end_headers()
        block = BLOCK
        if self.throttle_bps:
            block = max(1024, min(BLOCK, int(self.throttle_bps / 20)))
        began = time.monotonic()
        pos = 0
        try:
            while pos < length:
                n = min(block, length - pos)
                if drop_after is not None and pos + n > drop_after:
                    n = drop_after - pos
                    if n > 0:
                        h.wfile.write(f.read(start + pos, n))
                        with self._lock:
                            served.sent += n
                    h.wfile.flush()
                    _hang_up(h)
                    return
                h.wfile.write(f.read(start + pos, n))
                pos += n
                with self._lock:
                    served.sent += n
                if self.throttle_bps:
                    ahead = pos / self.throttle_bps - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)
            h.wfile.flush()
        except OSError:
            h.close_connection = True  # the client went away (cancelled, killed)


def _repo_json(r: HubRepo) -> dict[str, Any]:
    return {
        "_id": hashlib.md5(r.repo_id.encode()).hexdigest()[:24],
        "id": r.repo_id,
        "modelId": r.repo_id,
        "author": r.repo_id.split("/")[0],
        "downloads": r.downloads,
        "likes": r.likes,
        "lastModified": r.last_modified,
        "createdAt": r.last_modified,
        "gated": r.gated,
        "private": False,
        "disabled": False,
        "tags": list(r.tags),
        "library_name": "gguf",
    }


def _send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: Any,
    headers: dict[str, str] | None = None,
    head: bool = False,
) -> None:
    data = json.dumps(body).encode()
    h.send_response(status)
    h.send_header("Content-Type", "application/json")
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(data)))
    h.end_headers()
    if not head:
        h.wfile.write(data)
    h.wfile.flush()


def _send_head(h: BaseHTTPRequestHandler, status: int, headers: dict[str, str], length: int) -> None:
    h.send_response(status)
    for k, v in headers.items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(length))
    h.end_headers()
    h.wfile.flush()


def _hang_up(h: BaseHTTPRequestHandler) -> None:
    h.close_connection = True
    try:
        h.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _make_handler(server: HubServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        timeout = 5

        def setup(self) -> None:
            super().setup()
            with server._lock:
                server._conns.add(self.connection)

        def finish(self) -> None:
            with server._lock:
                server._conns.discard(self.connection)
            try:
                super().finish()
            except OSError:
                pass

        def do_GET(self) -> None:
            server._handle(self)

        def do_HEAD(self) -> None:
            server._handle(self)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet tests

        def handle(self) -> None:
            try:
                super().handle()
            except OSError:
                pass  # a client that hung up, or a keep-alive connection that timed out

    return Handler
