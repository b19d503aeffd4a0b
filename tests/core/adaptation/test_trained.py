"""The trained classifier on real starter-model embeddings of a planted labelled set, with real scikit-learn."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import numpy as np
import pytest

from app.core.adaptation.trained import TrainedClassifier, fit_classifier
from app.core.errors import InvalidRequestError

LABELS = ("billing", "technical", "shipping")


def _accuracy(classifier: TrainedClassifier, data: dict[str, Any]) -> float:
    predicted = classifier.predict_proba(data["test_x"]).argmax(axis=1)
    return float(np.mean([classifier.labels[i] == label for i, (_, label) in zip(predicted, data["test"])]))


def test_beats_chance_by_a_clear_margin_on_held_out_rows(planted_embedded: dict[str, Any]) -> None:
    data = planted_embedded
    classifier = fit_classifier(
        data["train_x"], [label for _, label in data["train"]], LABELS, embedding_model="starter"
    )
    assert classifier.labels == LABELS
    probabilities = classifier.predict_proba(data["test_x"])
    assert probabilities.shape == (30, 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)
    assert _accuracy(classifier, data) >= 0.75  # chance is 1/3
    assert classifier.provenance.n_train == 18 and classifier.provenance.labels == LABELS


def test_one_training_row_per_label_still_trains(planted_embedded: dict[str, Any]) -> None:
    data = planted_embedded
    first = {label: i for i, (_, label) in reversed(list(enumerate(data["train"])))}
    rows = [first[label] for label in LABELS]
    classifier = fit_classifier(data["train_x"][rows], list(LABELS), LABELS, embedding_model="starter")
    assert _accuracy(classifier, data) > 0.45


def test_two_labels_give_a_softmax_over_both(planted_embedded: dict[str, Any]) -> None:
    data = planted_embedded
    keep = [i for i, (_, label) in enumerate(data["train"]) if label != "shipping"]
    labels = [data["train"][i][1] for i in keep]
    classifier = fit_classifier(data["train_x"][keep], labels, ("technical", "billing"), embedding_model="starter")
    test = [i for i, (_, label) in enumerate(data["test"]) if label != "shipping"]
    probabilities = classifier.predict_proba(data["test_x"][test])
    predicted = [classifier.labels[i] for i in probabilities.argmax(axis=1)]
    assert np.mean([p == data["test"][i][1] for p, i in zip(predicted, test)]) >= 0.75


def test_a_label_without_rows_gets_probability_zero(planted_embedded: dict[str, Any]) -> None:
    data = planted_embedded
    keep = [i for i, (_, label) in enumerate(data["train"]) if label != "shipping"]
    classifier = fit_classifier(
        data["train_x"][keep], [data["train"][i][1] for i in keep], LABELS, embedding_model="starter"
    )
    assert np.all(classifier.predict_proba(data["test_x"])[:, 2] == 0.0)


def test_bad_training_data_is_refused_clearly(planted_embedded: dict[str, Any]) -> None:
    x = planted_embedded["train_x"][:3]
    with pytest.raises(InvalidRequestError, match="at least two labels"):
        fit_classifier(x, ["billing"] * 3, LABELS, embedding_model="starter")
    with pytest.raises(InvalidRequestError, match="'refunds'"):
        fit_classifier(x, ["billing", "refunds", "shipping"], LABELS, embedding_model="starter")
    with pytest.raises(InvalidRequestError, match="3 vectors but 2 labels"):
        fit_classifier(x, ["billing", "shipping"], LABELS, embedding_model="starter")
    classifier = fit_classifier(x, ["billing", "technical", "shipping"], LABELS, embedding_model="starter")
    with pytest.raises(InvalidRequestError, match="vectors of length 576"):
        classifier.predict_proba(np.zeros((1, 384), dtype=np.float32))


def test_classifying_never_imports_scikit_learn() -> None:
    code = (
        "import sys, numpy as np\n"
        "from app.core.adaptation.trained import TrainedClassifier, Provenance\n"
        "c = TrainedClassifier(('a', 'b'), 'starter', np.eye(2), np.zeros(2), Provenance('starter'))\n"
        "assert c.predict_proba(np.array([[1.0, 0.0]], dtype=np.float32)).argmax() == 0\n"
        "sys.exit('sklearn' in sys.modules)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
