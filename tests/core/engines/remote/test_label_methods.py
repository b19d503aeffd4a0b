"""LabelMethods: what each provider's model took, kept in a JSON file in the config folder."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from app.core.engines.remote.label_methods import REPROBE_AFTER_S, LabelMethods
from app.core.paths import Paths

URL = "http://127.0.0.1:8000/v1"


def test_outcomes_are_kept_per_provider_model_and_url(tmp_path: Path) -> None:
    path = Paths.from_environment({"PLINTH_HOME": str(tmp_path)}).label_methods_file
    assert path.parent == tmp_path / "config"
    memory = LabelMethods(path)
    memory.record("PEER", "smol", URL, {"json_schema": "refused", "json_object": "ok"})
    memory.record("PEER", "other", URL, {"logprobs": "ok"})

    again = LabelMethods(path)
    assert again.known("PEER", "smol", URL) == {"json_schema": "refused", "json_object": "ok"}
    assert again.known("PEER", "other", URL) == {"logprobs": "ok"}
    assert again.known("ELSE", "smol", URL) == {}
    assert again.known("PEER", "smol", "http://127.0.0.1:9000/v1") == {}
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["providers"]["PEER"]["smol"]["base_url"] == URL

    # A new base URL starts the model's record afresh.
    again.record("PEER", "smol", "http://127.0.0.1:9000/v1", {"json_schema": "ok"})
    assert LabelMethods(path).known("PEER", "smol", URL) == {}


def test_refusals_expire_and_what_worked_stays(tmp_path: Path) -> None:
    now = [100.0]
    memory = LabelMethods(tmp_path / "m.json", clock=lambda: now[0])
    memory.record("PEER", "smol", URL, {"json_schema": "refused", "json_object": "ok"})
    now[0] += REPROBE_AFTER_S + 1
    assert memory.known("PEER", "smol", URL) == {"json_object": "ok"}


def test_a_broken_file_is_only_a_lost_shortcut(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "label-methods.json"
    path.write_text("{not json", encoding="utf-8")
    memory = LabelMethods(path)
    with caplog.at_level(logging.WARNING, logger="app.core.engines.remote.label_methods"):
        assert memory.known("PEER", "smol", URL) == {}
    assert "will be found again" in caplog.text
    memory.record("PEER", "smol", URL, {"json_object": "ok"})
    assert LabelMethods(path).known("PEER", "smol", URL) == {"json_object": "ok"}


def test_a_file_that_cannot_be_written_costs_nothing_but_the_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    memory = LabelMethods(blocker / "label-methods.json")
    with caplog.at_level(logging.WARNING, logger="app.core.engines.remote.label_methods"):
        memory.record("PEER", "smol", URL, {"json_object": "ok"})
    assert "Could not save" in caplog.text
    # Still known for the rest of the session.
    assert memory.known("PEER", "smol", URL) == {"json_object": "ok"}
