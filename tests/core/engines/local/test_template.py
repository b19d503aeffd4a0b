"""Chat templates render without llama.cpp, exactly as llama-cpp-python's formatter renders them."""

from __future__ import annotations

import pytest
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

from app.core.engines.base import Message
from app.core.engines.local.template import FALLBACK_TEMPLATE, ChatTemplate
from app.core.errors import ChatTemplateError

CONVERSATION = (Message("system", "Be brief."), Message("user", "Ça va ? {\"a\": 1}"), Message("assistant", "Oui."))
#: Every feature llama-cpp-python's environment adds: trimmed blocks, {% generation %},
#: loop controls, the non-ASCII tojson, strftime_now, the special tokens.
FEATURES = (
    "{{ bos_token }}{% for m in messages %}\n"
    "  {% if m['role'] == 'assistant' %}{% generation %}{{ m['content'] }}{% endgeneration %}{% continue %}{% endif %}\n"
    "  {{ m['role'] }}: {{ m['content'] | tojson }}{{ eos_token }}\n"
    "{% endfor %}{{ strftime_now('%Y')[:0] }}{% if add_generation_prompt %}assistant:{% endif %}"
)


@pytest.mark.parametrize("template", [FALLBACK_TEMPLATE, FEATURES])
def test_renders_as_llama_cpp_python_does(template: str) -> None:
    ours = ChatTemplate(template, bos_token="<s>", eos_token="</s>").render(CONVERSATION)
    theirs = Jinja2ChatFormatter(template=template, eos_token="</s>", bos_token="<s>")(
        messages=[{"role": m.role, "content": m.content} for m in CONVERSATION]
    ).prompt
    assert ours == theirs


def test_raise_exception_in_the_template_is_a_chat_template_error() -> None:
    template = ChatTemplate("{{ raise_exception('roles must alternate') }}", bos_token="", eos_token="")
    with pytest.raises(ChatTemplateError, match="roles must alternate"):
        template.render(CONVERSATION)


def test_the_sandbox_refuses_attribute_escapes() -> None:
    template = ChatTemplate("{{ messages.__class__.__mro__ }}", bos_token="", eos_token="")
    with pytest.raises(ChatTemplateError, match="sandbox forbids"):
        template.render(CONVERSATION)
