"""The Hugging Face Hub: search GGUF repos, list a repo's GGUF models, map the Hub's errors.

``huggingface_hub`` does the talking (``HfApi``); it is imported on first use
so the window opens without it. It reads ``HF_ENDPOINT`` once, at import, so
this module reads the environment itself at call time and always passes the
endpoint explicitly.

A repo's files are grouped into models: ``name-00001-of-00003.gguf`` and its
sibling shards are one :class:`ModelFile`, named by its first shard.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from app.core.errors import ModelNotFoundError, NetworkError, ProviderServerError, UserFacingError
from app.core.net import cause, connection_reason
from app.core.offline import ENV_VAR as OFFLINE_ENV_VAR
from app.core.offline import OfflineMode
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from huggingface_hub import HfApi

DEFAULT_ENDPOINT = "https://huggingface.co"
#: The SecretStore account that holds the Hugging Face token.
TOKEN_ACCOUNT = "huggingface"
#: Environment variables a token is taken from when none is stored.
TOKEN_ENV = ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN")

SortKey = Literal["downloads", "likes", "recent"]
SORT_KEYS: tuple[SortKey, ...] = ("downloads", "likes", "recent")


class HubAccessError(UserFacingError):
    """A gated or private repo the token (or its absence) does not open."""

    title = "This model is gated"


class HubNotFoundError(ModelNotFoundError):
    """No such repo, revision or file on the Hub."""


class HubUnreachableError(NetworkError):
    """No answer from the Hub: no network, a name that does not resolve, a refused connection, a proxy."""

    title = "Cannot reach the Hugging Face Hub"


class HubServerError(ProviderServerError):
    """The Hub answered, with a server error (5xx), or kept failing."""

    title = "The Hugging Face Hub failed"


UNREACHABLE_HINT = ui_text(
    "Check this computer's network connection (and HTTPS_PROXY if you use a proxy) and the Hub address. "
    "Working without a network? Turn on offline mode (File › Offline mode, Ctrl+Shift+O, or "
    "{variable}=1): installed models keep working.",
    variable=OFFLINE_ENV_VAR,
)


def load_huggingface_hub() -> ModuleType:
    """huggingface_hub, imported on first use and told to make only the requests Plinth asks for.

    With its telemetry on, building any request's headers first fetches a list of
    "agent harnesses" from huggingface.co itself (2.x), whatever endpoint was
    given: a request to a host the person may not use (a mirror, a company
    proxy) or cannot reach (no network, a 3 s wait). Its constants are read on
    every request, so setting one here holds for calls from then on.
    """
    import huggingface_hub
    from huggingface_hub import constants

    constants.HF_HUB_DISABLE_TELEMETRY = True
    return huggingface_hub


def resolve_endpoint(endpoint: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """``endpoint``, else ``HF_ENDPOINT`` read now, else huggingface.co; no trailing slash."""
    env = os.environ if environ is None else environ
    value = (endpoint or env.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).strip()
    return value.rstrip("/")


@dataclass(frozen=True)
class RepoSummary:
    """One search result."""

    repo_id: str
    author: str | None
    downloads: int
    likes: int
    last_modified: datetime | None
    #: False, or how access is granted: "auto" or "manual".
    gated: bool | str

    def to_dict(self) -> dict[str, object]:
        return {
            "repo_id": self.repo_id,
            "author": self.author,
            "downloads": self.downloads,
            "likes": self.likes,
            "last_modified": self.last_modified.isoformat() if self.last_modified else None,
            "gated": self.gated,
        }


@dataclass(frozen=True)
class ModelFile:
    """One GGUF model in a repo: a single file, or every shard of a sharded one."""

    repo_id: str
    #: The name to download and show: the file itself, or the first shard.
    filename: str
    #: Every file of the model in order (one entry when not sharded).
    shards: tuple[str, ...]
    #: Bytes per shard; None where the Hub did not say.
    shard_sizes: tuple[int | None, ...]
    #: The LFS sha256 per shard; None where the file is not in LFS.
    sha256: tuple[str | None, ...]
    #: Q4_K_M, Q8_0, IQ4_XS, F16, BF16, ... parsed from the name; None if none found.
    quantization: str | None

    @property
    def shard_count(self) -> int:
        return len(self.shards)

    @property
    def size_bytes(self) -> int | None:
        """Total bytes of every shard; None when any size is unknown."""
        if any(s is None for s in self.shard_sizes):
            return None
        return sum(s for s in self.shard_sizes if s is not None)

    def to_dict(self) -> dict[str, object]:
        return {
            "repo_id": self.repo_id,
            "filename": self.filename,
            "quantization": self.quantization,
            "size_bytes": self.size_bytes,
            "shard_count": self.shard_count,
            "shards": [
                {"filename": f, "size_bytes": s, "sha256": h}
                for f, s, h in zip(self.shards, self.shard_sizes, self.sha256)
            ],
        }


_SHARD_RE = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
# Longest alternatives first so IQ4_XS is not read as Q4 and Q4_K_M not as Q4_K.
_QUANT_RE = re.compile(
    r"(?<![A-Za-z0-9])("
    r"UD-[A-Z0-9_]+|"
    r"I?Q[1-8]_K_(?:XXS|XS|S|M|L|XL)|"
    r"IQ[1-4]_(?:XXS|XS|S|M|NL)|"
    r"Q[1-8]_[01K]|Q[1-8]_K|Q[2-8]|"
    r"TQ[12]_0|MXFP4(?:_MOE)?|BF16|F16|F32|FP16|FP32"
    r")(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def shard_parts(filename: str) -> tuple[str, int, int] | None:
    """``(base, index, count)`` for ``base-0000i-of-0000n.gguf`` (base keeps any folder); None if unsharded."""
    m = _SHARD_RE.match(filename)
    if m is None:
        return None
    return m["base"], int(m["index"]), int(m["count"])


def shard_names(filename: str) -> list[str]:
    """Every shard's name for a sharded model's (any) shard; ``[filename]`` otherwise."""
    m = _SHARD_RE.match(filename)
    if m is None:
        return [filename]
    base, width, count = m["base"], len(m["index"]), int(m["count"])
    return [f"{base}-{i:0{width}d}-of-{count:0{width}d}.gguf" for i in range(1, count + 1)]


def parse_quantization(filename: str) -> str | None:
    """The quantization named in a GGUF file name, upper-cased (``Q4_K_M``), or None."""
    parts = shard_parts(filename)
    # The whole path: repos that shard a model often name only its folder Q4_K_M/.
    stem = parts[0] if parts is not None else filename
    matches = _QUANT_RE.findall(stem)
    return matches[-1].upper() if matches else None


class HubClient:
    """Search and file listing on one Hub endpoint.

    ``endpoint`` None means ``HF_ENDPOINT`` (read at construction) or
    huggingface.co. ``token`` None means anonymous: the token cached by
    ``huggingface-cli login`` is never picked up behind Plinth's back; the
    caller passes the one from the SecretStore (account ``huggingface``).
    Every failure raises a UserFacingError: HubAccessError (gated/private),
    HubNotFoundError, NetworkError (naming the endpoint), OfflineError while
    ``offline`` is on (asked per call, so a switch flipped meanwhile counts).
    """

    def __init__(
        self,
        endpoint: str | None = None,
        token: str | None = None,
        *,
        timeout_s: float = 20.0,
        offline: OfflineMode | None = None,
    ) -> None:
        self.endpoint = resolve_endpoint(endpoint)
        self._token = token
        self._timeout_s = timeout_s
        self._offline = offline

    def search(self, query: str, sort: SortKey = "downloads", limit: int = 50) -> list[RepoSummary]:
        """GGUF repos matching ``query`` (all GGUF repos when empty), best first by ``sort``.

        huggingface_hub retries a search itself (about 20 s of backoff) before
        an unreachable Hub becomes a HubUnreachableError; run it off the GUI
        thread. A Hub name that does not resolve fails at once.
        """
        if sort not in SORT_KEYS:
            raise UserFacingError(
                ui_text("Unknown sort order {sort}.", sort=repr(sort)),
                ui_text("Use one of: {keys}.", keys=", ".join(SORT_KEYS)),
            )
        api = self._api()
        check_name_resolves(self.endpoint)
        try:
            infos = list(
                api.list_models(
                    search=query.strip() or None,
                    filter="gguf",
                    sort=_SORT_PARAM[sort],
                    limit=limit,
                    expand=["author", "downloads", "likes", "lastModified", "gated"],
                )
            )
        except Exception as exc:
            mapped = map_hub_error(exc, None, self.endpoint)
            if mapped is None:
                raise
            raise mapped from exc
        return [
            RepoSummary(
                repo_id=info.id,
                author=info.author or (info.id.split("/", 1)[0] if "/" in info.id else None),
                downloads=info.downloads or 0,
                likes=info.likes or 0,
                last_modified=info.last_modified,
                gated=info.gated or False,
            )
            for info in infos
        ]

    def files(self, repo_id: str, revision: str = "main") -> list[ModelFile]:
        """The GGUF models in a repo, shards grouped into one, sorted by name."""
        api = self._api()
        try:
            info = api.model_info(repo_id, revision=revision, files_metadata=True, timeout=self._timeout_s)
        except Exception as exc:
            mapped = map_hub_error(exc, repo_id, self.endpoint)
            if mapped is None:
                raise
            raise mapped from exc
        return group_model_files(repo_id, [(s.rfilename, s.size, s.lfs) for s in info.siblings or []])

    def _api(self) -> HfApi:
        if self._offline is not None:
            self._offline.check(ui_text("the Hugging Face Hub ({endpoint}) is not contacted.", endpoint=self.endpoint))
        hf = load_huggingface_hub()
        # token=False, not None: None would make huggingface_hub send a token
        # cached by `hf auth login`, which this app never asked for.
        api: HfApi = hf.HfApi(endpoint=self.endpoint, token=self._token or False)
        return api


def check_name_resolves(endpoint: str) -> None:
    """Raise HubUnreachableError at once when the endpoint's host name does not resolve.

    huggingface_hub retries a failed search five times (about 23 s) and treats a
    name that cannot resolve (no network, no DNS) like any dropped connection;
    one lookup first says the same thing straight away. Behind a proxy the proxy
    resolves names, so nothing is looked up here then.
    """
    parts = urlsplit(endpoint)
    host = parts.hostname
    if not host or _proxied(parts.scheme, host):
        return
    try:
        socket.getaddrinfo(host, parts.port or (443 if parts.scheme == "https" else 80), type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise network_error(endpoint, exc) from None


def _proxied(scheme: str, host: str) -> bool:
    import urllib.request

    proxies = urllib.request.getproxies()
    return bool(proxies.get(scheme) or proxies.get("all")) and not urllib.request.proxy_bypass(host)


def name_resolution_failed(exc: BaseException) -> bool:
    """Whether a host name lookup failed somewhere behind ``exc`` (its causes and contexts)."""
    return cause(exc, socket.gaierror) is not None


_SORT_PARAM: dict[SortKey, Literal["downloads", "likes", "last_modified"]] = {
    "downloads": "downloads",
    "likes": "likes",
    "recent": "last_modified",
}


def group_model_files(repo_id: str, files: list[tuple[str, int | None, Any]]) -> list[ModelFile]:
    """Group ``(name, size, lfs)`` rows of a repo listing into GGUF models.

    ``lfs`` is huggingface_hub's BlobLfsInfo (a dict with ``sha256`` and
    ``size``) or None. A sharded model whose shards are not all listed is
    left out: it could never be downloaded whole.
    """
    by_name = {name: (size, lfs) for name, size, lfs in files if name.lower().endswith(".gguf")}
    models: list[ModelFile] = []
    for name in sorted(by_name, key=str.lower):
        parts = shard_parts(name)
        if parts is not None and parts[1] != 1:
            continue
        shards = shard_names(name)
        if any(s not in by_name for s in shards):
            continue
        sizes, hashes = [], []
        for shard in shards:
            size, lfs = by_name[shard]
            sizes.append(lfs["size"] if lfs else size)
            hashes.append(lfs["sha256"] if lfs else None)
        models.append(
            ModelFile(
                repo_id=repo_id,
                filename=name,
                shards=tuple(shards),
                shard_sizes=tuple(sizes),
                sha256=tuple(hashes),
                quantization=parse_quantization(name),
            )
        )
    return models


def map_hub_error(
    exc: BaseException, repo_id: str | None, endpoint: str, filename: str | None = None
) -> UserFacingError | None:
    """The UserFacingError for a huggingface_hub or httpx2 failure; None when it is neither.

    The Hub answers 401 for a repo that does not exist (or is private) when no
    token is sent, so its X-Error-Code decides, not the status alone.
    """
    import httpx2

    hf = load_huggingface_hub().errors

    page = f"{endpoint}/{repo_id}" if repo_id else endpoint
    if isinstance(exc, hf.GatedRepoError):
        return gated_error(repo_id or "", endpoint)
    if isinstance(exc, hf.RevisionNotFoundError):
        return HubNotFoundError(
            ui_text("The repository {repo} has no such revision (branch, tag or commit).", repo=repo_id),
            ui_text("Check the revision at {page}.", page=page),
        )
    if isinstance(exc, hf.RemoteEntryNotFoundError):
        return HubNotFoundError(
            ui_text("No file {filename} in {repo} on the Hub.", filename=filename, repo=repo_id)
            if filename
            else ui_text("No file in {repo} on the Hub.", repo=repo_id),
            ui_text("It may have been renamed or removed: see the repository's files at {page}.", page=page),
        )
    if isinstance(exc, hf.RepositoryNotFoundError):
        return not_found_error(repo_id or "")
    if isinstance(exc, hf.HfHubHTTPError) and exc.response is not None:
        return status_error(exc.response.status_code, exc.response.headers, repo_id, endpoint, filename)
    if isinstance(exc, httpx2.TransportError):
        return network_error(endpoint, exc)
    return None


def status_error(
    status: int, headers: Mapping[str, str], repo_id: str | None, endpoint: str, filename: str | None = None
) -> UserFacingError:
    """The UserFacingError for an HTTP error status from the Hub (``headers`` as sent)."""
    from app.core.errors import AuthError, RateLimitError

    code = headers.get("X-Error-Code") or headers.get("x-error-code")
    message = headers.get("X-Error-Message") or headers.get("x-error-message") or ""
    if code == "GatedRepo":
        return gated_error(repo_id or "", endpoint)
    if code == "RepoNotFound" or (status == 404 and repo_id and not filename):
        return not_found_error(repo_id or "")
    if code == "EntryNotFound" or status == 404:
        return HubNotFoundError(
            ui_text("No file {filename} in {repo} on the Hub.", filename=filename, repo=repo_id),
            ui_text(
                "It may have been renamed or removed: see the repository's files at {page}.",
                page=f"{endpoint}/{repo_id}",
            ),
        )
    if status == 401 and "Invalid credentials" in message:
        return AuthError(
            ui_text("The Hugging Face Hub rejected the token."),
            ui_text("Replace it under Models → Token (create one at https://huggingface.co/settings/tokens)."),
        )
    if status in (401, 403):
        return gated_error(repo_id or "", endpoint)
    if status == 429:
        retry_after = headers.get("Retry-After") or headers.get("retry-after")
        return RateLimitError(
            ui_text("The Hugging Face Hub is rate-limiting this computer."),
            ui_text("Wait a few minutes and try again; a Hugging Face token (Models → Token) raises the limit."),
            retry_after_s=float(retry_after) if retry_after and retry_after.isdigit() else None,
        )
    return HubServerError(
        ui_text("The Hugging Face Hub at {endpoint} answered with HTTP {status}.", endpoint=endpoint, status=status),
        ui_text("Try again in a few minutes."),
    )


def gated_error(repo_id: str, endpoint: str = DEFAULT_ENDPOINT) -> HubAccessError:
    return HubAccessError(
        ui_text(
            "This model is gated: accept its licence at {page} and add a Hugging Face token (Models → Token).",
            page=f"{endpoint}/{repo_id}",
        ),
    )


def not_found_error(repo_id: str) -> HubNotFoundError:
    return HubNotFoundError(
        ui_text("No repository {repo} on the Hub (it may have been renamed or removed).", repo=repo_id),
        ui_text(
            "Check the name, or search for the model again; a private repository also needs a token that can read it."
        ),
    )


def network_error(endpoint: str, exc: BaseException) -> HubUnreachableError:
    """The HubUnreachableError for a failed connection, saying what failed: the name, the connection, TLS..."""
    shown = endpoint.removeprefix("https://")
    message = ui_text(
        "Cannot reach the Hugging Face Hub ({host}): {reason}.", host=shown, reason=connection_reason(exc)
    )
    return HubUnreachableError(message, UNREACHABLE_HINT)
