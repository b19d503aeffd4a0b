"""A LoRA adapter loaded on the starter model in the llama.cpp child: it changes the scores, at scale 0 it does not,
and an adapter llama.cpp refuses is a clear load error, not a crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.lora import write_lora_adapter

from app.bootstrap import build_services
from app.core.compare.local_models import memory_need
from app.core.engines.base import ChatRequest, Message, ScoreBranch, ScoreRequest, complete
from app.core.engines.local.engine import LocalEngine
from app.core.errors import ModelLoadError
from app.core.models.adapters import NotAnAdapterError
from app.core.paths import Paths

pytestmark = pytest.mark.slow

REQUEST = ScoreRequest(
    (Message("system", "Classify the text as positive or negative."), Message("user", "Text: I loved it")),
    (ScoreBranch((" positive", " negative")),),
    answer_prefix="Answer:",
    shared_messages=1,
)


@pytest.fixture(scope="module")
def adapter(tmp_path_factory: pytest.TempPathFactory, starter_path: Path) -> Path:
    return write_lora_adapter(tmp_path_factory.mktemp("lora") / "tone.gguf", starter_path)


@pytest.fixture(scope="module")
def base_scores(starter_path: Path) -> tuple[float, ...]:
    engine = LocalEngine(starter_path, "starter", context_cap=512, n_threads=1)
    try:
        return engine.score(REQUEST).logprobs[0]
    finally:
        engine.close()


def scores_with(starter_path: Path, adapter: Path, scale: float) -> tuple[float, ...]:
    engine = LocalEngine(starter_path, "local:v", context_cap=512, n_threads=1, adapter=adapter, adapter_scale=scale)
    try:
        return engine.score(REQUEST).logprobs[0]
    finally:
        engine.close()


def test_the_adapter_changes_the_label_scores(
    starter_path: Path, adapter: Path, base_scores: tuple[float, ...]
) -> None:
    variant = scores_with(starter_path, adapter, 1.0)
    assert max(abs(a - b) for a, b in zip(variant, base_scores, strict=True)) > 0.05


def test_at_scale_zero_the_variant_scores_as_its_base(
    starter_path: Path, adapter: Path, base_scores: tuple[float, ...]
) -> None:
    assert scores_with(starter_path, adapter, 0.0) == pytest.approx(base_scores, abs=1e-4)


def test_an_adapter_whose_tensors_do_not_fit_is_a_clear_load_error(starter_path: Path, tmp_path: Path) -> None:
    broken = write_lora_adapter(tmp_path / "broken.gguf", starter_path, broken=True)
    engine = LocalEngine(starter_path, "local:broken", context_cap=512, n_threads=1, adapter=broken)
    try:
        with pytest.raises(ModelLoadError, match="refused the LoRA adapter broken.gguf") as caught:
            engine.load()
        assert "base model it was trained for" in caught.value.hint
        assert engine.pid is None
    finally:
        engine.close()


def test_a_model_file_given_as_the_adapter_is_refused_before_loading(starter_path: Path) -> None:
    engine = LocalEngine(starter_path, "local:odd", context_cap=512, n_threads=1, adapter=starter_path)
    with pytest.raises(NotAnAdapterError, match="is a model, not a LoRA adapter"):
        engine.load()
    assert engine.pid is None


def test_the_registry_opens_a_variant_with_its_adapter_and_it_answers(
    paths: Paths, starter_path: Path, adapter: Path
) -> None:
    services = build_services(paths, starter_path=starter_path)
    try:
        variant = services.library.add_adapter(adapter, "starter", scale=0.75)
        engine = services.engines.get(variant.model_id)
        assert isinstance(engine, LocalEngine)
        assert engine.adapter_path == variant.adapter and engine.model_path == starter_path
        base = services.engines.get("starter")
        assert isinstance(base, LocalEngine)
        base_need = memory_need(base)
        # The adapter is weights too (and its share of the overhead).
        assert memory_need(engine) >= base_need + adapter.stat().st_size
        ask = ChatRequest((Message("user", "Name a colour."),), max_tokens=6, temperature=0.0, seed=1)
        assert complete(engine, ask).text
    finally:
        services.close()
