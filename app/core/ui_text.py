"""Words the window shows in the person's language, written here in English without Qt.

``ui_text("Could not load {name}.", name=x)`` is a plain ``str`` (the English text, so the
command line and the logs read it as before) that also keeps its template and arguments.
The window translates the template at its edge (``app.ui.i18n.core_text``) and fills in the
arguments; ``scripts/i18n.py`` finds every ``ui_text("...")`` literal in ``app/core`` and
hands it to Qt's ``lupdate`` under the context ``"core"``. The template must be a literal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class UiText(str):
    """English text that remembers how it was made: ``template`` and ``args``."""

    template: str
    args: Mapping[str, object]

    def __new__(cls, template: str, args: Mapping[str, object]) -> UiText:
        made = super().__new__(cls, template.format(**args) if args else template)
        made.template = template
        made.args = dict(args)
        return made


def ui_text(template: str, /, **args: object) -> UiText:
    """``template`` with ``{name}`` placeholders filled from ``args``, marked for translation."""
    return UiText(template, args)


class JoinedText(UiText):
    """Sentences or clauses made apart and shown together: each part is translated on its own."""

    parts: tuple[str, ...]
    separator: str


def ui_join(parts: Sequence[str], separator: str = " ") -> UiText:
    """``separator.join(parts)`` that keeps each part's template for the window's translation."""
    made = JoinedText("{text}", {"text": separator.join(parts)})
    made.parts = tuple(parts)
    made.separator = separator
    return made
