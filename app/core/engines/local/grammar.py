"""Structured output for local models: a JSON Schema as a llama.cpp grammar, and sampling under it.

Runs in the engine's child process but imports no ``llama_cpp`` itself: the
child, the one importer of llama.cpp, hands its module over (``lib``).

The schema becomes GBNF through llama-cpp-python's converter (its port of
llama.cpp's json-schema-to-grammar), which llama.cpp then parses into a
grammar sampler. Both happen once per schema (``SchemaGrammars``): a task
runs one schema over many rows, and each answer starts from a copy of the
parsed grammar (``llama_sampler_clone``, microseconds). A schema either step
refuses is a ``SchemaNotSupportedError`` before anything is generated.

A grammar that filters the whole vocabulary before every pick is what makes
constrained sampling slow (llama.cpp #7554: ~8 ms a token for SmolLM2's 49k
tokens on this machine, against ~20 ms to evaluate one). ``GrammarSampler``
does what llama.cpp's own common sampler does instead: the usual chain
(penalties, top-k, typical, top-p, min-p, temperature) picks from the raw
logits, the grammar checks that one token, and only when it refuses is the
pick made again over the tokens the grammar allows. Greedy answers are the
same as filtering first; sampled ones draw from the same truncation rules.

The grammar enforces the answer's shape: objects with the schema's
properties in its order, types, enums and consts, array and string lengths,
anchored patterns. Keywords it ignores (minimum and maximum, ``if``/``then``,
``uniqueItems``...) are left to whoever validates the answer.
"""

from __future__ import annotations

import ctypes
import json
from collections import OrderedDict
from collections.abc import Generator, Mapping
from typing import Any

import numpy as np

from app.core.engines.base import ChatRequest
from app.core.errors import SchemaNotSupportedError
from app.core.ui_text import ui_text

#: Parsed grammars kept, most recently used first out last.
GRAMMARS_KEPT = 8
#: The repeat penalty looks this far back, as ``Llama``'s own sampler does.
PENALTY_LAST_N = 64
_TOO_COMPLEX_HINT = ui_text(
    'Simplify it: leave out "not", remote "$ref"s, recursive "$ref"s, lookarounds in patterns and very '
    "large maxLength or maxItems; or run the task on a remote model."
)


def too_complex(what: str) -> SchemaNotSupportedError:
    return SchemaNotSupportedError(
        ui_text("This JSON Schema is too complex for a local model's grammar: {what}.", what=what), _TOO_COMPLEX_HINT
    )


