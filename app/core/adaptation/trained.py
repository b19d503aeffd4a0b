"""A classifier trained on embeddings: a logistic regression, fitted by scikit-learn, applied with numpy alone.

Fitting imports scikit-learn (lazily: only training needs it); the result is a weight matrix and a bias
per label, so classifying is a matrix product and a softmax, and a saved classifier is a JSON file (its
labels, embedding model and provenance) beside an ``.npz`` of those arrays: never a pickle, which would
run code when loaded.

Probabilities: a logistic regression is fitted by log loss, so its probabilities are calibrated as
fitted; a separate calibration step (Platt, isotonic) would need held-out rows per label, which a
classifier trained on a handful of labels per class does not have, so none is added.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.errors import InvalidRequestError, UserFacingError
from app.core.ui_text import ui_join, ui_text

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

#: The saved files' format; a newer one is refused with a clear message.
FORMAT = 1
#: Inverse regularisation strength on standardised features: sklearn's default, which held up on few rows.
C = 1.0
MAX_ITER = 2000
#: The bias of a label no training row has: its probability is 0 (exp of this is 0.0 in float64).
ABSENT = -1e4


class ClassifierFileError(UserFacingError):
    title = "A saved classifier cannot be read"


@dataclass(frozen=True)
class Provenance:
    """Where a classifier came from, shown with it wherever it is listed."""

    embedding_model: str
    training_file: str = ""
    training_sha256: str = ""
    n_train: int = 0
    #: When it was trained (ISO 8601, UTC, to the second).
    created: str = ""
    #: Cross-validated scores on the training rows ("cv_macro_f1", "cv_accuracy"); empty when too few rows.
    scores: dict[str, float] = field(default_factory=dict)
    labels: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["labels"] = list(self.labels)
        return data

    def summary(self) -> str:
        """One line: labels, size, embedding model, score, date."""
        score = self.scores.get("cv_macro_f1")
        parts: list[str] = [
            ui_text("{count} labels", count=len(self.labels)),
            ui_text("{count} rows", count=self.n_train),
            ui_text("on {model}", model=self.embedding_model),
        ]
        if score is not None:
            parts.append(ui_text("macro-F1 {score} (cross-validated)", score=f"{score:.2f}"))
        parts.append(self.created[:10])
        return ui_join(parts, " · ")

    def lines(self) -> list[str]:
        """Every field, one a line, for ``plinth classifiers show`` and the model pickers' tooltips."""
        none = ui_text("(none recorded)")
        out: list[str] = [
            ui_text("labels:          {labels}", labels=", ".join(self.labels)),
            ui_text("embedding model: {model}", model=self.embedding_model),
            ui_text("training file:   {file}", file=self.training_file or none),
            ui_text("sha256:          {sha256}", sha256=self.training_sha256 or none),
            ui_text("training rows:   {rows}", rows=self.n_train),
            ui_text("created:         {created}", created=self.created),
        ]
        if self.scores:
            scores = ", ".join(f"{k} {v:.3f}" for k, v in sorted(self.scores.items()))
            out.append(ui_text("scores:          {scores}", scores=scores))
        else:
            out.append(ui_text("scores:          none (every label needs 2 rows for cross-validation)"))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Provenance:
        return cls(
            embedding_model=str(data["embedding_model"]),
            training_file=str(data.get("training_file") or ""),
            training_sha256=str(data.get("training_sha256") or ""),
            n_train=int(data.get("n_train") or 0),
            created=str(data.get("created") or ""),
            scores={str(k): float(v) for k, v in dict(data.get("scores") or {}).items()},
            labels=tuple(str(label) for label in data.get("labels") or ()),
        )


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class TrainedClassifier:
    """``labels`` in column order, a weight row and a bias per label over ``embedding_model``'s vectors."""

    def __init__(
        self,
        labels: Sequence[str],
        embedding_model: str,
        coef: npt.NDArray[np.float64],
        intercept: npt.NDArray[np.float64],
        provenance: Provenance,
    ) -> None:
        self.labels = tuple(labels)
        self.embedding_model = embedding_model
        self.coef = coef
        self.intercept = intercept
        self.provenance = provenance

    @property
    def dim(self) -> int:
        return int(self.coef.shape[1])

    def predict_proba(self, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """One row of probabilities per vector, columns in ``labels`` order, each row summing to 1."""
        import numpy as np

        x = np.asarray(vectors, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.dim:
            raise InvalidRequestError(
                ui_text(
                    "The classifier takes vectors of length {dim} from {model}, but got {shape}.",
                    dim=self.dim,
                    model=self.embedding_model,
                    shape="×".join(str(n) for n in x.shape),
                ),
                ui_text("Embed the texts with {model}, the model it was trained on.", model=self.embedding_model),
            )
        logits = x @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exps = np.exp(logits)
        result: npt.NDArray[np.float64] = exps / exps.sum(axis=1, keepdims=True)
        return result

    # -- files --------------------------------------------------------------------------

    def write(self, json_path: Path, npz_path: Path) -> None:
        """The arrays to ``npz_path``, then the JSON (whose presence says the pair is whole)."""
        import numpy as np

        with npz_path.open("wb") as f:
            np.savez(f, coef=self.coef, intercept=self.intercept)
        data = {
            "format": FORMAT,
            "labels": list(self.labels),
            "embedding_model": self.embedding_model,
            "weights": npz_path.name,
            "provenance": self.provenance.to_dict(),
        }
        json_path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, json_path: Path) -> TrainedClassifier:
        """The classifier saved at ``json_path`` (and its ``.npz``); ``ClassifierFileError`` when damaged."""
        import numpy as np

        damaged = _damaged(json_path)
        data = _read_json(json_path)
        try:
            labels = [str(label) for label in data["labels"]]
            embedding_model = str(data["embedding_model"])
            provenance = Provenance.from_dict(data["provenance"])
            weights = json_path.with_name(Path(str(data["weights"])).name)
            # Opened here, not by np.load, which leaves its handle open when the file is no zip.
            with weights.open("rb") as f, np.load(f, allow_pickle=False) as arrays:
                coef = np.asarray(arrays["coef"], dtype=np.float64)
                intercept = np.asarray(arrays["intercept"], dtype=np.float64)
        except (KeyError, TypeError, ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
            raise damaged(f"{type(exc).__name__}: {exc}") from None
        if len(labels) < 2 or coef.ndim != 2 or coef.shape[0] != len(labels) or intercept.shape != (len(labels),):
            raise damaged(ui_text("its weights do not match its labels"))
        if not (np.isfinite(coef).all() and np.isfinite(intercept).all()):
            raise damaged(ui_text("its weights are not finite numbers"))
        return cls(labels, embedding_model, coef, intercept, provenance)


def _damaged(json_path: Path) -> Callable[[str], ClassifierFileError]:
    def damaged(why: str) -> ClassifierFileError:
        return ClassifierFileError(
            ui_text("The saved classifier {path} is damaged ({reason}).", path=str(json_path), reason=why),
            ui_text("Train and save it again (plinth adapt --save NAME), or remove it with plinth classifiers remove."),
        )

    return damaged


def _read_json(json_path: Path) -> dict[str, Any]:
    damaged = _damaged(json_path)
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise damaged(str(exc)) from None
    if not isinstance(data, dict):
        raise damaged(ui_text("not a JSON object"))
    if isinstance(data.get("format"), int) and data["format"] > FORMAT:
        raise ClassifierFileError(
            ui_text("The saved classifier {path} was written by a newer version of Plinth.", path=str(json_path)),
            ui_text("Update Plinth to use it."),
        )
    return data


def read_provenance(json_path: Path) -> Provenance:
    """A saved classifier's provenance from its JSON alone (listing needs no numpy); ``ClassifierFileError``."""
    try:
        return Provenance.from_dict(_read_json(json_path)["provenance"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(json_path)(f"{type(exc).__name__}: {exc}") from None


def fit_classifier(
    vectors: npt.NDArray[np.float32],
    labels: Sequence[str],
    label_names: Sequence[str],
    *,
    embedding_model: str,
    seed: int = 0,
    provenance: Provenance | None = None,
) -> TrainedClassifier:
    """A logistic regression from ``vectors`` (one row per training text) to ``labels`` (one per row).

    Columns follow ``label_names``; a label no row has keeps probability 0. Works with one row per
    label. Raises ``InvalidRequestError`` when rows and labels disagree in number, a row's label is
    not in ``label_names``, or fewer than two labels have rows.
    """
    import numpy as np

    x = np.asarray(vectors, dtype=np.float64)
    names = list(dict.fromkeys(label_names))
    _check(x, labels, names)
    present = [name for name in names if name in set(labels)]
    # Standardised features: embeddings of similar texts differ in small amounts, which a penalty on
    # the raw, unit-length vectors would flatten. The scaling is folded into the weights afterwards.
    mean = x.mean(axis=0)
    std = x.std(axis=0)
    std[std < 1e-12] = 1.0
    scaled = (x - mean) / std
    coef_present, bias_present = _logistic(scaled, [present.index(label) for label in labels], len(present), seed)
    coef = np.zeros((len(names), x.shape[1]))
    intercept = np.full(len(names), ABSENT)
    for row, name in enumerate(present):
        weights = coef_present[row] / std
        coef[names.index(name)] = weights
        intercept[names.index(name)] = bias_present[row] - float(weights @ mean)
    if provenance is None:
        provenance = Provenance(embedding_model, n_train=len(labels), created=now_iso(), labels=tuple(names))
    return TrainedClassifier(names, embedding_model, coef, intercept, provenance)


def _check(x: npt.NDArray[np.float64], labels: Sequence[str], names: Sequence[str]) -> None:
    if x.ndim != 2 or x.shape[0] != len(labels):
        raise InvalidRequestError(
            ui_text(
                "{vectors} vectors but {labels} labels were given to train on.",
                vectors=x.shape[0] if x.ndim else 0,
                labels=len(labels),
            ),
            ui_text("Give one label per training text."),
        )
    unknown = sorted(set(labels) - set(names))
    if unknown:
        raise InvalidRequestError(
            ui_text(
                "Training rows have labels that are not in the label set: {labels}.",
                labels=", ".join(map(repr, unknown)),
            ),
            ui_text("Use only {labels}, or add the missing labels.", labels=", ".join(names)),
        )
    if len(set(labels)) < 2:
        have = ui_text("only {label}", label=repr(next(iter(set(labels))))) if labels else ui_text("none")
        raise InvalidRequestError(
            ui_text("A classifier needs training rows of at least two labels (this data has {have}).", have=have),
            ui_text("Label some rows of another label, then train again."),
        )
    import numpy as np

    if not np.isfinite(x).all():
        raise InvalidRequestError(ui_text("Some embeddings are not finite numbers."), ui_text("Embed the texts again."))


def _logistic(
    x: npt.NDArray[np.float64], y: Sequence[int], n_classes: int, seed: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """scikit-learn's multinomial logistic regression (lbfgs): one weight row and bias per class."""
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, solver="lbfgs", max_iter=MAX_ITER, random_state=seed)
    with warnings.catch_warnings():
        # Not converged to lbfgs's tolerance after MAX_ITER steps is still a usable fit on separable data.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(x, np.asarray(y))
    coef = np.asarray(model.coef_, dtype=np.float64)
    bias = np.asarray(model.intercept_, dtype=np.float64)
    if n_classes == 2 and coef.shape[0] == 1:
        # Two classes: sklearn keeps one row (class 1 against class 0); as a softmax over [0, w·x + b].
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        bias = np.array([0.0, bias[0]])
    return coef, bias
