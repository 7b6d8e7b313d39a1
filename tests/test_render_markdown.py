"""Markdown renderer: GFM tables a CommonMark/GFM parser reads as tables; text rendered as is."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token
from samples import sample

from newsdiff.model import Article, Quote, QuoteGroup, Report, Span, WordDiff
from newsdiff.render import markdown


def _parse(text: str) -> list[Token]:
    return MarkdownIt("gfm-like", {"linkify": False}).parse(text)


def _tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Each table as rows of cell texts (inline children's text, markup dropped)."""
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for t in tokens:
        if t.type == "table_open":
            tables.append([])
        elif t.type == "tr_open":
            row = []
        elif t.type == "inline" and row is not None:
            row.append("".join(c.content for c in t.children or [] if c.type == "text"))
        elif t.type == "tr_close" and row is not None:
            tables[-1].append(row)
            row = None
    return tables


def test_every_section_is_a_table_with_one_cell_per_header() -> None:
    tokens = _parse(markdown.render(sample.report(), show_all=True))
    tables = _tables(tokens)
    # articles, quotes, dates, numbers, sourcing (2), one-outlet statements, copies, coverage
    assert len(tables) == 9
    for table in tables:
        assert len({len(row) for row in table}) == 1, table[0]
    headers = [t[0] for t in tables]
    assert headers[0][:2] == ["Outlet", "Published"]
    assert headers[1] == ["Speaker", "Coastal Times", "Valley Post", "wire-copy"]
    assert headers[-1] == ["Statement", "Coastal Times", "Valley Post", "wire-copy"]


def test_summary_comes_first_and_counts_differences() -> None:
    out = markdown.render(sample.report())
    first = out.index("- **Quotations worded differently:** 1")
    assert first < out.index("## Articles")
    assert "- **Date conflicts:** 1" in out and "- **Number conflicts:** 1" in out


def test_sources_link_to_their_urls() -> None:
    tokens = _parse(markdown.render(sample.report()))
    links = [c for t in tokens for c in t.children or [] if c.type == "link_open"]
    assert [c.attrs["href"] for c in links] == ["https://coastal.example/storm-bridge"]


def test_changed_words_are_bold_and_dropped_words_struck() -> None:
    tokens = _parse(markdown.render(sample.report(), sections=("quotes",)))
    children = [c for t in tokens if t.type == "inline" for c in t.children or []]
    strong = [children[i + 1].content for i, c in enumerate(children) if c.type == "strong_open"]
    struck = [children[i + 1].content for i, c in enumerate(children) if c.type == "s_open"]
    assert "checked" in strong and "the cables" in strong
    assert struck == ["struck through", "every"]  # the legend, then the dropped word


def test_sections_option_limits_the_output() -> None:
    out = markdown.render(sample.report(), sections=("dates",))
    assert "## Date conflicts" in out
    assert "## Quote differences" not in out and "## Articles" not in out
    assert "## Statement coverage" not in markdown.render(sample.report())
    assert "## Statement coverage" in markdown.render(sample.report(), sections=("coverage",))


def test_quote_text_with_markdown_syntax_renders_verbatim() -> None:
    words = "a | b `c` <script>x</script> [l](http://x) *e* _u_ \\ &amp; ~~s~~"
    quotes = tuple(Quote(i, 0, words, Span(0, len(words)), speaker="S") for i in ("a", "b"))
    report = Report(
        articles=(Article(id="a", text=words), Article(id="b", text=words)),
        quotes=(QuoteGroup("q", "S", quotes, differs=True),),
    )
    table = _tables(_parse(markdown.render(report, sections=("quotes",))))[0]
    assert table[1] == ["S (differs)", words, words]


def test_empty_report_still_parses() -> None:
    out = markdown.render(Report(articles=(Article(id="only", text=""),)))
    assert "Only one article: nothing to compare." in out
    assert len(_tables(_parse(out))) == 1


def test_diff_marks_sit_on_word_boundaries() -> None:
    out = markdown.marked(
        "we *have* checked every cable",
        [WordDiff("x", "equal", "we have", "we have"), WordDiff("x", "changed", "x", "checked")],
    )
    assert out == "we \\*have\\* **checked** every cable"
