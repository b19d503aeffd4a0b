"""What to compare: the ``Comparison`` spec, its columns, its tasks and its checks.

A column is a model, or one model with settings of its own
(``ColumnSettings``): the same model may fill two columns, which are then
told apart by their names. ``Comparison.validate()`` raises
``InvalidRequestError`` naming what is missing; ``to_dict()`` /
``from_dict()`` round-trip through JSON. This module imports no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from app.core.engines.base import ChatRequest
from app.core.errors import InvalidRequestError
from app.core.plural import counted
from app.core.tasks.chat import ChatParams, Conversation
from app.core.tasks.classification import Classifier, ClassifyOptions, Label, LabelSet
from app.core.tasks.languages import find_language
from app.core.tasks.translation import TranslationOptions
from app.core.ui_text import ui_join, ui_text

Task = Literal["chat", "translate", "classify", "batch-classify", "batch-translate"]
TASKS: tuple[Task, ...] = ("chat", "translate", "classify", "batch-classify", "batch-translate")
BATCH_TASKS: tuple[Task, ...] = ("batch-classify", "batch-translate")
MIN_MODELS = 2
MAX_MODELS = 4
#: A chat answer's length limit when the spec gives none.
DEFAULT_CHAT_MAX_TOKENS = 512


# -- the spec ---------------------------------------------------------------------------

#: The settings a column may set for itself, per task: what the task sends to the model.
COLUMN_SETTINGS: dict[str, tuple[str, ...]] = {
    "chat": ("temperature", "system"),
    "translate": ("temperature",),
    "batch-translate": ("temperature",),
    "classify": (),
    "batch-classify": (),
}
#: Characters of a system prompt shown in a column's name.
SYSTEM_IN_NAME = 24


@dataclass(frozen=True)
class ColumnSettings:
    """What one column sets for itself, so that one model can be compared with itself; None: the comparison's own."""

    temperature: float | None = None
    system: str | None = None


