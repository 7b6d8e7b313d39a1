"""Hand-built reports for the renderer tests: every section populated, plus hostile text.

The story is invented (a storm and a bridge closure); the outlets do not exist. The
records are written out by hand so the renderer tests do not depend on the loader,
segmenter, aligner or extractors, which are tested on their own.
"""

from __future__ import annotations

from datetime import date

from newsdiff.model import (
    Article,
    ArticleSummary,
    Attribution,
    CheckReport,
    CopyPair,
    CopyPassage,
    DateGroup,
    DateMention,
    Member,
    NumberGroup,
    NumberMention,
    Quote,
    QuoteCheck,
    QuoteGroup,
    Report,
    Sentence,
    SourcingDifference,
    SourcingProfile,
    Span,
    Statement,
    WordDiff,
)

LEAD = "Storm Edda closed the Norrvik bridge on Tuesday after winds reached 140 km/h."
A_TEXT = (
    "Storm Edda closed the Norrvik bridge on Tuesday after winds reached 140 km/h.\n"
    '"We will not reopen the bridge until engineers have inspected every cable," '
    "said transport minister Lena Ekholm.\n"
    "About 2,300 homes lost power, the grid operator said.\n"
    "Officials familiar with the inspection said it could take a week.\n"
)
B_TEXT = (
    "The Norrvik bridge was shut on Monday as Storm Edda brought gusts of 140 km/h.\n"
    '"We will not reopen the bridge until engineers have checked every cable," '
    "Ekholm told reporters.\n"
    "Some 3,000 homes were without power, according to the utility.\n"
    "Ferries will run an extra service, the harbour office said.\n"
)
C_TEXT = (
    "Storm Edda closed the Norrvik bridge on Tuesday after winds reached 140 km/h.\n"
    '"We will not reopen the bridge until engineers have inspected the cables," she said.\n'
    "Schools in the district stay closed.\n"
)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _sentences(article: str, text: str) -> tuple[Sentence, ...]:
    out = []
    pos = 0
    for index, line in enumerate(text.strip("\n").split("\n")):
        start = text.index(line, pos)
        out.append(Sentence(article, index, line, Span(start, start + len(line))))
        pos = start + len(line)
    return tuple(out)


def articles() -> tuple[Article, Article, Article]:
    """Three articles: one with front matter and a URL, one with an inferred date, one bare."""
    return (
        Article(
            id="coastal",
            text=A_TEXT,
            path="stories/coastal.md",
            outlet="Coastal Times",
            title="Storm closes Norrvik bridge",
            published=date(2024, 3, 6),
            published_source="front-matter",
            url="https://coastal.example/storm-bridge",
        ),
        Article(
            id="valley",
            text=B_TEXT,
            path="stories/valley.txt",
            outlet="Valley Post",
            published=date(2024, 3, 6),
            published_source="inferred",
        ),
        Article(id="wire-copy", text=C_TEXT, path="stories/wire-copy.txt"),
    )


