"""The local engine's child process: the only place llama.cpp is loaded.

``child_main`` runs in a process started by ``LocalEngine`` (multiprocessing,
spawn) and talks to it over one duplex pipe, in the messages of
``messages.py``. A crash or abort inside llama.cpp then ends this process,
never the app.

Scoring (label classification) reads the logits of the last evaluated
position only, never ``logits_all``: the prompt is evaluated once (reusing
the KV cache as generation does), then each target's tokens one at a time
after it, the cache trimmed back to the shared prefix between targets. The
prompt is evaluated in a fixed way (its shared part from position 0, the
rest in one go from there) so that the same prompt gets bit-identical
log-probabilities whatever was cached before it: a resumed batch then gives
the same numbers as one that never stopped. A label whose tokens start
another label's gets the end of the answer (end of turn) scored as well.

Several panels share one model, each with its own long instructions: before
a prompt throws most of the KV cache away, the cache is saved
(``llama_state_seq_get_data``: a copy of sequence 0's cells, milliseconds;
``slots.KVSlots`` keeps the books),
and restored when a later prompt shares more with it than with the live
cache. The chat template is rendered by ``template.py``; an answer with a
JSON Schema is sampled within a grammar (``grammar.py``). Text goes to the
parent at most every ``SEND_INTERVAL_S``.
"""

from __future__ import annotations

import codecs
import ctypes
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from app.core.engines.base import ChatRequest, Message, ScoreRequest, Stats, StopReason, fit_messages
from app.core.engines.local.child_common import (
    ChildRunner,
    LoraRefused,
    Reply,
    Request,
    apply_lora,
    load_failure_text,
    run_child,
)
from app.core.engines.local.grammar import SchemaGrammars, grammar_tokens
from app.core.engines.local.messages import (
    Cancel,
    Done,
    Generate,
    Ready,
    Score,
    Scored,
    Text,
)
from app.core.engines.local.slots import KVSlots, SavedState, common_prefix, worth_restoring, worth_saving
from app.core.errors import ContextTooLongError, UserFacingError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    import numpy as np

#: Text of an answer is sent to the parent at most this often (the first piece
#: at once): one wake-up of the parent per token preempts a llama.cpp thread
#: when every core runs one, and a window cannot show more than ~60 frames a
#: second anyway.
SEND_INTERVAL_S = 0.025


@dataclass(frozen=True)
class LoadParams:
    model_path: str
    n_ctx: int
    n_threads: int
    n_batch: int
    n_gpu_layers: int
    #: Reuse the KV cache for the prompt's common prefix with the last one (off: benchmarks only).
    reuse_prefix: bool = True
    #: How many earlier prompts' KV states are kept (``KVSlots``); 0 keeps none.
    kv_slots: int = 3
    #: A GGUF LoRA adapter applied on the model at ``lora_scale`` (a model variant); None for the model alone.
    lora_path: str | None = None
    lora_scale: float = 1.0


def gpu_probe_main(conn: Connection) -> None:
    """A spawned process's whole life: answer whether this llama.cpp build can offload to a GPU.

    Sends ("ok", bool) or ("error", message); app.core.diagnostics starts it.
    """
    try:
        import llama_cpp

        conn.send(("ok", bool(llama_cpp.llama_supports_gpu_offload())))
    except BaseException as exc:  # noqa: BLE001 - anything is an answer for the parent
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def child_main(conn: Connection, params: LoadParams) -> None:
    """Entry point of the child process."""
    run_child(conn, lambda: _Runner(params), _load_failure)


@dataclass
class StopMatcher:
    """Finds stop strings in streamed text, holding back what could start one."""

    stops: tuple[str, ...]
    held: str = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """Return the text safe to show and whether a stop string was hit."""
        buf = self.held + text
        hits = [i for i in (buf.find(s) for s in self.stops) if i >= 0]
        if hits:
            self.held = ""
            return buf[: min(hits)], True
        keep = 0
        for stop in self.stops:
            for k in range(min(len(stop) - 1, len(buf)), keep, -1):
                if buf.endswith(stop[:k]):
                    keep = k
                    break
        self.held = buf[len(buf) - keep :]
        return buf[: len(buf) - keep], False

    def flush(self) -> str:
        text, self.held = self.held, ""
        return text