class SchemaGrammars:
    """Parsed llama.cpp grammars by schema, the last ``size`` used; ``close()`` frees them."""

    def __init__(self, lib: Any, vocab: Any, size: int = GRAMMARS_KEPT) -> None:
        self._lib = lib
        self._vocab = vocab
        self._size = size
        #: The schema as JSON (its key order kept: it is the answer's property order) → grammar sampler.
        self._grammars: OrderedDict[str, Any] = OrderedDict()

    def get(self, schema: Mapping[str, Any]) -> Any:
        """The pristine grammar sampler for ``schema`` (clone it to use it); raises ``SchemaNotSupportedError``."""
        try:
            text = json.dumps(schema, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise SchemaNotSupportedError(
                ui_text("The JSON Schema is not plain JSON ({error}).", error=str(exc)),
                ui_text("Write the schema with JSON values only."),
            ) from None
        grammar = self._grammars.pop(text, None)
        if grammar is None:
            grammar = self._compile(text)
        self._grammars[text] = grammar
        while len(self._grammars) > self._size:
            _, oldest = self._grammars.popitem(last=False)
            self._lib.llama_sampler_free(oldest)
        return grammar

    def close(self) -> None:
        while self._grammars:
            _, grammar = self._grammars.popitem()
            self._lib.llama_sampler_free(grammar)

    def _compile(self, schema_json: str) -> Any:
        try:
            gbnf: str = self._lib.llama_grammar.json_schema_to_gbnf(schema_json)
        except RecursionError:
            raise too_complex(ui_text("it nests too deeply")) from None
        except Exception as exc:  # the converter refuses with asserts, ValueErrors, KeyErrors...
            reason = str(exc).strip() or type(exc).__name__
            raise too_complex(reason if len(reason) <= 200 else reason[:199] + "…") from None
        grammar = self._lib.llama_sampler_init_grammar(self._vocab, gbnf.encode("utf-8"), b"root")
        if not grammar:  # a NULL pointer: llama.cpp's parser refused what the converter wrote
            raise too_complex(
                ui_text(
                    "llama.cpp cannot parse the {size}-character grammar made from it "
                    "(large maxLength or maxItems values are the usual cause)",
                    size=f"{len(gbnf):,}",
                )
            )
        return grammar


class GrammarSampler:
    """Picks one answer's tokens as ``request``'s sampling settings say, within ``grammar`` (see the module
    docstring). Owns a copy of the grammar and its own chain: ``close()`` frees them."""

    def __init__(self, lib: Any, ctx: Any, n_vocab: int, grammar: Any, request: ChatRequest) -> None:
        self._lib = lib
        self._ctx = ctx
        self._n_vocab = n_vocab
        self._grammar = lib.llama_sampler_clone(grammar)
        self._chain = _chain(lib, n_vocab, request)
        self._data = (lib.llama_token_data * n_vocab)()
        self._view = np.ctypeslib.as_array(self._data)
        self._ids = np.arange(n_vocab, dtype=np.int32)
        self._candidates = lib.llama_token_data_array(data=self._data, size=n_vocab, selected=-1, sorted=False)
        self._one = (lib.llama_token_data * 1)()
        self._single = lib.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)

    def sample(self) -> int:
        """The next token, from the logits of the last evaluated position; accepted by the grammar and chain."""
        lib = self._lib
        token = self._pick(constrained=False)
        if not self._allows(token):
            token = self._pick(constrained=True)
        lib.llama_sampler_accept(self._grammar, token)
        lib.llama_sampler_accept(self._chain, token)
        return token

    def close(self) -> None:
        if self._chain is not None:
            self._lib.llama_sampler_free(self._chain)
            self._lib.llama_sampler_free(self._grammar)
            self._chain = self._grammar = None

    def _pick(self, *, constrained: bool) -> int:
        lib = self._lib
        logits = np.ctypeslib.as_array(lib.llama_get_logits_ith(self._ctx, -1), shape=(self._n_vocab,))
        # The samplers sort, cut and rewrite the candidates in place: every pick starts from the logits again.
        view = self._view
        view["id"] = self._ids
        view["logit"] = logits
        view["p"] = 0.0
        candidates = self._candidates
        candidates.size, candidates.selected, candidates.sorted = self._n_vocab, -1, False
        if constrained:
            lib.llama_sampler_apply(self._grammar, ctypes.byref(candidates))
        lib.llama_sampler_apply(self._chain, ctypes.byref(candidates))
        return int(self._data[candidates.selected].id)

    def _allows(self, token: int) -> bool:
        one = self._one[0]
        one.id, one.logit, one.p = token, 1.0, 0.0
        single = self._single
        single.size, single.selected, single.sorted = 1, -1, False
        self._lib.llama_sampler_apply(self._grammar, ctypes.byref(single))
        return bool(one.logit != float("-inf"))


def grammar_tokens(lib: Any, llm: Any, grammar: Any, request: ChatRequest) -> Generator[int, None, None]:
    """Tokens of an answer to the prompt ``llm`` has just evaluated, within ``grammar``: each token is
    evaluated when the next is asked for, as ``Llama.generate`` does."""
    sampler = GrammarSampler(lib, llm.ctx, llm.n_vocab(), grammar, request)
    try:
        while True:
            token = sampler.sample()
            yield token
            llm.eval([token])
    finally:
        sampler.close()


def _chain(lib: Any, n_vocab: int, request: ChatRequest) -> Any:
    """The sampler chain ``Llama.generate`` builds for these settings, without a grammar."""
    chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
    parts = [lib.llama_sampler_init_penalties(n_vocab, PENALTY_LAST_N, request.repeat_penalty, 0.0, 0.0)]
    if request.temperature <= 0.0:
        parts.append(lib.llama_sampler_init_greedy())
    else:
        seed = request.seed if request.seed is not None else lib.LLAMA_DEFAULT_SEED
        parts += [
            lib.llama_sampler_init_top_k(request.top_k),
            lib.llama_sampler_init_typical(1.0, 1),
            lib.llama_sampler_init_top_p(request.top_p, 1),
            lib.llama_sampler_init_min_p(request.min_p, 1),
            lib.llama_sampler_init_temp(request.temperature),
            lib.llama_sampler_init_dist(seed),
        ]
    for part in parts:
        lib.llama_sampler_chain_add(chain, part)
    return chain
