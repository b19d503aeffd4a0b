"""Classification logic with engines that need no model: label sets, strategies, abstaining."""

from __future__ import annotations

import math

import pytest
from fakes import FakeEngine, FakeLabelEngine

from app.core.cancel import Cancelled, CancelToken
from app.core.errors import UserFacingError
from app.core.tasks.classification import (
    ANSWER_PREFIX,
    Classifier,
    ClassifyOptions,
    Example,
    Label,
    LabelSet,
    classify,
)

SENTIMENT = ["positive", "negative"]


# -- label sets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "labels, message",
    [
        ([], "label set is empty"),
        (["a", " "], "has no name"),
        (["Spam", "ham", "spam"], "'spam' appears twice"),
        (["a\nb", "c"], "line break"),
    ],
)
def test_bad_label_sets_are_refused_clearly(labels: list[str], message: str) -> None:
    with pytest.raises(UserFacingError, match=message):
        LabelSet(tuple(Label(n) for n in labels))


def test_parse_descriptions_find_and_round_trip() -> None:
    labels = LabelSet.parse(" spam = unsolicited ads , ham,, ")
    assert labels.names == ("spam", "ham")
    assert labels.labels[0].description == "unsolicited ads"
    assert labels.find(" SPAM ") == "spam"
    assert labels.find("eggs") is None
    assert LabelSet.from_dict(labels.to_dict()) == labels
    with pytest.raises(UserFacingError, match="empty"):
        LabelSet.parse(" , ")


def test_single_label_needs_two_labels_and_examples_must_use_the_set() -> None:
    with pytest.raises(UserFacingError, match="at least two labels"):
        Classifier(LabelSet.of(["only"]))
    Classifier(LabelSet.of(["only"]), ClassifyOptions(multi=True))  # asks whether it applies
    with pytest.raises(UserFacingError, match="'neutral', which is not in the label set"):
        Classifier(LabelSet.of(SENTIMENT), ClassifyOptions(examples=(Example("meh", ("neutral",)),)))
    with pytest.raises(UserFacingError, match="between 0 and 1"):
        Classifier(LabelSet.of(SENTIMENT), ClassifyOptions(abstain_below=1.5))


def test_empty_text_is_refused() -> None:
    with pytest.raises(UserFacingError, match="text is empty"):
        classify(FakeLabelEngine(), "  \n", SENTIMENT)


# -- scoring (local engines) --------------------------------------------------------------------


def test_scored_probabilities_sum_to_one_and_label_is_from_the_set() -> None:
    result = classify(FakeLabelEngine(), "This was negative all round", SENTIMENT)
    assert result.label == "negative"
    assert result.labels == ("negative",)
    assert result.method == "scores"
    assert list(result.probabilities) == SENTIMENT
    assert math.isclose(sum(result.probabilities.values()), 1.0)
    # -0.5 against -2.5: softmax gives 1 / (1 + e^-2).
    assert result.probabilities["negative"] == pytest.approx(1 / (1 + math.exp(-2)))
    assert not result.abstained and result.note == ""


def test_score_request_shares_its_prefix_across_texts() -> None:
    classifier = Classifier(
        LabelSet.of(SENTIMENT),
        ClassifyOptions(examples=(Example("Great!", ("positive",)), Example("Awful", ("NEGATIVE",)))),
    )
    a, b = classifier.score_request("one"), classifier.score_request("two")
    assert a.shared_messages == 5  # system + two examples
    assert a.messages[:5] == b.messages[:5]
    assert a.messages[4].content == f"{ANSWER_PREFIX} negative"  # example labels take the set's spelling
    assert a.answer_prefix == ANSWER_PREFIX
    assert a.branches[0].targets == (" positive", " negative")


