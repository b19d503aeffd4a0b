"""Chat templates: llama-cpp-python's sandboxed rendering, with hostile templates turned into ChatTemplateError."""

from __future__ import annotations

import pytest

from app.core.engines.base import Message
from app.core.engines.local.template import ChatTemplate
from app.core.errors import ChatTemplateError

CONVERSATION = (Message("system", "Be brief."), Message("user", 'Ça va ? {"a": 1}'), Message("assistant", "Oui."))


def test_raise_exception_in_the_template_is_a_chat_template_error() -> None:
    template = ChatTemplate("{{ raise_exception('roles must alternate') }}", bos_token="", eos_token="")
    with pytest.raises(ChatTemplateError, match="roles must alternate"):
        template.render(CONVERSATION)


def test_the_sandbox_refuses_attribute_escapes() -> None:
    template = ChatTemplate("{{ messages.__class__.__mro__ }}", bos_token="", eos_token="")
    with pytest.raises(ChatTemplateError, match="sandbox forbids"):
        template.render(CONVERSATION)
