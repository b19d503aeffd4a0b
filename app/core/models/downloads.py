"""Resumable, verified, cancellable model downloads.

huggingface_hub gives the URL, the auth headers and the file's metadata (the
HEAD on the resolve URL: ``X-Linked-Etag`` is the LFS sha256,
``X-Linked-Size`` the size, ``X-Repo-Commit`` the commit). The bytes come over
plain HTTP (httpx2, already installed for huggingface_hub and the openai SDK)
because huggingface_hub neither resumes across runs nor checks the sha256.

On disk, for ``repo_id`` ``org/name`` and file ``f.gguf``::

    <models_dir>/org__name/f.gguf            the verified file, only ever renamed into place
    <models_dir>/org__name/f.gguf.part       the bytes so far
    <models_dir>/org__name/f.gguf.part.json  which file version the part belongs to

A ``.part`` resumes with ``Range: bytes=<size>-`` after a dropped connection
(within one call, with backoff), a cancel, or a restart of the process (even
kill -9). If the file changed on the Hub meanwhile (other sha256 or size),
the part is thrown away and the download starts again.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app.core.cancel import CancelToken
from app.core.errors import ModelLoadError, UserFacingError
from app.core.files import write_text_atomic
from app.core.models.architectures import architecture_warning
from app.core.models.download_http import (
    Transient,
    body_chunks,
    cancel_closes,
    content_range_start,
    is_transport_error,
    retry_after,
)
from app.core.models.download_progress import DownloadProgress, ProgressMeter
from app.core.models.hub import (
    HubServerError,
    HubUnreachableError,
    load_huggingface_hub,
    map_hub_error,
    name_resolution_failed,
    network_error,
    resolve_endpoint,
    shard_names,
    status_error,
)
from app.core.models.part_files import (
    DiskWriter,
    PartState,
    disk_free,
    hash_prefix,
    part_of,
    remove_empty_dirs,
    sidecar_of,
)
from app.core.net import connection_reason
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    import httpx2

#: Free space kept on top of what a download needs.
DISK_MARGIN_BYTES = 256 * 2**20


@dataclass(frozen=True)
class RemoteFile:
    """What the Hub says about one file before it is downloaded."""

    repo_id: str
    filename: str
    url: str
    size: int
    #: The LFS sha256 (from X-Linked-Etag); None for a file outside LFS (verified by size only).
    sha256: str | None
    etag: str
    commit: str | None


class DownloadCancelled(Exception):
    """The download was cancelled; its ``.part`` stays and the next download() resumes it.

    Not a UserFacingError: cancelling is an outcome the person chose.
    """

    def __init__(self, filename: str, done_bytes: int, total_bytes: int) -> None:
        super().__init__(f"Download of {filename} cancelled at {done_bytes} of {total_bytes} bytes")
        self.filename = filename
        self.done_bytes = done_bytes
        self.total_bytes = total_bytes


class DiskFullError(UserFacingError):
    title = "Not enough disk space"


class ChecksumError(UserFacingError):
    title = "The download was corrupted"


def format_bytes(n: float) -> str:
    """``1.4 GB``, ``350 MB``, ``12 kB``: decimal units, as disks and the Hub count."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if abs(n) >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} B"


#: How much of a file's start check_architecture reads, in turn, until the
#: architecture key is in it. It is nearly always the first key.
HEADER_READ_LIMITS = (1 << 20, 4 << 20, 16 << 20)
#: The longest wait a Retry-After header gets.
MAX_RETRY_AFTER_S = 120.0
MAX_BACKOFF_S = 60.0

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_REPO_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")


