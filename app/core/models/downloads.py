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
import ctypes
import hashlib
import json
import os
import queue
import re
import shutil
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app.core.cancel import CancelToken
from app.core.errors import ModelLoadError, UserFacingError
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
from app.core.net import connection_reason

if TYPE_CHECKING:
    import httpx2

#: Free space kept on top of what a download needs.
DISK_MARGIN_BYTES = 256 * 2**20


@dataclass(frozen=True)
class DownloadProgress:
    """A progress report; bytes count the whole model (every shard)."""

    #: The shard being transferred.
    filename: str
    done_bytes: int
    total_bytes: int
    #: Bytes per second over the last few seconds; 0 before any byte arrives.
    speed_bps: float
    #: Seconds left at that speed; None while unknown.
    eta_s: float | None
    #: 1-based.
    shard_index: int
    shard_count: int

    @property
    def fraction(self) -> float:
        return self.done_bytes / self.total_bytes if self.total_bytes else 0.0


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
PROGRESS_INTERVAL_S = 0.1
#: Speed is averaged over this many seconds, so the ETA does not jump about.
SPEED_WINDOW_S = 5.0

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
_REPO_ID_RE = re.compile(r"^[A-Za-z0-9][\w.-]*(/[A-Za-z0-9][\w.-]*)?$")
_CONTENT_RANGE_RE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


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
        self._free_space = free_space or _disk_free
        self._margin = disk_margin_bytes

    # -- where things go -------------------------------------------------------------

    def repo_dir(self, repo_id: str) -> Path:
        if not _REPO_ID_RE.match(repo_id) or ".." in repo_id:
            raise UserFacingError(f"{repo_id!r} is not a Hugging Face repository id.", "Use the form org/name.")
        return self.models_dir / repo_id.replace("/", "__")

    def target_path(self, repo_id: str, filename: str) -> Path:
        """Where the verified file lands: ``<models_dir>/<org>__<name>/<filename>``."""
        rel = PurePosixPath(filename)
        if not filename or "\\" in filename or rel.is_absolute() or any(p in ("", ".", "..") for p in rel.parts):
            raise UserFacingError(f"{filename!r} is not a file name Plinth can save.", "Pick a file from the list.")
        return self.repo_dir(repo_id).joinpath(*rel.parts)

    def part_path(self, repo_id: str, filename: str) -> Path:
        return _part(self.target_path(repo_id, filename))

    def partial_bytes(self, repo_id: str, filename: str) -> int:
        """Bytes already on disk for this model (every shard's part or final file); 0 if none."""
        total = 0
        for name in shard_names(filename):
            target = self.target_path(repo_id, name)
            for path in (target, _part(target)):
                if path.is_file():
                    total += path.stat().st_size
                    break
        return total

    def discard(self, repo_id: str, filename: str) -> None:
        """Delete the partial download of a model (every shard's part and sidecar)."""
        for name in shard_names(filename):
            target = self.target_path(repo_id, name)
            _part(target).unlink(missing_ok=True)
            _sidecar(target).unlink(missing_ok=True)
            _remove_empty_dirs(target.parent, self.models_dir)

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
                    raise _Transient(f"HTTP {status}", _retry_after(exc.response.headers)) from exc
                mapped = map_hub_error(exc, repo_id, self.endpoint, filename)
                if mapped is None:
                    raise
                raise mapped from exc
            except Exception as exc:
                if _is_transport_error(exc):
                    raise _Transient(type(exc).__name__) from exc
                raise

        meta = self._with_retries(head, filename, cancel or CancelToken())
        if meta.size is None or not (meta.etag or meta.commit_hash):
            raise UserFacingError(
                f"{self.endpoint} did not answer like a Hugging Face Hub for {filename} (no size or version headers).",
                "Check the endpoint address (--endpoint or HF_ENDPOINT).",
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
            meter = _Meter(progress, sum(s.done for s in shards), sum(s.total for s in shards), len(shards))
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
                f"Not enough free disk space: need {format_bytes(need)}, {format_bytes(free)} free on {where}.",
                "Free some space on that disk, then download again.",
            )

    def _fetch(self, client: httpx2.Client, shard: _Shard, meter: _Meter, cancel: CancelToken) -> None:
        remote = shard.remote
        assert remote is not None
        part = _part(shard.target)
        offset = _reusable_bytes(shard.target, remote)
        meter.done += offset - shard.done
        # The sidecar first: a part on disk always says which file version it holds.
        _write_json(_sidecar(shard.target), _sidecar_record(remote))
        state = _PartState(offset)
        if offset == 0:
            part.write_bytes(b"")
        else:
            _hash_prefix(part, offset, state.hasher, cancel, lambda: self._cancelled(shard, meter))

        def attempt() -> None:
            # Progress means bytes never held before: re-fetching after a restart
            # from zero is not, or a file that shrank on the Hub would loop forever.
            best = state.best
            try:
                self._transfer(client, shard, state, meter, cancel)
            except _Transient as exc:
                exc.progressed = state.best > best
                raise
            if state.offset < remote.size:
                raise _Transient("the connection closed early", progressed=state.best > best)

        # A part already whole (killed just before the rename) only needs checking.
        if state.offset < remote.size:
            self._with_retries(attempt, shard.name, cancel, on_cancel=lambda: self._cancelled(shard, meter))
        self._finish(shard, state)

    def _transfer(
        self, client: httpx2.Client, shard: _Shard, state: _PartState, meter: _Meter, cancel: CancelToken
    ) -> None:
        """One GET from ``state.offset``; appends to the part until the stream ends or fails."""
        import httpx2

        remote = shard.remote
        assert remote is not None
        headers = self._headers()
        if state.offset:
            headers["Range"] = f"bytes={state.offset}-"
        try:
            with client.stream("GET", remote.url, headers=headers) as resp, _cancel_closes(resp, cancel):
                status = resp.status_code
                if status == 416:
                    # The part does not fit the file the server has: start again.
                    meter.done -= state.offset
                    state.restart()
                    raise _Transient("the server could not resume the download")
                if status == 429 or status >= 500:
                    raise _Transient(f"HTTP {status}", _retry_after(resp.headers))
                if status >= 400:
                    resp.read()
                    raise status_error(status, resp.headers, remote.repo_id, self.endpoint, remote.filename)
                if status == 206:
                    start = _content_range_start(resp.headers.get("Content-Range"))
                    if start != state.offset:
                        meter.done -= state.offset
                        state.restart()
                        raise _Transient(f"the server sent bytes from {start}, not {state.offset}")
                elif state.offset:
                    # A 200 to a Range request: the server sends the whole file again.
                    meter.done -= state.offset
                    state.restart()
                with _part(shard.target).open("r+b", buffering=self._chunk_size) as fh:
                    fh.seek(state.offset)
                    fh.truncate()
                    received = state.offset
                    with _DiskWriter(fh, state) as writer:
                        for data in _body(resp, self._timeout_s):
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
                raise _Transient(type(exc).__name__) from exc
        if cancel.cancelled:
            raise self._cancelled(shard, meter)

    def _finish(self, shard: _Shard, state: _PartState) -> None:
        remote = shard.remote
        assert remote is not None
        part = _part(shard.target)
        if remote.sha256 is not None and state.hasher.hexdigest() != remote.sha256:
            part.unlink(missing_ok=True)
            _sidecar(shard.target).unlink(missing_ok=True)
            raise ChecksumError(
                f"The download of {shard.name} was corrupted (checksum mismatch); "
                "it has been deleted — download it again.",
            )
        os.replace(part, shard.target)
        _sidecar(shard.target).unlink(missing_ok=True)

    def _cancelled(self, shard: _Shard, meter: _Meter) -> DownloadCancelled:
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
                        return f"{exc.message} It would not load."
        arch = info.metadata.get("general.architecture")
        return architecture_warning(arch if isinstance(arch, str) else None, name)

    def _read_prefix(self, client: httpx2.Client, url: str, limit: int, repo_id: str, name: str) -> bytes:
        import httpx2

        headers = self._headers()
        headers["Range"] = f"bytes=0-{limit - 1}"
        try:
            with client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 429 or resp.status_code >= 500:
                    raise _Transient(f"HTTP {resp.status_code}", _retry_after(resp.headers))
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
            raise _Transient(type(exc).__name__) from exc

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
            except _Transient as exc:
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

    def _gave_up(self, name: str, exc: _Transient) -> UserFacingError:
        hint = (
            "Check the internet connection (and HTTPS_PROXY if you use a proxy), then download again: "
            "it resumes where it stopped."
        )
        if exc.reason.startswith("HTTP "):
            return HubServerError(f"The download of {name} from {self.endpoint} kept failing ({exc.reason}).", hint)
        reason = connection_reason(exc.__cause__) if exc.__cause__ is not None else exc.reason
        return HubUnreachableError(f"The download of {name} from {self.endpoint} kept failing: {reason}.", hint)

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
                f"{filename} is already being downloaded (by another Plinth window or command).",
                "Wait for that download to finish, or cancel it there.",
            ) from None
        try:
            yield
        finally:
            lock.release()
            lock_path.unlink(missing_ok=True)
            _remove_empty_dirs(target.parent, self.models_dir)


