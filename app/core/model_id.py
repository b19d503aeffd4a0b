"""Model ids, parsed in one place.

A model id is what a person picks or types, and what settings, the history
store, signals and the command line keep, as plain text:

* ``starter`` — the starter model shipped with Plinth;
* ``local:NAME`` or ``local:/path/to/file.gguf`` — a GGUF file on this computer;
* ``classifier:NAME`` or ``classifier:NAME@V`` — a classifier trained on embeddings and saved under NAME
  (``app.core.adaptation``), version V or the latest; it runs where its embedding model runs;
* ``PROVIDER:MODEL`` — a model behind the API of the provider a person named
  PROVIDER (``openai:gpt-4o``, ``ollama:llama3:8b``: the model's own name may
  hold colons).

Code that needs the parts parses the text with :meth:`ModelId.parse` rather
than splitting it itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NoReturn

from app.core.errors import ModelNotFoundError
from app.core.ui_text import ui_text

STARTER_ID = "starter"
LOCAL_PREFIX = "local"
CLASSIFIER_PREFIX = "classifier"
#: Prefixes that name no provider: a provider may not be called by one of them.
RESERVED_PREFIXES = frozenset({STARTER_ID, LOCAL_PREFIX, CLASSIFIER_PREFIX})

ModelKind = Literal["starter", "local", "classifier", "remote"]


class InvalidModelIdError(ModelNotFoundError):
    """Text that is no model id; a ``ModelNotFoundError``, so it reaches a person as an unknown model does."""


@dataclass(frozen=True)
class ModelId:
    kind: ModelKind
    #: The provider's name as the person gave it; None for a model on this computer.
    provider: str | None
    #: The local model's NAME or PATH, or the model as its provider names it; "" for the starter model.
    name: str

    @classmethod
    def parse(cls, text: str) -> ModelId:
        """The parts of ``text``; raises :class:`InvalidModelIdError` when it is not a model id.

        ``str()`` of the result is ``text`` again. Surrounding spaces are refused,
        not dropped: callers that take typed text strip it first.
        """
        if text == STARTER_ID:
            return cls("starter", None, "")
        prefix, colon, name = text.partition(":")
        if not text.strip():
            _refuse(text, ui_text("it is empty"))
        if text != text.strip():
            _refuse(text, ui_text("it has spaces around it"))
        if not colon:
            _refuse(text, ui_text("it names no provider (a provider's model is PROVIDER:{text})", text=text))
        if not prefix:
            _refuse(text, ui_text("nothing comes before the ':'"))
        if not name:
            _refuse(text, ui_text("no model comes after '{prefix}:'", prefix=prefix))
        if prefix == STARTER_ID:
            _refuse(text, ui_text("the starter model's id is just 'starter'"))
        if prefix == LOCAL_PREFIX:
            return cls("local", None, name)
        if prefix == CLASSIFIER_PREFIX:
            return cls("classifier", None, name)
        return cls("remote", prefix, name)

    @property
    def is_local(self) -> bool:
        """Whether the model runs on this computer (the text never leaves it).

        A classifier counts as local here: where its texts go is its embedding model's affair, which
        ``open_embedding_engine`` checks (offline mode included) when the classifier is opened.
        """
        return self.kind != "remote"

    @property
    def prefix(self) -> str:
        """What the id starts with: ``starter``, ``local`` or the provider's name (engine factories' key)."""
        return self.provider if self.provider is not None else self.kind

    def __str__(self) -> str:
        return self.prefix if self.kind == "starter" else f"{self.prefix}:{self.name}"


def _refuse(text: str, reason: str) -> NoReturn:
    raise InvalidModelIdError(
        ui_text("{text} is not a model id: {reason}.", text=repr(text), reason=reason),
        # The forms written out in one sentence, so that its "or" is translated too.
        ui_text("Model ids are starter, local:NAME, local:/path/to/file.gguf or PROVIDER:MODEL."),
    )
