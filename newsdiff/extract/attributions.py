"""PLACEHOLDER (being replaced): attributions and sourcing profiles."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.config import AttributionConfig
from newsdiff.model import Article, Attribution, Sentence, SourcingDifference, SourcingProfile, Statement


def extract(article: Article, sentences: Sequence[Sentence], *, config: AttributionConfig) -> tuple[Attribution, ...]:
    """Attributions found in one article's sentences."""
    return ()


def profiles(articles: Sequence[Article], attributions: Sequence[Attribution]) -> tuple[SourcingProfile, ...]:
    """Per article, its sourcing profile."""
    return ()


def differences(statements: Sequence[Statement], attributions: Sequence[Attribution]) -> tuple[SourcingDifference, ...]:
    """Per shared statement, who each article credits, where they differ."""
    return ()
