"""PLACEHOLDER (being replaced): Article → sentences with character offsets."""

from __future__ import annotations

from newsdiff.model import Article, Sentence, Span
from newsdiff.normalize import match_form


def segment(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, in order, with spans into `article.text`."""
    from sentencex import segment as _seg

    out: list[Sentence] = []
    pos = 0
    for piece in _seg("en", article.text):
        stripped = piece.strip()
        if not stripped:
            continue
        start = article.text.find(stripped, pos)
        end = start + len(stripped)
        pos = end
        out.append(Sentence(article.id, len(out), stripped, Span(start, end), match=match_form(stripped)))
    return tuple(out)
