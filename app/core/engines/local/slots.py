"""Saved KV states of earlier prompts: which to keep, which to restore, which to save (bookkeeping only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

#: A saved KV state is restored only when it spares at least this many tokens
#: of evaluation more than the live cache does.
MIN_RESTORE_GAIN = 8
#: The live cache is saved before a request throws away at least this many of
#: its tokens, and more than it keeps.
MIN_SAVE_TOKENS = 32


@dataclass
class SavedState:
    tokens: tuple[int, ...]
    #: What ``llama_state_seq_get_data`` wrote: a ctypes byte array (or any sized blob in tests).
    data: Any


class KVSlots:
    """KV states of earlier prompts, kept so that panels sharing one model do not evict each other.

    Chat, translation and classification each start with their own long
    instructions; on one context, each request overwrote the others' cached
    prefix. Before a request throws most of the live cache away, the child
    saves it here; a later prompt that shares a longer prefix with a saved
    state than with the live cache gets that state back instead of evaluating
    it again. At most ``count`` states and ``max_tokens`` tokens in all,
    least recently used out first. A restored state leaves the list: it is the
    live cache again, and is saved anew when that is thrown away.

    The states themselves are opaque here: the child reads and writes them
    with llama.cpp.
    """

    def __init__(self, count: int, max_tokens: int) -> None:
        self.count = count
        self.max_tokens = max_tokens
        self._states: list[SavedState] = []  # least recently used first

    def __len__(self) -> int:
        return len(self._states)

    @property
    def n_tokens(self) -> int:
        return sum(len(s.tokens) for s in self._states)

    def best(self, tokens: Sequence[int]) -> tuple[int, int]:
        """The index of the state sharing the longest prefix with ``tokens``, and that length; (-1, 0) if none."""
        best, length = -1, 0
        for i, state in enumerate(self._states):
            n = common_prefix(state.tokens, tokens)
            if n > length:
                best, length = i, n
        return best, length

    def take(self, index: int) -> SavedState:
        return self._states.pop(index)

    def put(self, tokens: Sequence[int], data: Any) -> None:
        """Keep the state of ``tokens``; states it makes redundant (its prefixes) and the oldest go."""
        key = tuple(tokens)
        if not key or len(key) > self.max_tokens or self.count < 1:
            return
        self._states = [s for s in self._states if key[: len(s.tokens)] != s.tokens]
        self._states.append(SavedState(key, data))
        while len(self._states) > self.count or self.n_tokens > self.max_tokens:
            del self._states[0]


def worth_restoring(restorable: int, cached: int) -> bool:
    """Whether a saved state holding ``restorable`` usable tokens beats a live cache holding ``cached``."""
    return restorable >= cached + MIN_RESTORE_GAIN


def worth_saving(n_live: int, kept: int) -> bool:
    """Whether a live cache of ``n_live`` tokens, of which the next prompt keeps ``kept``, should be saved first."""
    return n_live - kept >= MIN_SAVE_TOKENS and n_live - kept > kept


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """How many tokens ``a`` and ``b`` share from their start."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
