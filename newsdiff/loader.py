"""Files, folders, stdin, HTML and URLs → `Article` records, with their metadata.

(Named `loader`, not `load`, so that `newsdiff.load` is always the public function: a
submodule of that name would shadow it on the package once imported.)

`Article.text` is the article as written (front matter removed, HTML reduced to its main
text); nothing is normalised here, so offsets always point at what the reader sees.
Metadata comes, in order of trust, from YAML front matter, HTML metadata (counted as
front matter: it is the page's own header), the text's layout (a leading date line or a
dateline, the headline, a byline, a trailing site signature: see `layout`), and last the
`published` option; `published_source` records which.

Libraries do the hard parts: PyYAML (`safe_load` only, so tags are refused, never
executed), trafilatura for HTML main text and metadata (imported only on the HTML path:
it costs ~150 ms), urllib for URLs. Decoding is a short fixed cascade (BOM, UTF-8,
cp1252) rather than charset detection, because a statistical guess on a short article
is less predictable than the two encodings news text actually arrives in.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from newsdiff import layout, rx
from newsdiff.config import LoadConfig
from newsdiff.errors import InputError, LimitError
from newsdiff.model import Article, PublishedSource
from newsdiff.normalize import repair_punctuation

if TYPE_CHECKING:
    from http.client import HTTPResponse
    from pathlib import Path

    from _typeshed import StrPath  # str or os.PathLike[str]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
# A folder's own documentation is not an article of the story.
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog", "contributing", "notes"})
_STDIN = "<stdin>"
_SNIFF_BYTES = 8192
# A date line or dated byline gives the publication date only near the top.
_TOP_PARAGRAPHS = 3
_URL = rx.compile(r"^https?://", re.I)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.I)
_FRONT_OPEN = rx.compile(r"\A---[ \t]*\r?\n")
_FRONT_CLOSE = rx.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.M)
_TAG = rx.compile(r"tag:yaml\.org,2002:(\S+?)'|'(![^']*)'")
_SLUG = rx.compile(r"[^\w-]+")
_ISO_DAY = rx.compile(r"\d{4}-\d{2}-\d{2}")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_MAGIC = (
    (b"%PDF-", "is a PDF file; save the article as text or HTML first"),
    (b"PK\x03\x04", "is a zip archive (or a .docx); save the article as text or HTML first"),
)


@dataclass(frozen=True, slots=True)
class _Meta:
    """Metadata one source (front matter, HTML, layout) knows; None = not known there."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: date | None = None


# ---------------------------------------------------------------- bytes → text


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _too_big(where: str, size: int, limit: int, key: str) -> LimitError:
    return LimitError(where, f"is {_size(size)}; the limit is {_size(limit)} ({key})")


def decode(raw: bytes, *, where: str, charset: str | None = None) -> str:
    """The text in `raw`: BOM-marked UTF-8/16/32, else `charset`, else UTF-8, else cp1252."""
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(where, f"is not valid {codec.upper()} despite its BOM") from None
    head = raw[:_SNIFF_BYTES]
    for magic, problem in _MAGIC:
        if head.startswith(magic):
            raise InputError(where, problem)
    if b"\x00" in head:
        raise InputError(where, "is a binary file, not text")
    for codec in (c for c in (charset, "utf-8", "cp1252") if c is not None):
        try:
            return repair_punctuation(raw.decode(codec))
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(where, "cannot be decoded as UTF-8, UTF-16 or cp1252 text")


# ---------------------------------------------------------------- front matter


