"""Saved classifiers: JSON + npz files, versions kept and reachable as NAME@V, damaged files refused clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.core.adaptation.library import ClassifierLibrary, parse_ref
from app.core.adaptation.trained import ClassifierFileError, Provenance, fit_classifier
from app.core.errors import InvalidRequestError, ModelNotFoundError

LABELS = ("billing", "technical", "shipping")


def _fit(data: dict[str, Any], n: int | None = None) -> Any:
    rows = data["train"][:n]
    provenance = Provenance("starter", "tickets.csv", "ab" * 32, len(rows), "2026-12-03T03:00:00+00:00",
                            {"cv_macro_f1": 0.9}, LABELS)  # fmt: skip
    return fit_classifier(
        data["train_x"][: len(rows)], [label for _, label in rows], LABELS, embedding_model="starter",
        provenance=provenance,
    )  # fmt: skip


def test_save_and_load_give_identical_probabilities(tmp_path: Path, planted_embedded: dict[str, Any]) -> None:
    library = ClassifierLibrary(tmp_path / "classifiers")
    classifier = _fit(planted_embedded)
    saved = library.save("tickets", classifier)
    assert (saved.name, saved.version, saved.model_id) == ("tickets", 1, "classifier:tickets")
    loaded = library.load("tickets")
    np.testing.assert_array_equal(
        loaded.predict_proba(planted_embedded["test_x"]), classifier.predict_proba(planted_embedded["test_x"])
    )
    assert loaded.labels == LABELS and loaded.embedding_model == "starter"
    assert loaded.provenance == classifier.provenance
    files = sorted(p.name for p in (tmp_path / "classifiers" / "tickets").iterdir())
    assert files == ["1.json", "1.npz"]  # no pickle anywhere
    assert json.loads(saved.path.read_text())["provenance"]["training_sha256"] == "ab" * 32


def test_saving_again_keeps_the_old_version_reachable(tmp_path: Path, planted_embedded: dict[str, Any]) -> None:
    library = ClassifierLibrary(tmp_path)
    library.save("tickets", _fit(planted_embedded, 6))
    second = library.save("tickets", _fit(planted_embedded))
    library.save("other", _fit(planted_embedded))
    assert second.version == 2
    assert [(s.name, s.version, s.model_id) for s in library.list()] == [
        ("other", 1, "classifier:other"), ("tickets", 2, "classifier:tickets"),
    ]  # fmt: skip
    versions = library.versions("tickets")
    assert [(s.version, s.model_id) for s in versions] == [(1, "classifier:tickets@1"), (2, "classifier:tickets@2")]
    x = planted_embedded["test_x"]
    old, new = library.load("tickets@1"), library.load("classifier:tickets")
    assert old.provenance.n_train == 6 and new.provenance.n_train == 18
    assert not np.array_equal(old.predict_proba(x), new.predict_proba(x))
    assert library.saved("tickets").version == 2
    library.remove("tickets")
    assert [s.name for s in library.list()] == ["other"]
    with pytest.raises(ModelNotFoundError, match="no saved classifier named 'tickets'"):
        library.load("tickets")


def test_unknown_names_versions_and_bad_refs_are_refused(tmp_path: Path, planted_embedded: dict[str, Any]) -> None:
    library = ClassifierLibrary(tmp_path)
    library.save("tickets", _fit(planted_embedded))
    with pytest.raises(ModelNotFoundError, match="no version 3") as found:
        library.load("tickets@3")
    assert "1" in found.value.hint
    with pytest.raises(ModelNotFoundError, match="Saved classifiers: tickets"):
        library.remove("nope")
    for bad in ("../escape", "tickets@x", "tickets@0", "", "a b"):
        with pytest.raises(InvalidRequestError):
            parse_ref(bad)
    with pytest.raises(InvalidRequestError, match="cannot name a classifier"):
        library.save("no/slashes", _fit(planted_embedded))


@pytest.mark.parametrize("damage", ["json", "npz", "shape"])
def test_a_damaged_saved_file_gives_a_clear_error(
    tmp_path: Path, planted_embedded: dict[str, Any], damage: str
) -> None:
    library = ClassifierLibrary(tmp_path)
    saved = library.save("tickets", _fit(planted_embedded))
    if damage == "json":
        saved.path.write_text("{not json")
    elif damage == "npz":
        saved.path.with_suffix(".npz").write_bytes(b"PK\x03\x04 truncated")
    else:
        np.savez(saved.path.with_suffix(".npz"), coef=np.zeros((2, 576)), intercept=np.zeros(2))
    with pytest.raises(ClassifierFileError, match="is damaged") as raised:
        library.load("tickets")
    assert "plinth classifiers remove" in raised.value.hint
    if damage == "json":
        assert library.list() == []  # a classifier without provenance is not offered as a model