class _Runner(ChildRunner):
    """Owns the Llama object and answers requests one at a time."""

    doing = ui_text("generating")
    failure_hint = ui_text("Send the message again; if it keeps failing, restart the model or pick another one.")

    def __init__(self, params: LoadParams) -> None:
        # jinja2 is loaded here, in the child only: the parent never renders a template.
        from app.core.engines.local.template import FALLBACK_TEMPLATE, ChatTemplate

        super().__init__(params.model_path, params.n_threads, params.n_gpu_layers, n_ctx=params.n_ctx,
                         n_batch=params.n_batch)  # fmt: skip
        llm, llama_cpp = self._llm, self._lib
        if params.lora_path is not None:
            apply_lora(llama_cpp, llm, params.lora_path, params.lora_scale)
        self.n_ctx = llm.n_ctx()
        self._vocab = llama_cpp.llama_model_get_vocab(llm.model)
        self._bos = llm.token_bos()
        self._add_bos = bool(llama_cpp.llama_vocab_get_add_bos(self._vocab))
        self._template = ChatTemplate(
            llm.metadata.get("tokenizer.chat_template") or FALLBACK_TEMPLATE,
            bos_token=self._token_text(self._bos),
            eos_token=self._token_text(llm.token_eos()),
        )
        self._piece_buf = ctypes.create_string_buffer(64)
        self._reuse = params.reuse_prefix
        # Together the saved states hold at most one context's worth of
        # tokens: never more memory than the live KV cache itself.
        self._slots = KVSlots(params.kv_slots, self.n_ctx) if params.reuse_prefix and params.kv_slots > 0 else None
        self._grammars = SchemaGrammars(llama_cpp, self._vocab)

    def ready(self) -> Ready:
        return Ready(self.n_ctx, self.gpu_offload)

    def close(self) -> None:
        self._grammars.close()
        super().close()

    def _token_text(self, token: int) -> str:
        if token < 0:
            return ""
        # llama.cpp's C functions come through ctypes untyped: this one returns a char *, read as bytes.
        text: bytes = self._lib.llama_vocab_get_text(self._vocab, token)
        return text.decode("utf-8", errors="replace")

    def _work(self, conn: Connection, msg: Request | Cancel) -> Callable[[], Reply] | None:
        match msg:
            case Generate(rid, chat_request):
                return lambda: self._generate(conn, rid, chat_request)
            case Score(rid, score_request):
                return lambda: self._score(conn, rid, score_request)
        return None

    # -- prompt ---------------------------------------------------------------

    def _render(self, messages: Sequence[Message]) -> list[int]:
        return self._tokens(self._template.render(messages))

    def _tokens(self, prompt: str) -> list[int]:
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
        # Templates that write bos_token themselves must not get a second one.
        if self._add_bos and self._bos >= 0 and tokens[:1] != [self._bos]:
            tokens.insert(0, self._bos)
        return tokens

    def _prepare(self, request: ChatRequest) -> tuple[list[int], int, int]:
        """Tokens of the prompt that fits, messages dropped, and the answer's token limit."""
        # Reserve room for the answer when choosing what history fits, but at
        # most half the context so a long max_tokens never crowds out the prompt.
        reserve = min(request.max_tokens, self.n_ctx // 2)
        try:
            kept, dropped = fit_messages(request.messages, lambda msgs: len(self._render(msgs)), self.n_ctx - reserve)
            tokens = self._render(kept)
        except UserFacingError:
            raise
        except Exception as exc:
            raise UserFacingError(
                ui_text(
                    "The conversation could not be turned into a prompt ({kind}: {error}).",
                    kind=type(exc).__name__,
                    error=str(exc),
                ),
                ui_text("Adjust the conversation, or pick another model."),
            ) from None
        return tokens, dropped, min(request.max_tokens, self.n_ctx - len(tokens))

    def _prefill(self, tokens: list[int], interrupted: Callable[[], bool], boundary: int | None = None) -> int | None:
        """Evaluate the prompt, reusing the KV cache for the common prefix.

        ``Llama.generate`` would do the same in one uninterruptible eval; done
        here batch by batch, a cancel is seen between batches of a long
        prompt. Returns the cached prefix length, or None when interrupted.

        ``boundary`` (scoring) fixes how the prompt is cut into batches: the
        first ``boundary`` tokens from position 0, the rest (last token
        included) from there. Only that prefix is reused from the cache, or
        nothing, so the logits do not depend on what an earlier request left
        behind.
        """
        llm, lib = self._llm, self._lib
        # The last prompt token is always evaluated again: sampling needs its logits.
        if boundary is not None:
            boundary = min(boundary, len(tokens) - 1)

        def usable(common: int) -> int:
            common = min(common, len(tokens) - 1)
            if boundary is None:
                return common
            return boundary if common >= boundary else 0

        live = llm.input_ids[: llm.n_tokens].tolist()
        cached = usable(common_prefix(live, tokens)) if self._reuse else 0
        if self._slots is not None:
            cached = self._swap_states(live, tokens, cached, usable)
        # Recurrent models cannot drop part of their state; they start over.
        if not lib.llama_memory_seq_rm(lib.llama_get_memory(llm.ctx), 0, cached, -1):
            llm.reset()
            cached = 0
        llm.n_tokens = cached
        # The last prompt token goes alone, as it does when the rest is cached:
        # logits from a batch of one differ in the last bits from those of a
        # longer batch, and at temperature 0 that can flip a near-tie, so a
        # repeated request would not repeat its answer.
        # With a boundary the cut is the same whatever was cached, so the last
        # token can go with the rest: one evaluation fewer per scored prompt.
        last = len(tokens) - 1
        if boundary is None:
            cuts, tail = [cached, last], [tokens[last:]]
        else:
            cuts, tail = ([cached, boundary, len(tokens)] if cached < boundary else [cached, len(tokens)]), []
        batches = [
            tokens[i : min(i + llm.n_batch, end)]
            for start, end in zip(cuts, cuts[1:])
            for i in range(start, end, llm.n_batch)
        ]
        for batch in [*batches, *tail]:
            if interrupted():
                return None
            llm.eval(batch)
        return cached

    def _swap_states(self, live: list[int], tokens: list[int], cached: int, usable: Callable[[int], int]) -> int:
        """Save the live KV cache before the prompt overwrites it; restore a saved one that serves it better.

        Returns how many of ``tokens`` the KV cache now holds ready.
        """
        assert self._slots is not None
        index, common = self._slots.best(tokens)
        restore = index >= 0 and worth_restoring(usable(common), cached)
        saved = self._slots.take(index) if restore else None
        kept = 0 if restore else cached
        if worth_saving(len(live), kept):
            state = self._save_live()
            if state is not None:
                self._slots.put(live, state)
        if saved is None:
            return cached
        return usable(common) if self._restore(saved) else 0

    def _save_live(self) -> Any:
        """The KV cells of the live prompt (sequence 0), or None if llama.cpp cannot give them."""
        llm, lib = self._llm, self._lib
        # Cells past n_tokens (targets scored after the prompt) are not part of it.
        lib.llama_memory_seq_rm(lib.llama_get_memory(llm.ctx), 0, llm.n_tokens, -1)
        size = lib.llama_state_seq_get_size(llm.ctx, 0)
        data = (ctypes.c_uint8 * size)()
        written = lib.llama_state_seq_get_data(llm.ctx, data, size, 0)
        if not 0 < written <= size:
            return None
        return data if written == size else (ctypes.c_uint8 * written).from_buffer_copy(data)

    def _restore(self, saved: SavedState) -> bool:
        """Make ``saved`` the live KV cache; on failure leave it empty and return False."""
        llm, lib = self._llm, self._lib
        lib.llama_memory_seq_rm(lib.llama_get_memory(llm.ctx), 0, -1, -1)
        if not lib.llama_state_seq_set_data(llm.ctx, saved.data, len(saved.data), 0):
            llm.reset()
            return False
        n = len(saved.tokens)
        llm.input_ids[:n] = saved.tokens
        llm.n_tokens = n
        return True

    # -- generation -------------------------------------------------------------

    def _piece(self, token: int) -> bytes:
        # Not Llama.detokenize: its fixed 32-byte buffer truncates longer pieces.
        to_piece = self._lib.llama_token_to_piece
        n = to_piece(self._vocab, token, self._piece_buf, len(self._piece_buf), 0, False)
        if n < 0:
            self._piece_buf = ctypes.create_string_buffer(-n)
            n = to_piece(self._vocab, token, self._piece_buf, -n, 0, False)
        return self._piece_buf.raw[:n]

    def _generate(self, conn: Connection, rid: int, request: ChatRequest) -> Done:
        llm, lib = self._llm, self._lib
        interrupted = self._interrupter(conn, rid)
        # A schema the grammar cannot express is refused before any work (grammar.py).
        grammar = self._grammars.get(request.json_schema) if request.json_schema is not None else None
        tokens, dropped, max_new = self._prepare(request)
        cached = self._prefill(tokens, interrupted)
        if cached is None:
            return Done(rid, Stats(tokens_in=len(tokens), dropped_messages=dropped, stop_reason="cancelled"))
        llm.set_seed(request.seed if request.seed is not None else lib.LLAMA_DEFAULT_SEED)

        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        stopper = StopMatcher(tuple(s for s in request.stop if s))
        n_out = sampled = 0
        first_at = end_at = sent_at = 0.0
        unsent: list[str] = []
        reason: StopReason = "length"
        hit_stop = False
        generator = (
            grammar_tokens(lib, llm, grammar, request)
            if grammar is not None
            else llm.generate(
                tokens,
                temp=max(request.temperature, 0.0),
                top_k=request.top_k,
                top_p=request.top_p,
                min_p=request.min_p,
                repeat_penalty=request.repeat_penalty,
            )
        )
        try:
            for token in generator:
                end_at = time.perf_counter()
                if sampled == 0:
                    first_at = end_at
                sampled += 1
                if lib.llama_vocab_is_eog(self._vocab, token):
                    reason = "stop"
                    break
                n_out += 1
                text, hit_stop = stopper.feed(decoder.decode(self._piece(token)))
                if text:
                    unsent.append(text)
                    if end_at - sent_at >= SEND_INTERVAL_S:
                        conn.send(Text(rid, "".join(unsent)))
                        unsent.clear()
                        sent_at = end_at
                if hit_stop:
                    reason = "stop"
                    break
                if n_out >= max_new:
                    break
                if interrupted():
                    reason = "cancelled"
                    break
        finally:
            generator.close()
        # Bytes still in the decoder are a character cut off by the token
        # limit or a cancel: the answer ends before it rather than with U+FFFD.
        if not hit_stop:
            unsent.append(stopper.flush())
        if any(unsent):
            conn.send(Text(rid, "".join(unsent)))
        # The first token's time is the prompt's; the decode rate starts after it.
        decode_s = end_at - first_at
        stats = Stats(
            tokens_in=len(tokens),
            tokens_out=n_out,
            tokens_per_s=(sampled - 1) / decode_s if sampled > 1 and decode_s > 0 else None,
            stop_reason=reason,
            cached_tokens=cached,
            dropped_messages=dropped,
        )
        return Done(rid, stats)

    # -- scoring ----------------------------------------------------------------

    def _score(self, conn: Connection, rid: int, request: ScoreRequest) -> Scored | Done:
        """Log-probabilities of every branch's targets after the prompt; see the module docstring."""
        llm = self._llm
        interrupted = self._interrupter(conn, rid)
        try:
            prompt = self._template.render(request.messages) + request.answer_prefix
            shared = ""
            if request.shared_messages < len(request.messages):
                # The shared messages and the shared start of the next one, as the template renders them.
                head = request.messages[request.shared_messages]
                shared = self._template.render(
                    (*request.messages[: request.shared_messages], Message(head.role, request.shared_text))
                )
        except UserFacingError:
            raise
        except Exception as exc:
            raise UserFacingError(
                ui_text("This model's chat template could not format the prompt ({error}).", error=str(exc)),
                ui_text("Try without few-shot examples or instructions, or pick another model."),
            ) from None
        base = self._tokens(prompt)
        boundary = common_prefix(self._tokens(shared), base) if shared else 0
        # Every branch and target as the tokens of the whole text, so a target
        # that merges with the text before it is still tokenized as the model saw it.
        sequences: list[list[tuple[list[int], int]]] = []
        longest = 0
        for branch in request.branches:
            stem = self._tokens(prompt + branch.stem) if branch.stem else base
            full = [self._tokens(prompt + branch.stem + target) for target in branch.targets]
            ends_needed = _some_prefix_of_another([f[len(stem) :] for f in full])
            row = []
            for tokens in full:
                start = max(common_prefix(stem, tokens), 1)
                if ends_needed:
                    tokens = [*tokens, self._end_token]
                row.append((tokens, min(start, len(tokens) - 1)))
                longest = max(longest, len(tokens))
            sequences.append(row)
        # llama.cpp may round the context up; the Llama object's buffers keep the size asked for.
        limit = min(self.n_ctx, len(llm.input_ids))
        if longest > limit:
            raise ContextTooLongError(
                ui_text(
                    "The text needs {needed} tokens with the instructions and labels, but this model's "
                    "context holds {limit}.",
                    needed=f"{longest:,}",
                    limit=f"{limit:,}",
                ),
                ui_text(
                    "Shorten the text (or the label descriptions and examples), or raise the context size in Settings."
                ),
            )
        stopped = Done(rid, Stats(tokens_in=len(base), stop_reason="cancelled"))
        cached = self._prefill(base, interrupted, boundary=boundary)
        if cached is None:
            return stopped
        evaluated = len(base) - cached
        saved: dict[tuple[int, ...], np.ndarray] = {tuple(base): self._last_logprobs()}
        logprobs: list[tuple[float, ...]] = []
        n_tokens: list[tuple[int, ...]] = []
        for row in sequences:
            row_lp: list[float] = []
            for tokens, start in row:
                if interrupted():
                    return stopped
                total, n_eval = self._score_target(tokens, start, saved)
                row_lp.append(total)
                evaluated += n_eval
            logprobs.append(tuple(row_lp))
            n_tokens.append(tuple(len(tokens) - start for tokens, start in row))
        # Leave the cache holding the prompt alone, ready for the next request's shared prefix.
        llm.n_tokens = min(llm.n_tokens, len(base))
        stats = Stats(tokens_in=evaluated + cached, stop_reason="stop", cached_tokens=cached)
        return Scored(rid, tuple(logprobs), tuple(n_tokens), stats)

    @property
    def _end_token(self) -> int:
        eot = self._lib.llama_vocab_eot(self._vocab)
        return eot if eot >= 0 else self._llm.token_eos()

    def _score_target(
        self, tokens: list[int], start: int, saved: dict[tuple[int, ...], np.ndarray]
    ) -> tuple[float, int]:
        """Sum of log P(tokens[i] | tokens[:i]) for i from ``start``; and how many tokens it evaluated."""
        llm = self._llm
        key = tuple(tokens[:start])
        lp = saved.get(key)
        n_eval = 0
        have = common_prefix(llm.input_ids[: llm.n_tokens].tolist(), tokens[:start])
        if lp is None or have < start:
            # The stem of a branch (or a target merged with the text before it):
            # evaluate what is missing, its last token alone as the prompt's is.
            have = min(have, start - 1)
            llm.n_tokens = have
            if start - 1 > have:
                llm.eval(tokens[have : start - 1])
            llm.eval(tokens[start - 1 : start])
            n_eval = start - have
            lp = saved[key] = self._last_logprobs()
        total = 0.0
        for i in range(start, len(tokens)):
            total += float(lp[tokens[i]])
            if i + 1 < len(tokens):
                llm.n_tokens = i  # drop whatever an earlier target left after this position
                llm.eval(tokens[i : i + 1])
                n_eval += 1
                lp = self._last_logprobs()
        return total, n_eval

    def _last_logprobs(self) -> np.ndarray:
        """Log-softmax of the logits of the last evaluated position (the only ones kept)."""
        import numpy as np

        n_vocab = self._llm.n_vocab()
        logits = np.ctypeslib.as_array(self._lib.llama_get_logits_ith(self._llm.ctx, -1), shape=(n_vocab,))
        logits = logits.astype(np.float64)
        top = logits.max()
        logprobs: np.ndarray = logits - (top + np.log(np.exp(logits - top).sum()))
        return logprobs


def _some_prefix_of_another(sequences: Sequence[Sequence[int]]) -> bool:
    """Whether one token sequence starts another: then the end of the answer must be scored too."""
    for i, a in enumerate(sequences):
        for j, b in enumerate(sequences):
            if i != j and len(a) <= len(b) and list(b[: len(a)]) == list(a):
                return True
    return False


def _load_failure(exc: Exception) -> tuple[str, str]:
    """Message and hint (empty: the parent's own) for a model that failed to load."""
    from jinja2.exceptions import TemplateError

    # Llama() compiles every chat template in the file as it loads.
    if isinstance(exc, LoraRefused):
        return exc.message, exc.hint
    if isinstance(exc, TemplateError):
        return (
            ui_text("its chat template is not a valid Jinja template ({error})", error=str(exc)),
            ui_text("The model file is broken: download another conversion of this model, or pick another model."),
        )
    return load_failure_text(exc)
