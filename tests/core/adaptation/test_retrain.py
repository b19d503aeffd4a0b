"""train_and_save: embeds through the cache, fits on every row, records provenance with cross-validated scores."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers.planted import planted_rows

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.retrain import train_and_save
from app.core.engines.local.embedding_engine import LocalEmbeddingEngine
from app.core.errors import InvalidRequestError


def _rows(n: int, seed: int) -> list[LabelledRow]:
    return [LabelledRow(text, label, i) for i, (text, label) in enumerate(planted_rows(n, seed=seed))]


def test_trains_scores_and_saves_a_new_version_each_time(
    starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache, tmp_path: Path
) -> None:
    library = ClassifierLibrary(tmp_path / "classifiers")
    rows = _rows(6, seed=1)
    first = train_and_save("tickets", rows[:9], embedder=starter_embedder, cache=embedding_cache, library=library,
                           training_file="tickets.csv", training_sha256="cd" * 32)  # fmt: skip
    second = train_and_save("tickets", rows, embedder=starter_embedder, cache=embedding_cache, library=library)
    assert (first.version, second.version) == (1, 2)
    assert embedding_cache.count("starter") == len(rows)  # the first 9 were embedded once
    p = second.provenance
    assert p.embedding_model == "starter" and p.n_train == 18 and set(p.labels) == {"billing", "technical", "shipping"}
    assert p.scores["cv_macro_f1"] > 0.6 and p.scores["cv_folds"] >= 2
    assert first.provenance.training_sha256 == "cd" * 32 and first.provenance.created
    held_out = _rows(5, seed=7)
    classifier = library.load("tickets")
    vectors = embedding_cache.embed(starter_embedder, [r.text for r in held_out])
    predicted = [classifier.labels[i] for i in classifier.predict_proba(vectors).argmax(axis=1)]
    assert np.mean([p == r.label for p, r in zip(predicted, held_out)]) >= 0.7


def test_one_row_per_label_trains_without_cross_validated_scores(
    starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache, tmp_path: Path
) -> None:
    rows = [LabelledRow("my invoice is wrong", "billing"), LabelledRow("the app crashes", "technical")]
    saved = train_and_save("tiny", rows, embedder=starter_embedder, cache=embedding_cache,
                           library=ClassifierLibrary(tmp_path))  # fmt: skip
    assert saved.provenance.scores == {} and saved.provenance.n_train == 2


def test_bad_rows_are_refused_before_anything_is_embedded(
    starter_embedder: LocalEmbeddingEngine, embedding_cache: EmbeddingCache, tmp_path: Path
) -> None:
    library = ClassifierLibrary(tmp_path)
    kw = {"embedder": starter_embedder, "cache": embedding_cache, "library": library}
    with pytest.raises(InvalidRequestError, match="no labelled rows"):
        train_and_save("t", [], **kw)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="row 2"):
        train_and_save("t", [LabelledRow("a", "x", 0), LabelledRow("  ", "y", 1)], **kw)  # type: ignore[arg-type]
    with pytest.raises(InvalidRequestError, match="at least two labels"):
        train_and_save("t", [LabelledRow("a", "x"), LabelledRow("b", "x")], **kw)  # type: ignore[arg-type]
    assert library.list() == []
