"""PLACEHOLDER (being replaced): dates extraction and cross-article grouping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdiff.config import DateConfig
from newsdiff.model import Article, DateMention, DateGroup, Sentence, Statement


def extract(article: Article, sentences: Sequence[Sentence], *, config: DateConfig) -> tuple[DateMention, ...]:
    """Mentions found in one article's sentences."""
    return ()


def group(
    mentions: Sequence[DateMention],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: DateConfig,
) -> tuple[DateGroup, ...]:
    """Mentions grouped across articles."""
    return ()


def infer_published(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> tuple[Article, ...]:
    """The articles, with a publication date inferred (and marked so) where none is known."""
    return tuple(articles)
