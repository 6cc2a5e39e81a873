"""Ingest: turn input paths into Articles, or Rejected records saying why not.

Inputs are files, directories (walked recursively) and glob patterns. Each kind of file
has one reader: ``.txt`` (first non-empty line is the title), ``.html``/``.htm``
(trafilatura, reader comments excluded), ``.jsonl`` and ``.csv`` news dumps (one record
per line or row), RSS/Atom feeds (``.xml``, ``.rss``, ``.atom``). A manifest CSV
(``file,published,publisher,url,language``) adds metadata to file inputs by file name.

Nothing here raises for a bad input: every problem becomes a ``Rejected`` record that
names the file (or record), the stage and the reason, and the other inputs go on.

Files: only regular files are read, and never more than the size limit (counted while
reading, not taken from the file system's word). In a folder, a symbolic link is followed
only to a file inside the folders given (``follow_symlinks`` lifts that); FIFOs, devices,
sockets, dangling links and link loops are each rejected with their reason. Every string
read passes ``sanitise.normalise_text``; file names are kept in ``sanitise.printable_name``
form, so a name that is not UTF-8 is stored and shown as ``\\xNN`` escapes.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import glob
import hashlib
import io
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from .dates import plausible_published
from .errors import ConfigError, InputError
from .models import Article, Rejected
from .sanitise import normalise_text, normalise_value, printable_name
from .settings import DEFAULTS

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES
BINARY_SNIFF_BYTES = 8192
ARTICLE_ID_HEX_CHARS = 16
MAX_HEADLINE_WORDS = 30
MAX_DATE_CHARS = 64  # a publication date longer than this is no date
MIN_HTML_WORDS = 5  # less extracted text than this is a broken or empty page
SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?][”\"’']?\s+[“\"‘']?[A-Z]")  # 'U.S. Embassy', 'Gen. X' are not breaks
FILE_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)
READ_CHUNK_BYTES = 1 << 20
RECORD_FIELDS = ("id", "title", "text", "html", "published", "publisher", "url", "language")
MANIFEST_COLUMNS = ("file", "published", "publisher", "url", "language")


@dataclass(frozen=True)
class ManifestRow:
    file: str
    published: dt.date | None
    publisher: str | None
    url: str | None
    language: str | None


@dataclass(frozen=True)
class Manifest:
    path: str
    rows: Mapping[str, ManifestRow]
    problems: tuple[Rejected, ...] = ()


# -- paths -------------------------------------------------------------------------


def expand_paths(paths: Iterable[str | Path], skip: Iterable[Path] = (), follow_symlinks: bool = False) -> list[Path]:
    """Files named by ``paths`` (files, directories, globs), sorted, without ``skip``."""
    return find_inputs(paths, skip, follow_symlinks)[0]


def find_inputs(paths: Iterable[str | Path], skip: Iterable[Path] = (), follow_symlinks: bool = False) -> tuple[list[Path], list[Rejected]]:
    """The files named by ``paths``, sorted, and the entries of their folders that are
    turned away (links out of the folders, dangling links, loops), as Rejected records.

    A file or glob match named explicitly is taken as given (a special file is rejected
    when read). In a folder, hidden entries and files of other kinds are passed over.
    """
    named = [Path(p) for p in paths]
    roots = [Path(os.path.realpath(p)) for p in named if p.is_dir()]
    found: set[Path] = set()
    rejected: list[Rejected] = []
    for path in named:
        for item in _entries_for(path, roots, follow_symlinks):
            (rejected.append(item) if isinstance(item, Rejected) else found.add(item))
    skipped = {os.path.realpath(p) for p in skip}
    return sorted(p for p in found if os.path.realpath(p) not in skipped), rejected


def _entries_for(path: Path, roots: list[Path], follow_symlinks: bool) -> Iterator[Path | Rejected]:
    if path.is_dir():
        yield from _walk_folder(path, roots, follow_symlinks, visited=set())
    elif os.path.lexists(path):
        yield path
    else:
        matches = [Path(m) for m in glob.glob(str(path), recursive=True)]
        if not matches:
            raise ConfigError(f"input {printable_name(str(path))!r} does not exist and matches no file")
        yield from (m for m in matches if not m.is_dir())


def _walk_folder(folder: Path, roots: list[Path], follow_symlinks: bool, visited: set[str]) -> Iterator[Path | Rejected]:
    """The input files under ``folder``; symbolic links checked against ``roots``."""
    visited.add(os.path.realpath(folder))
    for directory, folders, names in os.walk(folder, followlinks=False):
        base = Path(directory)
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in folders:
            if (base / name).is_symlink():
                yield from _linked_folder(base / name, roots, follow_symlinks, visited)
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                yield _linked_file(base / name, roots, follow_symlinks) if (base / name).is_symlink() else base / name


def _linked_file(link: Path, roots: list[Path], follow_symlinks: bool) -> Path | Rejected:
    target, problem = _link_target(link)
    if problem:
        return Rejected(_display(link), "ingest", problem)
    if not follow_symlinks and not _inside(target, roots):
        return Rejected(
            _display(link), "ingest", f"symbolic link to {printable_name(str(target))}, outside the input folders; not followed without --follow-symlinks"
        )
    return link


def _linked_folder(link: Path, roots: list[Path], follow_symlinks: bool, visited: set[str]) -> Iterator[Path | Rejected]:
    """A symbolic link to a folder: walked only with ``follow_symlinks`` (once per real
    folder, so links in a circle end), and passed over when it stays inside the inputs."""
    target, problem = _link_target(link)
    if problem:
        yield Rejected(_display(link), "ingest", problem)
    elif follow_symlinks and str(target) not in visited:
        yield from _walk_folder(link, roots, follow_symlinks, visited)
    elif not follow_symlinks and not _inside(target, roots):
        yield Rejected(
            _display(link) + "/",
            "ingest",
            f"symbolic link to the folder {printable_name(str(target))}, outside the input folders; not followed without --follow-symlinks",
        )


def _link_target(link: Path) -> tuple[Path, str | None]:
    """Where a symbolic link leads, or why it leads nowhere."""
    try:
        return link.resolve(strict=True), None
    except FileNotFoundError:
        return link, f"dangling symbolic link (to {printable_name(os.readlink(link))}, which does not exist)"
    except RuntimeError:
        return link, "symbolic link loop (the links lead back to themselves)"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return link, "symbolic link loop (the links lead back to themselves)"
        return link, f"cannot follow symbolic link: {exc.strerror or exc}"


def _inside(target: Path, roots: list[Path]) -> bool:
    return any(target == root or root in target.parents for root in roots)


def _display(path: Path) -> str:
    """A file's name as inputs are named in records and messages."""
    return printable_name(path.name)


