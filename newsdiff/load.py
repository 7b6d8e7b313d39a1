"""PLACEHOLDER (being replaced): files, folders, stdin, HTML, URLs → Article."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import BinaryIO

from newsdiff.config import LoadConfig
from newsdiff.errors import InputError
from newsdiff.model import Article


def load(
    source: str | Path,
    *,
    config: LoadConfig | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> Article:
    """One article from a file path, URL or `-` (stdin)."""
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(source), exc.strerror or "cannot be read") from None
    return Article(id=path.stem, text=text, path=str(source), published=published,
                   published_source="option" if published else None)


def load_all(
    sources: Sequence[str],
    *,
    config: LoadConfig | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> tuple[Article, ...]:
    """Articles from paths, folders (sorted), URLs and `-`, in the order given."""
    out: list[Article] = []
    for s in sources:
        p = Path(s)
        if p.is_dir():
            out.extend(load(f, config=config, published=published) for f in sorted(p.iterdir()) if f.suffix in {".txt", ".md", ".html", ".htm"})
        else:
            out.append(load(s, config=config, published=published, stdin=stdin))
    return tuple(out)
