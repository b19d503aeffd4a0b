"""An adaptation run on planted data: real starter embeddings and chat scoring, real scikit-learn, the journal.

The chat engine and the embedding engine are the real ones behind counting
wrappers, so a resumed run can be seen to ask for nothing it already had.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers.planted import planted_rows, write_labelled_csv

from app.core.adaptation.data import load_labelled, split
from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.records import AdaptationSpec, CellResult, MethodSpec
from app.core.adaptation.run import AdaptationEnv, AdaptationProgress, run_adaptation
from app.core.cancel import Cancelled, CancelToken
from app.core.engines.base import Engine, ScoreRequest, Scores
from app.core.engines.embedding import EmbeddingEngine
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.engines.local.engine import LocalEngine
from app.core.engines.registry import EngineRegistry
from app.core.errors import UserFacingError

pytestmark = pytest.mark.slow

ALL_METHODS = (
    MethodSpec("embed-logreg"),
    MethodSpec("zero-shot", "starter"),
    MethodSpec("few-shot", "starter", k=2),
    MethodSpec("few-shot-knn", "starter", k=2),
)


class CountingScorer:
    """The starter's LocalEngine, counting the rows it scores and keeping each request."""

    def __init__(self, engine: LocalEngine) -> None:
        self.engine = engine
        self.model_id = engine.model_id
        self.destination = engine.destination
        self.requests: list[ScoreRequest] = []
        self.cached_tokens: list[int] = []

    @property
    def capabilities(self) -> Any:
        return self.engine.capabilities

    def score(self, request: ScoreRequest, cancel: CancelToken | None = None) -> Scores:
        self.requests.append(request)
        scores = self.engine.score(request, cancel)
        self.cached_tokens.append(scores.stats.cached_tokens)
        return scores

    def stream(self, request: Any, cancel: CancelToken | None = None) -> Any:
        return self.engine.stream(request, cancel)

    def close(self) -> None:
        pass  # the module's fixture closes the real one


class SharedEmbedder:
    """The session's starter embedder, counting texts; ``close`` leaves it running for the next test."""

    def __init__(self, engine: LocalEmbeddingEngine) -> None:
        self.engine = engine
        self.texts = 0

    @property
    def model_id(self) -> str:
        return self.engine.model_id

    @property
    def destination(self) -> str | None:
        return None

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> Any:
        self.texts += len(texts)
        return self.engine.embed(texts, cancel)

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def chat_engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=1024, n_threads=1)
    yield engine
    engine.close()


def environment(
    chat: LocalEngine, embedder: LocalEmbeddingEngine, cache: EmbeddingCache
) -> tuple[AdaptationEnv, CountingScorer, SharedEmbedder]:
    scorer = CountingScorer(chat)
    shared = SharedEmbedder(embedder)
    registry = EngineRegistry()
    registry.register("starter", lambda model_id: scorer)  # type: ignore[arg-type,return-value]

    def open_embedding(model_id: str) -> EmbeddingEngine:
        assert model_id == "starter"
        return shared

    return AdaptationEnv(registry, open_embedding, cache), scorer, shared


def spec_for(path: Path, methods: Sequence[MethodSpec] = ALL_METHODS, **changes: Any) -> AdaptationSpec:
    values: dict[str, Any] = {"sizes": (3, 6), "seeds": 2, "embedding_model": "starter"} | changes
    return AdaptationSpec(str(path), "text", "label", tuple(methods), **values)


