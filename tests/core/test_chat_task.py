import pytest

from app.core.engines.base import Message, fit_messages
from app.core.errors import ContextTooLongError, InvalidRequestError
from app.core.tasks.chat import ChatParams, Conversation


def test_request_carries_system_prompt_and_history() -> None:
    conv = Conversation(system_prompt="Be terse.")
    conv.add_user("hi")
    conv.start_answer("starter").content = "hello"
    conv.add_user("how are you?")
    req = conv.request(ChatParams(temperature=0.0, max_tokens=16))
    assert [m.role for m in req.messages] == ["system", "user", "assistant", "user"]
    assert req.temperature == 0.0 and req.max_tokens == 16


def test_empty_answers_are_not_sent_and_regenerate_drops_last_answer() -> None:
    conv = Conversation()
    conv.add_user("hi")
    conv.start_answer("starter")  # failed before any text
    assert [m.role for m in conv.messages()] == ["user"]
    assert conv.drop_last_answer() is not None
    assert conv.drop_last_answer() is None
    assert conv.last_user_text == "hi"


def test_a_question_whose_answer_failed_before_any_text_is_not_sent_again_with_its_resend() -> None:
    conv = Conversation()
    conv.add_user("first")
    conv.start_answer("starter").content = "answer"
    conv.add_user("lost")
    conv.start_answer("remote").error = "Cannot reach the provider\nCheck the address."
    conv.add_user("lost")  # sent again
    # The model never sees two questions in a row (strict chat templates refuse them).
    assert [(m.role, m.content) for m in conv.messages()] == [
        ("user", "first"),
        ("assistant", "answer"),
        ("user", "lost"),
    ]
    assert [t.role for t in conv.turns] == ["user", "assistant", "user", "assistant", "user"], (
        "the failure stays on record"
    )


@pytest.mark.parametrize("text", ["", "   \n\t"])
def test_empty_prompt_is_refused(text: str) -> None:
    conv = Conversation()
    conv.add_user(text)
    with pytest.raises(InvalidRequestError, match="empty"):
        conv.request(ChatParams())


def _words(messages) -> int:
    return sum(len(m.content.split()) for m in messages)


def test_fit_messages_drops_oldest_turns_but_keeps_system_and_last() -> None:
    msgs = [Message("system", "s s"), Message("user", "a a a"), Message("assistant", "b b b"), Message("user", "c")]
    kept, dropped = fit_messages(msgs, _words, budget=4)
    assert [m.content for m in kept] == ["s s", "c"]
    assert dropped == 2


def test_fit_messages_refuses_when_last_message_alone_is_too_long() -> None:
    msgs = [Message("user", "x " * 50)]
    with pytest.raises(ContextTooLongError, match="needs 50 tokens, but only 10 fit"):
        fit_messages(msgs, _words, budget=10)
