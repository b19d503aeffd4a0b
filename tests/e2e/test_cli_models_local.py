"""`plinth models list|import|remove` through a real subprocess."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path


def plinth(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PLINTH_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120)


def test_import_copy_and_reference_then_remove(plinth_home: Path, starter_path: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "my models" / "nested"
    elsewhere.mkdir(parents=True)
    copied_src = elsewhere / "copied.gguf"
    referenced = elsewhere / "kept-here.gguf"
    shutil.copy(starter_path, copied_src)
    shutil.copy(starter_path, referenced)
    (tmp_path / "broken.gguf").write_bytes(b"GGUF" + b"\xff" * 40)

    out = plinth("models", "import", str(copied_src), home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert "Imported local:copied (copied to" in out.stdout
    again = plinth("models", "import", str(copied_src), home=plinth_home)
    assert again.returncode == 1
    assert "“copied” is already installed" in again.stderr and "local:copied" in again.stderr
    assert "rename" in again.stderr and "plinth models remove copied" in again.stderr
    assert "Something went wrong" not in again.stderr and len(again.stderr.strip().splitlines()) == 1
    out = plinth("models", "import", "--reference", str(referenced), home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert f"referenced at {referenced}" in out.stdout
    out = plinth("models", "import", str(tmp_path / "broken.gguf"), home=plinth_home)
    assert out.returncode == 1
    assert "not a valid GGUF model file" in out.stderr

    (plinth_home / "models" / "junk.gguf").write_bytes(b"junk")
    out = plinth("models", "list", "--json", home=plinth_home)
    assert out.returncode == 0, out.stderr
    rows = {m["id"]: m for m in json.loads(out.stdout)}
    assert list(rows) == ["starter", "local:copied", "local:junk", "local:kept-here"]
    assert rows["local:copied"]["quantization"] == "Q4_1"
    assert rows["local:copied"]["architecture"] == "llama"
    assert rows["local:copied"]["context_length"] == 8192
    assert rows["local:kept-here"]["referenced"] and rows["local:kept-here"]["path"] == str(referenced)
    assert rows["local:junk"]["error"] and rows["local:junk"]["architecture"] is None

    out = plinth("models", "list", home=plinth_home)
    assert out.returncode == 0, out.stderr
    header, *lines = out.stdout.splitlines()
    assert header.split()[:6] == ["ID", "SIZE", "QUANT", "ARCH", "CONTEXT", "PATH"]
    copied_line = next(line for line in lines if line.startswith("local:copied"))
    assert "Q4_1" in copied_line and "llama" in copied_line and "8192" in copied_line
    assert any("error:" in line and "junk.gguf" in line for line in lines)

    out = plinth("models", "remove", "kept-here", home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert "Forgot local:kept-here" in out.stdout and referenced.is_file()
    out = plinth("models", "remove", "local:copied", home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert "Deleted local:copied" in out.stdout
    assert not (plinth_home / "models" / "copied.gguf").exists() and copied_src.is_file()
    out = plinth("models", "remove", "starter", home=plinth_home)
    assert out.returncode == 1 and "cannot be removed" in out.stderr
