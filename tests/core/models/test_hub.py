"""Hub search and file listing through huggingface_hub against a local Hub."""

from __future__ import annotations

import os
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

# huggingface_hub reads its environment once, at import.
os.environ["HF_HUB_DISABLE_TELEMETRY"] = "1"

from servers.hub_server import UNRESOLVABLE_ENDPOINT, HubFile, HubServer  # noqa: E402

from app.core.errors import NetworkError  # noqa: E402
from app.core.models.hub import (  # noqa: E402
    HubAccessError,
    HubClient,
    HubNotFoundError,
    HubUnreachableError,
    parse_quantization,
    resolve_endpoint,
    shard_names,
    status_error,
)

#: Host names looked up while ``LOOKUPS`` is a list; the lookup of any name not on this computer
#: is refused, so a test can prove nothing tried to go elsewhere without anything going.
LOOKUPS: list[str] | None = None


def _audit(event: str, args: tuple) -> None:
    if event == "socket.getaddrinfo" and LOOKUPS is not None:
        host = args[0].decode() if isinstance(args[0], bytes) else str(args[0])
        LOOKUPS.append(host)
        if host not in ("127.0.0.1", "localhost"):
            raise ConnectionRefusedError(f"this test allows no lookup of {host}")


sys.addaudithook(_audit)


@pytest.fixture
def hub() -> Iterator[HubServer]:
    with HubServer() as server:
        server.add_repo(
            "bartowski/Qwen3-1.7B-GGUF",
            {
                "Qwen3-1.7B-Q4_K_M.gguf": b"q4" * 500,
                "Qwen3-1.7B-Q8_0.gguf": b"q8" * 800,
                "Qwen3-1.7B-IQ4_XS.gguf": b"iq" * 300,
                "README.md": HubFile(b"# readme", lfs=False),
            },
            downloads=900,
            likes=10,
            last_modified="2025-03-01T10:00:00.000Z",
        )
        server.add_repo(
            "unsloth/Big-GGUF",
            {
                "Q8_0/Big-Q8_0-00001-of-00003.gguf": b"a" * 100,
                "Q8_0/Big-Q8_0-00002-of-00003.gguf": b"b" * 200,
                "Q8_0/Big-Q8_0-00003-of-00003.gguf": b"c" * 300,
                "Big-BF16-00001-of-00002.gguf": b"d" * 10,  # its second shard is missing
                "mmproj-F16.gguf": b"p" * 50,
            },
            downloads=50,
            likes=99,
            last_modified="2025-01-01T00:00:00.000Z",
        )
        server.add_repo(
            "meta/Gated-Qwen-GGUF",
            {"m-Q4_0.gguf": b"g" * 10},
            downloads=10,
            likes=5,
            last_modified="2025-06-01T00:00:00.000Z",
            gated="manual",
        )
        server.add_repo("someone/qwen-safetensors", {"model.safetensors": b"s"}, downloads=5000, tags=("safetensors",))
        yield server


def test_search_sorts_and_keeps_gguf_repos_only(hub: HubServer) -> None:
    client = HubClient(hub.url)
    by_downloads = client.search("qwen")
    assert [r.repo_id for r in by_downloads] == ["bartowski/Qwen3-1.7B-GGUF", "meta/Gated-Qwen-GGUF"]
    first = by_downloads[0]
    assert (first.author, first.downloads, first.likes, first.gated) == ("bartowski", 900, 10, False)
    assert first.last_modified is not None and first.last_modified.isoformat().startswith("2025-03-01T10:00")
    assert by_downloads[1].gated == "manual"
    assert [r.repo_id for r in client.search("", sort="likes")][0] == "unsloth/Big-GGUF"
    assert [r.repo_id for r in client.search("", sort="recent")][0] == "meta/Gated-Qwen-GGUF"
    assert len(client.search("", limit=2)) == 2

    query = hub.requests[0].query
    assert query["filter"] == ["gguf"] and query["sort"] == ["downloads"] and query["search"] == ["qwen"]
    assert {"author", "downloads", "likes", "lastModified", "gated"} <= set(query["expand"])
    assert [r.query["sort"] for r in hub.requests[1:3]] == [["likes"], ["lastModified"]]


