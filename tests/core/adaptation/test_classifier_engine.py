"""classifier:NAME as a model: the engine over real starter embeddings, Classifier.run's "trained" method, the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers.planted import planted_rows, write_labelled_csv

from app.bootstrap import build_services
from app.core.adaptation.classifier_engine import ClassifierEngine
from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.adaptation.trained import fit_classifier
from app.core.engines.base import ChatRequest, Engine, Message
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.errors import InvalidRequestError, ModelNotFoundError, OfflineError
from app.core.model_id import ModelId
from app.core.paths import Paths
from app.core.providers import ProviderConfig, ProviderError, validate_provider
from app.core.tasks.batch import BatchSpec, ClassifyJob, run_batch
from app.core.tasks.classification import Classifier, ClassifyOptions, LabelSet, classify

LABELS = ("billing", "technical", "shipping")


class Shared:
    """The session's embedding engine, left open when a test's ClassifierEngine closes."""

    def __init__(self, engine: LocalEmbeddingEngine) -> None:
        self.engine = engine
        self.model_id = engine.model_id
        self.destination = None
        self.embed = engine.embed

    def close(self) -> None:
        pass


@pytest.fixture
def engine(
    planted_embedded: dict[str, Any], starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache
) -> ClassifierEngine:
    data = planted_embedded
    trained = fit_classifier(data["train_x"], [label for _, label in data["train"]], LABELS, embedding_model="starter")
    return ClassifierEngine("classifier:tickets", trained, Shared(starter_embedder), embedding_cache)


def test_the_engine_classifies_through_classify(engine: ClassifierEngine, planted_embedded: dict[str, Any]) -> None:
    as_engine: Engine = engine
    assert as_engine.capabilities.trained_labels and not as_engine.capabilities.streaming
    assert engine.destination is None
    assert engine.predict([]) == []
    texts = [text for text, _ in planted_embedded["test"]]
    engine.predict(texts)  # one batch through the cache: each classify below finds its text there
    right = 0
    for text, label in planted_embedded["test"]:
        result = classify(engine, text, LABELS)
        assert result.method == "trained" and result.probabilities is not None
        assert list(result.probabilities) == list(LABELS)
        assert result.stats.cost_usd == 0.0 and result.stats.tokens_in == 0 and result.stats.wall_s > 0
        right += result.label == label
    assert right / len(planted_embedded["test"]) >= 0.75


def test_label_set_order_and_case_follow_the_label_set(engine: ClassifierEngine) -> None:
    result = classify(engine, "my invoice shows a refund and a payment", ["Shipping", "BILLING", "technical"])
    assert list(result.probabilities or {}) == ["Shipping", "BILLING", "technical"]
    assert result.label == "BILLING"


def test_abstains_below_the_threshold(engine: ClassifierEngine) -> None:
    result = classify(engine, "hello", LABELS, abstain_below=0.999999)
    assert result.abstained and result.label is None and "Abstained" in result.note


def test_a_different_label_set_names_both_sets(engine: ClassifierEngine) -> None:
    with pytest.raises(InvalidRequestError) as raised:
        classify(engine, "text", ["billing", "returns"])
    assert "billing, technical, shipping" in raised.value.message and "billing, returns" in raised.value.message
    with pytest.raises(InvalidRequestError, match="multi-label"):
        Classifier(LabelSet.of(LABELS), ClassifyOptions(multi=True)).run(engine, "text")


def test_it_refuses_to_chat(engine: ClassifierEngine) -> None:
    with pytest.raises(InvalidRequestError, match="only classifies") as raised:
        list(engine.stream(ChatRequest((Message("user", "hi"),))))
    assert "Classify" in raised.value.hint


def test_classifier_ids_parse_and_the_name_is_no_provider_s() -> None:
    parsed = ModelId.parse("classifier:tickets@2")
    assert (parsed.kind, parsed.name, parsed.is_local, str(parsed)) == (
        "classifier",
        "tickets@2",
        True,
        "classifier:tickets@2",
    )
    with pytest.raises(ProviderError, match="taken by Plinth"):
        validate_provider(ProviderConfig("classifier", "openai-compatible", base_url="http://127.0.0.1:1"))


def test_the_registry_opens_saved_classifiers_and_follows_new_versions(
    starter_path: Path, paths: Paths, starter_embedder: LocalEmbeddingEngine
) -> None:
    services = build_services(paths, starter_path=starter_path)
    try:
        library = ClassifierLibrary(paths.classifiers_dir)
        rows = [LabelledRow(t, label) for t, label in planted_rows(4, seed=3)]
        cache = services.embedding_cache()
        train_and_save("tickets", rows, embedder=starter_embedder, cache=cache, library=library)
        with pytest.raises(ModelNotFoundError, match="no saved classifier named 'nope'"):
            services.engines.get("classifier:nope")
        engine = services.engines.get("classifier:tickets")
        assert not services.engines.is_remote("classifier:tickets")
        assert engine.capabilities.trained_labels and engine.destination is None
        assert isinstance(engine, ClassifierEngine)
        assert classify(engine, rows[0].text, engine.labels).method == "trained"
        two = [LabelledRow(t, label) for t, label in planted_rows(4, labels=("billing", "shipping"), seed=4)]
        train_and_save("tickets", two, embedder=starter_embedder, cache=cache, library=library)
        assert engine.predict(["a parcel"])[0].keys() == {"billing", "shipping"}  # the new version, same engine
        pinned = services.engines.get("classifier:tickets@1")
        assert set(pinned.labels) == set(LABELS)  # type: ignore[attr-defined]
    finally:
        services.close()


def test_offline_mode_refuses_a_classifier_on_a_provider_s_embeddings(
    starter_path: Path, paths: Paths, planted_embedded: dict[str, Any]
) -> None:
    data = planted_embedded
    remote = fit_classifier(data["train_x"], [label for _, label in data["train"]], LABELS,
                            embedding_model="openai:text-embedding-3-small")  # fmt: skip
    ClassifierLibrary(paths.classifiers_dir).save("on-openai", remote)
    services = build_services(paths, starter_path=starter_path)
    try:
        services.offline.set_saved(True)
        with pytest.raises(OfflineError, match="embedding models behind an API"):
            services.engines.get("classifier:on-openai")
    finally:
        services.close()


def test_a_batch_run_embeds_its_rows_in_one_go(
    planted_embedded: dict[str, Any], starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache,
    tmp_path: Path,
) -> None:  # fmt: skip
    data = planted_embedded
    trained = fit_classifier(data["train_x"], [label for _, label in data["train"]], LABELS, embedding_model="starter")
    calls: list[int] = []

    class Counted(Shared):
        def __init__(self, engine: LocalEmbeddingEngine) -> None:
            super().__init__(engine)
            self.embed = lambda texts, cancel=None: calls.append(len(texts)) or engine.embed(texts, cancel)

    engine = ClassifierEngine("classifier:tickets", trained, Counted(starter_embedder), embedding_cache)
    rows = planted_rows(4, seed=11)
    source = write_labelled_csv(tmp_path / "rows.csv", rows)
    spec = BatchSpec(source, "text", tmp_path / "out.csv", ClassifyJob(LabelSet.of(LABELS)), gold_column="label")
    summary = run_batch(engine, spec)
    assert summary.done == 12 and summary.errors == 0
    assert calls == [12]  # every row in one request, then each row found in the cache
    assert summary.metrics is not None and summary.metrics.accuracy >= 0.7
