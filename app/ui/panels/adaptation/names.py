"""How the adaptation view names methods and writes its figures (the chart, the table and the form share them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.ui.i18n import money, number, translate

#: The methods in words, by ``MethodSpec.kind`` (English, marked: show them through :func:`method_name`).
METHOD_NAMES = {
    "zero-shot": QT_TRANSLATE_NOOP("AdaptationNames", "Zero-shot"),
    "few-shot": QT_TRANSLATE_NOOP("AdaptationNames", "Few-shot"),
    "few-shot-knn": QT_TRANSLATE_NOOP("AdaptationNames", "Few-shot by similarity"),
    "embed-logreg": QT_TRANSLATE_NOOP("AdaptationNames", "Embedding classifier"),
}


def method_name(kind: str) -> str:
    """A method's name in the window's language ("Zero-shot"); an unknown kind as it is."""
    name = METHOD_NAMES.get(kind)
    return translate("AdaptationNames", name) if name else kind


def method_label(key: str) -> str:
    """``few-shot-knn@local:smol`` → "Few-shot by similarity · local:smol"; ``embed-logreg`` → "Embedding classifier"."""
    kind, _, model = key.partition("@")
    name = method_name(kind)
    return f"{name} · {model}" if model else name


def cost_text(cost_per_1k_rows: float | None) -> str:
    """Dollars per 1,000 rows: "free" on this computer, "unknown" without a price."""
    if cost_per_1k_rows is None:
        #: A cost per 1,000 rows that has no price
        return translate("AdaptationNames", "unknown", "cost")
    if cost_per_1k_rows == 0:
        #: A cost per 1,000 rows on this computer: nothing to pay
        return translate("AdaptationNames", "free", "cost")
    return money(cost_per_1k_rows, 4 if cost_per_1k_rows < 0.01 else 2)


def rate_text(rows_per_s: float) -> str:
    return number(rows_per_s, 0 if rows_per_s >= 10 else 2)