def test_every_method_at_every_size_then_a_cancelled_run_resumes_without_repeating_a_cell(
    tmp_path: Path, chat_engine: LocalEngine, starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache
) -> None:
    data = write_labelled_csv(tmp_path / "tickets.csv", planted_rows(7, seed=5))  # 21 rows: 15 train, 6 test
    spec = spec_for(data, sizes=(3,))
    journal = tmp_path / "run.jsonl"
    env, scorer, embedder = environment(chat_engine, starter_embedder, embedding_cache)
    cancel = CancelToken()
    seen: list[AdaptationProgress] = []

    def stop_after_four(progress: AdaptationProgress) -> None:
        seen.append(progress)
        if progress.cells_done == 4:
            cancel.cancel()

    with pytest.raises(Cancelled):
        run_adaptation(spec, env, journal=journal, progress=stop_after_four, cancel=cancel)
    # Cells: embed-logreg at 3 (two seeds) and at all (one: the seed changes nothing), zero-shot once, few-shot
    # at 3 and at all (two seeds each), few-shot-knn at 3 (two seeds) and all (one).
    assert seen[-1].cells_total == 11
    assert embedder.texts == 21 + 1  # every row once, and one to load the model before the timing
    finished = [json.loads(line) for line in journal.read_text().splitlines()[1:]]
    cells = [r for r in finished if "cell" in r]
    assert len(cells) == 4 and [r["cell"]["kind"] for r in cells] == ["embed-logreg"] * 3 + ["zero-shot"]
    scored_before = len(scorer.requests)
    assert scored_before == 6  # zero-shot's six test rows; the next cell saw the cancel before its first row

    env, scorer, embedder = environment(chat_engine, starter_embedder, embedding_cache)
    rows_seen: list[tuple[str, int, int]] = []
    live: list[CellResult] = []

    def follow(progress: AdaptationProgress) -> None:
        rows_seen.append((progress.method, progress.rows_done, progress.rows_total))
        live.extend(progress.finished)

    result = run_adaptation(spec, env, journal=journal, progress=follow)
    assert embedder.texts == 0  # every vector from the cache, the rate from the journal
    assert len(scorer.requests) == 7 * 6  # seven prompted cells left, six test rows each: none run twice
    assert ("few-shot@starter", 6, 6) in rows_seen
    # The seven cells this run finished, reported as each finished (the first five came from the journal).
    assert live == list(result.cells[5:])

    assert result.labels == ("billing", "technical", "shipping")
    assert (result.n_train, result.n_test, result.sizes) == (15, 6, (3, 15))
    by_method = Counter(p.method for p in result.points)
    assert by_method == {m.key: 2 for m in ALL_METHODS}  # every method at every size
    for cell in result.cells:
        assert cell.n_test == 6 and sum(map(sum, cell.confusion)) == 6
        assert cell.rows_per_s > 0 and cell.cost_per_1k_rows == 0.0 and cell.failed == 0
        assert set(cell.per_label_f1) == set(result.labels)
    zero = [c for c in result.cells if c.kind == "zero-shot"]
    assert [c.size for c in zero] == [3, 15] and zero[0].macro_f1 == zero[1].macro_f1
    trained = [c for c in result.cells if c.kind == "embed-logreg"]
    assert all(c.setup_s > 0 for c in trained)
    assert {p.seeds for p in result.points if p.method == "few-shot@starter"} == {2}
    assert result.verdict.startswith("With 15 labelled rows and 3 labels, ")

    # Few-shot by similarity: each row's examples are its nearest training rows, after the same instructions,
    # which alone are marked shared, so that the local model keeps them evaluated from row to row.
    knn = [i for i, r in enumerate(scorer.requests) if r.shared_messages == 1 and len(r.messages) == 1 + 2 * 2 + 1]
    assert len(knn) == 3 * 6
    assert len({scorer.requests[i].messages[0] for i in range(len(scorer.requests))}) == 1
    assert len({scorer.requests[i].messages[1:-1] for i in knn}) > 1  # the examples change from row to row
    assert min(scorer.cached_tokens[i] for i in knn) >= 30, repr(scorer.cached_tokens)

    env, scorer, embedder = environment(chat_engine, starter_embedder, embedding_cache)
    again = run_adaptation(spec, env, journal=journal)
    assert (len(scorer.requests), embedder.texts) == (0, 0) and again.cells == result.cells


