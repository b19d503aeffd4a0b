"""`plinth models add-adapter`, a variant in `plinth models list`, compared with its base, removed; an adapter from the Hub."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from helpers.lora import write_lora_adapter
from servers.hub_server import HubServer

from app.bootstrap import build_services
from app.cli import run_cli
from app.core.paths import Paths


class Out:
    """What a command printed and returned, read like a finished process."""

    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def plinth(*args: str, home: Path) -> Out:
    assert Paths.from_environment().config_dir.is_relative_to(home)
    return Out(*cli(*args))


@pytest.mark.slow
def test_add_an_adapter_list_it_compare_it_with_its_base_and_remove_it(
    plinth_home: Path, starter_path: Path, tmp_path: Path
) -> None:
    adapter = write_lora_adapter(tmp_path / "tone.gguf", starter_path)

    out = plinth("models", "add-adapter", str(starter_path), "--base", "starter", home=plinth_home)
    assert out.returncode == 1 and "is a model, not a LoRA adapter" in out.stderr
    out = plinth("models", "add-adapter", str(adapter), "--base", "starter", "--scale", "9", home=plinth_home)
    assert out.returncode == 1 and "out of range" in out.stderr and "-4 to 4" in out.stderr
    out = plinth("models", "add-adapter", str(adapter), "--base", "nope", home=plinth_home)
    assert out.returncode == 1 and "No local model named 'nope'" in out.stderr

    out = plinth("models", "add-adapter", str(adapter), "--base", "starter", "--scale", "0.5", home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert "Added local:starter+tone" in out.stdout and "at scale 0.5" in out.stdout

    out = plinth("models", "list", "--json", home=plinth_home)
    assert out.returncode == 0, out.stderr
    rows = {m["id"]: m for m in json.loads(out.stdout)}
    assert list(rows) == ["starter", "local:starter+tone"]
    variant = rows["local:starter+tone"]
    assert (variant["base"], variant["adapter_scale"], variant["architecture"]) == ("starter", 0.5, "llama")
    assert variant["adapter"].endswith("starter+tone.gguf") and rows["starter"]["adapter"] is None
    out = plinth("models", "list", home=plinth_home)
    line = next(line for line in out.stdout.splitlines() if line.startswith("local:starter+tone"))
    assert "adapter on starter · scale 0.5" in line

    out = plinth("compare", "-m", "starter", "-m", "local:starter+tone", "--task", "classify",
                 "--labels", "positive,negative", "--json", "I loved it", home=plinth_home)  # fmt: skip
    assert out.returncode == 0, out.stderr
    base, tuned = json.loads(out.stdout)["models"]
    assert (base["model"], tuned["model"]) == ("starter", "local:starter+tone")
    assert base["error"] is None and tuned["error"] is None
    assert base["status"] == tuned["status"] == "finished"
    assert base["result"] and tuned["result"]

    out = plinth("models", "remove", "starter+tone", home=plinth_home)
    assert out.returncode == 0, out.stderr
    assert "Removed the variant local:starter+tone and its copy of the adapter" in out.stdout
    assert adapter.is_file()


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), lambda: build_services(Paths.from_environment()), stdin=io.StringIO(), stdout=out,
                   stderr=err)  # fmt: skip
    return code, out.getvalue(), err.getvalue()


def test_an_adapter_downloaded_from_the_hub_is_added_on_its_base(
    plinth_home: Path, starter_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    adapter = write_lora_adapter(tmp_path / "tone-lora-f32.gguf", starter_path)
    with HubServer() as hub:
        hub.add_repo("someone/tone-lora-GGUF", {adapter.name: adapter.read_bytes()})
        code, out, err = cli("models", "download", "someone/tone-lora-GGUF", adapter.name, "--endpoint", hub.url)
    assert code == 0, err
    downloaded = Path(out.strip())
    assert downloaded.is_relative_to(plinth_home / "models")
    assert "It is a LoRA adapter, not a model" in err and f"add-adapter {downloaded}" in err
    # Not a model on its own: `models list` leaves it out until it is added on its base.
    code, out, err = cli("models", "list", "--json")
    assert [m["id"] for m in json.loads(out)] == ["starter"]
    code, out, err = cli("models", "add-adapter", str(downloaded), "--base", "starter", "--name", "tone")
    assert code == 0, err
    code, out, err = cli("models", "list", "--json")
    (variant,) = [m for m in json.loads(out) if m["id"] == "local:tone"]
    assert variant["adapter"] == str(downloaded) and variant["base"] == "starter" and variant["referenced"]
