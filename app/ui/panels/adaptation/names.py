"""How the adaptation view names methods and writes its figures (the chart, the table and the form share them)."""

from __future__ import annotations

#: The methods in words, by ``MethodSpec.kind``.
METHOD_NAMES = {
    "zero-shot": "Zero-shot",
    "few-shot": "Few-shot",
    "few-shot-knn": "Few-shot by similarity",
    "embed-logreg": "Embedding classifier",
}


def method_label(key: str) -> str:
    """``few-shot-knn@local:smol`` → "Few-shot by similarity · local:smol"; ``embed-logreg`` → "Embedding classifier"."""
    kind, _, model = key.partition("@")
    name = METHOD_NAMES.get(kind, kind)
    return f"{name} · {model}" if model else name


def cost_text(cost_per_1k_rows: float | None) -> str:
    """Dollars per 1,000 rows: "free" on this computer, "unknown" without a price."""
    if cost_per_1k_rows is None:
        return "unknown"
    if cost_per_1k_rows == 0:
        return "free"
    return f"${cost_per_1k_rows:,.4f}" if cost_per_1k_rows < 0.01 else f"${cost_per_1k_rows:,.2f}"


def rate_text(rows_per_s: float) -> str:
    return f"{rows_per_s:,.0f}" if rows_per_s >= 10 else f"{rows_per_s:,.2f}"