@dataclass(frozen=True)
class Comparison:
    """What to compare: a task, its input and options, and 2–4 columns.

    Each column is a model id; ``columns`` (empty, or one ``ColumnSettings`` per
    model) lets a column set its own temperature or system prompt, so the same
    model may fill two columns when their settings differ. ``column_labels()``
    names the columns by what differs.

    Which fields apply depends on ``task``:

    * chat: ``text`` (the prompt), ``system``, ``max_tokens``, ``temperature``, ``seed``, and
      ``collections``: the document collections the prompt is answered from (the same passages to every model);
    * translate: ``text``, ``target`` (code or name), ``source`` (None: detect),
      ``temperature``, ``seed``, ``max_tokens``;
    * classify: ``text``, ``labels`` (each ``"name"`` or ``"name=description"``), ``multi``;
    * batch-classify / batch-translate: ``input_path``, ``text_column``,
      ``gold_column`` (batch-classify: accuracy and macro-F1), and the options
      of classify / translate.

    ``validate()`` raises ``InvalidRequestError`` naming what is missing.
    ``to_dict()`` / ``from_dict()`` round-trip through JSON.
    """

    task: Task
    models: tuple[str, ...]
    text: str = ""
    title: str = ""
    system: str = ""
    #: None: 512 for chat; sized from the text for translation.
    max_tokens: int | None = None
    temperature: float = 0.7
    seed: int | None = None
    target: str = ""
    source: str | None = None
    labels: tuple[str, ...] = ()
    multi: bool = False
    input_path: str | None = None
    text_column: str = ""
    gold_column: str | None = None
    columns: tuple[ColumnSettings, ...] = ()
    collections: tuple[str, ...] = ()

    def validate(self) -> Comparison:
        """This spec with the model ids trimmed; ``InvalidRequestError`` saying what is wrong otherwise."""
        if self.task not in TASKS:
            raise InvalidRequestError(
                ui_text("Unknown comparison task {task}.", task=repr(self.task)),
                ui_text("Pick one of: {tasks}.", tasks=", ".join(TASKS)),
            )
        models = [m.strip() for m in self.models]
        if not MIN_MODELS <= len(models) <= MAX_MODELS:
            raise InvalidRequestError(
                ui_text(
                    "A comparison needs {min} to {max} models (got {count}).",
                    min=MIN_MODELS,
                    max=MAX_MODELS,
                    count=len(models),
                ),
                ui_text("Add or remove models."),
            )
        if not all(models):
            raise InvalidRequestError(ui_text("A model id is empty."), ui_text("Pick a model for every column."))
        if self.columns and len(self.columns) != len(models):
            raise InvalidRequestError(
                ui_text(
                    "There are settings for {columns} but {count} models.",
                    columns=counted(len(self.columns), "column"),
                    count=len(models),
                ),
                ui_text("Give every model its own settings, or none."),
            )
        spec = replace(self, models=tuple(models))
        columns = [(model, spec._used_settings(i)) for i, model in enumerate(models)]
        twice = sorted({model for model, used in columns if columns.count((model, used)) > 1})
        if twice:
            if COLUMN_SETTINGS[self.task]:
                hint = ui_text("Compare different models, or give each column its own temperature or system prompt.")
            else:
                hint = ui_text("Compare different models: a column of this task has no settings of its own.")
            raise InvalidRequestError(
                ui_text("{models} appears more than once with the same settings.", models=", ".join(twice)), hint
            )
        if self.task in BATCH_TASKS:
            if not self.input_path:
                raise InvalidRequestError(
                    ui_text("No input file was given."), ui_text("Pick a CSV or JSONL file to run over.")
                )
            if not self.text_column.strip():
                raise InvalidRequestError(
                    ui_text("No text column was given."), ui_text("Name the column that holds the text.")
                )
        elif not self.text.strip():
            empty = {
                "chat": ui_text("The prompt is empty."),
                "translate": ui_text("The text to translate is empty."),
                "classify": ui_text("The text to classify is empty."),
            }
            raise InvalidRequestError(empty[self.task], ui_text("Type or paste some text."))
        if self.collections and self.task != "chat":
            raise InvalidRequestError(
                ui_text("Only a chat comparison answers from documents."),
                ui_text("Pick the chat task, or detach the collections."),
            )
        if self.task in ("translate", "batch-translate"):
            if not self.target.strip():
                raise InvalidRequestError(
                    ui_text("No target language was given."), ui_text("Pick the language to translate into.")
                )
            find_language(self.target)
            if self.source:
                find_language(self.source)
        if self.task in ("classify", "batch-classify"):
            self.classifier()
        if self.max_tokens is not None and self.max_tokens < 1:
            raise InvalidRequestError(
                ui_text("max_tokens must be at least 1 (got {value}).", value=self.max_tokens),
                ui_text("Raise the answer length limit."),
            )
        return spec

    def for_column(self, index: int) -> Comparison:
        """This spec as column ``index`` runs it: its own settings in place of the shared ones."""
        if not self.columns:
            return self
        own = self.columns[index]
        return replace(
            self,
            temperature=self.temperature if own.temperature is None else own.temperature,
            system=self.system if own.system is None else own.system,
            columns=(),
        )

    def _used_settings(self, index: int) -> tuple[tuple[str, object], ...]:
        column = self.for_column(index)
        return tuple((name, getattr(column, name)) for name in COLUMN_SETTINGS[self.task])

    def column_settings(self, index: int) -> dict[str, object]:
        """The settings column ``index`` runs with, of those a column may set for this task."""
        return dict(self._used_settings(index))

    def column_labels(self) -> tuple[str, ...]:
        """One name per column: the model id, then the settings that differ between columns.

        ``("starter (temperature 0.2)", "starter (temperature 1.0)")``; just the model ids
        when no setting differs. Names are unique for a valid spec: two columns alike in
        model and in every differing setting are alike in all, which ``validate`` refuses.
        """
        columns = [self.for_column(i) for i in range(len(self.models))]
        parts: list[list[str]] = [[] for _ in columns]
        used = COLUMN_SETTINGS.get(self.task, ())
        if "temperature" in used and len({c.temperature for c in columns}) > 1:
            for part, column in zip(parts, columns):
                part.append(ui_text("temperature {value}", value=format_temperature(column.temperature)))
        if "system" in used and len({c.system for c in columns}) > 1:
            for part, name in zip(parts, _system_names([c.system for c in columns])):
                part.append(name)
        return tuple(
            ui_text("{model} ({settings})", model=model, settings=ui_join(part, ", ")) if part else model
            for model, part in zip(self.models, parts)
        )

    @property
    def is_batch(self) -> bool:
        return self.task in BATCH_TASKS

    @property
    def display_title(self) -> str:
        """``title``, or one made from the task and the start of the input."""
        if self.title.strip():
            return self.title.strip()
        if self.is_batch:
            subject = Path(self.input_path or "").name
        else:
            subject = " ".join(self.text.split())
            if len(subject) > 60:
                subject = subject[:59].rstrip() + "…"
        return f"{self.task}: {subject}"

    def classifier(self) -> Classifier:
        """The checked classifier of a classify task (raises ``InvalidRequestError`` for a bad label set)."""
        labels = []
        for item in self.labels:
            name, _, description = item.partition("=")
            labels.append(Label(name.strip(), description.strip()))
        return Classifier(LabelSet(tuple(labels)), ClassifyOptions(multi=self.multi))

    def translation_options(self) -> TranslationOptions:
        return TranslationOptions(
            target=self.target, source=self.source or None, temperature=self.temperature, seed=self.seed,
            max_tokens=self.max_tokens,
        )  # fmt: skip

    def chat_request(self, ask: str | None = None) -> ChatRequest:
        """The chat request; ``ask``, when given, is sent in place of the prompt (the prompt grounded in sources)."""
        conversation = Conversation(system_prompt=self.system)
        conversation.add_user(self.text)
        params = ChatParams(
            temperature=self.temperature, max_tokens=self.max_tokens or DEFAULT_CHAT_MAX_TOKENS, seed=self.seed
        )
        return conversation.request(params, ask=ask)

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["models"] = list(self.models)
        data["labels"] = list(self.labels)
        data["columns"] = [asdict(c) for c in self.columns]
        data["collections"] = list(self.collections)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Comparison:
        known = {f.name for f in fields(cls)}
        # Any: the values come from a saved JSON file, which nothing checks against the fields' types.
        values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        values["models"] = tuple(values.get("models", ()))
        values["labels"] = tuple(values.get("labels", ()))
        values["columns"] = tuple(ColumnSettings(**c) for c in values.get("columns", ()))
        values["collections"] = tuple(str(name) for name in values.get("collections", ()))
        return cls(**values)


def format_temperature(value: float) -> str:
    """A temperature as a column's name shows it: exact, so that two different ones never read alike ("1.0")."""
    return repr(float(value))


def _system_names(prompts: Sequence[str]) -> list[str]:
    """How each column's system prompt reads in its name: its start, or its number where starts look alike."""

    def start(text: str) -> str:
        one_line = " ".join(text.split())
        return one_line if len(one_line) <= SYSTEM_IN_NAME else one_line[: SYSTEM_IN_NAME - 1].rstrip() + "…"

    distinct = list(dict.fromkeys(p for p in prompts if p.strip()))
    if len({start(p) for p in distinct}) == len(distinct):
        return [
            ui_text('system "{start}"', start=start(p)) if p.strip() else ui_text("no system prompt") for p in prompts
        ]
    return [
        ui_text("system prompt {number}", number=distinct.index(p) + 1) if p.strip() else ui_text("no system prompt")
        for p in prompts
    ]
