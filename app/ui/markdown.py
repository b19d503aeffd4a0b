"""Markdown for the transcript: safe HTML that Qt's rich text understands, rendered
incrementally while an answer streams in.

Model output is untrusted: raw HTML and images are disabled (an image would
make Qt load a local file or URL named by the model).
"""

from __future__ import annotations

import re
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# A fence may be indented inside list items; any indentation counts while
# streaming, since a wrong guess only lasts until the final full render.
_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")


def code_block_html(code: str, language: str = "") -> str:
    """A code block as a one-cell table: Qt gives tables padding and a
    background box, while a bare <pre> only gets a background per line."""
    label = f'<tr><td class="lang">{escape(language)}</td></tr>' if language else ""
    body = escape(code.rstrip("\n"))
    return (
        '<table class="code" width="100%" cellspacing="0" cellpadding="10">'
        f"{label}<tr><td><pre>{body}</pre></td></tr></table>\n"
    )


class MarkdownRenderer:
    """CommonMark plus tables to HTML, with no raw HTML and no images."""

    def __init__(self) -> None:
        self._md: MarkdownIt | None = None

    def render(self, source: str) -> str:
        if self._md is None:
            self._md = self._build()
        return str(self._md.render(source))

    @staticmethod
    def _build() -> MarkdownIt:
        # Imported here so opening the window never waits for the parser.
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark", {"html": False}).enable("table").disable("image")

        def fence(_renderer: Any, tokens: Any, idx: int, _options: Any, _env: Any) -> str:
            token = tokens[idx]
            language = token.info.strip().split(maxsplit=1)[0] if token.info.strip() else ""
            return code_block_html(token.content, language)

        def code_block(_renderer: Any, tokens: Any, idx: int, _options: Any, _env: Any) -> str:
            return code_block_html(tokens[idx].content)

        def table_open(_renderer: Any, _tokens: Any, _idx: int, _options: Any, _env: Any) -> str:
            # Qt draws cell borders only from the HTML attribute, not from CSS on cells.
            return '<table class="grid" border="1" cellspacing="0" cellpadding="5">\n'

        md.add_render_rule("fence", fence)
        md.add_render_rule("code_block", code_block)
        md.add_render_rule("table_open", table_open)
        return md


class BlockSplitter:
    """Finds where the finished blocks of a growing markdown text end.

    Feed it the whole text so far (it only scans the lines it has not seen).
    A block is finished at a blank line outside a code fence, at the end of a
    closing fence, and just before an opening fence (the paragraph it
    interrupts cannot continue).
    """

    def __init__(self) -> None:
        self._scanned = 0
        self._fence: str | None = None
        self._fence_start = 0
        self._boundary = 0

    @property
    def in_fence(self) -> bool:
        return self._fence is not None

    @property
    def fence_start(self) -> int:
        """Where the open fence's opening line starts (valid while ``in_fence``)."""
        return self._fence_start

    def feed(self, text: str) -> int:
        """Scan newly completed lines; return the end of the last finished block."""
        while True:
            newline = text.find("\n", self._scanned)
            if newline < 0:
                return self._boundary
            line_start, line = self._scanned, text[self._scanned : newline]
            self._scanned = newline + 1
            if self._fence is not None:
                stripped = line.strip()
                if stripped.startswith(self._fence) and not stripped.strip(self._fence[0]):
                    self._fence = None
                    self._boundary = self._scanned
                continue
            match = _FENCE_OPEN.match(line)
            if match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
                self._fence = match.group(1)
                self._fence_start = line_start
                self._boundary = line_start
            elif not line.strip():
                self._boundary = self._scanned