def test_the_trained_classifier_beats_chance_by_a_margin_and_its_curve_rises(
    tmp_path: Path, chat_engine: LocalEngine, starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache
) -> None:
    data = write_labelled_csv(tmp_path / "tickets.csv", planted_rows(24, seed=11))  # 54 train, 18 test
    spec = spec_for(data, (MethodSpec("embed-logreg"),), sizes=(3, 12), seeds=3)
    env, scorer, _ = environment(chat_engine, starter_embedder, embedding_cache)
    result = run_adaptation(spec, env)
    assert not scorer.requests
    points = {p.size: p for p in result.points}
    assert list(points) == [3, 12, 54]
    assert points[54].macro_f1 >= 0.7  # chance is 1/3
    assert points[54].macro_f1 >= points[3].macro_f1
    assert points[3].seeds == 3 and points[54].seeds == 1
    assert "the embedding classifier (starter)" in result.verdict


def test_bad_specs_are_refused_before_any_work(tmp_path: Path, embedding_cache: EmbeddingCache) -> None:
    data = write_labelled_csv(tmp_path / "t.csv", planted_rows(4))

    def no_engine(model_id: str) -> Engine:
        raise AssertionError("no engine should be asked for")

    registry = EngineRegistry()
    registry.register("starter", no_engine)

    def no_embedding(model_id: str) -> EmbeddingEngine:
        raise AssertionError("no embedding engine should be opened")

    env = AdaptationEnv(registry, no_embedding, embedding_cache)
    cases = [
        (spec_for(data, ()), "No method to compare"),
        (spec_for(data, (MethodSpec("zero-shot"),)), "zero-shot prompts a chat model, and none was given"),
        (spec_for(data, embedding_model=None), "embed-logreg needs an embedding model"),
        (spec_for(data, (MethodSpec("few-shot", "starter", k=0),)), "at least one example"),
        (spec_for(data, seeds=0), "At least one seed"),
        (spec_for(data, (MethodSpec("embed-logreg"), MethodSpec("embed-logreg"))), "embed-logreg is listed twice"),
        (spec_for(data, labels=("billing", "technical")), "label 'shipping' not in the label set"),
        (spec_for(data, test_path=str(tmp_path / "missing.csv")), "missing.csv does not exist"),
    ]
    twins = write_labelled_csv(tmp_path / "twins.csv", [*planted_rows(2), ("refund please", "Billing")] * 2)
    cases.append((spec_for(twins, (MethodSpec("zero-shot", "starter"),)), "The label 'Billing' appears twice"))
    for spec, message in cases:
        with pytest.raises(UserFacingError, match=message):
            run_adaptation(spec, env)


