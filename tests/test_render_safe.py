"""render.safe: article text made inert for the terminal, Markdown, GitHub annotations and JSON."""

from __future__ import annotations

import json

import pytest

from newsdiff.model import Article, WordDiff
from newsdiff.render import safe


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "plain words"),
        ("\x1b[31mred\x1b[0m", "red"),  # CSI colour
        ("\x1b[2J\x1b[Hwiped", "wiped"),  # clear screen, cursor home
        ("\x1b]8;;http://evil.example\x07click\x1b]8;;\x07", "click"),  # OSC 8 link, BEL ended
        ("\x1b]0;title\x1b\\after", "after"),  # OSC window title, ST ended
        ("\x1b]8;;unterminated", "8;;unterminated"),  # no terminator: introducer dropped only
        ("\x1bPq#0;2;0;0;0\x1b\\sixel", "sixel"),  # DCS string
        ("\x9b31mc1\x9b0m", "c1"),  # 8-bit CSI
        ("\x9d0;t\x07x", "x"),  # 8-bit OSC
        ("a\x07b\x08c\x00d\x7fe", "abcde"),  # BEL, BS, NUL, DEL
        ("\u202eevil\u202c", "evil"),  # bidi override and pop
        ("\u2066iso\u2069 \u200emark\u200f \u061c", "iso mark"),  # isolates, marks
        ("line\nbreak\r\nand\ttab", "line break and tab"),
        ("a\u2028b\u2029c\x85d", "a b c d"),  # Unicode line/paragraph separators, NEL
        ("  padded   out  ", "padded out"),
        ("lone \ud800 surrogate", "lone surrogate"),
        ("[bold red]x[/]", "[bold red]x[/]"),  # rich markup is text here; Text() never parses it
        ("日本語 テキスト 👍", "日本語 テキスト 👍"),  # wide characters kept
        ("zero\u200dwidth joiner", "zero\u200dwidth joiner"),  # ZWJ is not a control: emoji need it
    ],
)
def test_plain_removes_controls_and_keeps_text(text: str, expected: str) -> None:
    assert safe.plain(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a|b", "a\\|b"),
        ("<script>", "\\<script\\>"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("`code`", "\\`code\\`"),
        ("*em* _u_ ~~s~~", "\\*em\\* \\_u\\_ \\~\\~s\\~\\~"),
        ("&amp;", "\\&amp;"),
        ("back\\slash", "back\\\\slash"),
        ("![img](x)", "\\!\\[img\\](x)"),
        ("U.S. 4.5% (about) #1 - ok", "U.S. 4.5% (about) #1 - ok"),  # no inline meaning: kept
    ],
)
def test_markdown_escapes_inline_syntax(text: str, expected: str) -> None:
    assert safe.markdown(text) == expected


@pytest.mark.parametrize(
    ("label", "url", "expected"),
    [
        ("Times", "https://t.example/a", "[Times](<https://t.example/a>)"),
        ("Times", "https://t.example/a_(b)", "[Times](<https://t.example/a_%28b%29>)"),
        ("A|B", None, "A\\|B"),
        ("Times", "javascript:alert(1)", "Times"),  # only http(s) becomes a link
        ("Times", "https://t.example/<x>", "Times"),
        ("Times", "https://t.example/a b", "Times"),
        ("[x]", "http://t.example", "[\\[x\\]](<http://t.example>)"),
        (
            "T",
            "https://t.example/a|b",
            "[T](<https://t.example/a%7Cb>)",
        ),  # a pipe would split the cell
    ],
)
def test_markdown_link_only_for_http_urls(label: str, url: str | None, expected: str) -> None:
    assert safe.markdown_link(label, url) == expected


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50% up", "50%25 up", "50%25 up"),
        ("a\nb\rc", "a b c", "a b c"),  # line breaks are already spaces after `plain`
        ("k: v, w", "k: v, w", "k%3A v%2C w"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
        ("%0A", "%250A", "%250A"),  # an encoded newline in the text stays text
    ],
)
def test_github_encoding(text: str, data: str, prop: str) -> None:
    assert safe.github_data(text) == data
    assert safe.github_property(text) == prop


@pytest.mark.parametrize(
    "char", ["\x7f", "\x85", "\x9b", "\u061c", "\u200e", "\u202e", "\u2067", "\u2028", "\ud800"]
)
def test_json_text_escapes_what_a_terminal_would_act_on(char: str) -> None:
    dumped = json.dumps({"t": f"a{char}b"}, ensure_ascii=False)
    out = safe.json_text(dumped)
    assert char not in out
    assert f"\\u{ord(char):04x}" in out
    if not 0xD800 <= ord(char) <= 0xDFFF:
        assert json.loads(out) == {"t": f"a{char}b"}  # the value is unchanged


def test_json_text_keeps_ordinary_unicode_raw() -> None:
    dumped = json.dumps({"t": "“Zoë” 日本"}, ensure_ascii=False)
    assert safe.json_text(dumped) == dumped


def test_labels_fall_back_to_id_and_number_duplicates() -> None:
    articles = (
        Article(id="a", text="", outlet="Daily"),
        Article(id="b", text="", outlet="Daily"),
        Article(id="c", text=""),
        Article(id="d", text="", outlet="\x1b[31mRed\x1b[0m"),
        Article(id="e", text="", outlet="Other"),
    )
    assert dict(safe.labels(articles)) == {
        "a": "Daily (1)",
        "b": "Daily (2)",
        "c": "c",
        "d": "Red",
        "e": "Other",
    }


@pytest.mark.parametrize(
    ("text", "ops", "marked", "dropped"),
    [
        (
            "we have checked every cable",
            [
                WordDiff("x", "equal", "we have", "we have"),
                WordDiff("x", "changed", "inspected", "checked"),
                WordDiff("x", "equal", "every cable", "every cable"),
            ],
            ["checked"],
            [],
        ),
        (
            "We Have CHECKED the cables!",  # case and punctuation differ from the diff's words
            [
                WordDiff("x", "equal", "we have", "we have"),
                WordDiff("x", "changed", "inspected every cable", "checked the cables"),
            ],
            ["CHECKED the cables"],
            [],
        ),
        (
            "we have inspected cables",
            [
                WordDiff("x", "equal", "we have inspected", "we have inspected"),
                WordDiff("x", "dropped", "every", ""),
                WordDiff("x", "equal", "cables", "cables"),
            ],
            [],
            ["every"],
        ),
        (
            "nothing to see",  # diff words absent from the text: nothing is marked
            [WordDiff("x", "changed", "a", "unrelated")],
            [],
            [],
        ),
    ],
)
def test_word_marks_finds_diff_words_in_the_text(
    text: str, ops: list[WordDiff], marked: list[str], dropped: list[str]
) -> None:
    clean, marks = safe.word_marks(text, ops)
    assert clean == text
    assert [m[2] for m in marks if m[0] < m[1]] == marked
    assert [m[2] for m in marks if m[0] == m[1]] == dropped