def _fm_text(where: str, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise InputError(where, f"front matter: {key}: expected text, got a {type(value).__name__}")
    text = str(value).strip()
    return text or None


def _fm_date(where: str, value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if _ISO_DAY.match(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(text[:10])
            except ValueError:
                pass
    found = layout.parse_date(text)
    if found is not None and len(text) <= 40:
        return found[0]
    raise InputError(where, f"front matter: published: {text!r} is not a date (want YYYY-MM-DD)")


def front_matter(text: str, *, where: str) -> tuple[_Meta, str]:
    """The YAML front matter's metadata and the text after it (the text itself when none)."""
    opening = _FRONT_OPEN.match(text)
    if opening is None:
        return _Meta(), text
    closing = _FRONT_CLOSE.search(text, opening.end())
    if closing is None:
        raise InputError(where, "front matter opened with '---' on line 1 is never closed")
    import yaml

    block = text[opening.end() : closing.start()]
    try:
        data = yaml.safe_load(block)
    except yaml.constructor.ConstructorError as exc:
        tag = _TAG.search(str(exc.problem or ""))
        name = (f"!!{tag.group(1)}" if tag.group(1) else tag.group(2)) if tag else "a YAML tag"
        raise InputError(where, f"front matter uses {name}; YAML tags are not allowed") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark is not None else ""
        raise InputError(where, f"invalid YAML front matter{at}") from None
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # PyYAML builds timestamps and keys with the standard types, which can refuse them
        # ("published: 2024-13-45" → month must be in 1..12).
        raise InputError(where, f"invalid value in YAML front matter ({exc})") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(where, "front matter is not a mapping of keys to values")
    meta = _Meta(
        title=_fm_text(where, data, "title"),
        outlet=_fm_text(where, data, "outlet"),
        author=_fm_text(where, data, "author"),
        url=_fm_text(where, data, "url"),
        published=_fm_date(where, data.get("published")),
    )
    return meta, text[closing.end() :]


# ---------------------------------------------------------------- HTML


def _html(content: bytes | str, *, where: str, url: str | None) -> tuple[_Meta, str]:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura
    from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs

    try:
        doc = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, include_comments=False
        )
    except (ValueError, TypeError, AttributeError, etree.LxmlError):
        # trafilatura and lxml raise assorted errors on broken markup: the input's fault.
        raise InputError(where, "could not be parsed as HTML") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no article text found in the HTML")
    published = None
    raw_date = getattr(doc, "date", None)
    if isinstance(raw_date, str) and _ISO_DAY.match(raw_date):
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError:
            published = None

    def field(name: str) -> str | None:
        value = getattr(doc, name, None)
        return value.strip() or None if isinstance(value, str) else None

    meta = _Meta(
        title=field("title"),
        outlet=field("sitename"),
        author=field("author"),
        url=field("url") or url,
        published=published,
    )
    return meta, text


# ---------------------------------------------------------------- layout metadata


@dataclass(frozen=True, slots=True)
class _Layout:
    meta: _Meta
    dateline: str | None
    furniture: tuple[str, ...]


def _from_layout(text: str) -> _Layout:
    """Metadata the text's own layout gives: date line or dateline, headline, byline, signature."""
    found = layout.blocks(text)
    published = None
    dateline = None
    title = author = outlet = None
    byline_date = None
    body_seen = 0  # paragraphs so far: a date line far down is a related link's, not ours
    for i, block in enumerate(found):
        if block.kind == "paragraph":
            body_seen += 1
        elif block.kind == "dateline":
            after = found[i + 1] if i + 1 < len(found) else None
            inline = (
                after is not None
                and after.kind == "paragraph"
                and "\n" not in text[block.span.end : after.span.start]
            )
            if inline and dateline is None:
                dateline = block.text
            parsed = layout.parse_date(block.text)
            if parsed is not None and published is None and body_seen < _TOP_PARAGRAPHS:
                published = parsed[0]
        elif block.kind == "headline" and title is None:
            title = block.text.lstrip("#* ").rstrip("#* ") or None
        elif block.kind == "byline":
            author = author or layout.byline_author(block.text)
            # "By Jane Roe | May 2, 2024": the byline's date is the publication date.
            signed = layout.parse_date(block.text)
            if signed is not None and byline_date is None and body_seen < _TOP_PARAGRAPHS:
                byline_date = signed[0]
        elif block.kind == "signature":
            outlet = block.text
    furniture = tuple(b.text for b in found if b.kind in ("furniture", "signature"))
    meta = _Meta(title=title, outlet=outlet, author=author, published=published or byline_date)
    return _Layout(meta, dateline, furniture)


def _tex_quotes(text: str) -> str:
    """Old wire feeds write quotation marks TeX-style, ``like this'': the curly marks they stand
    for. Only in a text that opens a quote that way, where '' can be nothing else."""
    if "``" not in text:
        return text
    return text.replace("``", "\u201c").replace("''", "\u201d")


def _article(
    text: str,
    *,
    id: str,
    path: str | None,
    where: str,
    metas: Sequence[_Meta],
    published: date | None,
) -> Article:
    """An Article from its text and metadata sources (most trusted first), plus the layout's."""
    if not text.strip():
        raise InputError(where, "has no article text")
    text = _tex_quotes(text)
    found = _from_layout(text)
    sources: list[tuple[_Meta, PublishedSource]] = [(m, "front-matter") for m in metas]
    sources.append((found.meta, "text"))

    def first(name: str) -> str | None:
        return next((getattr(m, name) for m, _ in sources if getattr(m, name)), None)

    when, source = next(((m.published, s) for m, s in sources if m.published), (None, None))
    if when is None and published is not None:
        when, source = published, "option"
    return Article(
        id=id,
        text=text,
        path=path,
        outlet=first("outlet"),
        title=first("title"),
        published=when,
        published_source=source,
        url=first("url"),
        author=first("author"),
        furniture=found.furniture,
        dateline=found.dateline,
    )


def _from_bytes(
    raw: bytes,
    *,
    id: str,
    path: str | None,
    where: str,
    html: bool | None,
    url: str | None = None,
    charset: str | None = None,
    published: date | None,
) -> Article:
    if not raw.strip():
        raise InputError(where, "is empty" if not raw else "is empty (whitespace only)")
    if html is None:
        html = _HTML_START.match(raw[:_SNIFF_BYTES]) is not None
    if html is True:
        declared = _META_CHARSET.search(raw[:_SNIFF_BYTES])
        if charset is None and declared is not None:
            charset = declared.group(1).decode("ascii")
        text = decode(raw, where=where, charset=charset)
        meta, body = _html(text, where=where, url=url)
        return _article(body, id=id, path=path, where=where, metas=(meta,), published=published)
    text = decode(raw, where=where, charset=charset)
    if not text.strip():
        raise InputError(where, "is empty (whitespace only)")
    meta, body = front_matter(text, where=where)
    if url is not None and meta.url is None:
        meta = replace(meta, url=url)
    return _article(body, id=id, path=path, where=where, metas=(meta,), published=published)


# ---------------------------------------------------------------- sources


def _slug(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    name = segments[-1] if segments else parts.hostname or "url"
    stem = name.rsplit(".", 1)[0] if "." in name and segments else name
    return _SLUG.sub("-", stem).strip("-").lower() or "url"


def _read_stream(stream: BinaryIO, *, where: str, limit: int) -> bytes:
    raw = stream.read(limit + 1)
    if not isinstance(raw, bytes):
        raise InputError(where, "is not a byte stream")
    if len(raw) > limit:
        raise _too_big(where, len(raw), limit, "load.max_bytes")
    return raw


def _read_response(resp: HTTPResponse, *, url: str, config: LoadConfig) -> bytes:
    import time

    limit = config.url_max_bytes
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise _too_big(url, int(length), limit, "load.url_max_bytes")
    # The socket timeout bounds each read; the deadline bounds a server that trickles.
    deadline = time.monotonic() + config.url_timeout
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = resp.read(65536)
        if not chunk:
            break
        total += len(chunk)
        if total > limit:
            raise _too_big(url, total, limit, "load.url_max_bytes")
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise TimeoutError
    return b"".join(chunks)


def fetch(url: str, *, config: LoadConfig) -> tuple[bytes, bool, str | None]:
    """The body of `url`, whether it is HTML, and its declared charset."""
    import http.client
    import urllib.error
    import urllib.request

    from newsdiff import __version__

    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"newsdiff/{__version__}",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9",
        },
    )
    timeout = config.url_timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            if not _URL.match(resp.geturl()):
                raise InputError(url, f"redirected to a non-HTTP address ({resp.geturl()})")
            ctype = resp.headers.get_content_type()
            if ctype not in _HTML_TYPES | _TEXT_TYPES:
                raise InputError(url, f"content type {ctype} is not HTML or plain text")
            body = _read_response(resp, url=url, config=config)
            charset = resp.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP error {exc.code} ({exc.reason})") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise InputError(url, f"timed out after {timeout:g} s") from None
        raise InputError(url, f"cannot be fetched ({exc.reason})") from None
    except TimeoutError:  # socket.timeout is an alias of it
        raise InputError(url, f"timed out after {timeout:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(url, f"cannot be fetched ({exc or type(exc).__name__})") from None
    html = ctype in _HTML_TYPES or _HTML_START.match(body[:_SNIFF_BYTES]) is not None
    return body, html, charset


def load(
    source: str | Path,
    *,
    config: LoadConfig | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> Article:
    """One article from a file path, an http(s) URL or `-` (stdin)."""
    config = config or LoadConfig()
    name = str(source)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = _read_stream(stream, where=_STDIN, limit=config.max_bytes)
        return _from_bytes(raw, id="stdin", path=None, where=_STDIN, html=None, published=published)
    if isinstance(source, str) and _URL.match(name):
        body, html, charset = fetch(name, config=config)
        return _from_bytes(
            body,
            id=_slug(name),
            path=name,
            where=name,
            html=html,
            url=name,
            charset=charset,
            published=published,
        )
    path = _as_path(os.fspath(source))
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(name, "no such file or directory") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a directory (load_all reads the articles in a folder)")
    if info.st_size > config.max_bytes:
        raise _too_big(name, info.st_size, config.max_bytes, "load.max_bytes")
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise InputError(name, exc.strerror or "cannot be read") from None
    if len(raw) > config.max_bytes:  # grew since stat, or a device
        raise _too_big(name, len(raw), config.max_bytes, "load.max_bytes")
    stem, suffix = _stem_suffix(os.path.basename(path))
    is_html = True if suffix.lower() in _HTML_SUFFIXES else None
    return _from_bytes(raw, id=stem, path=name, where=name, html=is_html, published=published)


# Paths are handled as strings with os.path below, spelled as pathlib spells them (which the
# loader used before): importing pathlib (urllib.parse, ipaddress, fnmatch) is some 4 ms of
# a run. tests/test_loader_paths.py compares these helpers with pathlib.


def article_files(folder: StrPath) -> tuple[str, ...]:
    """The article files directly in `folder`, sorted by name (hidden files and READMEs
    skipped), spelled as pathlib would join them."""
    where = _as_path(os.fspath(folder))
    try:
        names = sorted(os.listdir(where))
    except OSError as exc:
        raise InputError(where, exc.strerror or "cannot be listed") from None
    files = []
    for name in names:
        stem, suffix = _stem_suffix(name)
        if (
            suffix.lower() in ARTICLE_SUFFIXES
            and not name.startswith(".")
            and stem.lower() not in _NOT_ARTICLES
        ):
            path = _child(where, name)
            if os.path.isfile(path):
                files.append(path)
    return tuple(files)


def _as_path(name: str) -> str:
    """`str(Path(name))`: no "." parts, no repeated or trailing "/", and "." for ""."""
    if os.sep != "/":  # pragma: no cover - drives and UNC shares: pathlib's own rules
        from pathlib import Path

        return str(Path(name))
    body = name.lstrip("/")
    slashes = len(name) - len(body)
    root = "//" if slashes == 2 else "/" if slashes else ""  # POSIX keeps a leading "//"
    return root + "/".join(p for p in body.split("/") if p and p != ".") or "."


def _child(folder: str, name: str) -> str:
    """`str(Path(folder) / name)` for a folder spelled as `_as_path` spells it."""
    return name if folder == "." else os.path.join(folder, name)


def _stem_suffix(name: str) -> tuple[str, str]:
    """A file name's `Path.stem` and `Path.suffix`: split at its last dot, unless that dot
    begins or ends the name."""
    dot = name.rfind(".")
    if 0 < dot < len(name) - 1:
        return name[:dot], name[dot:]
    return name, ""


def _unique(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles with repeated ids made unique in order: "x", "x-2", "x-3"."""
    seen: set[str] = set()
    out: list[Article] = []
    for a in articles:
        new, n = a.id, 1
        while new in seen:
            n += 1
            new = f"{a.id}-{n}"
        seen.add(new)
        out.append(a if new == a.id else replace(a, id=new))
    return tuple(out)


def load_all(
    sources: Sequence[str],
    *,
    config: LoadConfig | None = None,
    published: date | None = None,
    stdin: BinaryIO | None = None,
) -> tuple[Article, ...]:
    """Articles from paths, folders (their article files, sorted), URLs and `-`, in order given."""
    config = config or LoadConfig()
    targets: list[str] = []
    for source in sources:
        name = str(source)
        folder = _as_path(name) if name != "-" and not _URL.match(name) else None
        if folder is not None and os.path.isdir(folder):
            files = article_files(folder)
            if not files:
                kinds = ", ".join(ARTICLE_SUFFIXES)
                raise InputError(name, f"has no article files ({kinds})")
            targets.extend(files)
        else:
            if name == "-" and "-" in targets:
                raise InputError(_STDIN, "stdin can be read only once")
            targets.append(name)
        if len(targets) > config.max_articles:
            raise LimitError(
                name,
                f"brings the input to {len(targets)} articles; the limit is "
                f"{config.max_articles} (load.max_articles)",
            )
    if not targets:
        raise InputError("input", "no articles given")
    articles = [load(t, config=config, published=published, stdin=stdin) for t in targets]
    return _unique(articles)
