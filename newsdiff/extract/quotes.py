"""PLACEHOLDER (being replaced): quotes extraction and cross-article grouping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdiff.config import QuoteConfig
from newsdiff.model import Article, Quote, QuoteGroup, Sentence, Statement


def extract(article: Article, sentences: Sequence[Sentence], *, config: QuoteConfig) -> tuple[Quote, ...]:
    """Mentions found in one article's sentences."""
    return ()


def group(
    mentions: Sequence[Quote],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: QuoteConfig,
) -> tuple[QuoteGroup, ...]:
    """Mentions grouped across articles."""
    return ()
