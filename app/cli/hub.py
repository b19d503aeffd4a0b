"""``plinth models search|files|download``: the Hugging Face Hub.

Every command takes ``--endpoint URL`` (else ``HF_ENDPOINT``, else
huggingface.co). The token comes from the keychain (account ``huggingface``),
else ``HF_TOKEN``. ``download`` prints progress on stderr and the file's path
on stdout once verified; interrupted (Ctrl+C, a lost connection, a kill), it
leaves a part file that the same command resumes.
"""

from __future__ import annotations

import argparse
import shlex
import time
from collections.abc import Callable, Sequence
from typing import Protocol, TextIO, TypeVar

from app.cli.common import EXIT_CANCELLED, Io, Services, add_json_flag
from app.core.models.download_progress import DownloadProgress
from app.core.models.downloads import DownloadCancelled, Downloader, format_bytes
from app.core.models.hub import SORT_KEYS, TOKEN_ACCOUNT, TOKEN_ENV, HubClient, ModelFile, RepoSummary


class _Listed(Protocol):
    def to_dict(self) -> dict[str, object]: ...


T = TypeVar("T", bound=_Listed)

#: Without a terminal (a log, a pipe), one progress line every this many seconds.
LOG_INTERVAL_S = 2.0


def register(models_sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = models_sub.add_parser("search", help="search GGUF models on the Hugging Face Hub")
    search.add_argument("query", help="words in the repository name, e.g. qwen3")
    search.add_argument("--sort", choices=SORT_KEYS, default="downloads", help="order (default: downloads)")
    search.add_argument("--limit", type=int, default=30, help="at most this many results (default: 30)")
    add_json_flag(search)
    _add_endpoint(search)
    search.set_defaults(handler=_search)

    files = models_sub.add_parser("files", help="the GGUF files of a Hub repository, shards grouped")
    files.add_argument("repo", help="repository id, e.g. bartowski/Qwen_Qwen3-1.7B-GGUF")
    files.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    add_json_flag(files)
    _add_endpoint(files)
    files.set_defaults(handler=_files)

    download = models_sub.add_parser(
        "download", help="download a GGUF model into the models folder (resumes if run again)"
    )
    download.add_argument("repo", help="repository id")
    download.add_argument("file", help="file name as `plinth models files` shows it (a sharded model's first shard)")
    download.add_argument("--revision", default="main", help="branch, tag or commit (default: main)")
    download.add_argument(
        "--force", action="store_true", help="download even if this llama.cpp cannot run the model's architecture"
    )
    _add_endpoint(download)
    download.set_defaults(handler=_download)


def _add_endpoint(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--endpoint", metavar="URL", default=None, help="Hub address (default: $HF_ENDPOINT or huggingface.co)"
    )


def _token(services: Services) -> str | None:
    secret = services.secrets.get(TOKEN_ACCOUNT, TOKEN_ENV)
    return secret.value if secret else None


def _search(services: Services, args: argparse.Namespace, io: Io) -> int:
    client = HubClient(args.endpoint, _token(services), offline=services.offline)

    def line(r: RepoSummary) -> str:
        updated = r.last_modified.date().isoformat() if r.last_modified else "?"
        gated = "  (gated)" if r.gated else ""
        return f"{r.repo_id:<56} {r.downloads:>10} {r.likes:>6}  {updated}{gated}"

    return _print_listing(
        io,
        client.search(args.query, sort=args.sort, limit=args.limit),
        as_json=args.json,
        empty=f"No GGUF models match {args.query!r} on {client.endpoint}.",
        header=f"{'REPOSITORY':<56} {'DOWNLOADS':>10} {'LIKES':>6}  UPDATED",
        line=line,
    )


def _files(services: Services, args: argparse.Namespace, io: Io) -> int:
    client = HubClient(args.endpoint, _token(services), offline=services.offline)

    def line(m: ModelFile) -> str:
        size = format_bytes(m.size_bytes) if m.size_bytes is not None else "?"
        return f"{m.filename:<64} {m.quantization or '?':<10} {size:>9}  {m.shard_count}"

    return _print_listing(
        io,
        client.files(args.repo, revision=args.revision),
        as_json=args.json,
        empty=f"No GGUF files in {args.repo}.",
        header=f"{'FILE':<64} {'QUANT':<10} {'SIZE':>9}  SHARDS",
        line=line,
    )


def _print_listing(
    io: Io, items: Sequence[T], *, as_json: bool, empty: str, header: str, line: Callable[[T], str]
) -> int:
    """A Hub listing: every item's ``to_dict()`` as JSON, ``empty`` when there is none, else a table."""
    if as_json:
        io.print_json([item.to_dict() for item in items])
    elif not items:
        print(empty, file=io.stdout)
    else:
        print(header, file=io.stdout)
        for item in items:
            print(line(item), file=io.stdout)
    return 0


def _download(services: Services, args: argparse.Namespace, io: Io) -> int:
    services.offline.check("downloads from the Hugging Face Hub are off.")
    downloader = Downloader(services.paths.models_dir, args.endpoint, _token(services))
    # The header check reads a megabyte; a resumed download already passed it.
    if not args.force and downloader.partial_bytes(args.repo, args.file) == 0:
        warning = downloader.check_architecture(args.repo, args.file, args.revision)
        if warning:
            return io.fail(f"{warning} Add --force to download it anyway.")
    line = ProgressLine(io.stderr)
    try:
        path = downloader.download(args.repo, args.file, args.revision, progress=line)
    except (KeyboardInterrupt, DownloadCancelled):
        line.close()
        kept = downloader.partial_bytes(args.repo, args.file)
        print(
            f"plinth: download stopped with {format_bytes(kept)} kept; run the same command again to resume.",
            file=io.stderr,
        )
        return EXIT_CANCELLED
    finally:
        line.close()
    print(f"Downloaded and verified {args.repo}/{args.file}.", file=io.stderr)
    if services.library.is_adapter(path):
        print(
            f"It is a LoRA adapter, not a model: add it on its base with "
            f"`plinth models add-adapter {shlex.quote(str(path))} --base MODEL`.",
            file=io.stderr,
        )
    print(path, file=io.stdout)
    return 0


class ProgressLine:
    """Progress on a stream: one line rewritten in place on a terminal, a line every few seconds elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        isatty = getattr(stream, "isatty", None)
        self._tty = bool(isatty and isatty())
        self._last = 0.0
        self._width = 0

    def __call__(self, p: DownloadProgress) -> None:
        text = describe(p)
        if self._tty:
            self._stream.write("\r" + text.ljust(self._width))
            self._width = len(text)
            self._stream.flush()
            return
        now = time.monotonic()
        if now - self._last >= LOG_INTERVAL_S or p.done_bytes >= p.total_bytes:
            self._last = now
            print(text, file=self._stream, flush=True)

    def close(self) -> None:
        if self._tty and self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0


def describe(p: DownloadProgress) -> str:
    """``model.gguf  42.0%  1.1 GB / 2.6 GB  35.2 MB/s  ETA 0:44``."""
    shard = f" [{p.shard_index}/{p.shard_count}]" if p.shard_count > 1 else ""
    parts = [
        f"{p.filename}{shard}",
        f"{100 * p.fraction:5.1f}%",
        f"{format_bytes(p.done_bytes)} / {format_bytes(p.total_bytes)}",
    ]
    if p.speed_bps > 0:
        parts.append(f"{format_bytes(p.speed_bps)}/s")
    if p.eta_s is not None and p.done_bytes < p.total_bytes:
        minutes, seconds = divmod(int(p.eta_s), 60)
        hours, minutes = divmod(minutes, 60)
        parts.append(f"ETA {hours}:{minutes:02d}:{seconds:02d}" if hours else f"ETA {minutes}:{seconds:02d}")
    return "  ".join(parts)
