"""Resumable, verified downloads against a local Hub that drops, lies, throttles and refuses."""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# huggingface_hub reads its environment once, at import.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from servers.hub_server import UNRESOLVABLE_ENDPOINT, HubFile, HubServer, fake_gguf  # noqa: E402

from app.core.cancel import CancelToken  # noqa: E402
from app.core.errors import NetworkError, UserFacingError  # noqa: E402
from app.core.models.downloads import (  # noqa: E402
    ChecksumError,
    DiskFullError,
    DownloadCancelled,
    Downloader,
    DownloadProgress,
)
from app.core.models.hub import HubAccessError, HubNotFoundError, HubServerError, HubUnreachableError  # noqa: E402
from app.core.models.library import ModelLibrary  # noqa: E402

REPO = "org/Test-GGUF"
FILE = "test-Q4_K_M.gguf"
SIZE = 3_000_000
TOKEN = "hf_granted_token_0123456789"


@pytest.fixture
def hub(starter_path: Path) -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(
            REPO,
            {
                FILE: fake_gguf("llama", SIZE),
                "bad-Q8_0.gguf": HubFile(fake_gguf("llama", 500_000, seed=1), wrong_hash=True),
                "alien-Q4_0.gguf": fake_gguf("not-a-real-arch", 300_000),
                "mmproj-F16.gguf": fake_gguf("clip", 100_000),
                "late-Q4_0.gguf": fake_gguf("llama", 2_500_000, lead={"general.description": "x" * 1_500_000}),
                "noise.gguf": b"\x00" * 50_000,
                "split-Q8_0-00001-of-00002.gguf": fake_gguf("llama", 700_000, seed=2),
                "split-Q8_0-00002-of-00002.gguf": fake_gguf("llama", 400_000, seed=3)[24:],
            },
        )
        server.add_repo("org/starter", {"smol-Q4_1.gguf": starter_path})
        server.add_repo("meta/Gated-GGUF", {FILE: fake_gguf("llama", 10_000)}, gated="manual", granted={TOKEN})
        yield server


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    return tmp_path / "models"


def downloader(hub: HubServer, models_dir: Path, **kwargs) -> Downloader:
    kwargs.setdefault("backoff_s", 0.01)
    kwargs.setdefault("disk_margin_bytes", 0)
    return Downloader(models_dir, hub.url, **kwargs)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(models_dir: Path) -> list[str]:
    return sorted(p.name for p in models_dir.rglob("*") if p.is_file() and not p.name.endswith(".gguf"))


def test_download_verifies_and_lands_where_the_library_looks(hub: HubServer, models_dir: Path) -> None:
    reports: list[DownloadProgress] = []
    path = downloader(hub, models_dir).download(REPO, FILE, progress=reports.append)
    assert path == models_dir / "org__Test-GGUF" / FILE
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256
    assert leftovers(models_dir) == []  # no .part, sidecar or lock left
    assert reports[-1].done_bytes == reports[-1].total_bytes == SIZE
    assert [r.done_bytes for r in reports] == sorted(r.done_bytes for r in reports)
    assert hub.bytes_served_settled(SIZE) == SIZE
    names = [m.path for m in ModelLibrary(models_dir, None).list()]
    assert names == [path]
    # Already in place: nothing is fetched again.
    assert downloader(hub, models_dir).download(REPO, FILE) == path
    assert len(hub.file_gets()) == 1


def test_dropped_connection_resumes_with_range_and_fetches_only_the_rest(hub: HubServer, models_dir: Path) -> None:
    hub.fault("drop", times=2, after=1_000_000)
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256
    gets = hub.file_gets()
    assert [g.headers.get("range") for g in gets] == [None, "bytes=1000000-", "bytes=2000000-"]
    assert [s.status for s in hub.served] == [200, 206, 206]
    assert hub.bytes_served_settled(SIZE) == SIZE  # not 2x: every byte crossed the wire once


def test_wrong_hash_is_rejected_and_the_part_deleted(hub: HubServer, models_dir: Path) -> None:
    with pytest.raises(ChecksumError) as exc:
        downloader(hub, models_dir).download(REPO, "bad-Q8_0.gguf")
    assert str(exc.value) == (
        "The download of bad-Q8_0.gguf was corrupted (checksum mismatch); it has been deleted — download it again."
    )
    assert not models_dir.exists() or not any(models_dir.rglob("*bad*"))