def report() -> Report:
    """A report with every section populated."""
    a, b, c = articles()
    sentences = tuple(_sentences(x.id, x.text) for x in (a, b, c))
    sa, sb, sc = sentences

    def member(s: Sentence, score: float = 1.0) -> Member:
        return Member(s.article, s.index, s.text, score)

    statements = (
        Statement("s1", (member(sa[0]), member(sb[0], 0.81), member(sc[0])), 0.9),
        Statement("s2", (member(sa[1]), member(sb[1], 0.86), member(sc[1], 0.88)), 0.87),
        Statement("s3", (member(sa[2]), member(sb[2], 0.7)), 0.7),
        Statement("s4", (member(sa[3]),)),
        Statement("s5", (member(sb[3]),)),
        Statement("s6", (member(sc[2]),)),
    )
    qa = Quote(
        "coastal",
        1,
        "We will not reopen the bridge until engineers have inspected every cable,",
        _span(A_TEXT, "We will not reopen the bridge until engineers have inspected every cable,"),
        speaker="Lena Ekholm",
        speaker_as_written="transport minister Lena Ekholm",
        role="transport minister",
        cue="said",
    )
    qb = Quote(
        "valley",
        1,
        "We will not reopen the bridge until engineers have checked every cable,",
        _span(B_TEXT, "We will not reopen the bridge until engineers have checked every cable,"),
        speaker="Lena Ekholm",
        speaker_as_written="Ekholm",
        cue="told reporters",
    )
    qc = Quote(
        "wire-copy",
        1,
        "We will not reopen the bridge until engineers have inspected the cables,",
        _span(C_TEXT, "We will not reopen the bridge until engineers have inspected the cables,"),
        speaker="Lena Ekholm",
        speaker_as_written="she",
        cue="said",
    )
    same = "We will not reopen the bridge until engineers have"
    quotes = (
        QuoteGroup(
            "q1",
            "Lena Ekholm",
            (qa, qb, qc),
            differs=True,
            diff=(
                WordDiff("valley", "equal", same, same),
                WordDiff("valley", "changed", "inspected", "checked"),
                WordDiff("valley", "equal", "every cable", "every cable"),
                WordDiff("wire-copy", "equal", f"{same} inspected", f"{same} inspected"),
                WordDiff("wire-copy", "dropped", "every", ""),
                WordDiff("wire-copy", "changed", "cable", "the cables"),
            ),
        ),
    )
    dates = (
        DateGroup(
            "d1",
            "bridge closure",
            (
                DateMention(
                    "coastal",
                    0,
                    "on Tuesday",
                    _span(A_TEXT, "on Tuesday"),
                    "2024-03-05",
                    kind="relative",
                    event="bridge closure",
                ),
                DateMention(
                    "valley",
                    0,
                    "on Monday",
                    _span(B_TEXT, "on Monday"),
                    "2024-03-04",
                    kind="relative",
                    event="bridge closure",
                ),
                DateMention(
                    "wire-copy",
                    0,
                    "on Tuesday",
                    _span(C_TEXT, "on Tuesday"),
                    None,
                    kind="relative",
                    event="bridge closure",
                ),
            ),
            conflict=True,
        ),
        DateGroup(
            "d2",
            "inspection",
            (
                DateMention(
                    "coastal",
                    3,
                    "a week",
                    _span(A_TEXT, "a week"),
                    "2024-W11",
                    kind="relative",
                    event="inspection",
                    not_after="2024-03-13",
                ),
            ),
        ),
    )
    numbers = (
        NumberGroup(
            "n1",
            "homes without power",
            (
                NumberMention(
                    "coastal",
                    2,
                    "About 2,300 homes",
                    _span(A_TEXT, "About 2,300 homes"),
                    2300.0,
                    unit="homes",
                    quantity="homes",
                    approx="about",
                ),
                NumberMention(
                    "valley",
                    2,
                    "Some 3,000 homes",
                    _span(B_TEXT, "Some 3,000 homes"),
                    3000.0,
                    unit="homes",
                    quantity="homes",
                    approx="about",
                ),
            ),
            conflict=True,
        ),
        NumberGroup(
            "n2",
            "wind speed",
            (
                NumberMention(
                    "coastal", 0, "140 km/h", _span(A_TEXT, "140 km/h"), 140.0, unit="km/h"
                ),
                NumberMention(
                    "valley", 0, "140 km/h", _span(B_TEXT, "140 km/h"), 140.0, unit="km/h"
                ),
            ),
        ),
    )
    attributions = (
        Attribution(
            "coastal",
            2,
            "the grid operator",
            False,
            "the grid operator said",
            _span(A_TEXT, "the grid operator said"),
            kind="organisation",
        ),
        Attribution(
            "coastal",
            3,
            "officials familiar with the inspection",
            False,
            "Officials familiar with the inspection said",
            _span(A_TEXT, "Officials familiar with the inspection said"),
            kind="anonymous",
        ),
        Attribution(
            "valley",
            2,
            "the utility",
            False,
            "according to the utility",
            _span(B_TEXT, "according to the utility"),
            kind="organisation",
        ),
        Attribution(
            "valley",
            3,
            "the harbour office",
            False,
            "the harbour office said",
            _span(B_TEXT, "the harbour office said"),
            kind="organisation",
        ),
    )
    sourcing = (
        SourcingProfile(
            "coastal",
            named=1,
            anonymous=1,
            hedged=0,
            sources=("Lena Ekholm", "the grid operator", "officials familiar with the inspection"),
        ),
        SourcingProfile(
            "valley",
            named=1,
            anonymous=0,
            hedged=0,
            sources=("Lena Ekholm", "the utility", "the harbour office"),
        ),
        SourcingProfile("wire-copy", named=0, anonymous=0, hedged=0, sources=()),
    )
    differences = (
        SourcingDifference(
            "s3", (("coastal", ("the grid operator",)), ("valley", ("the utility",)))
        ),
    )
    copies = (
        CopyPair(
            "coastal",
            "wire-copy",
            0.52,
            (
                CopyPassage(
                    "Storm Edda closed the Norrvik bridge on Tuesday after winds reached 140 km/h.",
                    _span(A_TEXT, LEAD),
                    _span(C_TEXT, LEAD),
                ),
                CopyPassage(
                    "We will not reopen the bridge until engineers have inspected",
                    _span(A_TEXT, "We will not reopen the bridge until engineers have inspected"),
                    _span(C_TEXT, "We will not reopen the bridge until engineers have inspected"),
                ),
            ),
            likely_wire=True,
        ),
    )
    summaries = (
        ArticleSummary("coastal", 4, 0.75),
        ArticleSummary("valley", 4, 0.75),
        ArticleSummary("wire-copy", 3, 2 / 3),
    )
    return Report(
        articles=(a, b, c),
        sentences=sentences,
        statements=statements,
        quotes=quotes,
        dates=dates,
        numbers=numbers,
        attributions=attributions,
        sourcing=sourcing,
        sourcing_differences=differences,
        copies=copies,
        summaries=summaries,
    )