def test_files_groups_shards_and_reads_sizes_hashes_and_quantization(hub: HubServer) -> None:
    models = HubClient(hub.url).files("unsloth/Big-GGUF")
    assert [m.filename for m in models] == ["mmproj-F16.gguf", "Q8_0/Big-Q8_0-00001-of-00003.gguf"]
    big = models[1]
    assert big.shard_count == 3
    assert big.shards == tuple(f"Q8_0/Big-Q8_0-0000{i}-of-00003.gguf" for i in (1, 2, 3))
    assert big.shard_sizes == (100, 200, 300) and big.size_bytes == 600
    repo = hub.repos["unsloth/Big-GGUF"]
    assert big.sha256 == tuple(repo.files[name].sha256 for name in big.shards)
    assert big.quantization == "Q8_0"
    assert big.to_dict()["shards"][2] == {"filename": big.shards[2], "size_bytes": 300, "sha256": big.sha256[2]}
    # files_metadata=True is what asks the Hub for sizes and LFS hashes.
    assert hub.requests[-1].query["blobs"] == ["true"]


def test_files_lists_quantizations_and_ignores_other_files(hub: HubServer) -> None:
    models = HubClient(hub.url).files("bartowski/Qwen3-1.7B-GGUF")
    assert [(m.filename, m.quantization, m.size_bytes) for m in models] == [
        ("Qwen3-1.7B-IQ4_XS.gguf", "IQ4_XS", 600),
        ("Qwen3-1.7B-Q4_K_M.gguf", "Q4_K_M", 1000),
        ("Qwen3-1.7B-Q8_0.gguf", "Q8_0", 1600),
    ]


def test_missing_repo_and_revision_say_so(hub: HubServer) -> None:
    client = HubClient(hub.url)
    with pytest.raises(HubNotFoundError) as exc:
        client.files("bartowski/Gone-GGUF")
    assert str(exc.value).startswith(
        "No repository bartowski/Gone-GGUF on the Hub (it may have been renamed or removed)."
    )
    with pytest.raises(HubNotFoundError, match="no such revision"):
        client.files("bartowski/Qwen3-1.7B-GGUF", revision="v9")


def test_unreachable_endpoint_is_a_network_error_naming_it() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    endpoint = f"http://127.0.0.1:{port}"
    with pytest.raises(NetworkError) as exc:
        HubClient(endpoint, timeout_s=2).files("org/model")
    assert endpoint in str(exc.value)


def test_a_hub_name_that_cannot_be_resolved_fails_at_once_and_names_the_hub() -> None:
    started = time.monotonic()
    with pytest.raises(HubUnreachableError) as exc:
        HubClient(UNRESOLVABLE_ENDPOINT).search("qwen")
    assert time.monotonic() - started < 3, "no retries of a lookup that cannot succeed"
    error = exc.value
    assert error.title == "Cannot reach the Hugging Face Hub"
    assert isinstance(error, NetworkError)
    assert error.message.startswith(f"Cannot reach the Hugging Face Hub ({UNRESOLVABLE_ENDPOINT}): ")
    assert "name resolution failed" in error.message
    assert "network" in error.hint and "offline mode" in error.hint.lower()

    with pytest.raises(HubUnreachableError, match="name resolution failed"):
        HubClient(UNRESOLVABLE_ENDPOINT).files("org/model")


def test_a_refused_connection_is_named_too() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(HubUnreachableError, match="connection was refused"):
        HubClient(f"http://127.0.0.1:{port}", timeout_s=2).files("org/model")