def test_not_enough_disk_is_refused_before_any_byte(hub: HubServer, models_dir: Path) -> None:
    probed: list[Path] = []

    def free_space(path: Path) -> int:
        probed.append(path)
        return 1_200_000

    with pytest.raises(DiskFullError) as exc:
        downloader(hub, models_dir, free_space=free_space, disk_margin_bytes=100_000).download(REPO, FILE)
    assert str(exc.value).startswith(
        f"Not enough free disk space: need 3.1 MB, 1.2 MB free on {models_dir / 'org__Test-GGUF'}."
    )
    assert hub.file_gets() == []
    assert probed and not models_dir.joinpath("org__Test-GGUF").exists()


def test_cancel_keeps_a_part_that_the_next_download_resumes(hub: HubServer, models_dir: Path) -> None:
    hub.throttle_bps = 4_000_000
    cancel = CancelToken()

    def on_progress(p: DownloadProgress) -> None:
        if p.done_bytes >= 500_000:
            cancel.cancel()

    d = downloader(hub, models_dir)
    with pytest.raises(DownloadCancelled) as exc:
        d.download(REPO, FILE, progress=on_progress, cancel=cancel)
    part = d.part_path(REPO, FILE)
    kept = part.stat().st_size
    assert 500_000 <= kept < SIZE
    assert exc.value.done_bytes == kept and exc.value.total_bytes == SIZE
    assert part.with_name(part.name + ".json").is_file()
    assert d.partial_bytes(REPO, FILE) == kept

    hub.throttle_bps = None
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert hub.file_gets()[-1].headers["range"] == f"bytes={kept}-"
    assert (hub.served[-1].start, hub.served[-1].sent) == (kept, SIZE - kept)
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256
    assert leftovers(models_dir) == []


def test_cancel_is_prompt_even_on_a_crawling_connection(hub: HubServer, models_dir: Path) -> None:
    hub.throttle_bps = 20_000  # the whole file would take minutes
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(DownloadCancelled):
        downloader(hub, models_dir).download(REPO, FILE, cancel=cancel)
    assert time.monotonic() - started < 2.0


def test_a_whole_part_left_by_a_kill_before_the_rename_is_only_checked(hub: HubServer, models_dir: Path) -> None:
    d = downloader(hub, models_dir)
    remote = d.remote_file(REPO, FILE)
    part = d.part_path(REPO, FILE)
    part.parent.mkdir(parents=True)
    part.write_bytes(hub.repos[REPO].files[FILE].data)
    part.with_name(part.name + ".json").write_text(json.dumps({"etag": remote.etag, "size": remote.size}))
    path = d.download(REPO, FILE)
    assert hub.file_gets() == []
    assert sha256(path) == remote.sha256


def test_a_changed_file_on_the_hub_restarts_from_zero(hub: HubServer, models_dir: Path) -> None:
    cancel = CancelToken()
    hub.throttle_bps = 4_000_000
    with pytest.raises(DownloadCancelled):
        downloader(hub, models_dir).download(
            REPO, FILE, cancel=cancel, progress=lambda p: p.done_bytes > 300_000 and cancel.cancel()
        )
    hub.throttle_bps = None
    new = fake_gguf("llama", SIZE + 10, seed=9)
    hub.repos[REPO].files[FILE] = HubFile(new)
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert "range" not in hub.file_gets()[-1].headers
    assert path.read_bytes() == new


def test_a_server_that_ignores_range_is_handled(hub: HubServer, models_dir: Path) -> None:
    hub.fault("drop", after=1_000_000)
    hub.fault("ignore_range")
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert [s.status for s in hub.served] == [200, 200]
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256


def test_416_starts_again(hub: HubServer, models_dir: Path) -> None:
    hub.fault("drop", after=1_000_000)
    hub.fault("status", status=416)
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert [g.headers.get("range") for g in hub.file_gets()] == [None, "bytes=1000000-", None]
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256


def test_server_errors_and_rate_limits_are_retried(hub: HubServer, models_dir: Path) -> None:
    hub.fault("status", status=503)
    hub.fault("status", status=429, retry_after=0.2)
    started = time.monotonic()
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert time.monotonic() - started >= 0.2  # Retry-After was honoured
    assert len(hub.file_gets()) == 3
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256


