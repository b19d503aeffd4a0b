"""The messages between the local engine and its child: they cross a pipe, and errors cross as names."""

from __future__ import annotations

import pickle

import pytest

from app.core.engines.base import ChatRequest, Message, Stats
from app.core.engines.local.messages import Done, Failed, Generate, Scored, Text
from app.core.errors import ContextTooLongError, UserFacingError


@pytest.mark.parametrize(
    "message",
    [
        Generate(1, ChatRequest((Message("user", "Hi"),))),
        Text(2, "Bonjour 🌍"),
        Done(3, Stats(tokens_in=5, stop_reason="cancelled")),
        Scored(4, ((-0.5, -2.0),), ((1, 2),), Stats(tokens_in=9)),
    ],
)
def test_a_message_arrives_equal_to_what_was_sent(message: object) -> None:
    assert pickle.loads(pickle.dumps(message)) == message


def test_a_failure_becomes_the_same_error_class_with_message_and_hint() -> None:
    failed = Failed.of(7, ContextTooLongError("Too long.", "Shorten it."))
    error = pickle.loads(pickle.dumps(failed)).exception()
    assert type(error) is ContextTooLongError
    assert (error.message, error.hint) == ("Too long.", "Shorten it.")


@pytest.mark.parametrize("name", ["NoSuchError", "annotations", "__doc__"])
def test_a_name_that_is_not_a_user_facing_error_gives_a_plain_one(name: str) -> None:
    error = Failed(7, name, "It failed.", "Try again.").exception()
    assert type(error) is UserFacingError
    assert str(error) == "It failed. Try again."