def test_only_the_endpoint_given_is_contacted(hub: HubServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    global LOOKUPS
    from huggingface_hub import constants
    from huggingface_hub.utils import _detect_agent

    # As in a process started without HF_HUB_DISABLE_TELEMETRY: huggingface_hub would fetch
    # a list of "agent harnesses" from huggingface.co, whatever endpoint it was given.
    monkeypatch.setattr(constants, "HF_HUB_DISABLE_TELEMETRY", False)
    monkeypatch.setattr(constants, "AGENT_HARNESSES_PATH", str(tmp_path / "harnesses.json"))
    monkeypatch.setattr(_detect_agent, "_registry", None)
    LOOKUPS = []
    try:
        assert HubClient(hub.url).search("qwen")
        HubClient(hub.url).files("bartowski/Qwen3-1.7B-GGUF")
        seen = list(LOOKUPS)
    finally:
        LOOKUPS = None
    assert seen and set(seen) == {"127.0.0.1"}


def test_token_is_sent_only_when_given(hub: HubServer) -> None:
    HubClient(hub.url).files("bartowski/Qwen3-1.7B-GGUF")
    HubClient(hub.url, token="hf_secret_for_test_1234").files("bartowski/Qwen3-1.7B-GGUF")
    anonymous, signed = hub.requests[-2], hub.requests[-1]
    assert "authorization" not in anonymous.headers
    assert signed.headers["authorization"] == "Bearer hf_secret_for_test_1234"


def test_endpoint_comes_from_hf_endpoint_at_call_time(hub: HubServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", hub.url + "/")
    client = HubClient()
    assert client.endpoint == hub.url
    assert [m.filename for m in client.files("meta/Gated-Qwen-GGUF")] == ["m-Q4_0.gguf"]
    assert resolve_endpoint("http://example.invalid/", {}) == "http://example.invalid"
    assert resolve_endpoint(None, {}) == "https://huggingface.co"


def test_gated_status_names_the_repo_page() -> None:
    for status in (401, 403):
        err = status_error(status, {}, "meta/Llama-GGUF", "https://huggingface.co", "m.gguf")
        assert isinstance(err, HubAccessError)
        assert str(err) == (
            "This model is gated: accept its licence at https://huggingface.co/meta/Llama-GGUF "
            "and add a Hugging Face token (Models → Token)."
        )
    rejected = status_error(401, {"X-Error-Message": "Invalid credentials in Authorization header"}, "a/b", "h")
    assert "rejected the token" in str(rejected)


@pytest.mark.parametrize(
    ("name", "quant"),
    [
        ("Qwen3-1.7B-Q4_K_M.gguf", "Q4_K_M"),
        ("gemma-3-4b-it-Q8_0.gguf", "Q8_0"),
        ("Llama-3.2-1B-Instruct-IQ4_XS.gguf", "IQ4_XS"),
        ("phi-4-f16.gguf", "F16"),
        ("model.BF16.gguf", "BF16"),
        ("tiny.q5_k_s.gguf", "Q5_K_S"),
        ("Mistral-7B-Instruct-v0.3.IQ2_XXS.gguf", "IQ2_XXS"),
        ("gpt-oss-20b-MXFP4.gguf", "MXFP4"),
        ("Qwen3-30B-A3B-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),
        ("Q4_K_M/Big-00001-of-00002.gguf", "Q4_K_M"),
        ("SmolLM2-135M-Instruct.gguf", None),
    ],
)
def test_quantization_is_parsed_from_the_name(name: str, quant: str | None) -> None:
    assert parse_quantization(name) == quant


def test_shard_names() -> None:
    assert shard_names("x/M-Q4_0-00002-of-00003.gguf") == [
        "x/M-Q4_0-00001-of-00003.gguf",
        "x/M-Q4_0-00002-of-00003.gguf",
        "x/M-Q4_0-00003-of-00003.gguf",
    ]
    assert shard_names("single.gguf") == ["single.gguf"]