def test_retries_give_up_and_keep_the_part(hub: HubServer, models_dir: Path) -> None:
    hub.fault("drop", after=800_000)
    hub.fault("status", times=None, status=502)
    d = downloader(hub, models_dir, retries=2)
    with pytest.raises(HubServerError) as exc:
        d.download(REPO, FILE)
    assert "kept failing (HTTP 502)" in str(exc.value) and "resumes where it stopped" in str(exc.value)
    assert exc.value.title == "The Hugging Face Hub failed"
    assert d.part_path(REPO, FILE).stat().st_size == 800_000
    # The drop moved bytes, so it starts the count: it and two retries failed.
    assert len(hub.file_gets()) == 3


def test_a_connection_that_keeps_dropping_says_the_hub_cannot_be_reached(hub: HubServer, models_dir: Path) -> None:
    hub.fault("drop", times=None, after=0)
    with pytest.raises(HubUnreachableError) as exc:
        downloader(hub, models_dir, retries=1).download(REPO, FILE)
    assert exc.value.title == "Cannot reach the Hugging Face Hub"
    assert isinstance(exc.value, NetworkError)


def test_a_hub_name_that_cannot_be_resolved_fails_a_download_at_once(models_dir: Path) -> None:
    # The default backoff: five retries would wait 1 + 2 + 4 + 8 + 16 s.
    d = Downloader(models_dir, UNRESOLVABLE_ENDPOINT, disk_margin_bytes=0)
    for attempt in (lambda: d.download(REPO, FILE), lambda: d.check_architecture(REPO, FILE)):
        started = time.monotonic()
        with pytest.raises(HubUnreachableError) as exc:
            attempt()
        assert time.monotonic() - started < 3, "no retries of a lookup that cannot succeed"
        assert "name resolution failed" in exc.value.message and UNRESOLVABLE_ENDPOINT in exc.value.message
        assert "offline mode" in exc.value.hint.lower()
    assert not models_dir.exists() or leftovers(models_dir) == []


def test_gated_repo_names_its_page_and_opens_with_a_granted_token(hub: HubServer, models_dir: Path) -> None:
    expected = (
        f"This model is gated: accept its licence at {hub.url}/meta/Gated-GGUF "
        "and add a Hugging Face token (Models → Token)."
    )
    for token in (None, "hf_not_granted_0123456789"):
        with pytest.raises(HubAccessError) as exc:
            downloader(hub, models_dir, token=token).download("meta/Gated-GGUF", FILE)
        assert str(exc.value) == expected
    assert [r.method for r in hub.requests] == ["HEAD", "HEAD"]
    path = downloader(hub, models_dir, token=TOKEN).download("meta/Gated-GGUF", FILE)
    assert path.is_file()
    assert hub.file_gets()[-1].headers["authorization"] == f"Bearer {TOKEN}"


def test_missing_repo_and_file(hub: HubServer, models_dir: Path) -> None:
    with pytest.raises(HubNotFoundError) as exc:
        downloader(hub, models_dir).download("org/Gone-GGUF", FILE)
    assert str(exc.value).startswith("No repository org/Gone-GGUF on the Hub (it may have been renamed or removed).")
    with pytest.raises(HubNotFoundError, match="No file nope.gguf in org/Test-GGUF"):
        downloader(hub, models_dir).download(REPO, "nope.gguf")
    assert not models_dir.exists() or list(models_dir.iterdir()) == []


def test_sharded_model_downloads_every_shard(hub: HubServer, models_dir: Path) -> None:
    reports: list[DownloadProgress] = []
    path = downloader(hub, models_dir).download(REPO, "split-Q8_0-00001-of-00002.gguf", progress=reports.append)
    assert path.name == "split-Q8_0-00001-of-00002.gguf"
    assert path.with_name("split-Q8_0-00002-of-00002.gguf").is_file()
    total = 700_000 + 400_000 - 24
    assert reports[-1].total_bytes == total == reports[-1].done_bytes
    assert {(r.shard_index, r.shard_count) for r in reports} <= {(1, 2), (2, 2)}
    assert reports[-1].shard_index == 2


def test_a_second_download_of_the_same_file_is_refused(hub: HubServer, models_dir: Path) -> None:
    hub.throttle_bps = 2_000_000
    cancel = CancelToken()
    errors: list[BaseException] = []
    started = threading.Event()

    def first() -> None:
        try:
            downloader(hub, models_dir).download(REPO, FILE, cancel=cancel, progress=lambda p: started.set())
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    worker = threading.Thread(target=first)
    worker.start()
    try:
        assert started.wait(10)
        with pytest.raises(UserFacingError, match="already being downloaded"):
            downloader(hub, models_dir).download(REPO, FILE)
    finally:
        cancel.cancel()
        worker.join()
    assert len(errors) == 1 and isinstance(errors[0], DownloadCancelled)


