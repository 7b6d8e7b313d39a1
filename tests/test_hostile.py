"""Hostile article text stays inert in every format: no control sequences, no markup, no HTML.

The report in tests/data/render/sample.py puts the same hostile string (rich markup,
ANSI and OSC escapes, a bidi override, <script>, a pipe, a Markdown link, backticks,
emphasis, C1 controls, a workflow command) into every text field a renderer shows.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token
from samples import sample

from newsdiff.model import Article, Member, Quote, QuoteGroup, Report, Span, Statement
from newsdiff.render import github, markdown, safe, terminal
from newsdiff.render import json as render_json

REPORT = sample.hostile_report()
INERT = safe.plain(sample.HOSTILE)
# Nothing a terminal acts on: C0 except newline, DEL, C1, bidi controls.
FORBIDDEN = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_the_fixture_is_hostile() -> None:
    assert FORBIDDEN.search(sample.HOSTILE)
    assert "<script>" in INERT and "[bold red]" in INERT and "|" in INERT


@pytest.mark.parametrize("color", [False, True])
def test_terminal_output_has_no_control_sequences_from_the_input(color: bool) -> None:
    out = terminal.to_text(REPORT, width=100, show_all=True, color=color)
    if color:
        # Our own styling is SGR only (ESC [ ... m); nothing else may reach the terminal.
        assert "\x1b[" in out
        out = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert not FORBIDDEN.search(out)
    assert "[bold red]x[/]" in out  # shown, not interpreted as markup
    assert "<script>alert(1)</script>" in out


def test_terminal_check_output_is_inert() -> None:
    out = terminal.check_to_text(sample.check_report(), width=100)
    assert not FORBIDDEN.search(out)


def test_json_escapes_controls_and_keeps_the_exact_text() -> None:
    out = render_json.render(REPORT)
    assert not FORBIDDEN.search(out.replace("\n", ""))
    data = json.loads(out)
    assert data["articles"][0]["outlet"] == sample.HOSTILE  # exact text, escaped on the wire
    assert data["statements"][0]["members"][0]["text"] == sample.HOSTILE
    schema = json.loads((Path(__file__).parent.parent / "docs" / "schema.json").read_text())
    jsonschema.validate(data, schema)


def test_github_annotations_are_one_line_each_and_inert() -> None:
    out = github.render(REPORT)
    lines = out.splitlines()
    assert lines and all(re.match(r"^::(warning|notice|error) ", line) for line in lines)
    assert len(out.split("\n")) == len(lines) + 1  # no stray line breaks inside a command
    assert not FORBIDDEN.search(out)
    for line in lines:
        props, message = line.split("::", 2)[1:]
        assert "::" not in props  # the article's '::error::' cannot start a second command
        assert "%0A" not in message or "%250A" in message  # text '%0A' arrives as text


def _parser(preset: str) -> MarkdownIt:
    # GFM's autolinking needs linkify-it-py, which is not a dependency; it would only
    # make bare URLs clickable, never change the text.
    return MarkdownIt(preset, {"linkify": False})


def _inlines(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        if token.type == "inline":
            yield token


def _text(token: Token) -> str:
    return "".join(c.content for c in token.children or [] if c.type in ("text", "code_inline"))


@pytest.mark.parametrize("preset", ["gfm-like", "commonmark"])
def test_markdown_renders_the_hostile_text_verbatim(preset: str) -> None:
    md = _parser(preset)
    if preset == "commonmark":
        md.enable("table").enable("strikethrough")
    out = markdown.render(REPORT, show_all=True)
    assert not FORBIDDEN.search(out)
    tokens = md.parse(out)
    types = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert "html_inline" not in types and "html_block" not in types and "code_inline" not in types
    assert "em_open" not in types  # article *em* and _u_ stay text; our own labels use strong only
    assert sum(1 for t in tokens if t.type == "table_open") >= 6
    cells = [_text(t) for t in _inlines(tokens)]
    # Every plain cell holding article text is the text itself, character for character.
    assert cells.count(INERT) >= 10
    links = [c for t in tokens for c in t.children or [] if c.type == "link_open"]
    # The only links are ours, to the article's URL; never the article's own [link](x).
    assert links and all(c.attrs["href"] == "https://x.example/a%7Cb%29" for c in links)


def test_markdown_check_report_parses_to_a_table() -> None:
    tokens = _parser("gfm-like").parse(markdown.render_check(sample.check_report()))
    assert [t.type for t in tokens].count("table_open") == 1
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 1 + len(sample.check_report().checks)


@pytest.mark.parametrize(
    "render",
    [
        lambda r: terminal.to_text(r, width=80, show_all=True),
        lambda r: markdown.render(r, show_all=True),
        render_json.render,
        github.render,
    ],
)
def test_every_format_is_byte_identical_across_runs(render: object) -> None:
    assert callable(render)
    assert render(REPORT) == render(sample.hostile_report())


# ---------------------------------------------------------------- random text

# Any code point (surrogates included: a lossy decoder can leave them), weighted
# towards controls, escapes, bidi and Markdown syntax.
_NASTY = st.sampled_from(
    [
        *"\x1b\x07\x9b\x9d\x85\u202e\u2066\u200f\ud800\r\n\t|`*_[]<>&~#\\",
        *(
            "\x1b[31m",
            "\x1b]8;;http://e\x07",
            "[bold]",
            "::error::",
            "%0A",
            "https://x.example/a|b",
        ),
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=8), _NASTY), max_size=12).map("".join)


def _random_report(outlet: str, quote: str, sentence: str) -> Report:
    arts = (
        Article(id="a", text=sentence, outlet=outlet, path=outlet or None, url=outlet),
        Article(id="b", text=sentence, title=quote),
    )
    quotes = tuple(Quote(i, 0, quote, Span(0, 0), speaker=outlet) for i in ("a", "b"))
    return Report(
        articles=arts,
        statements=(Statement("s", (Member("a", 0, sentence),)),),
        quotes=(QuoteGroup("q", outlet, quotes, differs=True),),
    )


# NEWSDIFF_FUZZ_EXAMPLES (see tests/test_properties.py) runs the long fuzzing session here too.
@settings(
    max_examples=int(os.environ.get("NEWSDIFF_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(outlet=TEXT, quote=TEXT, sentence=TEXT)
def test_no_format_emits_control_characters_from_random_text(
    outlet: str, quote: str, sentence: str
) -> None:
    report = _random_report(outlet, quote, sentence)
    outputs = {
        "text": terminal.to_text(report, width=80, show_all=True),
        "markdown": markdown.render(report, show_all=True),
        "json": render_json.render(report),
        "github": github.render(report),
    }
    for name, out in outputs.items():
        assert not FORBIDDEN.search(out), name
        assert not re.search(r"[\ud800-\udfff]", out), name
        out.encode("utf-8")  # never unencodable
    assert all(line.startswith("::") for line in outputs["github"].splitlines())
    json.loads(outputs["json"])