def test_multi_label_scores_each_label_on_its_own() -> None:
    labels = ["billing", "bug", "praise"]
    result = classify(FakeLabelEngine(), "A bug in billing", labels, multi=True)
    assert set(result.labels) == {"billing", "bug"}
    assert result.label in ("billing", "bug")
    p = result.probabilities
    # yes -0.2 / no -2.2: sigmoid(2) each way.
    assert p["bug"] == pytest.approx(1 / (1 + math.exp(-2)))
    assert p["praise"] == pytest.approx(1 / (1 + math.exp(2)))
    assert sum(p.values()) > 1.0  # independent, not a distribution


def test_multi_label_with_nothing_above_threshold_gives_the_most_likely() -> None:
    result = classify(FakeLabelEngine(), "nothing relevant here", ["billing", "bug"], multi=True)
    assert result.labels == (result.label,)
    assert "No label reached 0.5" in result.note


def test_abstains_below_the_threshold_with_a_reason() -> None:
    # Neither label mentioned: 50/50.
    result = classify(FakeLabelEngine(), "Something else entirely", SENTIMENT, abstain_below=0.6)
    assert result.abstained
    assert result.label is None and result.labels == ()
    assert result.display_label == "(abstained)"
    assert "probability 0.50 < 0.6" in result.note
    assert result.probabilities is not None  # still shown
    confident = classify(FakeLabelEngine(), "positive indeed", SENTIMENT, abstain_below=0.6)
    assert confident.label == "positive" and not confident.abstained


def test_cancelled_before_start() -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        classify(FakeLabelEngine(), "text", SENTIMENT, cancel=cancel)


# -- constrained choice (remote engines) ----------------------------------------------------------


def test_choice_without_probabilities_says_so_plainly() -> None:
    result = classify(FakeLabelEngine("choose"), "quite negative", SENTIMENT, abstain_below=0.9)
    assert result.label == "negative"
    assert result.probabilities is None
    assert result.method == "enum"
    assert "No probabilities from this provider" in result.note
    assert "Abstaining needs probabilities, so the label stands." in result.note


def test_choice_request_lists_labels_and_examples() -> None:
    classifier = Classifier(
        LabelSet((Label("spam", "ads nobody asked for"), Label("ham"))),
        ClassifyOptions(examples=(Example("Buy now!!!", ("spam",)),), instruction="Sort e-mail."),
    )
    request = classifier.choice_request("Lunch tomorrow?")
    system = request.messages[0].content
    assert "Sort e-mail." in system
    assert "- spam: ads nobody asked for" in system and "- ham" in system
    assert [m.role for m in request.messages] == ["system", "user", "assistant", "user"]
    assert request.messages[2].content == "spam"
    assert request.labels == ("spam", "ham")


# -- free generation, matched (any other engine) -------------------------------------------------


@pytest.mark.parametrize(
    "answer, label",
    [
        ("Positive.", "positive"),
        ("  negative\n", "negative"),
        ("Answer: negative", "negative"),
        ("I would say this is negative overall", "negative"),
    ],
)
def test_generated_answers_are_matched_to_labels(answer: str, label: str) -> None:
    engine = FakeEngine()
    engine.enqueue([answer])
    result = classify(engine, "some text", SENTIMENT)
    assert result.label == label
    assert result.method == "generate"
    assert result.probabilities is None
    assert "No probabilities from this engine" in result.note
    request = engine.requests[0]
    assert request.temperature == 0.0
    assert request.messages[-1].content == "Text: some text"


def test_longer_label_wins_over_the_label_inside_it() -> None:
    engine = FakeEngine()
    engine.enqueue(["This one is very positive!"])
    assert classify(engine, "t", ["positive", "very positive"]).label == "very positive"


def test_an_answer_naming_no_label_abstains_with_the_answer_quoted() -> None:
    engine = FakeEngine()
    engine.enqueue(["Bananas"])
    result = classify(engine, "t", SENTIMENT)
    assert result.abstained and result.label is None
    assert "'Bananas' names none of the labels" in result.note


def test_generated_multi_label_answer() -> None:
    engine = FakeEngine()
    engine.enqueue(["bug, billing"])
    result = classify(engine, "t", ["billing", "bug", "praise"], multi=True)
    assert result.labels == ("bug", "billing")
