"""PLACEHOLDER (being replaced): numbers extraction and cross-article grouping."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsdiff.config import NumberConfig
from newsdiff.model import Article, NumberMention, NumberGroup, Sentence, Statement


def extract(article: Article, sentences: Sequence[Sentence], *, config: NumberConfig) -> tuple[NumberMention, ...]:
    """Mentions found in one article's sentences."""
    return ()


def group(
    mentions: Sequence[NumberMention],
    *,
    statements: Sequence[Statement],
    sentences: Mapping[str, Sequence[Sentence]],
    config: NumberConfig,
) -> tuple[NumberGroup, ...]:
    """Mentions grouped across articles."""
    return ()
