"""Words the window shows in the person's language, written here in English without Qt.

``ui_text("Could not load {name}.", name=x)`` is a plain ``str`` (the English text, so the
command line and the logs read it as before) that also keeps its template and arguments.
The window translates the template at its edge (``app.ui.i18n.core_text``) and fills in the
arguments; ``scripts/i18n.py`` finds every ``ui_text("...")`` literal in ``app/core`` and
hands it to Qt's ``lupdate`` under the context ``"core"``. The template must be a literal.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence

#: How many recent texts :func:`recalled` finds again by their English (a few screens' worth of messages).
RECALL_LIMIT = 4096
_recent: OrderedDict[str, UiText] = OrderedDict()
_recent_lock = threading.Lock()


class UiText(str):
    """English text that remembers how it was made: ``template`` and ``args``."""

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, args: Mapping[str, object]) -> UiText:
        made = super().__new__(cls, template.format(**args) if args else template)
        made.template = template
        made.args = dict(args)
        _remember(made)
        return made

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled (a child process's error crossing its pipe) as what it is made of, not as a plain str.
        return (UiText, (self.template, dict(self.args)))


def ui_text(template: str, /, **args: object) -> UiText:
    """``template`` with ``{name}`` placeholders filled from ``args``, marked for translation."""
    return UiText(template, args)


class JoinedText(UiText):
    """Sentences or clauses made apart and shown together: each part is translated on its own."""

    parts: tuple[str, ...]
    separator: str

    def __reduce__(self) -> tuple[object, ...]:
        return (ui_join, (list(self.parts), self.separator))


def ui_join(parts: Sequence[str], separator: str = " ") -> UiText:
    """``separator.join(parts)`` that keeps each part's template for the window's translation."""
    made = JoinedText("{text}", {"text": separator.join(parts)})
    made.parts = tuple(parts)
    made.separator = separator
    return made


def _remember(text: UiText) -> None:
    with _recent_lock:
        _recent[str.__str__(text)] = text
        _recent.move_to_end(str.__str__(text))
        while len(_recent) > RECALL_LIMIT:
            _recent.popitem(last=False)


def recalled(text: str) -> UiText | None:
    """The recent :class:`UiText` whose English is ``text``: a message that crossed a Qt signal as a
    plain ``str`` (a worker's error) is found again, so the window can still translate it."""
    if isinstance(text, UiText):
        return text
    with _recent_lock:
        return _recent.get(text)
