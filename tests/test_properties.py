"""Property-based tests: random Unicode, quote marks and front matter never crash a stage.

The unit suite runs a small number of examples per property. A long fuzzing session uses
the same properties with more examples:

    NEWSDIFF_FUZZ_EXAMPLES=20000 python -m pytest tests/test_properties.py -p no:cacheprovider
"""

from __future__ import annotations

import os
import re
import string
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff import Article, NewsdiffError, compare
from newsdiff.config import Config
from newsdiff.loader import load
from newsdiff.render import json as render_json

EXAMPLES = int(os.environ.get("NEWSDIFF_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Characters that make news text hard: every quote mark, dashes, bullets, control and bidi
# characters, digits and date separators, wide characters and plain words.
TRICKY = "“”‘’\"'«»„‹›—–-•…/.,:;!?()[]|*#`<>\n\t \u00a0\u00ad\u200b\u202e\u2066\x1b\x07\x85\x9b"
WORDS = [
    "said",
    "he",
    "she",
    "told",
    "reporters",
    "according",
    "to",
    "on",
    "Monday",
    "Thursday",
    "November",
    "25/11",
    "May",
    "march",
    "110",
    "km",
    "(68",
    "miles)",
    "€88m",
    "4-1",
    "U.S.",
    "Prof.",
    "Nov.",
    "officials",
    "reportedly",
    "citing",
    "sources",
    "familiar",
    "The",
    "Times",
    "Jane",
    "Doe",
    "1979",
    "earlier",
    "this",
    "week",
    "million",
    "people",
    "half",
    "東京",
    "😀",
    # figures in the shapes real copy uses (a decimal like 1.08 once crashed the year check)
    "1.08",
    "15.2",
    "2,401",
    "$1.2bn",
    "58.2%",
    "7.1-magnitude",
    "3-2",
    "10:30",
    "24/7",
    "killed",
    "injured",
    "least",
    "would",
    "January",
    "aged",
    "45",
]
text_strategy = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=TRICKY, max_size=3), st.text(max_size=6)),
    max_size=60,
).map(" ".join)

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def _article(text: str, ident: str = "a") -> Article:
    return Article(id=ident, text=text, published=date(2025, 11, 27), outlet="Example")


@FUZZ
@given(a=text_strategy, b=text_strategy)
def test_compare_never_crashes_and_keeps_invariants(a: str, b: str) -> None:
    report = compare([_article(a, "a"), _article(b, "b")])
    texts = {x.id: x.text for x in report.articles}
    seen = []
    for sents in report.sentences:
        for s in sents:
            assert 0 <= s.span.start <= s.span.end <= len(texts[s.article])
            assert texts[s.article][s.span.start : s.span.end] == s.text
    for stmt in report.statements:
        seen.extend((m.article, m.sentence) for m in stmt.members)
    assert len(seen) == len(set(seen)) == sum(len(s) for s in report.sentences)
    for group in report.quotes:
        for q in group.renderings:
            # a quote running over paragraphs spans the marks between them, so only bounds hold
            assert 0 <= q.span.start <= q.span.end <= len(texts[q.article])
    for dgroup in report.dates:
        for d in dgroup.mentions:
            assert 0 <= d.span.start <= d.span.end <= len(texts[d.article])
    for ngroup in report.numbers:
        for n in ngroup.mentions:
            assert 0 <= n.span.start <= n.span.end <= len(texts[n.article])
    for att in report.attributions:
        assert 0 <= att.span.start <= att.span.end <= len(texts[att.article])


@FUZZ
@given(a=text_strategy, b=text_strategy)
def test_json_output_has_no_raw_control_characters(a: str, b: str) -> None:
    out = render_json.render(compare([_article(a, "a"), _article(b, "b")]))
    assert not CONTROL.search(out.replace("\n", ""))


front_matter = st.dictionaries(
    st.sampled_from(["outlet", "published", "title", "url", "author", "other", "tags"]),
    st.one_of(
        st.text(alphabet=string.printable, max_size=12),
        st.dates().map(str),
        st.integers(),
        st.none(),
        st.lists(st.text(max_size=4), max_size=2),
    ),
    max_size=5,
)


@FUZZ
@given(meta=front_matter, body=text_strategy, raw=st.binary(max_size=64))
def test_loader_returns_an_article_or_our_error(
    tmp_path_factory: object, meta: dict[str, object], body: str, raw: bytes
) -> None:
    import yaml

    folder = Path(tmp_path_factory.mktemp("fuzz"))  # type: ignore[attr-defined]
    md = folder / "a.md"
    md.write_text("---\n" + yaml.safe_dump(meta) + "---\n" + body, encoding="utf-8")
    junk = folder / "b.txt"
    junk.write_bytes(raw + body.encode("utf-8", "surrogatepass"))
    for path in (md, junk):
        try:
            article = load(str(path), config=Config().load)
        except NewsdiffError as exc:
            assert str(path) in str(exc)
        else:
            assert isinstance(article.text, str)