def test_unsafe_names_are_refused(hub: HubServer, models_dir: Path) -> None:
    d = downloader(hub, models_dir)
    for repo, name in ((REPO, "../evil.gguf"), (REPO, "/etc/evil.gguf"), ("../org", FILE)):
        with pytest.raises(UserFacingError):
            d.target_path(repo, name)


def test_hf_endpoint_is_read_when_no_endpoint_is_given(
    hub: HubServer, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    d = Downloader(models_dir, backoff_s=0.01, disk_margin_bytes=0)
    assert d.endpoint == hub.url
    assert d.download(REPO, "alien-Q4_0.gguf").is_file()


# -- architecture check -----------------------------------------------------------------


def test_architecture_check(hub: HubServer, models_dir: Path) -> None:
    d = downloader(hub, models_dir)
    assert d.check_architecture("org/starter", "smol-Q4_1.gguf") is None
    warning = d.check_architecture(REPO, "alien-Q4_0.gguf")
    assert warning is not None and "“not-a-real-arch”" in warning and "would download but not load" in warning
    assert "vision projector" in (d.check_architecture(REPO, "mmproj-F16.gguf") or "")
    assert "not a valid GGUF" in (d.check_architecture(REPO, "noise.gguf") or "")
    assert d.check_architecture(REPO, "split-Q8_0-00002-of-00002.gguf") is None  # reads the first shard
    # Only the start of a file is read.
    assert all(g.headers["range"] == "bytes=0-1048575" for g in hub.file_gets())
    assert hub.bytes_served() <= 6 * (1 << 20)


def test_architecture_check_reads_further_when_the_header_is_long(hub: HubServer, models_dir: Path) -> None:
    assert downloader(hub, models_dir).check_architecture(REPO, "late-Q4_0.gguf") is None
    assert [g.headers["range"] for g in hub.file_gets()] == ["bytes=0-1048575", "bytes=0-4194303"]


def test_a_disk_that_fails_mid_download_leaves_a_part_that_resumes(
    hub: HubServer, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.models import part_files

    class FillingDisk:
        """The part file, until 1 MB has been written: then the disk is full."""

        def __init__(self, fh: object) -> None:
            self._fh = fh
            self.written = 0

        def write(self, data: bytes) -> int:
            if self.written + len(data) > 1_000_000:
                raise OSError(28, "No space left on device")
            self.written += len(data)
            return self._fh.write(data)  # type: ignore[attr-defined]

    real_init = part_files.DiskWriter.__init__

    def init(self: part_files.DiskWriter, fh: object, state: object) -> None:
        real_init(self, FillingDisk(fh), state)

    monkeypatch.setattr(part_files.DiskWriter, "BATCH_BYTES", 64 * 1024)
    monkeypatch.setattr(part_files.DiskWriter, "__init__", init)
    d = downloader(hub, models_dir)
    with pytest.raises(OSError, match="No space left"):
        d.download(REPO, FILE)
    kept = d.part_path(REPO, FILE).stat().st_size
    assert 0 < kept <= 1_000_000
    monkeypatch.undo()
    path = d.download(REPO, FILE)  # resumes from what the failed attempt wrote
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256
    assert hub.file_gets()[-1].headers.get("range") == f"bytes={kept}-"


def test_writeback_is_started_along_the_way_over_contiguous_ranges(
    hub: HubServer, models_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.models import part_files

    ranges: list[tuple[int, int]] = []
    monkeypatch.setattr(part_files.DiskWriter, "WRITEBACK_BYTES", 256 * 1024)
    monkeypatch.setattr(part_files.DiskWriter, "BATCH_BYTES", 64 * 1024)
    monkeypatch.setattr(
        part_files, "writeback_starter", lambda: lambda fd, offset, length: ranges.append((offset, length))
    )
    hub.fault("drop", times=1, after=1_000_000)
    path = downloader(hub, models_dir).download(REPO, FILE)
    assert sha256(path) == hub.repos[REPO].files[FILE].sha256
    assert len(hub.file_gets()) == 2  # the first attempt dropped at 1 MB
    # In order, never overlapping, from the start: each attempt asks for what it wrote.
    assert ranges[0][0] == 0 and len(ranges) >= 2
    for (offset, length), (next_offset, _) in zip(ranges, ranges[1:]):
        assert next_offset >= offset + length
    assert ranges[-1][0] + ranges[-1][1] > SIZE // 2
