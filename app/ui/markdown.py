"""Markdown for the transcript: safe HTML that Qt's rich text understands, rendered
incrementally while an answer streams in.

Model output is untrusted: raw HTML and images are disabled (an image would
make Qt load a local file or URL named by the model).
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# A fence may be indented inside list items; any indentation counts while
# streaming, since a wrong guess only lasts until the final full render.
_FENCE_OPEN = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
# A link reference definition anywhere changes links in blocks rendered earlier.
_REFERENCE = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)
# The only top-level blocks that text after a blank line can still extend.
_OPEN_ENDED = {"bullet_list_open", "ordered_list_open", "code_block"}


def code_block_html(code: str, language: str = "") -> str:
    """A code block as a one-cell table: Qt gives tables padding and a
    background box, while a bare <pre> only gets a background per line."""
    label = f'<tr><td class="lang">{escape(language)}</td></tr>' if language else ""
    body = escape(code.rstrip("\n"))
    return (
        '<table class="code" width="100%" cellspacing="0" cellpadding="10">'
        f"{label}<tr><td><pre>{body}</pre></td></tr></table>\n"
    )


@dataclass(frozen=True)
class Blocks:
    """Markdown rendered as finished blocks plus a last block that may still grow."""

    closed_html: str
    #: The last top-level block when more text could still extend it (a list, an
    #: indented code block); empty when every block is final.
    open_html: str
    #: Where that last block starts in the source (its length when there is none).
    open_start: int


def has_references(source: str) -> bool:
    """Whether the text defines link references, which reach back to earlier blocks."""
    return _REFERENCE.search(source) is not None


class MarkdownRenderer:
    """CommonMark plus tables to HTML, with no raw HTML and no images."""

    def __init__(self) -> None:
        self._md: MarkdownIt | None = None
        self._warming: threading.Thread | None = None

    def render(self, source: str) -> str:
        return str(self._parser().render(source))

    def render_blocks(self, source: str, *, final: bool = False) -> Blocks:
        """Render whole top-level blocks, keeping the last one apart when it may continue.

        Rendering a text block by block gives the same HTML as rendering it at
        once, as long as no block is cut in two: the caller re-renders the
        open block together with the text that follows it. ``final`` means no
        more text will come, so nothing stays open.
        """
        md = self._parser()
        env: dict[str, Any] = {}
        tokens = md.parse(source, env)
        starts = [i for i, token in enumerate(tokens) if token.level == 0 and token.nesting >= 0]
        if (
            final
            or "\r" in source
            or not starts
            or tokens[starts[-1]].type not in _OPEN_ENDED
            or tokens[starts[-1]].map is None
        ):
            return Blocks(str(md.renderer.render(tokens, md.options, env)), "", len(source))
        last = starts[-1]
        line = tokens[last].map[0]
        offset = 0
        for _ in range(line):
            offset = source.index("\n", offset) + 1
        render = md.renderer.render
        return Blocks(str(render(tokens[:last], md.options, env)), str(render(tokens[last:], md.options, env)), offset)

    def start_warm_up(self) -> None:
        """Build the parser on a background thread: its import takes tens of milliseconds."""
        if self._md is None and self._warming is None:
            self._warming = threading.Thread(target=self._parser, name="markdown-warm-up", daemon=True)
            self._warming.start()

    @property
    def ready(self) -> bool:
        """False while a warm-up is still building the parser: rendering now would wait for it."""
        return self._md is not None or self._warming is None or not self._warming.is_alive()

    def _parser(self) -> MarkdownIt:
        if self._md is None:
            self._md = self._build()
        return self._md

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
        self._boundaries: list[int] = []

    @property
    def in_fence(self) -> bool:
        return self._fence is not None

    @property
    def fence_start(self) -> int:
        """Where the open fence's opening line starts (valid while ``in_fence``)."""
        return self._fence_start

    def next_boundary(self, after: int) -> int | None:
        """The first finished-block end at or beyond ``after``, if one has been seen."""
        index = bisect.bisect_left(self._boundaries, after)
        return self._boundaries[index] if index < len(self._boundaries) else None

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
                    self._set_boundary(self._scanned)
                continue
            match = _FENCE_OPEN.match(line)
            if match and not (match.group(1)[0] == "`" and "`" in match.group(2)):
                self._fence = match.group(1)
                self._fence_start = line_start
                self._set_boundary(line_start)
            elif not line.strip():
                self._set_boundary(self._scanned)

    def _set_boundary(self, position: int) -> None:
        self._boundary = position
        if not self._boundaries or self._boundaries[-1] < position:
            self._boundaries.append(position)
