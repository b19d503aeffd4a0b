import pytest

from app.ui.markdown import BlockSplitter, MarkdownRenderer


def feed_in_pieces(text: str, size: int = 3) -> BlockSplitter:
    splitter = BlockSplitter()
    for end in range(size, len(text) + size, size):
        splitter.feed(text[:end])
    return splitter


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("One paragraph\nstill going", 0),
        ("First.\n\nSecond", len("First.\n\n")),
        ("First.\n\nSecond.\n\nThird", len("First.\n\nSecond.\n\n")),
        ("Intro\n```py\ncode", len("Intro\n")),  # an opening fence ends the paragraph
        ("```\na\n\nb\n", 0),  # a blank line inside a fence does not end anything
        ("```\na\n\nb\n```\nafter", len("```\na\n\nb\n```\n")),
        ("~~~\n```\nstill code\n", 0),  # only the same kind of fence closes
        ("````\n```\n````\nx", len("````\n```\n````\n")),
        ("Inline ```code``` is no fence\n\nnext", len("Inline ```code``` is no fence\n\n")),
        ("1. item\n   ```sh\n   ls\n\n   ```\n", len("1. item\n   ```sh\n   ls\n\n   ```\n")),
    ],
)
def test_boundary_is_the_end_of_the_last_finished_block(text: str, boundary: int) -> None:
    assert BlockSplitter().feed(text) == boundary
    assert feed_in_pieces(text).feed(text) == boundary


def test_in_fence_tracks_an_open_code_block() -> None:
    splitter = BlockSplitter()
    splitter.feed("text\n\n```python\nx = 1\n")
    assert splitter.in_fence
    splitter.feed("text\n\n```python\nx = 1\n```\n")
    assert not splitter.in_fence


def test_raw_html_is_escaped_not_rendered() -> None:
    html = MarkdownRenderer().render("<script>alert(1)</script> and <b>bold</b>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html


def test_images_are_not_loaded() -> None:
    html = MarkdownRenderer().render("![secret](file:///etc/passwd) ![x](https://example.com/x.png)")
    assert "<img" not in html


def test_code_blocks_are_boxed_tables_with_the_language() -> None:
    html = MarkdownRenderer().render("```python\nprint(1 < 2)\n```\n\n    indented\n")
    assert html.count('<table class="code"') == 2
    assert "print(1 &lt; 2)" in html
    assert ">python<" in html


def test_tables_are_rendered_with_a_grid() -> None:
    html = MarkdownRenderer().render("| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert '<table class="grid"' in html and "<td>1</td>" in html
