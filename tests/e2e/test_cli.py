"""The command line, through a real subprocess on the real starter model."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__


def plinth(*args: str, home: Path, stdin: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLINTH_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def test_version(plinth_home: Path) -> None:
    out = plinth("--version", home=plinth_home)
    assert out.returncode == 0
    assert out.stdout.strip() == f"plinth {__version__}"


def test_models_list_json_includes_starter_and_models_dir(plinth_home: Path, starter_path: Path) -> None:
    (plinth_home / "models").mkdir(parents=True)
    shutil.copy(starter_path, plinth_home / "models" / "smol-copy.gguf")
    out = plinth("models", "list", "--json", home=plinth_home)
    assert out.returncode == 0, out.stderr
    models = json.loads(out.stdout)
    assert [m["id"] for m in models] == ["starter", "local:smol-copy"]
    assert models[0]["size_bytes"] == starter_path.stat().st_size


def test_chat_json(plinth_home: Path) -> None:
    out = plinth(
        "chat", "-m", "starter", "--json", "--temperature", "0", "--max-tokens", "24", "Say hello", home=plinth_home
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["model"] == "starter"
    assert result["text"].strip()
    stats = result["stats"]
    assert set(stats) == {"ttft_s", "tokens_in", "tokens_out", "tokens_per_s", "wall_s", "stop_reason", "cost_usd",
                          "tokens_in_estimated"}  # fmt: skip
    assert stats["tokens_in"] > 0 and stats["tokens_out"] > 0
    assert stats["tokens_in_estimated"] is False  # llama.cpp counts the prompt itself
    assert stats["ttft_s"] > 0 and stats["wall_s"] >= stats["ttft_s"]
    assert stats["stop_reason"] in {"stop", "length"}
    assert stats["cost_usd"] is None


def test_chat_streams_plain_text_and_reads_stdin(plinth_home: Path) -> None:
    out = plinth(
        "chat",
        "--temperature",
        "0",
        "--max-tokens",
        "16",
        "-s",
        "Answer in one word.",
        "-",
        home=plinth_home,
        stdin="What colour is the sky?",
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()


@pytest.mark.parametrize(
    "args, stdin, message",
    [
        (["chat", "-m", "starter", ""], None, "empty"),
        (["chat", "-m", "starter", "-"], "  \n", "empty"),
        (["chat", "-m", "local:/no/such/model.gguf", "hi"], None, "No model file"),
        (["chat", "-m", "local:missing", "hi"], None, "plinth models list"),
    ],
)
def test_chat_errors_are_one_line_with_nonzero_exit(plinth_home: Path, args, stdin, message) -> None:
    out = plinth(*args, home=plinth_home, stdin=stdin)
    assert out.returncode != 0
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_chat_with_corrupt_gguf(plinth_home: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF" + b"\x03\x00\x00\x00" + b"\xff" * 100)
    out = plinth("chat", "-m", f"local:{bad}", "hi", home=plinth_home)
    assert out.returncode != 0
    assert "not a valid GGUF" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_a_reader_that_goes_away_gets_no_traceback(plinth_home: Path) -> None:
    env = dict(os.environ, PLINTH_HOME=str(plinth_home))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "models", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    proc.stdout.close()  # like `plinth … | head` exiting before plinth writes
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert proc.wait(60) == 141
    assert "Traceback" not in stderr