# Everything an article might carry that must stay text: rich markup, ANSI colour,
# an OSC 8 hyperlink, a bidi override, HTML, a GFM pipe, a Markdown link, backticks,
# emphasis, a heading marker, an entity, C1 controls and a line break.
HOSTILE = (
    "[bold red]x[/] \x1b[31mred\x1b[0m \x1b]8;;http://evil.example\x07click\x1b]8;;\x07 "
    "\u202eevil\u202c <script>alert(1)</script> a|b [link](http://x.example) `code` "
    "*em* _u_ # not a heading &amp; \x9b31m \x85next\nline ~~gone~~ ::error::x %0A"
)


def hostile_report() -> Report:
    """A report whose every text field holds `HOSTILE`."""
    h = HOSTILE
    text = f"{h}\n{h}\n"
    ids = ("evil-1", "evil-2")
    arts = tuple(
        Article(
            id=i,
            text=text,
            path=f"{i}.txt",
            outlet=h,
            title=h,
            url="https://x.example/a|b)",
            published=date(2024, 1, 2),
            published_source="text",
        )
        for i in ids
    )
    span = Span(0, len(h))
    sentences = tuple(
        (Sentence(i, 0, h, span), Sentence(i, 1, h, Span(len(h) + 1, 2 * len(h) + 1))) for i in ids
    )
    quotes = (
        QuoteGroup(
            "q1",
            h,
            tuple(Quote(i, 0, h, span, speaker=h) for i in ids),
            differs=True,
            diff=(
                WordDiff("evil-2", "changed", "red", "red"),
                WordDiff("evil-2", "dropped", h, ""),
            ),
        ),
    )
    return Report(
        articles=arts,
        sentences=sentences,
        statements=(
            Statement("s1", tuple(Member(i, 0, h) for i in ids)),
            Statement("s2", (Member("evil-1", 1, h),)),
            Statement("s3", (Member("evil-2", 1, h),)),
        ),
        quotes=quotes,
        dates=(
            DateGroup("d1", h, tuple(DateMention(i, 0, h, span, "2024-01-01") for i in ids), True),
        ),
        numbers=(
            NumberGroup(
                "n1",
                h,
                tuple(NumberMention(i, 0, h, span, 1.0, unit=h, approx=h) for i in ids),
                True,
            ),
        ),
        attributions=tuple(Attribution(i, 0, h, True, h, span) for i in ids),
        sourcing=tuple(SourcingProfile(i, 1, 0, 0, (h,)) for i in ids),
        sourcing_differences=(SourcingDifference("s1", tuple((i, (h,)) for i in ids)),),
        copies=(CopyPair("evil-1", "evil-2", 1.0, (CopyPassage(h, span, span),), True),),
        summaries=tuple(ArticleSummary(i, 2, 0.5) for i in ids),
    )


def check_report() -> CheckReport:
    """A quote check with one of each finding and one quotation that checks out."""
    a, b, _ = articles()
    draft_text = (
        '"We will not reopen the bridge until engineers have checked the cables," said Ekholm.\n'
        '"The storm is over," said Ekholm.\n'
        '"About 2,300 homes lost power," said Mayor Jon Berg.\n'
        '"We will not reopen the bridge", Ekholm said.\n'
    )
    draft = Article(id="draft", text=draft_text, path="draft.md", outlet="Our draft")

    def q(text: str, speaker: str) -> Quote:
        return Quote("draft", 0, text, _span(draft_text, text), speaker=speaker)

    source = report().quotes[0].renderings[0]
    grid = Quote("coastal", 2, "About 2,300 homes lost power", Span(0, 1), speaker="Grid Operator")
    return CheckReport(
        draft=draft,
        sources=(a, b),
        checks=(
            QuoteCheck(
                q(
                    "We will not reopen the bridge until engineers have checked the cables,",
                    "Ekholm",
                ),
                ("misquote",),
                source,
                "We will not reopen the bridge until engineers have inspected every cable",
                0.83,
                (
                    WordDiff(
                        "draft",
                        "equal",
                        "We will not reopen the bridge until engineers have",
                        "We will not reopen the bridge until engineers have",
                    ),
                    WordDiff("draft", "changed", "inspected every cable", "checked the cables"),
                ),
            ),
            QuoteCheck(q("The storm is over,", "Ekholm"), ("unsourced",), similarity=0.2),
            QuoteCheck(
                q("About 2,300 homes lost power,", "Mayor Jon Berg"),
                ("speaker",),
                grid,
                "About 2,300 homes lost power",
                1.0,
            ),
            QuoteCheck(
                q("We will not reopen the bridge", "Ekholm"),
                (),
                source,
                "We will not reopen the bridge",
                1.0,
            ),
        ),
    )
