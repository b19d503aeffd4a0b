"""Made-up adaptation results as a run hands them to the view, and a stand-in embedding model for quick runs."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from app.core.adaptation.records import AdaptationResult, AdaptationSpec, CellResult, CurvePoint, MethodSpec
from app.core.cancel import CancelToken
from helpers.planted import KEYWORDS

LABELS = ("billing", "bug", "praise")
SIZES = (8, 16, 32)
#: Macro-F1 per method and size, for seeds 0 and 1.
F1 = {
    "embed-logreg": {8: (0.50, 0.60), 16: (0.70, 0.74), 32: (0.88, 0.90)},
    "few-shot-knn@local:smol": {8: (0.40, 0.40), 16: (0.45, 0.47), 32: (0.52, 0.56)},
}
ZERO_SHOT = "zero-shot@openai:gpt-4o-mini"


def _cell(method: str, size: int, seed: int, f1: float) -> CellResult:
    kind, _, model = method.partition("@")
    # A confusion matrix of 30 test rows that fits the score roughly: right answers on the diagonal.
    right = round(10 * f1)
    confusion = tuple(tuple(right if i == j else (10 - right if j == (i + 1) % 3 else 0) for j in range(3))
                      for i in range(3))  # fmt: skip
    return CellResult(
        method=method, kind=kind, model_id=model or None, size=size, seed=seed, n_test=30,  # type: ignore[arg-type]
        accuracy=f1 + 0.02, macro_f1=f1, per_label_f1={"billing": f1, "bug": f1 - 0.1, "praise": min(1.0, f1 + 0.05)},
        classes=LABELS, confusion=confusion, rows_per_s=350.0 if kind == "embed-logreg" else 4.2,
        cost_per_1k_rows=0.0 if model != "openai:gpt-4o-mini" else 1.1, setup_s=2.5,
    )  # fmt: skip


def sample_result() -> AdaptationResult:
    cells = [_cell(m, size, seed, f1) for m, by_size in F1.items() for size, f1s in by_size.items()
             for seed, f1 in enumerate(f1s)]  # fmt: skip
    # Zero-shot uses no training rows: a run reports its one cell at every size.
    cells += [_cell(ZERO_SHOT, size, 0, 0.8) for size in SIZES]
    points = [
        CurvePoint(m, size, (a + b) / 2, abs(a - b) / 2, (a + b) / 2 + 0.02, 350.0 if m == "embed-logreg" else 4.2,
                   0.0, 2.5, 2)
        for m, by_size in F1.items() for size, (a, b) in by_size.items()
    ]  # fmt: skip
    points += [CurvePoint(ZERO_SHOT, size, 0.8, 0.0, 0.82, 12.0, 1.1, 0.0, 1) for size in SIZES]
    spec = AdaptationSpec(
        "tickets.csv", "text", "label",
        (MethodSpec("embed-logreg"), MethodSpec("few-shot-knn", "local:smol"), MethodSpec("zero-shot", "openai:gpt-4o-mini")),
        embedding_model="local:smol", sizes=SIZES, seeds=2,
    )  # fmt: skip
    return AdaptationResult(
        spec=spec, labels=LABELS, sizes=SIZES, n_train=32, n_test=30, cells=tuple(cells), points=tuple(points),
        verdict="With 32 labels, the embedding classifier reaches 0.89 macro-F1 at 350 rows/s and no cost.",
        notes=("test rows capped at 30",),
    )  # fmt: skip


class KeywordEmbedder:
    """Vectors that count each label's words: a stand-in embedding model for the runs that test the worker."""

    model_id = "keywords"
    destination = None

    def embed(self, texts: Sequence[str], cancel: CancelToken | None = None) -> npt.NDArray[np.float32]:
        vectors = np.array(
            [[sum(word in text for word in words) + 0.1 for words in KEYWORDS.values()] for text in texts],
            dtype=np.float32,
        )
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def close(self) -> None:
        pass
