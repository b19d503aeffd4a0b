"""Train a classifier on labelled rows and save it as a new version: ``plinth adapt --save`` and active labelling.

The rows are embedded through the shared cache (rows embedded before cost nothing), the classifier is
fitted on all of them, and its provenance records the training file, its size and a cross-validated
macro-F1 (stratified folds, when every label has at least two rows), so a person comparing versions
sees whether more labels helped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.core.adaptation.embedding_cache import EmbeddingCache
from app.core.adaptation.library import ClassifierLibrary, SavedClassifier, check_name
from app.core.adaptation.records import LabelledRow
from app.core.adaptation.trained import Provenance, fit_classifier, now_iso
from app.core.cancel import CancelToken
from app.core.errors import InvalidRequestError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from app.core.engines.embedding import EmbeddingEngine

#: Folds of the cross-validation at most (fewer when a label has fewer rows).
MAX_FOLDS = 5


def train_and_save(
    name: str,
    rows: Sequence[LabelledRow],
    *,
    embedder: EmbeddingEngine,
    cache: EmbeddingCache,
    library: ClassifierLibrary,
    training_file: str = "",
    training_sha256: str = "",
    cancel: CancelToken | None = None,
    progress: Callable[[int, int], None] | None = None,
    labels: Sequence[str] | None = None,
    seed: int = 0,
) -> SavedClassifier:
    """Embed ``rows``, fit on all of them, score by cross-validation, save as ``name``'s next version.

    ``labels``: the column order (default: the rows' labels in first-seen order). ``progress(done,
    total)`` counts texts embedded. Raises ``InvalidRequestError`` for a bad name, no rows, empty texts
    or fewer than two labels, ``Cancelled`` when ``cancel`` fires.
    """
    check_name(name)
    if not rows:
        raise InvalidRequestError(ui_text("There are no labelled rows to train on."), ui_text("Label some rows first."))
    empty = [row.index for row in rows if not row.text.strip()]
    if empty:
        raise InvalidRequestError(
            ui_text("{count} training rows have no text (the first is row {row}).", count=len(empty), row=empty[0] + 1),
            ui_text("Fill in or remove the rows without text."),
        )
    names = tuple(labels) if labels is not None else tuple(dict.fromkeys(row.label for row in rows))
    vectors = cache.embed(embedder, [row.text for row in rows], cancel=cancel, progress=progress)
    y = [row.label for row in rows]
    model = embedder.model_id
    scores = cross_validated(vectors, y, names, embedding_model=model, seed=seed)
    provenance = Provenance(
        embedding_model=model,
        training_file=training_file,
        training_sha256=training_sha256,
        n_train=len(rows),
        created=now_iso(),
        scores=scores,
        labels=names,
    )
    classifier = fit_classifier(vectors, y, names, embedding_model=model, seed=seed, provenance=provenance)
    return library.save(name, classifier)


def cross_validated(
    vectors: npt.NDArray[np.float32],
    labels: Sequence[str],
    names: Sequence[str],
    *,
    embedding_model: str,
    seed: int = 0,
) -> dict[str, float]:
    """``cv_macro_f1`` and ``cv_accuracy`` over stratified folds; {} when some label has fewer than two rows."""
    import numpy as np
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.model_selection import StratifiedKFold

    present = [n for n in names if n in set(labels)]
    smallest = min((sum(1 for label in labels if label == n) for n in present), default=0)
    if len(present) < 2 or smallest < 2:
        return {}
    folds = min(MAX_FOLDS, smallest)
    y = np.asarray(labels)
    predicted = np.empty(len(labels), dtype=object)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(vectors, y):
        fitted = fit_classifier(vectors[train], list(y[train]), names, embedding_model=embedding_model, seed=seed)
        probabilities = fitted.predict_proba(vectors[test])
        predicted[test] = [fitted.labels[i] for i in probabilities.argmax(axis=1)]
    return {
        "cv_macro_f1": float(f1_score(y, predicted.astype(str), labels=present, average="macro", zero_division=0)),
        "cv_accuracy": float(accuracy_score(y, predicted.astype(str))),
        "cv_folds": float(folds),
    }
