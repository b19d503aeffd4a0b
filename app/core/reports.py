"""What every exported report shares: writing the file with a message a person can act on, and the
self-contained HTML page (its style inside it, every text escaped) that comparisons and task runs use."""

from __future__ import annotations

import html
from pathlib import Path

from app.core.errors import UserFacingError
from app.core.files import write_text_atomic
from app.core.ui_text import ui_text

#: The style of every HTML report, inline: no external file, font or script.
REPORT_CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem;
       padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.meta { color: #666; margin-top: 0; }
.verdict { font-size: 1.1rem; background: #f3f6fb; border-left: 4px solid #3b6fd8; padding: .6rem 1rem; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: .35rem .6rem;
        text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.best { background: #e3f5e6; font-weight: 600; }
pre { white-space: pre-wrap; word-wrap: break-word; background: #f7f7f7; padding: .6rem; border-radius: 4px; }
.badge { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border-radius: 1rem; background: #e8eefc; }
.badge.local { background: #e3f5e6; } .failed { color: #a40000; }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; } figure { margin: 0; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; } dt { color: #666; } dd { margin: 0; }
"""


def escape(text: object) -> str:
    """``text`` for HTML text or an attribute value: a model that answers ``<script>`` shows that, nothing more."""
    return html.escape(str(text), quote=True)


def html_head(title: str, extra_css: str = "") -> list[str]:
    """The lines of a report page up to and including ``<body>``."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{REPORT_CSS}{extra_css}</style></head><body>",
    ]


def write_report(path: Path, text: str) -> Path:
    """Write a report whole (``write_text_atomic``); a folder that cannot be written is a ``UserFacingError``."""
    path = Path(path)
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise UserFacingError(
            ui_text("{path} cannot be written ({reason}).", path=str(path), reason=str(exc.strerror or exc)),
            ui_text("Pick another folder, or free some disk space."),
        ) from None
    return path
