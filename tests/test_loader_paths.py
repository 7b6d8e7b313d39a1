"""The loader's string paths against pathlib, which the loader used before.

The loader spells and splits paths with os.path (importing pathlib costs a plain `compare`
some 4 ms); the file names it reports and the article ids it makes must stay pathlib's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff import loader
from newsdiff.errors import InputError

SPELLINGS = st.text(alphabet="/.a b", max_size=12)
NAMES = st.text(alphabet="a.b_ -", min_size=1, max_size=8).filter(lambda n: n != ".")


@given(SPELLINGS)
def test_a_path_is_spelled_as_pathlib_spells_it(name: str) -> None:
    assert loader._as_path(name) == str(Path(name))


@given(SPELLINGS, NAMES)
def test_a_file_in_a_folder_is_spelled_as_pathlib_spells_it(folder: str, name: str) -> None:
    assert loader._child(loader._as_path(folder), name) == str(Path(folder) / name)


@given(NAMES)
def test_stem_and_suffix_are_pathlib_s(name: str) -> None:
    assert loader._stem_suffix(name) == (Path(name).stem, Path(name).suffix)


def _pathlib_article_files(folder: Path) -> tuple[Path, ...]:
    """The loader's listing as it was written with pathlib."""
    return tuple(
        p
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.suffix.lower() in loader.ARTICLE_SUFFIXES
        and not p.name.startswith(".")
        and p.stem.lower() not in loader._NOT_ARTICLES
        and p.is_file()
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of article files and of things that are not article files."""
    story = tmp_path / "story"
    story.mkdir()
    page = (Path(__file__).parent / "data" / "load" / "market_report.html").read_bytes()
    for name in ("c.html", "d.htm"):
        (story / name).write_bytes(page)
    for name in ("b.txt", "a.MD", "e.markdown", "..txt", "x.", "f.txt.bak"):
        (story / name).write_text("The council met on Monday.", encoding="utf-8")
    for name in (".hidden.txt", "README.md", "notes.csv"):
        (story / name).write_text("not an article", encoding="utf-8")
    (story / "sub.txt").mkdir()  # a folder named like an article
    (story / "link.txt").symlink_to(story / "b.txt")
    (story / "broken.txt").symlink_to(story / "gone.txt")
    return story


def test_a_folder_lists_the_files_pathlib_listed(folder: Path) -> None:
    expected = tuple(str(p) for p in _pathlib_article_files(folder))
    assert loader.article_files(folder) == expected
    assert loader.article_files(str(folder)) == expected
    assert [os.path.basename(p) for p in expected] == [
        "a.MD",
        "b.txt",
        "c.html",
        "d.htm",
        "e.markdown",
        "link.txt",
    ]


@pytest.mark.parametrize("spelling", ["story", "story/", "./story//", "story/.", ".", ""])
def test_a_folder_however_spelled_loads_the_files_pathlib_named(
    folder: Path, spelling: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(folder.parent if spelling.startswith(("s", "./")) else folder)
    articles = loader.load_all([spelling])
    expected = _pathlib_article_files(Path(spelling))
    assert [a.path for a in articles] == [str(p) for p in expected]
    assert [a.id for a in articles] == [p.stem for p in expected]


def test_a_file_with_a_trailing_slash_is_read_as_pathlib_read_it(folder: Path) -> None:
    article = loader.load(f"{folder / 'c.html'}/")
    assert (article.id, article.path) == ("c", f"{folder / 'c.html'}/")
    with pytest.raises(InputError, match="is a directory"):
        loader.load(os.fspath(folder / "sub.txt"))