# -- manifest ----------------------------------------------------------------------


def read_manifest(path: str | Path) -> Manifest:
    """Read a ``--meta`` manifest; bad rows become Rejected records, not errors."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"manifest {str(path)!r} does not exist")
    try:
        reader = csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))
        fieldnames = reader.fieldnames or []
        rows = list(reader)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"manifest {str(path)!r} is not a UTF-8 CSV file: {exc}") from exc
    if "file" not in fieldnames:
        raise ConfigError(f"manifest {str(path)!r} has no 'file' column; expected columns {MANIFEST_COLUMNS}")
    parsed: dict[str, ManifestRow] = {}
    problems: list[Rejected] = []
    for line_number, row in enumerate(rows, start=2):
        source = f"{path.name}:{line_number} ({row.get('file') or '?'})"
        published, problem = _date_or_problem(row.get("published"), source)
        if problem:
            problems.append(problem)
        name = Path((row.get("file") or "").strip()).name
        parsed[name] = ManifestRow(name, published, _clean(row.get("publisher")), _clean(row.get("url")), _clean(row.get("language")))
    return Manifest(str(path), parsed, tuple(problems))


def missing_from_inputs(manifest: Manifest, files: Iterable[Path]) -> list[Rejected]:
    """Manifest rows whose file is not among the inputs."""
    names = {f.name for f in files}
    return [
        Rejected(f"{Path(manifest.path).name}: {name}", "manifest", f"row for {name!r}, but no such input file was given")
        for name in sorted(manifest.rows)
        if name and name not in names
    ]


# -- dates -------------------------------------------------------------------------


def parse_published(value: str | None) -> dt.date | None:
    """An ISO date or date-time (``2022-09-11``, ``2022-09-11T08:00:00Z``); None when empty."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        published = dt.date.fromisoformat(value[:10])
    except ValueError:
        try:
            published = _parse_loose_date(value)
        except (ValueError, OverflowError) as exc:
            raise InputError(f"published date {value!r} does not parse; expected YYYY-MM-DD", stage="metadata") from exc
    if plausible_published(published) is None:
        raise InputError(f"published date {value!r} is not a day an article can have been published (1900 to today)", stage="metadata")
    return published


