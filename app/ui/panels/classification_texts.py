"""The Classify tab's words about a result: how the label was chosen, how sure, why none fits the classifier.

Module constants are marked with ``QT_TRANSLATE_NOOP`` and translated when shown, never at import.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.core.tasks.classification import ClassificationResult
from app.ui.i18n import core_text, number, translate

#: How the model chose, by ``ClassificationResult.method``.
METHOD_TEXT = {
    "scores": QT_TRANSLATE_NOOP("ClassificationPanel", "each label scored by the model"),
    "logprobs": QT_TRANSLATE_NOOP("ClassificationPanel", "from the provider's log-probabilities"),
    "json_schema": QT_TRANSLATE_NOOP("ClassificationPanel", "chosen under a JSON schema"),
    "json_object": QT_TRANSLATE_NOOP("ClassificationPanel", "chosen in JSON mode"),
    "tool_enum": QT_TRANSLATE_NOOP("ClassificationPanel", "chosen with a tool"),
    "enum": QT_TRANSLATE_NOOP("ClassificationPanel", "chosen from an enum"),
    "generate": QT_TRANSLATE_NOOP("ClassificationPanel", "generated and matched to a label"),
}


def result_title(result: ClassificationResult) -> str:
    """The big line: the label (or labels), or that the model abstained."""
    if result.abstained or result.label is None:
        #: Shown instead of a label when no label was sure enough
        return translate("ClassificationPanel", "(abstained)")
    return ", ".join(result.labels) if len(result.labels) > 1 else result.label


def result_detail(result: ClassificationResult, abstain_percent: int) -> str:
    """The line under the label: how sure, why none, how it was chosen."""
    details = []
    probabilities = result.probabilities
    if probabilities is not None and result.label is not None and result.label in probabilities:
        sure = number(probabilities[result.label] * 100, 1)
        details.append(translate("ClassificationPanel", "{value} % sure").format(value=sure))
    if result.abstained:
        details.append(translate("ClassificationPanel", "no label reached {value} %").format(value=abstain_percent))
    method = METHOD_TEXT.get(result.method)
    if method:
        details.append(translate("ClassificationPanel", method))
    return " · ".join(details)


def result_note(result: ClassificationResult) -> str:
    """The core's note on the result (no probabilities…), in the window's language."""
    return core_text(result.note) if result.note else ""


def trained_labels_error(model_id: str, labels: tuple[str, ...] | list[str]) -> str:
    """A trained classifier's labels are not the table's."""
    return translate(
        "ClassificationPanel",
        "{model} was trained on the labels {labels}: use them (a model picked with an empty label table fills it in), "
        "or pick another model.",
    ).format(model=model_id, labels=", ".join(labels))