def architecture_warning(arch: str | None, filename: str) -> str | None:
    """What to tell a person about a model of architecture ``arch``; None when llama.cpp runs it."""
    if arch is None:
        return f"{filename} does not say which architecture it is; this llama.cpp may not be able to run it."
    if arch == "clip":
        return (
            f"{filename} is a vision projector (mmproj) that goes with a multimodal model: "
            "it cannot chat on its own. Pick the model's main GGUF file instead."
        )
    if arch in LLAMA_CPP_ARCHITECTURES:
        return None
    return (
        f"{filename} is a “{arch}” model, which this llama.cpp (llama-cpp-python {LLAMA_CPP_VERSION}) "
        "cannot run: it would download but not load. Pick a model of another family, or update Plinth."
    )


#: The llama-cpp-python version LLAMA_CPP_ARCHITECTURES was made from.
LLAMA_CPP_VERSION = "0.3.36"
#: Every ``general.architecture`` the bundled llama.cpp loads, so the GUI can
#: check a model without importing llama_cpp. Made by
#: ``PYTHONPATH=tests python -m tests.core.test_downloads`` (see there): every string in
#: libllama's read-only data is a candidate, and the candidates that llama.cpp
#: itself accepts when loading a header-only GGUF are the list.
#: tests/core/test_downloads.py fails when the installed llama.cpp disagrees.
LLAMA_CPP_ARCHITECTURES = frozenset(
    """
    afmoe apertus arcee arctic arwkv7 baichuan bailingmoe bailingmoe2 bailingmoe3 bert bitnet bloom
    chameleon chatglm clip codeshell cogvlm cohere2 cohere2moe command-r dbrx deci deepseek deepseek2
    deepseek2-ocr deepseek32 deepseek4 dflash dots1 dots3note dream eagle3 ernie4_5 ernie4_5-moe eurobert
    exaone exaone-moe exaone4 falcon falcon-h1 gemma gemma-embedding gemma2 gemma3 gemma3n gemma4
    gemma4-assistant glm-dsa glm4 glm4moe glm5-next gpt-oss gpt2 gptj gptneox granite granite_swa
    granitehybrid granitemoe graniteswitch grok grovemoe hrm_text hunyuan-dense hunyuan-moe hunyuan_vl
    hy_v3 hy_v4 internlm2 jais jais2 jamba jina-bert-v2 jina-bert-v3 kimi-k3 kimi-linear laguna lfm2
    lfm2moe llada llada-moe llama llama-embed llama4 maincoder mamba mamba2 maple mellum mimo2 minicpm
    minicpm3 minimax-01 minimax-m2 minimax-m3 mistral3 mistral4 modern-bert mpt muse-glimmer nanbeige
    nemotron nemotron_h nemotron_h_moe neo-bert nomic-bert nomic-bert-moe olmo olmo2 olmoe openelm orion
    paddleocr pangu-embedded phi2 phi3 phimoe plamo plamo2 plamo3 plm pockettts qwen qwen2 qwen2moe
    qwen2vl qwen3 qwen35 qwen35moe qwen3moe qwen3next qwen3tts qwen3vl qwen3vlmoe qwen4exp refact rnd1
    rwkv6 rwkv6qwen2 rwkv7 seed_oss smallthinker smollm3 spark2_5 stablelm starcoder starcoder2 step35
    t5 t5encoder talkie wavtokenizer-dec xverse
    """.split()
)


