"""PLACEHOLDER (being replaced): sentences → statement clusters."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.config import AlignConfig
from newsdiff.model import CopyPair, Member, Sentence, Statement


def align(sentences: Sequence[Sequence[Sentence]], *, config: AlignConfig) -> tuple[Statement, ...]:
    """Every sentence in exactly one statement."""
    out = []
    for group in sentences:
        for s in group:
            out.append(Statement(f"s{len(out) + 1}", (Member(s.article, s.index, s.text),)))
    return tuple(out)


def copies(sentences: Sequence[Sequence[Sentence]], *, config: AlignConfig) -> tuple[CopyPair, ...]:
    """Pairs of articles sharing long verbatim word runs."""
    return ()