class Downloader:
    """Downloads GGUF models from one Hub endpoint into ``models_dir``.

    ``endpoint`` None: ``HF_ENDPOINT`` read now, else huggingface.co.
    ``token`` None: anonymous. Transient failures (connection drops, timeouts,
    5xx, 429) are retried ``retries`` times in a row with exponential backoff
    from ``backoff_s`` (Retry-After honoured); an attempt that moved bytes
    resets the count. Proxies come from the environment (HTTPS_PROXY,
    NO_PROXY...). ``chunk_size`` is the write buffer: what a kill -9 can
    lose at most. ``free_space(dir) -> bytes`` is the disk probe (injectable
    for tests). Safe to use from one worker thread per download; two
    downloads of the same file at once (two windows, GUI and CLI) are refused.
    """

    def __init__(
        self,
        models_dir: Path,
        endpoint: str | None = None,
        token: str | None = None,
        *,
        retries: int = 5,
        backoff_s: float = 1.0,
        chunk_size: int = 1 << 20,
        timeout_s: float = 30.0,
        free_space: Callable[[Path], int] | None = None,
        disk_margin_bytes: int = DISK_MARGIN_BYTES,
    ) -> None:
        self.models_dir = Path(models_dir)
        self.endpoint = resolve_endpoint(endpoint)
        self._token = token
        self._retries = retries
        self._backoff_s = backoff_s
        self._chunk_size = chunk_size
        self._timeout_s = timeout_s
        self._free_space = free_space or disk_free
        self._margin = disk_margin_bytes

    # -- where things go -------------------------------------------------------------

    def repo_dir(self, repo_id: str) -> Path:
        if not _REPO_ID_RE.match(repo_id) or ".." in repo_id:
            raise UserFacingError(
                ui_text("{repo} is not a Hugging Face repository id.", repo=repr(repo_id)),
                ui_text("Use the form org/name."),
            )
        return self.models_dir / repo_id.replace("/", "__")

    def target_path(self, repo_id: str, filename: str) -> Path:
        """Where the verified file lands: ``<models_dir>/<org>__<name>/<filename>``."""
        rel = PurePosixPath(filename)
        if not filename or "\\" in filename or rel.is_absolute() or any(p in ("", ".", "..") for p in rel.parts):
            raise UserFacingError(
                ui_text("{filename} is not a file name Plinth can save.", filename=repr(filename)),
                ui_text("Pick a file from the list."),
            )
        return self.repo_dir(repo_id).joinpath(*rel.parts)

    def part_path(self, repo_id: str, filename: str) -> Path:
        return part_of(self.target_path(repo_id, filename))

    def partial_bytes(self, repo_id: str, filename: str) -> int:
        """Bytes already on disk for this model (every shard's part or final file); 0 if none."""
        total = 0
        for name in shard_names(filename):
            target = self.target_path(repo_id, name)
            for path in (target, part_of(target)):
                if path.is_file():
                    total += path.stat().st_size
                    break
        return total

    def discard(self, repo_id: str, filename: str) -> None:
        """Delete the partial download of a model (every shard's part and sidecar)."""
        for name in shard_names(filename):
            target = self.target_path(repo_id, name)
            part_of(target).unlink(missing_ok=True)
            sidecar_of(target).unlink(missing_ok=True)
            remove_empty_dirs(target.parent, self.models_dir)

    # -- the Hub ---------------------------------------------------------------------

    def remote_file(
        self, repo_id: str, filename: str, revision: str = "main", *, cancel: CancelToken | None = None
    ) -> RemoteFile:
        """The Hub's metadata for one file (a HEAD on its resolve URL), retried like a download."""
        load_huggingface_hub()
        from huggingface_hub import HfFileMetadata, get_hf_file_metadata, hf_hub_url
        from huggingface_hub.errors import HfHubHTTPError

        url = hf_hub_url(repo_id, filename, revision=revision, endpoint=self.endpoint)

        def head() -> HfFileMetadata:
            try:
                return get_hf_file_metadata(url, token=self._token or False, timeout=self._timeout_s)
            except HfHubHTTPError as exc:
                status = exc.response.status_code if exc.response is not None else 0
                if status == 429 or status >= 500:
                    raise Transient(f"HTTP {status}", retry_after(exc.response.headers)) from exc
                mapped = map_hub_error(exc, repo_id, self.endpoint, filename)
                if mapped is None:
                    raise
                raise mapped from exc
            except Exception as exc:
                if is_transport_error(exc):
                    raise Transient(type(exc).__name__) from exc
                raise

        meta = self._with_retries(head, filename, cancel or CancelToken())
        if meta.size is None or not (meta.etag or meta.commit_hash):
            raise UserFacingError(
                ui_text(
                    "{endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).",
                    endpoint=self.endpoint,
                    filename=filename,
                ),
                ui_text("Check the endpoint address (--endpoint or HF_ENDPOINT)."),
            )
        etag = (meta.etag or "").strip('"').lower()
        return RemoteFile(
            repo_id=repo_id,
            filename=filename,
            url=url,
            size=meta.size,
            sha256=etag if _SHA256_RE.match(etag) else None,
            etag=etag,
            commit=meta.commit_hash,
        )

    # -- downloading -----------------------------------------------------------------

    def download(
        self,
        repo_id: str,
        filename: str,
        revision: str = "main",
        *,
        progress: Callable[[DownloadProgress], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Download, verify and move into place; return the file's path.

        For a sharded model (any shard's name given) every shard is fetched
        and the first shard's path returned. A file already in place is not
        fetched again. ``progress`` is called from this thread, at most about
        ten times a second and once at the end. Raises DownloadCancelled
        (part kept), DiskFullError before any byte is written, ChecksumError
        (part deleted), or another UserFacingError.
        """
        cancel = cancel or CancelToken()
        shards = [self._plan(repo_id, name, revision, cancel, i) for i, name in enumerate(shard_names(filename), 1)]
        first = shards[0]
        with self._locked(first.target, filename):
            self._check_disk(shards)
            meter = ProgressMeter(progress, sum(s.done for s in shards), sum(s.total for s in shards), len(shards))
            with self._client() as client:
                for shard in shards:
                    if shard.remote is not None:
                        meter.filename, meter.shard_index = shard.name, shard.index
                        self._fetch(client, shard, meter, cancel)
            meter.filename, meter.shard_index = shards[-1].name, shards[-1].index
            meter.report(force=True)
        return first.target

    def _plan(self, repo_id: str, name: str, revision: str, cancel: CancelToken, index: int) -> _Shard:
        target = self.target_path(repo_id, name)
        if target.is_file():
            size = target.stat().st_size
            return _Shard(index, name, target, None, size, size)
        remote = self.remote_file(repo_id, name, revision, cancel=cancel)
        return _Shard(index, name, target, remote, _reusable_bytes(target, remote), remote.size)

    def _check_disk(self, shards: list[_Shard]) -> None:
        remaining = sum(s.total - s.done for s in shards)
        if remaining <= 0:
            return
        where = shards[0].target.parent
        free = self._free_space(where)
        need = remaining + self._margin
        if free < need:
            raise DiskFullError(
                ui_text(
                    "Not enough free disk space: need {need}, {free} free on {where}.",
                    need=format_bytes(need),
                    free=format_bytes(free),
                    where=str(where),
                ),
                ui_text("Free some space on that disk, then download again."),
            )

    def _fetch(self, client: httpx2.Client, shard: _Shard, meter: ProgressMeter, cancel: CancelToken) -> None:
        remote = shard.remote
        assert remote is not None
        part = part_of(shard.target)
        offset = _reusable_bytes(shard.target, remote)
        meter.done += offset - shard.done
        # The sidecar first: a part on disk always says which file version it holds.
        write_text_atomic(sidecar_of(shard.target), json.dumps(_sidecar_record(remote), indent=1))
        state = PartState(offset)
        if offset == 0:
            part.write_bytes(b"")
        else:
            hash_prefix(part, offset, state.hasher, cancel, lambda: self._cancelled(shard, meter))

        def attempt() -> None:
            # Progress means bytes never held before: re-fetching after a restart
            # from zero is not, or a file that shrank on the Hub would loop forever.
            best = state.best
            try:
                self._transfer(client, shard, state, meter, cancel)
            except Transient as exc:
                exc.progressed = state.best > best
                raise
            if state.offset < remote.size:
                raise Transient(ui_text("the connection closed early"), progressed=state.best > best)

        # A part already whole (killed just before the rename) only needs checking.
        if state.offset < remote.size:
            self._with_retries(attempt, shard.name, cancel, on_cancel=lambda: self._cancelled(shard, meter))
        self._finish(shard, state)

    def _transfer(
        self, client: httpx2.Client, shard: _Shard, state: PartState, meter: ProgressMeter, cancel: CancelToken
    ) -> None:
        """One GET from ``state.offset``; appends to the part until the stream ends or fails."""
        import httpx2

        remote = shard.remote
        assert remote is not None
        headers = self._headers()
        if state.offset:
            headers["Range"] = f"bytes={state.offset}-"
        try:
            with client.stream("GET", remote.url, headers=headers) as resp, cancel_closes(resp, cancel):
                status = resp.status_code
                if status == 416:
                    # The part does not fit the file the server has: start again.
                    meter.done -= state.offset
                    state.restart()
                    raise Transient(ui_text("the server could not resume the download"))
                if status == 429 or status >= 500:
                    raise Transient(f"HTTP {status}", retry_after(resp.headers))
                if status >= 400:
                    resp.read()
                    raise status_error(status, resp.headers, remote.repo_id, self.endpoint, remote.filename)
                if status == 206:
                    start = content_range_start(resp.headers.get("Content-Range"))
                    if start != state.offset:
                        meter.done -= state.offset
                        state.restart()
                        raise Transient(
                            ui_text(
                                "the server sent bytes from {start}, not {offset}", start=start, offset=state.offset
                            )
                        )
                elif state.offset:
                    # A 200 to a Range request: the server sends the whole file again.
                    meter.done -= state.offset
                    state.restart()
                with part_of(shard.target).open("r+b", buffering=self._chunk_size) as fh:
                    fh.seek(state.offset)
                    fh.truncate()
                    received = state.offset
                    with DiskWriter(fh, state) as writer:
                        for data in body_chunks(resp, self._timeout_s):
                            if cancel.cancelled:
                                break
                            if len(data) > remote.size - received:
                                data = data[: remote.size - received]
                            writer.put(data)
                            received += len(data)
                            meter.add(len(data))
                            if received >= remote.size:
                                break
                    fh.flush()
                    os.fsync(fh.fileno())
        except httpx2.TransportError as exc:
            if not cancel.cancelled:
                raise Transient(type(exc).__name__) from exc
        if cancel.cancelled:
            raise self._cancelled(shard, meter)

    def _finish(self, shard: _Shard, state: PartState) -> None:
        remote = shard.remote
        assert remote is not None
        part = part_of(shard.target)
        if remote.sha256 is not None and state.hasher.hexdigest() != remote.sha256:
            part.unlink(missing_ok=True)
            sidecar_of(shard.target).unlink(missing_ok=True)
            raise ChecksumError(
                ui_text(
                    "The download of {name} was corrupted (checksum mismatch); it has been deleted — download it again.",
                    name=shard.name,
                ),
            )
        os.replace(part, shard.target)
        sidecar_of(shard.target).unlink(missing_ok=True)

    def _cancelled(self, shard: _Shard, meter: ProgressMeter) -> DownloadCancelled:
        meter.report(force=True)
        return DownloadCancelled(shard.name, meter.done, meter.total)

    # -- the architecture check -------------------------------------------------------

    def check_architecture(
        self, repo_id: str, filename: str, revision: str = "main", *, cancel: CancelToken | None = None
    ) -> str | None:
        """A warning when this llama.cpp cannot run the model, else None.

        Reads only the start of the (first) file with Range requests: 1 MB,
        more if the metadata before ``general.architecture`` is longer, at
        most 16 MB.
        """
        from huggingface_hub import hf_hub_url

        from app.core.models.gguf import read_gguf_bytes

        cancel = cancel or CancelToken()
        name = shard_names(filename)[0]
        url = hf_hub_url(repo_id, name, revision=revision, endpoint=self.endpoint)
        with self._client() as client:
            for limit in HEADER_READ_LIMITS:
                data = self._with_retries(partial(self._read_prefix, client, url, limit, repo_id, name), name, cancel)
                try:
                    info = read_gguf_bytes(data, PurePosixPath(name).name, stop_at="general.architecture")
                    break
                except ModelLoadError as exc:
                    # A full read that ends mid-header: the header goes on, read more.
                    if len(data) < limit or limit == HEADER_READ_LIMITS[-1]:
                        return ui_join([exc.message, ui_text("It would not load.")])
        arch = info.metadata.get("general.architecture")
        return architecture_warning(arch if isinstance(arch, str) else None, name)

    def _read_prefix(self, client: httpx2.Client, url: str, limit: int, repo_id: str, name: str) -> bytes:
        import httpx2

        headers = self._headers()
        headers["Range"] = f"bytes=0-{limit - 1}"
        try:
            with client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 429 or resp.status_code >= 500:
                    raise Transient(f"HTTP {resp.status_code}", retry_after(resp.headers))
                if resp.status_code >= 400:
                    resp.read()
                    raise status_error(resp.status_code, resp.headers, repo_id, self.endpoint, name)
                data = bytearray()
                # A server that ignores Range sends the whole file: stop at the limit.
                for piece in resp.iter_bytes():
                    data += piece
                    if len(data) >= limit:
                        break
                return bytes(data[:limit])
        except httpx2.TransportError as exc:
            raise Transient(type(exc).__name__) from exc

    # -- plumbing --------------------------------------------------------------------

    def _with_retries(
        self,
        fn: Callable[[], Any],
        name: str,
        cancel: CancelToken,
        on_cancel: Callable[[], DownloadCancelled] | None = None,
    ) -> Any:
        failures = 0
        while True:
            try:
                return fn()
            except Transient as exc:
                if name_resolution_failed(exc):
                    # No network or no DNS: the name will not resolve in a few seconds either.
                    raise network_error(self.endpoint, exc) from exc
                failures = 1 if exc.progressed else failures + 1
                if failures > self._retries:
                    raise self._gave_up(name, exc) from exc
                delay = min(self._backoff_s * 2 ** (failures - 1), MAX_BACKOFF_S)
                if exc.retry_after is not None:
                    delay = min(exc.retry_after, MAX_RETRY_AFTER_S)
                if cancel.wait(delay):
                    raise (on_cancel() if on_cancel else DownloadCancelled(name, 0, 0)) from None

    def _gave_up(self, name: str, exc: Transient) -> UserFacingError:
        hint = ui_text(
            "Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: "
            "it resumes where it stopped."
        )
        if exc.reason.startswith("HTTP "):
            return HubServerError(
                ui_text(
                    "The download of {name} from {endpoint} kept failing ({reason}).",
                    name=name,
                    endpoint=self.endpoint,
                    reason=exc.reason,
                ),
                hint,
            )
        reason = connection_reason(exc.__cause__) if exc.__cause__ is not None else exc.reason
        return HubUnreachableError(
            ui_text(
                "The download of {name} from {endpoint} kept failing: {reason}.",
                name=name,
                endpoint=self.endpoint,
                reason=reason,
            ),
            hint,
        )

    def _client(self) -> httpx2.Client:
        import httpx2

        # trust_env: HTTP(S)_PROXY, NO_PROXY and SSL_CERT_FILE from the environment.
        return httpx2.Client(
            follow_redirects=True,
            trust_env=True,
            timeout=httpx2.Timeout(self._timeout_s, connect=min(10.0, self._timeout_s)),
        )

    def _headers(self) -> dict[str, str]:
        load_huggingface_hub()
        from huggingface_hub.utils import build_hf_headers

        headers = build_hf_headers(token=self._token or False)
        # The bytes on disk must be the file's bytes: no transfer compression.
        headers["Accept-Encoding"] = "identity"
        return headers

    @contextlib.contextmanager
    def _locked(self, target: Path, filename: str) -> Iterator[None]:
        import filelock

        target.parent.mkdir(parents=True, exist_ok=True)
        lock_path = target.with_name(target.name + ".lock")
        lock = filelock.FileLock(str(lock_path), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise UserFacingError(
                ui_text(
                    "{filename} is already being downloaded (by another Plinth window or command).", filename=filename
                ),
                ui_text("Wait for that download to finish, or cancel it there."),
            ) from None
        try:
            yield
        finally:
            lock.release()
            lock_path.unlink(missing_ok=True)
            remove_empty_dirs(target.parent, self.models_dir)


@dataclass
class _Shard:
    index: int
    name: str
    target: Path
    #: None when the file is already in place.
    remote: RemoteFile | None
    #: Bytes that need not be fetched again: the file in place, or a part of the same version.
    done: int
    total: int


def _sidecar_record(remote: RemoteFile) -> dict[str, object]:
    return {
        "url": remote.url,
        "etag": remote.etag,
        "sha256": remote.sha256,
        "size": remote.size,
        "commit": remote.commit,
    }


def _reusable_bytes(target: Path, remote: RemoteFile) -> int:
    """The size of the part when it belongs to this version of the file, else 0."""
    part = part_of(target)
    try:
        size = part.stat().st_size
        record = json.loads(sidecar_of(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    # The commit is not compared: it moves whenever any file of the repo changes.
    same = isinstance(record, dict) and record.get("etag") == remote.etag and record.get("size") == remote.size
    return size if same and size <= remote.size else 0