def _parse_loose_date(value: str) -> dt.date:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date()  # RSS dates: 'Sun, 11 Sep 2022 08:00:00 GMT'
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    import dateparser

    try:
        parsed = dateparser.parse(
            value[:MAX_DATE_CHARS], languages=["en"], settings={"STRICT_PARSING": True, "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
        )
    except (OverflowError, OSError) as exc:  # a timestamp past the calendar
        raise ValueError(value) from exc
    if parsed is None:
        raise ValueError(value)
    return parsed.date()


def _date_or_problem(value: str | None, source: str) -> tuple[dt.date | None, Rejected | None]:
    try:
        return parse_published(value), None
    except InputError as exc:
        return None, Rejected(source, exc.stage, exc.reason + "; the article is kept without a date")


# -- articles ----------------------------------------------------------------------


def article_id_for(text: str) -> str:
    """A stable id: a hash of the text with case, Unicode forms and whitespace folded."""
    normalised = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:ARTICLE_ID_HEX_CHARS]


def make_article(path: str, text: str, title: str | None = None, **metadata: object) -> Article:
    """Build an Article from raw text; the text is kept verbatim but for line endings and
    ``normalise_text`` (as are the path, title and every metadata string)."""
    text = normalise_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError("no text: the input is empty or only whitespace")
    extra = tuple((normalise_text(k), normalise_text(v)) for k, v in metadata.pop("extra", ()))  # type: ignore[attr-defined]
    fields = {k: normalise_text(v) if isinstance(v, str) else v for k, v in metadata.items()}
    title = normalise_text(title) if title else title
    return Article(article_id_for(text), normalise_text(path), text, title=title, metadata=extra, **fields)  # type: ignore[arg-type]


def read_inputs(
    paths: Iterable[str | Path],
    manifest: Manifest | None = None,
    max_bytes: int = DEFAULTS.max_input_bytes,
    follow_symlinks: bool = False,
) -> Iterator[Article | Rejected]:
    """Every article in ``paths``, in a stable order, with bad inputs as Rejected."""
    skip = [Path(manifest.path)] if manifest else []
    files, turned_away = find_inputs(paths, skip=skip, follow_symlinks=follow_symlinks)
    yield from turned_away
    if manifest:
        yield from manifest.problems
        yield from missing_from_inputs(manifest, files)
    for file in files:
        yield from read_file(file, manifest, max_bytes)