def test_remote_rows_that_fail_count_wrong_and_the_price_is_per_thousand_rows(
    tmp_path: Path, embedding_cache: EmbeddingCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from servers import OpenAIServer
    from servers.harness import FAST, PRICES

    from app.core.engines.remote.label_methods import LabelMethods
    from app.core.engines.remote.openai import OpenAIEngine
    from app.core.providers import ProviderConfig

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    data = write_labelled_csv(tmp_path / "t.csv", planted_rows(8, seed=3))  # 6 test rows
    with OpenAIServer(api_key=None) as server:
        server.choice = "billing"
        server.fault("rate_limit", times=1, retry_after=0.1)  # waited out, then asked again: not a failure
        server.fault("server_error", times=2, status=401)
        config = ProviderConfig(name="peer", kind="openai-compatible", base_url=server.url + "/v1")
        engine = OpenAIEngine(config, "gpt-test", api_key=None, prices=PRICES, options=replace(FAST, max_retries=0),
                              label_methods=LabelMethods())  # fmt: skip
        registry = EngineRegistry()
        registry.register("peer", lambda model_id: engine, remote=True)

        def no_embedding(model_id: str) -> EmbeddingEngine:
            raise AssertionError("zero-shot embeds nothing")

        spec = spec_for(data, (MethodSpec("zero-shot", "peer:gpt-test"),), embedding_model=None)
        try:
            result = run_adaptation(spec, AdaptationEnv(registry, no_embedding, embedding_cache))
        finally:
            engine.close()
    cell = result.cells[0]
    assert cell.failed == 2 and cell.error  # the two refused rows; the rate-limited one was asked again
    test_rows = split(load_labelled(data, "text", "label")).test
    # Two rows failed (counted wrong: the "(none)" column); every other row was answered "billing". The rows
    # went to the provider several at a time, so which two is not fixed.
    assert cell.classes[-1] == "(none)" and sum(row[-1] for row in cell.confusion) == 2
    billing = sum(r.label == "billing" for r in test_rows)
    answered_billing = cell.confusion[result.labels.index("billing")][result.labels.index("billing")]
    assert billing - 2 <= answered_billing <= billing and cell.accuracy == pytest.approx(answered_billing / 6)
    assert cell.cost_per_1k_rows is not None and cell.cost_per_1k_rows > 0


def test_a_providers_embedding_model_trains_the_classifier_at_an_unknown_price(
    tmp_path: Path, embedding_cache: EmbeddingCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servers import OpenAIServer
    from servers.harness import FAST

    from app.core.engines.remote.factory import create_remote_embedding_engine
    from app.core.providers import ProviderConfig

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    data = write_labelled_csv(tmp_path / "t.csv", planted_rows(8, seed=4))
    opened: list[EmbeddingEngine] = []
    with OpenAIServer(api_key=None) as server:
        config = ProviderConfig(name="peer", kind="openai-compatible", base_url=server.url + "/v1")

        def open_embedding(model_id: str) -> EmbeddingEngine:
            assert model_id == "peer:text-embedding-test"
            opened.append(create_remote_embedding_engine(config, "text-embedding-test", api_key=None, options=FAST))
            return opened[-1]

        spec = spec_for(data, (MethodSpec("embed-logreg"),), embedding_model="peer:text-embedding-test")
        result = run_adaptation(spec, AdaptationEnv(EngineRegistry(), open_embedding, embedding_cache))
        embedded = sum(len(r.body["input"]) for r in server.requests if r.path == "/v1/embeddings")
    assert len(opened) == 1
    assert embedded == 24 + 1  # every row once, one more to open the connection before the timing
    assert [(c.size, c.seed) for c in result.cells] == [(3, 0), (3, 1), (6, 0), (6, 1), (18, 0)]
    for cell in result.cells:
        assert cell.cost_per_1k_rows is None  # embeddings endpoints report no price here
        assert cell.rows_per_s > 0 and cell.setup_s > 0 and cell.n_test == 6
    assert "an unknown price" in result.verdict


def test_a_providers_rows_are_asked_several_at_a_time_and_kept_in_order(
    tmp_path: Path, embedding_cache: EmbeddingCache
) -> None:
    import threading
    import time

    from app.core.adaptation.cells import CellInput, prompted_cell
    from app.core.adaptation.records import LabelledRow
    from app.core.engines.base import Capabilities, Choice, ChoiceRequest, Stats

    class SlowProvider:
        """A provider that takes 50 ms a row and answers each row's own label (read from its text)."""

        model_id = "peer:slow"
        destination = "Peer"
        capabilities = Capabilities(label_choice="enum")

        def __init__(self) -> None:
            self.lock = threading.Lock()
            self.now = self.most = 0

        def choose(self, request: ChoiceRequest, cancel: CancelToken | None = None) -> Choice:
            with self.lock:
                self.now += 1
                self.most = max(self.most, self.now)
            time.sleep(0.05)
            with self.lock:
                self.now -= 1
            text = request.messages[-1].content
            label = next(label for label in request.labels if f"[{label}]" in text)
            return Choice((label,), "enum", stats=Stats(cost_usd=0.001))

        def stream(self, request: Any, cancel: CancelToken | None = None) -> Any:
            raise AssertionError("chooses, never generates")

        def close(self) -> None:
            pass

    rows = [LabelledRow(f"row {i} [{label}]", label, i) for i, label in enumerate(["a", "b", "c"] * 4)]
    cell = CellInput(MethodSpec("zero-shot", "peer:slow"), 0, 0, (), rows, ("a", "b", "c"))
    engine = SlowProvider()
    result = prompted_cell(cell, engine)  # type: ignore[arg-type]
    assert engine.most > 1  # several rows at once
    assert result.accuracy == 1.0 and result.failed == 0  # each answer kept with its own row
    assert result.cost_per_1k_rows == pytest.approx(1.0)
