"""A cited passage where it stands in its file now: the text just before and after it, from the index.

Read back from the passages around it (``DocumentStore.passages_around``), so
a citation opens the quote within its section rather than on its own. When the
file was changed, re-indexed or removed since the answer, the text that was
sent is no longer there and there is no context to show: the caller shows what
was sent and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.documents.chunking import rejoin
from app.core.documents.grounding import Source
from app.core.documents.records import Passage


@dataclass(frozen=True)
class InContext:
    """The quote as the index holds it, with the text of the passages before and after it (another section's
    text set apart by a blank line)."""

    before: str
    quote: str
    after: str


def in_context(source: Source, passages: Sequence[Passage]) -> InContext | None:
    """``source`` among ``passages`` (in file order); None when they do not hold the text that was sent."""
    # What was sent of the passage, without the "…" a passage shortened to fit ends with.
    sent = source.text[: source.end - source.start]
    sections = _sections(passages)
    for index, section in enumerate(sections):
        if not sent or section[0].location != source.location:
            continue
        text = rejoin(section)
        at = source.start - section[0].start
        if at < 0 or text[at : at + len(sent)] != sent:
            at = text.find(sent)
        if at < 0:
            continue
        before = "".join(rejoin(other).rstrip() + "\n\n" for other in sections[:index]) + text[:at]
        after = text[at + len(sent) :] + "".join("\n\n" + rejoin(other).lstrip() for other in sections[index + 1 :])
        return InContext(before, sent, after)
    return None


def _sections(passages: Sequence[Passage]) -> list[list[Passage]]:
    """Runs of passages of one section: the same place, their offsets going forward (a new section starts over)."""
    runs: list[list[Passage]] = []
    for passage in passages:
        last = runs[-1][-1] if runs else None
        if last is not None and passage.location == last.location and passage.start > last.start:
            runs[-1].append(passage)
        else:
            runs.append([passage])
    return runs