class _Transient(Exception):
    """A failure worth another try; ``progressed``: the attempt moved bytes first."""

    def __init__(self, reason: str, retry_after: float | None = None, *, progressed: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.progressed = progressed


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


class _PartState:
    def __init__(self, offset: int) -> None:
        self.offset = offset
        #: The furthest offset reached in this call.
        self.best = offset
        self.hasher = hashlib.sha256()

    def restart(self) -> None:
        self.offset = 0
        self.hasher = hashlib.sha256()


class _DiskWriter:
    """Writes and hashes the received bytes, each on a thread of its own.

    Writing and hashing both release the GIL, so they run beside the thread
    that reads the socket instead of taking turns with it (all three in one
    loop ran at a third of curl's speed). Bytes go reader → writer → hasher;
    ``state`` only ever counts bytes both written and hashed, and leaving the
    ``with`` waits until every byte handed over is. Chunks go over in batches
    of about ``BATCH_BYTES``: a queue hand-over per 64 KiB cost as much as
    hashing them. Every ``WRITEBACK_BYTES`` the writer asks the kernel to
    start writing what it wrote to the disk, without waiting (Linux), so the
    fsync before the rename finds little left to do; it was a fifth of the
    download's time.
    """

    BATCH_BYTES = 1 << 20
    WRITEBACK_BYTES = 16 << 20
    #: Batches waiting at most in each queue: the reader blocks beyond.
    DEPTH = 8

    def __init__(self, fh: Any, state: _PartState) -> None:
        self._fh = fh
        self._state = state
        self._to_write: queue.Queue[list[bytes] | None] = queue.Queue(maxsize=self.DEPTH)
        self._to_hash: queue.Queue[list[bytes] | None] = queue.Queue(maxsize=self.DEPTH)
        self._batch: list[bytes] = []
        self._batch_bytes = 0
        self._error: BaseException | None = None
        self._threads = (
            threading.Thread(target=self._write, name="download-writer", daemon=True),
            threading.Thread(target=self._hash, name="download-hasher", daemon=True),
        )

    def __enter__(self) -> _DiskWriter:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        if self._batch:
            self._to_write.put(self._batch)
        self._to_write.put(None)
        for thread in self._threads:
            thread.join()
        if self._error is not None and exc_type is None:
            raise self._error

    def put(self, data: bytes) -> None:
        self._batch.append(data)
        self._batch_bytes += len(data)
        if self._batch_bytes >= self.BATCH_BYTES:
            if self._error is not None:
                raise self._error
            self._to_write.put(self._batch)
            self._batch, self._batch_bytes = [], 0

    def _write(self) -> None:
        start_writeback = _writeback_starter()
        synced_to = self._state.offset
        unsynced = 0
        while (batch := self._to_write.get()) is not None:
            if self._error is not None:
                continue  # drain, so the reader never blocks on a full queue
            written: list[bytes] = []
            try:
                for data in batch:
                    self._fh.write(data)
                    written.append(data)
                    unsynced += len(data)
                if start_writeback is not None and unsynced >= self.WRITEBACK_BYTES:
                    self._fh.flush()
                    start_writeback(self._fh.fileno(), synced_to, unsynced)
                    synced_to, unsynced = synced_to + unsynced, 0
            except BaseException as exc:  # disk full, I/O error: the reader raises it
                self._error = exc
            if written:
                self._to_hash.put(written)
        self._to_hash.put(None)

    def _hash(self) -> None:
        state = self._state
        while (batch := self._to_hash.get()) is not None:
            for data in batch:
                state.hasher.update(data)
                state.offset += len(data)
            state.best = max(state.best, state.offset)


class _Meter:
    """Turns byte counts into DownloadProgress reports, about ten a second."""

    def __init__(
        self, callback: Callable[[DownloadProgress], None] | None, done: int, total: int, shard_count: int
    ) -> None:
        self._callback = callback
        self.done = done
        self.total = total
        self.shard_count = shard_count
        self.filename = ""
        self.shard_index = 1
        self._moved = 0
        self._samples: deque[tuple[float, int]] = deque([(time.monotonic(), 0)])
        self._last = 0.0

    def add(self, n: int) -> None:
        self.done += n
        self._moved += n
        self.report()

    def report(self, force: bool = False) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if not force and now - self._last < PROGRESS_INTERVAL_S:
            return
        self._last = now
        self._samples.append((now, self._moved))
        while len(self._samples) > 2 and now - self._samples[0][0] > SPEED_WINDOW_S:
            self._samples.popleft()
        t0, moved0 = self._samples[0]
        speed = (self._moved - moved0) / (now - t0) if now > t0 else 0.0
        eta = (self.total - self.done) / speed if speed > 0 else None
        self._callback(
            DownloadProgress(self.filename, self.done, self.total, speed, eta, self.shard_index, self.shard_count)
        )


def _writeback_starter() -> Callable[[int, int, int], object] | None:
    """Linux's ``sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WRITE)``: start writing a range
    of a file to the disk and return at once, the pages staying cached; None elsewhere (the final
    fsync then does all the work, as it always may)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    fn.restype = ctypes.c_int
    write = 2  # SYNC_FILE_RANGE_WRITE
    return lambda fd, offset, length: fn(fd, offset, length, write)


def _part(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def _sidecar(target: Path) -> Path:
    return target.with_name(target.name + ".part.json")


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
    part = _part(target)
    try:
        size = part.stat().st_size
        record = json.loads(_sidecar(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    # The commit is not compared: it moves whenever any file of the repo changes.
    same = isinstance(record, dict) and record.get("etag") == remote.etag and record.get("size") == remote.size
    return size if same and size <= remote.size else 0


def _write_json(path: Path, payload: dict[str, object]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _hash_prefix(
    path: Path, length: int, hasher: Any, cancel: CancelToken, on_cancel: Callable[[], DownloadCancelled]
) -> None:
    """Feed the first ``length`` bytes of ``path`` to ``hasher``: a resumed download's sha256 covers them."""
    with path.open("rb") as fh:
        left = length
        while left:
            if cancel.cancelled:
                raise on_cancel()
            block = fh.read(min(left, 4 << 20))
            if not block:
                raise UserFacingError(f"{path} shrank while being resumed.", "Download the model again.")
            hasher.update(block)
            left -= len(block)


#: The most one read of a plain body asks the connection for.
BODY_READ_BYTES = 1 << 20


def _body(resp: httpx2.Response, timeout_s: float) -> Iterator[bytes]:
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


def _retry_after(headers: Any) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None  # an HTTP date: the backoff decides instead


def _content_range_start(value: str | None) -> int | None:
    m = _CONTENT_RANGE_RE.match(value or "")
    return int(m[1]) if m else None


def _is_transport_error(exc: BaseException) -> bool:
    import httpx2

    return isinstance(exc, httpx2.TransportError)


@contextlib.contextmanager
def _cancel_closes(resp: httpx2.Response, cancel: CancelToken) -> Iterator[None]:
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


def _remove_empty_dirs(path: Path, stop: Path) -> None:
    """Remove ``path`` and its parents up to (not including) ``stop`` while they are empty."""
    while path != stop and stop in path.parents:
        try:
            path.rmdir()
        except OSError:
            return
        path = path.parent


def _disk_free(path: Path) -> int:
    return shutil.disk_usage(path).free
