"""Article text made inert for each output format: terminal, Markdown, GitHub annotations, JSON.

Articles come from scraped pages and pastes; their text may hold terminal escape
sequences (ANSI colours, OSC 8 links, title changes), C0/C1 control characters,
Unicode bidi controls (which reorder what a reader sees), rich markup and
Markdown/HTML. Every renderer passes article text through this module, and through
nothing else, before it reaches output.

Hand-written because no maintained library covers these four targets together:
`rich.markup.escape` only escapes `[`, `rich.text.Text` strips a handful of C0
codes but lets ESC through, and Markdown escapers do not know GFM table pipes.
The rules here follow the specifications directly: ECMA-48 for escape sequences,
CommonMark's backslash escapes (any ASCII punctuation), GitHub's workflow-command
encoding, and RFC 8259 for `\\uXXXX` escapes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from newsdiff import rx
from newsdiff.model import Article, WordDiff
from newsdiff.normalize import match_form, words

# ECMA-48 sequences, removed whole so their parameters do not show up as noise:
# CSI (colours, cursor moves), OSC (hyperlinks, window titles) ended by BEL or ST,
# DCS/SOS/PM/APC strings, two-character escapes, and the 8-bit C1 forms of CSI/OSC.
# An unterminated OSC is not matched: its introducer is dropped as a control below
# and the payload stays visible as plain text.
_SEQUENCE = rx.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)"
)
# Line breaks of every kind: one-line output (table cells, annotations) turns them into spaces.
_BREAKS = rx.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
# What may never reach output: C0 and C1 controls, DEL, bidi embeddings/overrides/isolates
# and marks (they reorder displayed text), the BOM, and lone surrogates (unencodable).
_CONTROLS = rx.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]"
)
_SPACES = rx.compile(r"[ \u00a0]{2,}")
# CommonMark inline syntax: emphasis, code, links/images, autolinks and HTML, entities,
# GFM pipes and strikethrough. `#`, `>`, `+`, `-` and digits only act at the start of a
# block, and renderers never start a line with article text.
_MARKDOWN = rx.compile(r"([\\`*_\[\]<>|&~!])")
# Characters JSON text may carry raw but a terminal or editor would act on.
_JSON_UNSAFE = rx.compile(
    r"[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]"
)
_WORD = rx.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_URL_ESCAPES = str.maketrans({"|": "%7C", "(": "%28", ")": "%29", "\\": "%5C"})
_URL = rx.compile(r"https?://[^\s<>\"'`\x00-\x1f\x7f-\x9f]+", re.IGNORECASE)


def plain(text: str) -> str:
    """One line of inert text: escape sequences and controls removed, line breaks made spaces."""
    text = _SEQUENCE.sub("", text)
    text = _BREAKS.sub(" ", text)
    text = _CONTROLS.sub("", text)
    return _SPACES.sub(" ", text).strip()


def markdown(text: str) -> str:
    """Inert text for a GFM table cell or inline span: `plain`, Markdown syntax escaped."""
    return escape_markdown(plain(text))


def escape_markdown(text: str) -> str:
    """Already `plain` text (a piece of it: spaces kept) with Markdown syntax backslash-escaped."""
    return _MARKDOWN.sub(r"\\\1", text)


def markdown_link(label: str, url: str | None) -> str:
    """A Markdown link to an http(s) `url` with an escaped label, or the escaped label alone."""
    text = markdown(label)
    if url is None:
        return text
    match = _URL.fullmatch(plain(url))
    if match is None:
        return text
    # `|` would end a GFM table cell even inside a link; the rest keep the destination whole.
    target = match.group(0).translate(_URL_ESCAPES)
    return f"[{text}](<{target}>)"


def github_data(text: str) -> str:
    """Text for the message of a GitHub workflow command (`::warning ...::MESSAGE`)."""
    return plain(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Text for a property value of a GitHub workflow command (`title=VALUE`)."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def json_text(dumped: str) -> str:
    """JSON text with DEL, C1, bidi controls, line separators and lone surrogates as `\\uXXXX`."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", dumped)


def labels(articles: Sequence[Article]) -> Mapping[str, str]:
    """Display names by article id: the outlet (else the id), numbered when two are alike."""
    names = [plain(a.outlet or "") or plain(a.id) or "?" for a in articles]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for article, name in zip(articles, names, strict=True):
        if counts[name] > 1:
            seen[name] = seen.get(name, 0) + 1
            name = f"{name} ({seen[name]})"
        out[article.id] = name
    return out


def joined(items: Iterable[str], sep: str = ", ") -> str:
    """The items made `plain` and joined; empty items dropped."""
    return sep.join(p for p in (plain(i) for i in items) if p)


def word_marks(text: str, ops: Sequence[WordDiff]) -> tuple[str, tuple[tuple[int, int, str], ...]]:
    """`plain(text)` and where a word diff's marks go in it: (start, end, words) per mark.

    A mark with start < end covers added or changed words of the text; a mark with
    start == end is a place where the diff's reference has words this text drops
    (`words` are those dropped words, inert). Diff words are found in order, by their
    matching form, so the text keeps its own punctuation and spelling.
    """
    clean = plain(text)
    tokens = [(m.start(), m.end(), _key(m.group(0))) for m in _WORD.finditer(clean)]
    changed: list[int] = []
    dropped: list[tuple[int, int, str]] = []
    i = 0
    end = 0
    for op in ops:
        if op.op == "dropped":
            if plain(op.ref):
                dropped.append((end, end, plain(op.ref)))
            continue
        for word in op.other.split():
            key = _key(word)
            if not key:
                continue
            # Look a few words ahead only: a diff word that is not where expected is
            # left unmarked rather than matched to a distant repeat.
            window = range(i, min(i + 8, len(tokens)))
            found = next((j for j in window if tokens[j][2] == key), -1)
            if found < 0:
                continue
            if op.op in ("added", "changed"):
                changed.append(found)
            i = found + 1
            end = tokens[found][1]
    runs: list[tuple[int, int, str]] = []
    last = -2
    for index in sorted(set(changed)):
        start, stop, _ = tokens[index]
        if runs and index == last + 1:
            runs[-1] = (runs[-1][0], stop, clean[runs[-1][0] : stop])
        else:
            runs.append((start, stop, clean[start:stop]))
        last = index
    return clean, tuple(sorted(runs + dropped, key=lambda m: (m[0], m[1] != m[0])))


def _key(word: str) -> str:
    return "".join(words(match_form(word)))
