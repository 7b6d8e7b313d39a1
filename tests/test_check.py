"""`newsdiff check`: each draft quotation held against the sources (words, order, speaker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.check import check, check_quotes
from newsdiff.config import Config
from newsdiff.model import Article, Quote, Span

DATA = Path(__file__).parent / "data" / "render"
SOURCE = "We will not reopen the bridge until engineers have inspected every cable"


def q(
    text: str, speaker: str | None = "Lena Ekholm", *, article: str = "src", kind: str = "quote"
) -> Quote:
    return Quote(article, 0, text, Span(0, len(text)), kind=kind, speaker=speaker)  # type: ignore[arg-type]


SOURCES = (
    q(SOURCE),
    q("Safety comes first, and we will take the time it needs"),
    q("The ferries will run every hour", "Jon Berg"),
)


@pytest.mark.parametrize(
    ("draft", "speaker", "problems"),
    [
        # word for word, in part, with the source's punctuation and case changed
        (SOURCE, "Lena Ekholm", ()),
        ("until engineers have inspected every cable", "Lena Ekholm", ()),
        ("WE WILL NOT REOPEN THE BRIDGE", "Lena Ekholm", ()),
        ("Safety comes first", "Ekholm", ()),  # surname only: the same person
        ("Safety comes first", "Minister Ekholm", ()),  # a title is not part of the name
        ("Safety comes first", "a ministry spokesperson", ()),  # a description: cannot tell
        ("Safety comes first", None, ()),  # unattributed in the draft: cannot tell
        # elisions and editorial brackets: the parts must appear in order
        ("We will not reopen the bridge ... every cable", "Lena Ekholm", ()),
        ("We will not reopen the bridge … every cable", "Lena Ekholm", ()),
        ("[The ministry] will not reopen the bridge", "Lena Ekholm", ()),
        ("every cable ... We will not reopen the bridge", "Lena Ekholm", ("misquote",)),
        # changed, added and dropped words
        (
            "We will not reopen the bridge until engineers have checked every cable",
            "Ekholm",
            ("misquote",),
        ),
        (
            "We will never reopen the bridge until engineers have inspected every cable",
            None,
            ("misquote",),
        ),
        (
            "We will not reopen the bridge until engineers have inspected every single cable",
            None,
            ("misquote",),
        ),
        (
            "We will not reopen the bridge until engineers inspected every cable",
            None,
            ("misquote",),
        ),
        (
            "Let me say it plainly: Safety comes first, and we will take the time it needs",
            None,
            ("misquote",),
        ),
        ("the ferries will run every hour from Friday", "Jon Berg", ("misquote",)),
        # nobody said it
        ("We expect the bridge to reopen in May", "Lena Ekholm", ("unsourced",)),
        ("the time has come", "Lena Ekholm", ("unsourced",)),  # common words scattered in a source
        # the words are right, the speaker is not
        ("The ferries will run every hour", "Lena Ekholm", ("speaker",)),
        ("We will not reopen the bridge", "Jon Berg", ("speaker",)),
        ("The ferries will run every two hours", "Lena Ekholm", ("misquote", "speaker")),
    ],
)
def test_check_quotes(draft: str, speaker: str | None, problems: tuple[str, ...]) -> None:
    (result,) = check_quotes([q(draft, speaker, article="draft")], SOURCES)
    assert result.problems == problems
    if "unsourced" in problems:
        assert result.source is None
    else:
        assert result.source is not None


def test_misquote_shows_the_source_version_and_the_word_diff() -> None:
    draft = "We will not reopen the bridge until engineers have checked every cable"
    (result,) = check_quotes([q(draft, article="draft")], SOURCES)
    assert result.source_text == SOURCE
    changed = [(d.op, d.ref, d.other) for d in result.diff if d.op != "equal"]
    assert changed == [("changed", "inspected", "checked")]
    assert all(d.article == "draft" for d in result.diff)
    assert 0.8 < result.similarity < 1


def test_words_added_around_a_whole_source_quotation() -> None:
    draft = "I want to be clear: the ferries will run every hour"
    (result,) = check_quotes([q(draft, "Jon Berg", article="draft")], SOURCES)
    assert result.problems == ("misquote",)
    assert result.source_text == "The ferries will run every hour"
    assert [(d.op, d.other) for d in result.diff if d.op != "equal"] == [
        ("added", "I want to be clear")
    ]


def test_source_text_is_the_corresponding_part_of_a_long_quote() -> None:
    (result,) = check_quotes([q("engineers have checked every cable", article="draft")], SOURCES)
    assert result.problems == ("misquote",)
    assert result.source_text == "engineers have inspected every cable"


def test_same_speaker_preferred_when_two_sources_have_the_words() -> None:
    sources = (q("the bridge stays shut", "Jon Berg"), q("the bridge stays shut", "Lena Ekholm"))
    (result,) = check_quotes([q("the bridge stays shut", "Ekholm", article="draft")], sources)
    assert result.problems == ()
    assert result.source is sources[1]


def test_terms_and_scare_quotes_are_not_checked() -> None:
    draft = [
        q("safety first", kind="term", article="draft"),
        q("Safety comes first", article="draft"),
    ]
    assert len(check_quotes(draft, SOURCES)) == 1


def test_source_terms_are_not_sources() -> None:
    (result,) = check_quotes([q("safety first", article="draft")], [q("safety first", kind="term")])
    assert result.problems == ("unsourced",)


def test_no_sources_means_every_quote_is_unsourced() -> None:
    results = check_quotes([q("a", article="draft"), q("b c", article="draft")], [])
    assert [r.problems for r in results] == [("unsourced",), ("unsourced",)]


def test_threshold_comes_from_the_config() -> None:
    draft = [
        q("We will not reopen the bridge until engineers have checked every cable", article="d")
    ]
    assert check_quotes(draft, SOURCES, min_similarity=0.99)[0].problems == ("unsourced",)
    assert check_quotes(draft, SOURCES, min_similarity=0.5)[0].problems == ("misquote",)


def test_end_to_end_with_the_real_segmenter_and_quote_extractor() -> None:
    from newsdiff.loader import load

    draft = load(str(DATA / "check_draft.md"))
    source = load(str(DATA / "check_source.txt"))
    report = check(draft, [source], config=Config())
    found = {c.quote.text: c.problems for c in report.checks}
    assert found == {
        "We will not reopen the bridge until engineers have checked every cable": ("misquote",),
        "Safety comes first": (),
        "The ferries will run every hour": ("speaker",),
        "We expect the bridge to reopen in May": ("unsourced",),
    }
    assert report.draft is draft and report.sources == (source,)


def test_end_to_end_clean_draft_has_no_problems() -> None:
    from newsdiff.loader import load

    report = check(load(str(DATA / "check_clean.md")), [load(str(DATA / "check_source.txt"))])
    assert [c.problems for c in report.checks] == [()]


def test_empty_draft_has_no_checks() -> None:
    report = check(Article(id="d", text="No quotations here at all."), [])
    assert report.checks == ()
