"""A chat comparison answered from documents: a collection of text files indexed for real, a real history store,
and scripted engines that record what they were sent."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fakes import FakeEngine
from helpers.doc_collections import HANDBOOK, indexed_handbook, keyword_retrieval

from app.core.cancel import CancelToken
from app.core.compare.documents import grounded_chat
from app.core.compare.report import to_csv, to_html, to_markdown
from app.core.compare.results import ComparisonResult
from app.core.compare.run import CompareEvent, run_comparison
from app.core.compare.saved import open_comparisons
from app.core.compare.spec import Comparison
from app.core.compare.verdict import privacy_summary, result_privacy, verdict
from app.core.documents.chat_retrieval import ChatRetrieval
from app.core.documents.grounding import CITE_INSTRUCTION, ground
from app.core.documents.records import Hit, Location, Passage
from app.core.engines.base import Capabilities
from app.core.engines.registry import EngineRegistry
from app.core.errors import InvalidRequestError, UserFacingError
from app.core.history.store import Store
from app.core.paths import Paths

#: Finds all three files of the handbook by keyword.
EVERYTHING = "Annual leave days, parking permits for the garage, and travel expenses approval?"
NOTHING = "Quantum chromodynamics on a lattice?"
MAX_TOKENS = 64


@pytest.fixture
def retrieval(paths: Paths, tmp_path: Path) -> Iterator[ChatRetrieval]:
    with indexed_handbook(paths, tmp_path / "handbook") as documents, keyword_retrieval(documents) as found:
        yield found


def registry(*engines: FakeEngine) -> EngineRegistry:
    engines_by_id = {engine.model_id: engine for engine in engines}
    made = EngineRegistry()
    for prefix in {model_id.split(":")[0] for model_id in engines_by_id}:
        made.register(prefix, lambda model_id: engines_by_id[model_id])
    return made


def engine(model_id: str, max_context: int = 4096, destination: str | None = None) -> FakeEngine:
    return FakeEngine(model_id=model_id, destination=destination, capabilities=Capabilities(max_context=max_context))


def compare(spec: Comparison, engines: EngineRegistry, retrieve: ChatRetrieval | None) -> ComparisonResult:
    events: list[CompareEvent] = []
    return run_comparison(spec, engines, on_event=events.append, cancel=CancelToken(), retrieve=retrieve)


def from_docs(question: str = EVERYTHING, models: tuple[str, ...] = ("local:a", "local:b")) -> Comparison:
    return Comparison("chat", models, text=question, max_tokens=MAX_TOKENS, temperature=0.0, collections=("Handbook",))


def sent_text(engine: FakeEngine) -> str:
    (request,) = engine.requests
    return request.messages[-1].content


def test_every_model_is_sent_the_same_numbered_passages_and_keeps_what_it_cites(retrieval: ChatRetrieval) -> None:
    a, b = engine("local:a"), engine("local:b")
    a.enqueue(["Staff get 27 days [1]."])
    b.enqueue(["Permits come from the facilities desk [2], and travel [3] [9]."])
    result = compare(from_docs(), registry(a, b), retrieval)

    assert [run.status for run in result.runs] == ["finished", "finished"]
    # One retrieval, one grounded question: both models got exactly the same text, with every file as a source.
    assert sent_text(a) == sent_text(b)
    assert sent_text(a).startswith(CITE_INSTRUCTION) and sent_text(a).endswith(f"Question: {EVERYTHING}")
    run_a, run_b = result.runs
    assert run_a.sources == run_b.sources and run_a.sources is not None
    assert sorted(Path(s.file).name for s in run_a.sources.sources) == sorted(HANDBOOK)
    assert [s.n for s in run_a.sources.sources] == [1, 2, 3]
    for source in run_a.sources.sources:
        assert f"[{source.n}] {Path(source.file).name}\n{source.text}" in sent_text(a)
    # Each answer's own citations; [9] names no source and is not one.
    assert [c.source.n for c in run_a.citations()] == [1]
    assert [c.source.n for c in run_b.citations()] == [2, 3]
    assert run_a.notes == [] and run_b.notes == []
    shared = result.sources()
    assert shared is not None and shared.sources == run_a.sources.sources and shared.collections == ("Handbook",)


def test_a_model_with_a_smaller_context_gets_the_first_passages_and_its_column_says_so(
    retrieval: ChatRetrieval,
) -> None:
    wide = engine("local:wide")
    # Room for the instruction, the question and about one passage after the answer's 64 tokens.
    narrow = engine("local:narrow", max_context=MAX_TOKENS + 8 + 140)
    wide.enqueue(["[1] [2] [3]"])
    narrow.enqueue(["[1]"])
    result = compare(from_docs(models=("local:wide", "local:narrow")), registry(wide, narrow), retrieval)

    run_wide, run_narrow = result.runs
    assert run_wide.sources is not None and run_narrow.sources is not None
    assert len(run_wide.sources.sources) == 3 and run_wide.sources.trimmed == 0
    kept = run_narrow.sources.sources
    assert 1 <= len(kept) < 3
    # The same passages, numbered alike: the narrow column's are the first of the wide one's.
    assert [(s.n, s.file, s.start) for s in kept] == [
        (s.n, s.file, s.start) for s in run_wide.sources.sources[: len(kept)]
    ]
    assert run_narrow.sources.trimmed == 3 - len(kept)
    assert run_narrow.notes == [
        f"{run_narrow.sources.trimmed} passage{'s' if run_narrow.sources.trimmed > 1 else ''} of 3 left out or "
        "shortened to fit this model's context; the other columns may have been sent more."
    ]
    assert run_wide.notes == []
    # Listed once, the sources are all that any column was sent.
    shared = result.sources()
    assert shared is not None and shared.sources == run_wide.sources.sources


def _hit(file: str, text: str) -> tuple[str, Hit]:
    return "Handbook", Hit(file, Passage(text, Location(page=1), 0, len(text), 0), 1.0)


def test_a_passage_that_does_not_fit_ends_a_columns_sources_so_numbers_stay_alike() -> None:
    # The middle passage is too long to fit even shortened; the last would fit in its place, but then [2] would
    # name another passage in this column than in the others.
    hits = [_hit("/d/a.txt", "Alpha " * 20), _hit("/d/b.txt", "Beta " * 400), _hit("/d/c.txt", "Gamma.")]
    spec = Comparison("chat", ("local:a", "local:b"), text="Alpha?", max_tokens=MAX_TOKENS, collections=("Handbook",))
    budget = 130
    # The premise: a chat, numbering the sources of one answer only, takes the last in the middle one's place.
    assert [s.file for s in ground("Alpha?", hits, budget).sources] == ["/d/a.txt", "/d/c.txt"]
    _request, sources, note = grounded_chat(spec, hits, engine("local:a", max_context=MAX_TOKENS + 8 + budget))
    assert [s.file for s in sources.sources] == ["/d/a.txt"]
    assert sources.trimmed == 2
    assert note.startswith("2 passages of 3 left out or shortened")
    with pytest.raises(UserFacingError, match="do not fit"):
        grounded_chat(spec, hits, engine("local:a", max_context=MAX_TOKENS + 8 + 40))


def test_when_nothing_matches_no_model_is_asked_and_the_result_says_so_once(retrieval: ChatRetrieval) -> None:
    a, b = engine("local:a"), engine("oa:b", destination="OpenAI")
    result = compare(from_docs(NOTHING, ("local:a", "oa:b")), registry(a, b), retrieval)

    assert a.requests == [] and b.requests == []
    assert result.nothing_found
    assert [run.status for run in result.runs] == ["pending", "pending"]
    assert all(run.sources is not None and not run.sources.found for run in result.runs)
    assert "no model was asked" in verdict(result) and "“Handbook”" in verdict(result)
    assert result_privacy(result) == (
        "Nothing was sent off this computer: nothing in the documents matched, so no model was asked."
    )
    markdown = to_markdown(result)
    assert verdict(result) in markdown and result_privacy(result) in markdown
    assert "Nothing in “Handbook” matched the prompt, so no model was asked." in markdown


def test_what_leaves_for_a_remote_model_counts_its_passages(retrieval: ChatRetrieval) -> None:
    local, remote = engine("local:a"), engine("oa:b", destination="OpenAI")
    local.enqueue(["27 days [1]."])
    remote.enqueue(["27 days [1]."])
    spec = from_docs(models=("local:a", "oa:b"))
    # Before the run, the count is not known yet.
    assert privacy_summary(spec, {"local:a": None, "oa:b": "OpenAI"}).endswith(
        "Passages from “Handbook” → OpenAI. Stayed on this computer: local:a."
    )
    result = compare(spec, registry(local, remote), retrieval)
    assert "3 passages from “Handbook” → OpenAI." in result_privacy(result)
    assert "Stayed on this computer: local:a." in result_privacy(result)


def test_documents_are_refused_for_other_tasks_and_without_an_index() -> None:
    with pytest.raises(InvalidRequestError, match="Only a chat comparison"):
        Comparison("translate", ("local:a", "local:b"), text="Hi", target="fr", collections=("Handbook",)).validate()
    a, b = engine("local:a"), engine("local:b")
    with pytest.raises(InvalidRequestError, match="documents index is not available"):
        compare(from_docs(), registry(a, b), None)
    assert a.requests == [] and b.requests == []


def test_a_saved_comparison_and_its_reports_keep_the_sources_and_each_models_citations(
    retrieval: ChatRetrieval, paths: Paths
) -> None:
    a, b = engine("local:a"), engine("local:b")
    a.enqueue(["Staff get 27 days [1]."])
    b.enqueue(["No idea."])
    result = compare(from_docs(), registry(a, b), retrieval)
    with Store.open(paths.data_dir) as history:
        saved = open_comparisons(history)
        saved.save(result)
        again = saved.get(result.id)
        with history.reading() as conn:
            (runs_json,) = conn.execute("SELECT runs FROM comparisons WHERE id = ?", (result.id,)).fetchone()
    assert again.spec.collections == ("Handbook",)
    assert [run.sources for run in again.runs] == [run.sources for run in result.runs]
    assert [c.source.n for c in again.runs[0].citations()] == [1]
    # Plain JSON, as the chat history keeps sources: the quote, the file and where in it.
    stored = json.loads(runs_json)[0]["sources"]
    assert stored["collections"] == ["Handbook"] and {s["quote"] for s in stored["sources"]} == set(HANDBOOK.values())

    leave = next(s for s in result.runs[0].sources.sources if s.file.endswith("leave.txt"))  # type: ignore[union-attr]
    markdown = to_markdown(again)
    # Listed once, each with its text; per model, what it cited.
    assert markdown.count("## Sources") == 1
    assert markdown.count(HANDBOOK["leave.txt"]) == 1
    assert f"{leave.n}. leave.txt — `{leave.file}`" in markdown
    assert f"* Cited [1] {result.runs[0].sources.sources[0].label} (sent 3 passages)." in markdown  # type: ignore[union-attr]
    assert "* Cited no source (sent 3 passages)." in markdown
    html = to_html(again)
    assert html.count("<h2>Sources</h2>") == 1 and "Cited no source (sent 3 passages)." in html
    assert HANDBOOK["leave.txt"] in html
    assert [row["cited"] for row in csv.DictReader(io.StringIO(to_csv(again)))] == ["1", ""]
