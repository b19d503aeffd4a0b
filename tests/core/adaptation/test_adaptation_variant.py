"""A LoRA variant in an adaptation run: it is just ``local:NAME``, prompted like any model, beside its base."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.lora import write_lora_adapter
from helpers.planted import planted_rows, write_labelled_csv

from app.bootstrap import build_services
from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.records import AdaptationSpec, MethodSpec
from app.core.adaptation.run import AdaptationEnv, run_adaptation
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.local.engine import LocalEngine
from app.core.paths import Paths

pytestmark = pytest.mark.slow


def test_zero_shot_on_a_variant_and_on_its_base_in_one_run(
    paths: Paths, starter_path: Path, tmp_path: Path, embedding_cache: EmbeddingCache
) -> None:
    data = write_labelled_csv(tmp_path / "tickets.csv", planted_rows(4, seed=3))
    services = build_services(paths, starter_path=starter_path)
    try:
        adapter = write_lora_adapter(tmp_path / "tone.gguf", starter_path)
        variant = services.library.add_adapter(adapter, "starter")

        def no_embedding(model_id: str) -> EmbeddingEngine:
            raise AssertionError(f"zero-shot embeds nothing (asked for {model_id})")

        env = AdaptationEnv(services.engines, no_embedding, embedding_cache)
        methods = (MethodSpec("zero-shot", "starter"), MethodSpec("zero-shot", variant.model_id))
        spec = AdaptationSpec(str(data), "text", "label", methods, sizes=(2,), seeds=1)
        result = run_adaptation(spec, env)
        # The variant ran in its own child process, its adapter applied (the scores moving is
        # tests/core/engines/local/test_lora_engine.py's to show).
        engine, base_engine = services.engines.get(variant.model_id), services.engines.get("starter")
        assert isinstance(engine, LocalEngine) and isinstance(base_engine, LocalEngine)
        assert engine.adapter_path == variant.adapter and base_engine.adapter_path is None
        assert engine.pid is not None and base_engine.pid is not None and engine.pid != base_engine.pid
    finally:
        services.close()

    cells = {c.method: c for c in result.cells if c.size == result.sizes[0]}
    assert set(cells) == {"zero-shot@starter", "zero-shot@local:starter+tone"}
    base, tuned = cells["zero-shot@starter"], cells["zero-shot@local:starter+tone"]
    for cell in (base, tuned):
        assert cell.n_test == result.n_test and cell.failed == 0 and cell.cost_per_1k_rows == 0.0
        assert sum(map(sum, cell.confusion)) == result.n_test