def read_file(file: Path, manifest: Manifest | None = None, max_bytes: int = DEFAULTS.max_input_bytes) -> Iterator[Article | Rejected]:
    """The articles in one file; problems with the file become Rejected records."""
    reader = _READERS.get(file.suffix.lower())
    if reader is None:
        yield Rejected(
            _display(file), "ingest", f"unsupported file type {printable_name(file.suffix) or '(none)'!r}; expected one of {sorted(SUPPORTED_SUFFIXES)}"
        )
        return
    try:
        raw = _read_bytes(file, max_bytes)
        for item in reader(file, raw):
            yield _with_manifest(item, file, manifest) if isinstance(item, Article) else item
    except InputError as exc:
        yield Rejected(_display(file), exc.stage, exc.reason)
    except OSError as exc:
        yield Rejected(_display(file), "ingest", f"cannot read file: {exc.strerror or exc}")
    except RecursionError:
        yield Rejected(_display(file), "ingest", "nested too deeply to read (over Python's recursion limit)")
    except Exception as exc:
        logger.error("reading %s failed", _display(file), exc_info=True)
        yield Rejected(_display(file), "ingest", f"cannot read: {type(exc).__name__}: {exc}")


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` of them: anything else is an InputError."""
    _check_regular(file)
    descriptor = os.open(file, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        _check_regular_mode(info.st_mode)  # the same file that was checked
        if info.st_size > max_bytes:
            raise InputError(f"file is {_size(info.st_size)}, over the {_size(max_bytes)} limit (setting max_input_mb)")
        raw = _read_at_most(handle, max_bytes)
    if not raw.strip():
        raise InputError("empty file")
    if b"\x00" in raw[:BINARY_SNIFF_BYTES]:
        raise InputError("binary file (contains NUL bytes), not text")
    return raw


def _check_regular(file: Path) -> None:
    try:
        mode = os.stat(file).st_mode
    except FileNotFoundError:
        if os.path.islink(file):
            raise InputError(f"dangling symbolic link (to {printable_name(os.readlink(file))}, which does not exist)") from None
        raise InputError("file does not exist (removed while the run was reading)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symbolic link loop (the links lead back to themselves)") from None
        raise
    _check_regular_mode(mode)


def _check_regular_mode(mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = next((name for is_kind, name in FILE_KINDS if is_kind(mode)), "a special file")
        raise InputError(f"not a regular file: {kind}")


def _read_at_most(handle: io.BufferedReader, max_bytes: int) -> bytes:
    """Read in chunks until the end or one byte past the limit, whatever the size claimed."""
    chunks: list[bytes] = []
    total = 0
    while total <= max_bytes:
        chunk = handle.read(min(READ_CHUNK_BYTES, max_bytes + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
    raise InputError(f"file is over the {_size(max_bytes)} limit (setting max_input_mb)")


def _size(n_bytes: int) -> str:
    return f"{n_bytes / 1048576:.3g} MB" if n_bytes >= 1048576 else f"{n_bytes} bytes"


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at offset {exc.start} is invalid") from exc


def _with_manifest(article: Article, file: Path, manifest: Manifest | None) -> Article:
    row = manifest.rows.get(file.name) if manifest else None
    if row is None:
        return article
    return replace(
        article,
        published=row.published or article.published,
        publisher=row.publisher or article.publisher,
        url=row.url or article.url,
        language=row.language or article.language,
    )


# -- readers, one per kind of file --------------------------------------------------


def _read_text_file(file: Path, raw: bytes) -> Iterator[Article]:
    text = _decode(raw)
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    yield make_article(_display(file), text, title=first if first and looks_like_headline(first) else None)


def looks_like_headline(line: str) -> bool:
    """A first line that is a title, not the first paragraph of a text with no title."""
    return len(line.split()) <= MAX_HEADLINE_WORDS and not SENTENCE_BREAK.search(line)


def _read_html_file(file: Path, raw: bytes) -> Iterator[Article]:
    text, title, published = html_to_text(raw)
    yield make_article(_display(file), text, title=title, published=published)


def html_to_text(html: bytes | str) -> tuple[str, str | None, dt.date | None]:
    """Main text (reader comments excluded), title and date of an HTML page."""
    import trafilatura

    document = html if isinstance(html, str) else _decode_html(html)
    if not re.search(r"<\s*[a-zA-Z!]", document):
        raise InputError("not HTML: no tags found", stage="ingest")
    text = trafilatura.extract(document, include_comments=False, include_tables=False, favor_recall=True)
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise InputError("no article text found in the HTML (malformed page or no main content)")
    meta = trafilatura.extract_metadata(document)
    title = meta.title if meta and meta.title else None
    published = _page_date(document)
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    return text, title, published


def _page_date(document: str) -> dt.date | None:
    """The page's own publication date; never a guess from a copyright year."""
    from htmldate import find_date

    try:
        return _safe_date(find_date(document, extensive_search=False, original_date=True))
    except (ValueError, TypeError):
        return None


def _decode_html(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:4096])
        if declared:
            try:
                return raw.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
        raise InputError("HTML is neither UTF-8 nor in the charset it declares") from None


def _safe_date(value: str | None) -> dt.date | None:
    try:
        return parse_published(value)
    except InputError:
        return None


def _read_jsonl_file(file: Path, raw: bytes) -> Iterator[Article | Rejected]:
    text = _decode(raw)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{_display(file)}:{number}"
        try:
            record = normalise_value(json.loads(line))
        except json.JSONDecodeError as exc:
            yield Rejected(source, "ingest", f"line {number} is not valid JSON: {exc.msg} at column {exc.colno}")
            continue
        except ValueError as exc:  # an integer of more digits than Python converts
            yield Rejected(source, "ingest", f"line {number} is not readable JSON: {exc}")
            continue
        except RecursionError:
            yield Rejected(source, "ingest", f"line {number} is JSON nested too deeply to read")
            continue
        if not isinstance(record, dict):
            yield Rejected(source, "ingest", f"line {number} is a JSON {type(record).__name__}, expected an object")
            continue
        yield from _record_to_article(file, source, record)


def _read_csv_file(file: Path, raw: bytes) -> Iterator[Article | Rejected]:
    text = _decode(raw)
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a cell may be as long as the file allows
    try:
        reader = csv.DictReader(io.StringIO(text))
        fieldnames = reader.fieldnames or []
        if "text" not in fieldnames and "html" not in fieldnames:
            raise InputError(f"CSV has no 'text' or 'html' column (columns: {', '.join(fieldnames) or 'none'})")
        for number, row in enumerate(reader, start=2):
            yield from _record_to_article(file, f"{_display(file)}:{number}", {k: v for k, v in row.items() if k})
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}") from exc


def _record_to_article(file: Path, source: str, record: dict) -> Iterator[Article | Rejected]:
    """One JSONL/CSV record: ``text`` or ``html`` required, known fields mapped, others kept."""
    try:
        text, title = _record_text(record)
        published, problem = _date_or_problem(_as_str(record.get("published")), source)
        if problem:
            yield problem
        record_id = _as_str(record.get("id"))
        extra = tuple((k, _as_str(v) or "") for k, v in sorted(record.items()) if k not in RECORD_FIELDS)
        yield make_article(
            f"{_display(file)}#{record_id}" if record_id else source,
            text,
            title=title,
            published=published,
            publisher=_clean(_as_str(record.get("publisher"))),
            url=_clean(_as_str(record.get("url"))),
            language=_clean(_as_str(record.get("language"))),
            extra=extra,
        )
    except InputError as exc:
        yield Rejected(source, exc.stage, exc.reason)
    except (ValueError, TypeError, RecursionError) as exc:  # a value no field can hold
        yield Rejected(source, "ingest", f"record cannot be read: {type(exc).__name__}: {exc}")


def _record_text(record: dict) -> tuple[str, str | None]:
    title = _clean(_as_str(record.get("title")))
    text = _as_str(record.get("text"))
    if text and text.strip():
        return (f"{title}\n\n{text}" if title and not text.lstrip().startswith(title) else text), title
    html = _as_str(record.get("html"))
    if html and html.strip():
        body, html_title, _ = html_to_text(html)
        title = title or html_title
        return (f"{title}\n\n{body}" if title and not body.lstrip().startswith(title) else body), title
    raise InputError("record has no 'text' (or 'html') field with content")


def _read_feed_file(file: Path, raw: bytes) -> Iterator[Article | Rejected]:
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = f"not an RSS/Atom feed: {feed.get('bozo_exception') or 'no entries found'}"
        raise InputError(reason)
    for number, entry in enumerate(feed.entries, start=1):
        source = normalise_text(f"{_display(file)}#{entry.get('id') or entry.get('link') or number}")
        content = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary")
        record = {
            "id": entry.get("id") or entry.get("link") or str(number),
            "title": entry.get("title"),
            "published": entry.get("published") or entry.get("updated"),
            "url": entry.get("link"),
            "publisher": feed.feed.get("title"),
            "language": feed.feed.get("language"),
        }
        if content and "<" in content:
            record["html"] = f"<html><body><article>{content}</article></body></html>"
        else:
            record["text"] = content
        yield from _feed_entry(file, source, record)


def _feed_entry(file: Path, source: str, record: dict) -> Iterator[Article | Rejected]:
    for item in _record_to_article(file, source, record):
        yield replace(item, path=normalise_text(f"{_display(file)}#{record['id']}")) if isinstance(item, Article) else item


def _as_str(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _clean(value: str | None) -> str | None:
    """A metadata field (manifest or record) normalised and stripped; None when empty."""
    value = normalise_text(value or "").strip()
    return value or None


_READERS = {
    **{s: _read_text_file for s in TEXT_SUFFIXES},
    **{s: _read_html_file for s in HTML_SUFFIXES},
    **{s: _read_jsonl_file for s in JSONL_SUFFIXES},
    **{s: _read_csv_file for s in CSV_SUFFIXES},
    **{s: _read_feed_file for s in FEED_SUFFIXES},
}
