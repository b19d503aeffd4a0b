"""What the chat child (``child.py``) and the embedding child (``embed_child.py``) share: loading the model, the
process's life, the cancels on the pipe and the reply to a failed request.

The parent imports the children's modules for their entry points only, so ``llama_cpp`` is imported here
inside what runs in a child, never at the top.
"""

from __future__ import annotations

import ctypes
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar

from app.core.engines.local.messages import (
    Cancel,
    Done,
    Embed,
    Embedded,
    Failed,
    Generate,
    LoadFailed,
    Quit,
    Ready,
    Score,
    Scored,
    ToChild,
)
from app.core.errors import UserFacingError
from app.core.ui_text import ui_text

if TYPE_CHECKING:
    from llama_cpp import Llama

#: What a child is asked to do, and the reply that ends a request that went well.
Request = Generate | Score | Embed
Reply = Done | Scored | Embedded


def run_child(
    conn: Connection, load: Callable[[], ChildRunner], load_failure: Callable[[Exception], tuple[str, str]]
) -> None:
    """A child's whole life: load (or say why not), say it is ready, serve until told to quit or the pipe is gone.

    ``load_failure`` gives the message and hint (empty: the parent's own) for a model that failed to load.
    """
    # Ctrl+C in a terminal reaches the whole process group; the parent decides
    # when this process ends, so a stray KeyboardInterrupt here would only
    # print a traceback and lose the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        runner = load()
    except Exception as exc:  # llama.cpp reports a bad file as ValueError/RuntimeError
        conn.send(LoadFailed(*load_failure(exc)))
        conn.close()
        return
    try:
        conn.send(runner.ready())
        runner.serve(conn)
    except (EOFError, OSError):
        pass  # the parent went away: nothing left to answer
    finally:
        runner.close()
        conn.close()


def load_failure_text(exc: Exception) -> tuple[str, str]:
    """What llama.cpp said, with the parent's own hint."""
    return str(exc) or type(exc).__name__, ""


class LoraRefused(ValueError):
    """llama.cpp would not apply a LoRA adapter to the loaded model; ``hint`` says what to do."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def apply_lora(llama_cpp: ModuleType, llm: Llama, path: str, scale: float) -> None:
    """Apply the GGUF LoRA adapter at ``path`` to ``llm``'s context at ``scale``; raise ``LoraRefused`` if refused.

    Not through ``Llama(lora_path=...)``: llama-cpp-python 0.3.36 then turns memory mapping off (the whole
    base is read into memory, though llama.cpp applies adapters in the graph and leaves the weights alone),
    and it misses llama.cpp's refusal (a NULL pointer is not ``None`` in ctypes): it goes on with no adapter
    and the process crashes later. The adapter is freed with the model.
    """
    adapter = llama_cpp.llama_adapter_lora_init(llm.model, path.encode("utf-8"))
    if not adapter:
        raise LoraRefused(
            ui_text(
                "it refused the LoRA adapter {name}: its tensors do not fit this model, or it is damaged",
                name=Path(path).name,
            ),
            ui_text(
                "An adapter works only on the base model it was trained for: add it on that model "
                "(Models › Installed › Add LoRA adapter…), or get the adapter again."
            ),
        )
    adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
    scales = (ctypes.c_float * 1)(scale)
    if llama_cpp.llama_set_adapters_lora(llm.ctx, adapters, 1, scales):
        raise LoraRefused(
            ui_text("it could not apply the LoRA adapter {name}", name=Path(path).name),
            ui_text("Remove the variant and add the adapter again; if it keeps failing, the adapter may be damaged."),
        )


class ChildRunner:
    """Owns the Llama object and answers requests one at a time; a subclass says which and how."""

    #: What the child was doing when llama.cpp failed ("generating"), and what to do about it.
    doing: ClassVar[str]
    failure_hint: ClassVar[str]

    def __init__(self, model_path: str, n_threads: int, n_gpu_layers: int, **options: Any) -> None:
        import llama_cpp

        self._lib = llama_cpp
        self.gpu_offload = bool(llama_cpp.llama_supports_gpu_offload())
        if self.gpu_offload:
            options["n_gpu_layers"] = n_gpu_layers
        self._llm: Llama = llama_cpp.Llama(
            model_path, n_threads=n_threads, n_threads_batch=n_threads, verbose=False, **options
        )
        self._quit = False

    def close(self) -> None:
        self._llm.close()

    def ready(self) -> Ready:
        raise NotImplementedError

    def serve(self, conn: Connection) -> None:
        """Answer requests one at a time until told to quit."""
        while not self._quit:
            msg: ToChild = conn.recv()
            if isinstance(msg, Quit):
                return
            work = self._work(conn, msg)
            # A Cancel for a request that already ended needs no answer.
            if work is not None:
                self._answer(conn, msg.rid, work)

    def _work(self, conn: Connection, msg: Request | Cancel) -> Callable[[], Reply] | None:
        """What answers ``msg``, or None for a message this child does not answer."""
        raise NotImplementedError

    def _interrupter(self, conn: Connection, rid: int) -> Callable[[], bool]:
        def interrupted() -> bool:
            # Between tokens or batches: drain what the parent sent; only this request's
            # cancel (or quit) counts, a stale cancel for an earlier one doesn't.
            while conn.poll():
                msg: ToChild = conn.recv()
                match msg:
                    case Quit():
                        self._quit = True
                        return True
                    case Cancel() if msg.rid == rid:
                        return True
            return False

        return interrupted

    def _answer(self, conn: Connection, rid: int, work: Callable[[], Reply]) -> None:
        """Do request ``rid``'s ``work`` and send the reply that ends it: its result, or what went wrong."""
        reply: Reply | Failed
        try:
            reply = work()
        except UserFacingError as exc:
            reply = Failed.of(rid, exc)
        except (EOFError, OSError):
            raise  # the pipe is gone: nobody to tell
        except Exception as exc:  # a llama_decode failure leaves the process usable
            failed = ui_text("llama.cpp failed while {doing} ({error}).", doing=self.doing, error=str(exc))
            reply = Failed.of(rid, UserFacingError(failed, self.failure_hint))
        conn.send(reply)
