"""Structured output on a local model: a JSON Schema becomes a llama.cpp grammar the answer is sampled within."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import llama_cpp
import pytest

from app.core.engines.base import ChatRequest, Message, complete
from app.core.engines.local.engine import LocalEngine
from app.core.engines.local.grammar import SchemaGrammars, grammar_tokens
from app.core.errors import SchemaNotSupportedError

pytestmark = pytest.mark.slow

PRODUCT: dict[str, Any] = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 40},
        "price": {"type": "number"},
        "category": {"type": "string", "enum": ["food", "tool", "toy"]},
        "tags": {"type": "array", "items": {"type": "string", "maxLength": 20}, "maxItems": 3},
    },
    "required": ["name", "price", "category", "tags"],
    "additionalProperties": False,
}
SYSTEM = Message(
    "system",
    "You extract product data. Answer with one JSON object with the keys name, price, category "
    "(food, tool or toy) and tags.",
)
ITEMS = (
    "A red toy car for 12 dollars.",
    "A bag of rice, 3.50.",
    "A hammer priced at 25 euros.",
    "Chocolate bar 1.99",
    "A plush bear, thirty dollars, soft and washable.",
)


def extract(item: str, **kwargs: Any) -> ChatRequest:
    params: dict[str, Any] = {"temperature": 0.0, "max_tokens": 160, "json_schema": PRODUCT}
    params.update(kwargs)
    return ChatRequest((SYSTEM, Message("user", item)), **params)


@pytest.fixture(scope="module")
def engine(starter_path: Path) -> Iterator[LocalEngine]:
    engine = LocalEngine(starter_path, "starter", context_cap=2048, n_threads=1)
    yield engine
    engine.close()


def test_every_answer_parses_and_matches_the_schema(engine: LocalEngine) -> None:
    assert engine.capabilities.json_schema
    answers = []
    for item in ITEMS:
        answer = complete(engine, extract(item))
        assert answer.stats.stop_reason == "stop", answer.text
        value = json.loads(answer.text)
        jsonschema.validate(value, PRODUCT)
        assert list(value) == ["name", "price", "category", "tags"]  # the schema's order
        answers.append(value)
    assert len({a["name"] for a in answers}) == len(ITEMS)  # answers to the rows, not one canned answer


def test_without_the_schema_the_same_prompts_miss_it(engine: LocalEngine) -> None:
    """What the grammar is there for: left to itself, the starter model misses the schema on some rows."""
    misses = 0
    for item in ITEMS:
        free = complete(engine, extract(item, json_schema=None))
        try:
            jsonschema.validate(json.loads(free.text), PRODUCT)
        except (ValueError, jsonschema.ValidationError):
            misses += 1
    assert misses > 0


def test_a_sampled_answer_keeps_to_the_schema_too(engine: LocalEngine) -> None:
    for seed in (1, 2, 3):
        answer = complete(engine, extract(ITEMS[3], temperature=0.9, seed=seed))
        jsonschema.validate(json.loads(answer.text), PRODUCT)


def test_the_prompt_prefix_stays_cached_across_rows_with_one_schema(engine: LocalEngine) -> None:
    complete(engine, extract(ITEMS[0]))
    second = complete(engine, extract(ITEMS[1]))
    # The instructions were not evaluated again: only the row's own text was.
    assert 0 < second.stats.cached_tokens < second.stats.tokens_in
    jsonschema.validate(json.loads(second.text), PRODUCT)
    again = complete(engine, extract(ITEMS[1]))
    assert again.stats.cached_tokens == again.stats.tokens_in - 1  # all but the last token, whose logits it needs
    assert again.text == second.text


def test_a_schema_the_grammar_cannot_express_is_refused_before_generating(engine: LocalEngine) -> None:
    engine.load()
    pid_before = engine.pid
    for schema, what in (
        ({"not": {"type": "string"}}, "Unrecognized schema"),
        ({"type": "string", "pattern": "^(?=a)[a-z]+$"}, "Unsupported pattern syntax"),
        ({"$ref": "https://example.com/schema.json"}, "remote schemas"),
        ({"type": "string", "maxLength": 5000}, "llama.cpp cannot parse"),
    ):
        with pytest.raises(SchemaNotSupportedError) as caught:
            list(engine.stream(extract(ITEMS[0], json_schema=schema)))
        assert caught.value.message.startswith("This JSON Schema is too complex for a local model's grammar")
        assert what in caught.value.message
        assert "Simplify it" in caught.value.hint
    assert engine.pid == pid_before  # refused in the child, which lives on
    jsonschema.validate(json.loads(complete(engine, extract(ITEMS[2])).text), PRODUCT)


def test_an_answer_cut_short_comes_back_as_text(engine: LocalEngine) -> None:
    """The length limit can end an answer mid-object: the text is handed over as is, for the caller to judge."""
    answer = complete(engine, extract(ITEMS[0], max_tokens=6))
    assert answer.stats.stop_reason == "length" and answer.stats.tokens_out == 6
    assert answer.text.lstrip().startswith("{") and '"name"' in answer.text
    with pytest.raises(ValueError):
        json.loads(answer.text)


def test_stopping_a_constrained_answer_keeps_the_engine_usable(engine: LocalEngine) -> None:
    parts = []
    with_schema = extract(ITEMS[4], max_tokens=160)
    stream = engine.stream(with_schema)
    for chunk in stream:
        parts.append(chunk.text)
        if "".join(parts).count('"') >= 2:
            break
    stream.close()
    jsonschema.validate(json.loads(complete(engine, with_schema).text), PRODUCT)


# -- in this process: the grammar cache and the sampler against llama-cpp-python's own grammar path ----------


@pytest.fixture(scope="module")
def llm(starter_path: Path) -> Iterator[llama_cpp.Llama]:
    model = llama_cpp.Llama(str(starter_path), n_ctx=1024, n_threads=1, n_batch=512, verbose=False)
    yield model
    model.close()


def test_each_schema_is_parsed_once_and_the_least_used_go(llm: llama_cpp.Llama) -> None:
    grammars = SchemaGrammars(llama_cpp, llama_cpp.llama_model_get_vocab(llm.model), size=2)
    try:
        first = grammars.get(PRODUCT)
        assert grammars.get(json.loads(json.dumps(PRODUCT))) is first  # an equal schema: the same grammar
        other = grammars.get({"type": "object", "properties": {"ok": {"type": "boolean"}}})
        assert grammars.get(PRODUCT) is first
        grammars.get({"type": "integer"})  # a third: the least recently used (``other``) goes
        assert grammars.get(PRODUCT) is first
        assert grammars.get({"type": "object", "properties": {"ok": {"type": "boolean"}}}) is not other
    finally:
        grammars.close()


def test_greedy_answers_match_filtering_every_token_first(llm: llama_cpp.Llama) -> None:
    """Checking the chain's pick, and filtering only when the grammar refuses it, picks what llama.cpp's
    grammar-first sampling picks."""
    grammars = SchemaGrammars(llama_cpp, llama_cpp.llama_model_get_vocab(llm.model))
    gbnf = llama_cpp.llama_grammar.json_schema_to_gbnf(json.dumps(PRODUCT))
    request = extract(ITEMS[2])
    prompt = llm.tokenize(
        b"<|im_start|>user\nDescribe a hammer as JSON.<|im_end|>\n<|im_start|>assistant\n", special=True
    )
    try:
        llm.reset()
        llm.eval(prompt)
        ours = _take(grammar_tokens(llama_cpp, llm, grammars.get(PRODUCT), request), llm, 40)
        llm.reset()
        theirs = _take(llm.generate(prompt, temp=0.0, grammar=llama_cpp.LlamaGrammar.from_string(gbnf)), llm, 40)
    finally:
        grammars.close()
    assert ours == theirs
    assert llm.detokenize(ours).decode().lstrip().startswith("{")


def _take(tokens: Iterator[int], llm: llama_cpp.Llama, n: int) -> list[int]:
    out: list[int] = []
    for token in tokens:
        if llm.token_eos() == token or len(out) == n:
            break
        out.append(token)
    return out
