"""`layout.blocks` is cached (the loader and `segment` both ask for an article's blocks): a
cached answer is the one the function computes, and the cache is bounded."""

from __future__ import annotations

import random

from corpus import LINES, mixed

from newsdiff import layout

PIECES = [
    *["# Headline here\n", "By Jane Roe\n", "LIMA, Peru (AP) — ", "Photo: AFP\n", "- item\n"],
    *["The minister said on Monday that talks would resume. ", "Top stories\n", "\n\n", "\n"],
    *["Jane Roe, Getty Images | The mayor speaks. ", "May 2, 2024\n", "Share this\n", "Related\n"],
]


def test_cached_blocks_are_the_computed_blocks() -> None:
    rng = random.Random(5)
    texts = ["\n".join(LINES[i : i + 12]) for i in range(0, len(LINES), 12)]
    texts += mixed(rng, PIECES, 200, most=20)
    for text in texts:
        computed = layout.blocks.__wrapped__(text)
        assert layout.blocks(text) == computed, text
        assert layout.blocks(text) == computed, text  # from the cache this time


def test_loading_and_segmenting_a_handful_of_articles_reads_each_layout_once() -> None:
    from pathlib import Path

    from newsdiff.loader import load_all
    from newsdiff.segment import segment

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    layout.blocks.cache_clear()
    articles = load_all([str(seeds)])
    for article in articles:
        segment(article)
    info = layout.blocks.cache_info()
    assert (info.misses, info.hits) == (len(articles), len(articles))
    assert info.maxsize is not None and len(articles) <= info.maxsize  # bounded
