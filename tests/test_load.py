"""Loader: every input path (.txt, .md front matter, .html, URL, stdin, folders) and encoding."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from newsdiff.config import LoadConfig
from newsdiff.errors import InputError, LimitError
from newsdiff.loader import load, load_all
from tests.conftest import LocalServer, Route

DATA = Path(__file__).parent / "data" / "load"


# ---------------------------------------------------------------- plain text


def test_txt_metadata_from_layout() -> None:
    path = DATA / "harbour_flood.txt"
    article = load(path)
    assert article.id == "harbour_flood"
    assert article.path == str(path)
    assert article.text == path.read_text(encoding="utf-8")  # display text unchanged
    assert article.published == date(2025, 3, 4)
    assert article.published_source == "text"
    assert article.title == "River Breaches Levee in Harbourton as Rain Persists"
    assert article.author == "Mira Okafor and Tom Reyes (Coastal Wire)"
    assert article.outlet == "HarbourDaily.com"
    assert article.dateline == "HARBOURTON —"
    for line in (
        "Share on Facebook",
        "Leave a Reply",
        "© 2025 Harbour Daily. All rights reserved.",
    ):
        assert line in article.furniture


def test_dateline_date_is_the_publication_date() -> None:
    article = load(DATA / "wire_wrapped.txt")
    assert article.published == date(2024, 10, 2)
    assert article.published_source == "text"
    assert article.dateline == "LISBON, Oct. 2, 2024 (Meridian) -"
    assert article.title is None


def test_date_line_far_down_is_not_the_publication_date(tmp_path: Path) -> None:
    body = "".join(f"Paragraph {n} of the story ends here.\n\n" for n in range(4))
    path = tmp_path / "a.txt"
    path.write_text(f"{body}Related\n\nMonday, March 3, 2019\n\nOld story.\n", encoding="utf-8")
    assert load(path).published is None


def test_published_option_only_when_the_article_has_none(tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Officials said the bridge would reopen. Traffic resumed.\n", encoding="utf-8"
    )
    article = load(undated, published=date(2020, 1, 2))
    assert (article.published, article.published_source) == (date(2020, 1, 2), "option")
    dated = load(DATA / "harbour_flood.txt", published=date(2020, 1, 2))
    assert (dated.published, dated.published_source) == (date(2025, 3, 4), "text")
    assert load(undated).published_source is None


# ---------------------------------------------------------------- front matter


def test_markdown_front_matter() -> None:
    article = load(DATA / "council_vote.md")
    assert article.title == "Council Approves New Tram Line"
    assert article.outlet == "The Valley Ledger"
    assert article.author == "Priya Natarajan"
    assert article.url == "https://ledger.example/tram-line"
    assert (article.published, article.published_source) == (date(2024, 6, 18), "front-matter")
    assert article.text.startswith("## Council Approves New Tram Line\n")
    assert "section:" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-18", date(2024, 6, 18)),
        ("2024-06-18T23:10:00Z", date(2024, 6, 18)),
        ("'2024-06-18T08:00:00+02:00'", date(2024, 6, 18)),
        ("'18 June 2024'", date(2024, 6, 18)),
    ],
)
def test_front_matter_published_forms(tmp_path: Path, value: str, expected: date) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: {value}\n---\nThe mayor resigned.\n", encoding="utf-8")
    assert load(path).published == expected


def test_front_matter_beats_the_text_date(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\npublished: 2024-01-05\n---\nMonday, March 3, 2025\n\nThe port reopened on Monday.\n",
        encoding="utf-8",
    )
    article = load(path)
    assert (article.published, article.published_source) == (date(2024, 1, 5), "front-matter")


def test_text_file_without_front_matter_keeps_leading_rule(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("----\nThe port reopened on Monday.\n", encoding="utf-8")
    assert load(path).text.startswith("----\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # old wire copy quotes TeX-style: the curly marks it stands for
        (
            "``We will not sign,'' said Jan Kos. ``Never.''\n",
            "\u201cWe will not sign,\u201d said Jan Kos. \u201cNever.\u201d\n",
        ),
        # must not change: '' without any `` is left as written
        ("The score was 2''4 in the old notation.\n", "The score was 2''4 in the old notation.\n"),
    ],
)
def test_tex_style_quotes_become_curly(tmp_path: Path, raw: str, expected: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(raw, encoding="utf-8")
    assert load(path).text == expected


# ---------------------------------------------------------------- HTML


def test_html_file_main_text_and_metadata() -> None:
    article = load(DATA / "market_report.html")
    assert article.id == "market_report"
    assert article.title == "Port strike halts container traffic"
    assert article.outlet == "Northern Courier"
    assert article.author == "Sven Aalto"
    assert (article.published, article.published_source) == (date(2023, 9, 12), "front-matter")
    assert "Dock workers walked out at midnight" in article.text
    assert "Home" not in article.text  # navigation is not main text
    assert "All rights reserved" not in article.text


# ---------------------------------------------------------------- encodings


SMART = "“Café owners said the rain was ‘relentless’,” Mr. Dubé said.\n"


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(SMART.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + SMART.encode("utf-8"), id="utf-8-bom"),
        pytest.param(SMART.encode("utf-16"), id="utf-16-bom-native"),
        pytest.param(b"\xfe\xff" + SMART.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe" + SMART.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(SMART.encode("cp1252"), id="cp1252"),
    ],
)
def test_encodings(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(raw)
    assert load(path).text == SMART


def test_stdin_cp1252() -> None:
    article = load("-", stdin=io.BytesIO(SMART.encode("cp1252")))
    assert (article.id, article.path, article.text) == ("stdin", None, SMART)


# ---------------------------------------------------------------- stdin


def test_stdin_text_with_front_matter() -> None:
    raw = b"---\noutlet: Hill Times\n---\nThe dam held overnight, engineers said.\n"
    article = load("-", stdin=io.BytesIO(raw))
    assert article.outlet == "Hill Times"
    assert article.text == "The dam held overnight, engineers said.\n"


def test_stdin_html_is_sniffed() -> None:
    raw = (DATA / "market_report.html").read_bytes()
    article = load("-", stdin=io.BytesIO(raw))
    assert article.id == "stdin"
    assert article.outlet == "Northern Courier"


def test_stdin_size_cap() -> None:
    with pytest.raises(LimitError, match=r"<stdin>: is 2,001 bytes; the limit is 2,000 bytes"):
        load("-", stdin=io.BytesIO(b"a" * 5000), config=LoadConfig(max_bytes=2000))


# ---------------------------------------------------------------- folders


def test_folder_sorted_and_filtered(tmp_path: Path) -> None:
    body = "The ferry sank near the harbour, officials said on Monday."
    for name in ("b.md", "a.txt", "c.html", "README.md", ".hidden.txt", "notes.json", "d.HTM"):
        html = name.lower().endswith(("html", "htm"))
        (tmp_path / name).write_text(
            f"<html><body><p>{body}</p></body></html>" if html else f"{body}\n", encoding="utf-8"
        )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "e.txt").write_text("Nested.\n", encoding="utf-8")
    ids = [a.id for a in load_all([str(tmp_path)])]
    assert ids == ["a", "b", "c", "d"]


def test_duplicate_stems_get_suffixes(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("The vote passed.\n", encoding="utf-8")
    first = tmp_path / "one" / "story.txt"
    ids = [a.id for a in load_all([str(tmp_path / "one"), str(tmp_path / "two"), str(first)])]
    assert ids == ["story", "story-2", "story-3"]


def test_sources_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("Zed said so.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay said so.\n", encoding="utf-8")
    got = load_all(
        [str(tmp_path / "z.txt"), "-", str(tmp_path / "a.txt")], stdin=io.BytesIO(b"Hi.\n")
    )
    assert [a.id for a in got] == ["z", "stdin", "a"]


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="has no article files"):
        load_all([str(tmp_path)])


def test_article_count_limit(tmp_path: Path) -> None:
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text("The vote passed.\n", encoding="utf-8")
    with pytest.raises(LimitError, match=r"4 articles; the limit is 3 \(load.max_articles\)"):
        load_all([str(tmp_path)], config=LoadConfig(max_articles=3))


# ---------------------------------------------------------------- URLs (local server only)


def test_url_html(http_server: LocalServer) -> None:
    http_server.routes["/news/port-strike.html"] = Route((DATA / "market_report.html").read_bytes())
    url = http_server.url("/news/port-strike.html")
    article = load(url)
    assert article.id == "port-strike"
    assert article.path == url
    assert article.url == url
    assert article.outlet == "Northern Courier"
    assert "Dock workers walked out" in article.text


def test_url_plain_text_uses_declared_charset(http_server: LocalServer) -> None:
    body = "Le maire a démissionné lundi, a déclaré la préfecture.\n"
    http_server.routes["/brief"] = Route(
        body.encode("iso-8859-15"), content_type="text/plain; charset=iso-8859-15"
    )
    assert load(http_server.url("/brief")).text == body


def test_url_404(http_server: LocalServer) -> None:
    url = http_server.url("/missing")
    with pytest.raises(InputError, match=r"HTTP error 404") as err:
        load(url)
    assert err.value.where == url


def test_url_wrong_content_type(http_server: LocalServer) -> None:
    http_server.routes["/report.pdf"] = Route(b"%PDF-1.7 ...", content_type="application/pdf")
    with pytest.raises(InputError, match=r"content type application/pdf is not HTML or plain text"):
        load(http_server.url("/report.pdf"))


@pytest.mark.parametrize("send_length", [True, False])
def test_url_too_large(http_server: LocalServer, send_length: bool) -> None:
    http_server.routes["/big"] = Route(b"<p>" + b"x" * 5000 + b"</p>", send_length=send_length)
    config = LoadConfig(url_max_bytes=1000)
    with pytest.raises(LimitError, match=r"the limit is 1,000 bytes \(load.url_max_bytes\)"):
        load(http_server.url("/big"), config=config)


def test_url_timeout(http_server: LocalServer) -> None:
    http_server.routes["/slow"] = Route(b"<p>late</p>", delay=0.5)
    with pytest.raises(InputError, match=r"timed out after 0.1 s"):
        load(http_server.url("/slow"), config=LoadConfig(url_timeout=0.1))


def test_url_refused() -> None:
    server = LocalServer()  # bound but never serving: connect succeeds, then no answer
    url = server.url("/x")
    server.server.server_close()  # now nothing listens on the port
    with pytest.raises(InputError, match=r"cannot be fetched"):
        load(url, config=LoadConfig(url_timeout=0.5))
