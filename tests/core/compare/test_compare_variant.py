"""A LoRA variant and its base side by side in one comparison: both classify, each with its own probabilities."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.lora import write_lora_adapter

from app.bootstrap import build_services
from app.core.cancel import CancelToken
from app.core.compare.run import run_comparison
from app.core.compare.spec import Comparison
from app.core.paths import Paths

pytestmark = pytest.mark.slow


def test_a_variant_and_its_base_are_compared_in_the_same_run(paths: Paths, starter_path: Path, tmp_path: Path) -> None:
    adapter = write_lora_adapter(tmp_path / "tone.gguf", starter_path)
    services = build_services(paths, starter_path=starter_path)
    try:
        variant = services.library.add_adapter(adapter, "starter")
        spec = Comparison("classify", ("starter", variant.model_id), text="I loved it", labels=("positive", "negative"))
        result = run_comparison(spec, services.engines, on_event=lambda e: None, cancel=CancelToken())
    finally:
        services.close()

    base, tuned = result.runs
    assert (base.model_id, tuned.model_id) == ("starter", "local:starter+tone")
    assert [r.status for r in result.runs] == ["finished", "finished"], [r.error for r in result.runs]
    probabilities = []
    for run in result.runs:
        assert run.destination is None and run.text in ("positive", "negative")
        assert run.classification is not None
        probs = run.classification["probabilities"]
        assert isinstance(probs, dict)
        probabilities.append(probs["positive"])
        assert run.metrics.load_s is not None and run.metrics.load_s > 0
    # Two processes, two models: the adapter really loaded in the variant's.
    assert abs(probabilities[0] - probabilities[1]) > 0.01
