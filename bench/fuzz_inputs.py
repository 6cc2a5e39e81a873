"""Fuzz benchmark: hostile inputs of every kind, run in batches into one store.

What is generated (deterministic from ``--seed``): at least ``--inputs`` hostile inputs
across every kind of input eventwire reads, spread over ``--batches`` batch folders,
each also holding a few good articles the pipeline must store. One hostile input is
one file, or one record of a JSONL/CSV dump, one entry of an RSS/Atom feed, one row
of a manifest, one FIFO, symlink or folder. The kinds (printed with their counts):

* random bytes and random Unicode in ``.txt``/``.html``/``.jsonl``/``.csv``/``.xml``;
* Unicode edge cases: lone surrogates, NUL bytes past the first 8 KB, RTL,
  zero-width and combining characters, UTF-8 and UTF-16 BOMs, overlong and invalid
  UTF-8, Windows-1251 text, control characters, Unicode line separators;
* HTML cut off mid-tag, nested hundreds (once: 10,000) levels deep, with no body,
  with huge attributes, broken character references, wrong declared charsets;
* RSS/Atom with billion-laughs and quadratic entity expansion, external entities
  (``file:///etc/passwd``, a local URL), malformed XML, entries missing fields,
  impossible dates ("Mon, 99 Foo 9999");
* JSONL with wrong types (text as number, list, object, null; published as
  99999999999, "9999-12-31", "0001-01-01", "2022-02-30"), 5,000-digit numbers, JSON
  nested 10,000 levels deep, invalid JSON, lone surrogates;
* CSV with ragged rows, embedded newlines and quotes, BOMs, NUL in cells, no text
  column, odd headers;
* articles whose sentences hold extreme or impossible dates ("on 31 December 9999",
  "in February 2023" in an article published 2022-09-11, "on 2022-13-45"), and
  manifest rows with impossible publication dates or for files that do not exist;
* hostile file names: not UTF-8, control characters, 250 bytes, a leading dash, only
  spaces, RTL marks, console markup, odd suffixes;
* special files: FIFOs named ``*.txt``, symlinks to ``/dev/zero`` and ``/etc/passwd``,
  dangling symlinks, symlink loops, symlinked folders (out of the batch and back
  into it), folders 500 levels deep, empty files;
* once per run, the huge ones: a 1M-character text, JSONL field and CSV cell, HTML
  nested 10,000 levels deep, a 1M-character attribute, a 25 MB file (over the 20 MB
  input limit).

Most hostile texts are short two-sentence reports, just long enough to be analysed:
the pipeline runs a spaCy model on every text that passes ingest (a default run takes
about 4 minutes on 2 cores). Good articles (``--good-per-batch``, default 8: text
files with a manifest row, and one record each in a JSONL dump, a CSV dump and an RSS
feed) are short wire reports dated 2024, at towns the seed articles never name, so
they never merge with the seeds' events of September and October 2022. Each good
file is named after a hostile input (``h00123-good-...``), so it sorts among them:
a crash part-way through a batch loses the good articles after it.

How it runs: every batch is one ``python -m eventwire run BATCH --db STORE --meta
MANIFEST`` in a subprocess of its own process group, all batches into one SQLite
store. A batch that outlives ``--batch-timeout`` counts as a hang: it is sent
SIGABRT, so faulthandler prints where it was stuck (its innermost frames are shown),
then its process group is killed. A batch counts a traceback for every "Traceback
(most recent call last)" in its stderr, and one when it exits with a code other than
0 (all inputs taken) or 1 (some rejected, as expected here) and printed none; the
last lines of each are printed, led by the deepest frame inside eventwire. Each child
runs under an address-space limit (``--memory-limit``) so that an entity expansion
cannot take the machine down; hitting it shows as a traceback (MemoryError).

What is reported: per batch its files, hostile inputs, seconds, exit code,
tracebacks and hang; in total the hostile inputs by kind, tracebacks, hangs, good
articles lost (good articles whose path is not in the store's ``articles`` table
after all batches), peak RSS (the largest ``ru_maxrss`` of the child processes), and
the final check: the seed articles (``--seeds``, with their ``manifest.csv``) are run
into the fuzzed store and into a fresh one, both exported, and the events with a seed
source compared (type, sub-type, place, date, status and their seed sources). The
last line of output is one JSON object with the headline numbers. The exit status is
0 only when there were no tracebacks, no hangs, no good articles lost, and the seeds
run completed with the same events as on a fresh store; 1 otherwise.

Usage: python bench/fuzz_inputs.py [--seed N] [--inputs N] [--batches K]
       [--batch-timeout S] [--good-per-batch N] [--memory-limit MB] [--seeds DIR]
       [--keep DIR] [--smoke]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from measure import positive_int  # bench/measure.py

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "corpus" / "seeds"
MANIFEST_NAME = "manifest.csv"
MANIFEST_HEADER = ("file", "published", "publisher", "url", "language")

DEFAULT_SEED = 1
DEFAULT_INPUTS = 10_000
DEFAULT_BATCHES = 10
DEFAULT_BATCH_TIMEOUT_S = 600
DEFAULT_GOOD_PER_BATCH = 8  # of which GOOD_DUMP_KINDS are dump records, the rest text files
DEFAULT_MEMORY_LIMIT_MB = 8192  # address space of each eventwire child; 0 for no limit
SMOKE_INPUTS = 300
SMOKE_BATCHES = 3
STORE_LOCK_TIMEOUT_S = 60  # wait this long for a lock a killed batch may have left on the store

BYTES_PER_MB = 1024 * 1024
RSS_UNITS_PER_MB = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
HUGE_CHARS = 1_000_000  # the 1M-character text, field, cell and attribute (spaCy's max_length too)
OVERSIZE_BYTES = 25 * BYTES_PER_MB  # over eventwire's 20 MB input limit
DEEP_NESTING_HEAVY = 10_000  # levels of the once-per-run nested HTML
DEEP_NESTING_JSON = 10_000  # levels of nested JSON arrays in a JSONL line (cheap: 20 KB)
DEEP_NESTING_HTML = 500  # levels of the everyday nested HTML
DEEP_DIRECTORY_LEVELS = 500  # below Python's recursion limit, so rmtree can clean it up
BINARY_SNIFF_BYTES = 8192  # eventwire looks for NUL bytes only this far into a file
LONG_NAME_BYTES = 250  # under the usual 255-byte limit of a file name
RANDOM_BYTES_MAX = 4096
HUGE_ATTRIBUTE_CHARS = 100_000  # the everyday huge attribute
BIG_NUMBER_DIGITS = 5_000  # over Python's 4,300-digit limit for int('...')
LAUGHS_LEVELS = 9  # billion laughs: 10 ** 9 copies of "lol"
LAUGHS_FANOUT = 10
QUADRATIC_ENTITY_CHARS = 20_000  # quadratic blowup: one big entity ...
QUADRATIC_REFERENCES = 5_000  # ... referenced this many times (100 MB expanded)
MAX_TOLL = 999  # deaths in a hostile report, at most
MAX_DAMAGED = 99  # buildings in a hostile report, at most
MAX_COMBINING_PER_WORD = 30
MAX_CUT_INTO_TAG = 4  # a truncated page ends this many characters (at most) into a tag
SPACES_REPLACED = 3  # spaces of a CSV text turned into newlines or quotes
MAX_INVISIBLE_CHARS = 200
RANDOM_CHARS_MAX = 1024
BYTE_VALUES_WITHOUT_NUL = (1, 255)
PRINTABLE_ASCII = (0x20, 0x7E)
REST_OF_BASIC_PLANE = (0x80, 0xFFFF)
ASTRAL_PLANES = (0x10000, 0x10FFFF)
SURROGATES = range(0xD800, 0xE000)
SPACE_RUN = 64  # names of only spaces: up to this many ASCII spaces, then as many ideographic ones
WRONG_TITLE_SHARE = 0.3  # JSONL records whose title is of a wrong type too
DATED_BY_MANIFEST_SHARE = 0.8  # texts with extreme dates that get a manifest row (published 2022-09-11)
RECORDS_PER_DUMP = (4, 12)  # records in a hostile JSONL/CSV dump, inclusive range
ENTRIES_PER_FEED = (3, 8)  # entries in a hostile feed, inclusive range
FILLER_BEFORE_NUL = BINARY_SNIFF_BYTES + 1024  # text ahead of a NUL byte the sniffer misses
GOOD_DUMP_KINDS = ("jsonl", "csv", "rss")  # one good record in each per batch
GOOD_YEAR = 2024
GOOD_DAYS_APART = 3  # days between the publication dates of successive good articles
DAYS_IN_GOOD_YEAR = 366
GOOD_PUBLISHER = "Fuzz Wire"
GOOD_FEED_HOUR = 8  # the good RSS entry's pubDate is at 08:00 GMT
GOOD_FIGURE_RANGES = {  # inclusive ranges of the figures in good reports
    "killed": (1, 40),
    "wounded": (2, 90),
    "buildings": (2, 60),
    "assaults": (3, 45),
    "homes": (200, 9000),
    "mourning": (1, 3),
    "shelters": (2, 12),
}
GOOD_MARK = "-good-"  # in the name of every good file

TRACEBACK_MARKER = "Traceback (most recent call last)"
ACCEPTED_EXIT_CODES = frozenset({0, 1})  # 1: some inputs rejected, expected here
TRACEBACK_TAIL_LINES = 4  # last frame, its code and the exception
FRAME_LINES = 2  # a frame's 'File ..., line N, in f' and its code
EVENTWIRE_SOURCE = f"{os.sep}eventwire{os.sep}"  # in the file names of eventwire's own frames
FAULTHANDLER_MARKER = "Fatal Python error"
STACK_DUMP_WAIT_S = 5  # for a hung child to print its stacks before its group is killed
STUCK_FRAMES = 6  # innermost frames shown for a hang
MAX_LOG_BYTES = 16 * BYTES_PER_MB  # read at most this much of a child's stderr (its end)
MAX_DIFF_LINES = 20
MAX_PRINTED_TRACEBACKS = 40
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_TERMINATED = 128 + signal.SIGTERM  # the shell's convention

# Towns of the two kinds of article; any the seed articles name are dropped at start.
GOOD_TOWNS = (
    ("Nikopol", "Dnipropetrovsk"),
    ("Marhanets", "Dnipropetrovsk"),
    ("Kostiantynivka", "Donetsk"),
    ("Pokrovsk", "Donetsk"),
    ("Vovchansk", "Kharkiv"),
    ("Okhtyrka", "Sumy"),
    ("Orikhiv", "Zaporizhzhia"),
    ("Huliaipole", "Zaporizhzhia"),
    ("Selydove", "Donetsk"),
    ("Myrnohrad", "Donetsk"),
    ("Kurakhove", "Donetsk"),
    ("Bilopillia", "Sumy"),
    ("Beryslav", "Kherson"),
    ("Stepnohirsk", "Zaporizhzhia"),
    ("Toretsk", "Donetsk"),
    ("Chasiv Yar", "Donetsk"),
    ("Synelnykove", "Dnipropetrovsk"),
    ("Vuhledar", "Donetsk"),
)
HOSTILE_TOWNS = (
    "Uman",
    "Kremenchuk",
    "Lutsk",
    "Rivne",
    "Zhytomyr",
    "Vinnytsia",
    "Pavlohrad",
    "Shostka",
    "Konotop",
    "Brovary",
    "Izmail",
    "Bila Tserkva",
    "Kamianske",
    "Khmelnytskyi",
    "Ternopil",
)
hostile_towns = HOSTILE_TOWNS  # less any the seeds name, see leave_out_seed_towns
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

GOOD_STORIES = (
    (
        "Shelling kills {killed} in {town}",
        "Russian forces shelled {town} in the {region} region on {weekday}, killing {killed} civilians and wounding {wounded}, the regional governor said.",
    ),
    (
        "Missile strike hits {town}",
        "A Russian missile struck {town} on {weekday} morning, killing {killed} people and damaging {buildings} apartment buildings, Ukraine's emergency service said.",
    ),
    (
        "Assaults repelled near {town}",
        "Ukrainian troops repelled {assaults} Russian assaults near {town} in the {region} region on {weekday}, the General Staff said.",
    ),
    (
        "Drone strike on {town} energy site",
        "A Russian drone hit an energy facility in {town} overnight into {weekday}, wounding {wounded} workers, regional officials said.",
    ),
    (
        "Fighting near {town}",
        "Heavy fighting went on near {town} on {weekday} as Russian troops attacked Ukrainian positions {assaults} times, the Ukrainian military said.",
    ),
)
GOOD_FOLLOW_UPS = (
    "Rescue crews searched the rubble of {buildings} damaged houses until late in the evening.",
    "Power was cut to {homes} homes in the district, the grid operator said.",
    "Local authorities declared {mourning} days of mourning and opened {shelters} shelters.",
    "Police said {buildings} cars were burnt out in a car park near the town centre.",
)

TEXT_DATE_PHRASES = (
    "on 31 December 9999",
    "in February 2023",
    "9999999999 days later",
    "in the year 0001",
    "on 2022-13-45",
    "on 29 February 2023",
    "on 0 January 2022",
    "10,000 years ago",
    "between 1 March and 31 February",
    "on 12/31/99999",
    "in the 99999th century",
    "on 32 September",
    "at 25:61 on 11 September 2022",
    "on 1 January 1",
    "in September 2022 BC",
    "on the 9999999999th of March",
    "on 2022-09-11T99:99:99Z",
)
IMPOSSIBLE_PUBLISHED = (
    "9999-12-31",
    "0001-01-01",
    "1899-12-31",
    "2022-02-30",
    "garbage",
    "-0001-01-01",
    "99999-01-01",
    "2022-09-11T25:61:00Z",
    "Mon, 99 Foo 9999",
    "0000-00-00",
    "1e308",
    "yesterday",
)
NORMAL_PUBLISHED = "2022-09-11"
RELATIVE_DATE_TEXT = "Russian artillery hit {town} on Wednesday and again yesterday. Last month a strike there killed {killed} people, officials said."
FEED_BAD_DATES = (
    "Mon, 99 Foo 9999 99:99:99 GMT",
    "9999-12-31T23:59:59Z",
    "0001-01-01T00:00:00Z",
    "2022-02-30",
    "",
    "yesterday",
    "Sun, 31 Feb 2022 08:00:00 +9999",
    "99999999999",
    "Thu, 01 Jan 1970 00:00:00 GMT",
)
JSON_WRONG_TEXTS = (42, -0.0, 1e308, ["Shelling", "in", "town"], {"body": "text"}, None, True, "", "   ", [[[]]])
JSON_WRONG_PUBLISHED = (
    99999999999,
    "9999-12-31",
    "0001-01-01",
    "2022-02-30",
    -1,
    [2022, 9, 11],
    {"y": 2022},
    "99999-01-01",
    "2022-09-11T25:61:61Z",
    "Mon, 99 Foo 9999",
    1e308,
    True,
    "0000-00-00",
    None,
)
JSON_WRONG_IDS = ("plain", 12, None, [1], {"x": 1}, "", 1.5, "a#b", "../../etc/passwd")
INVALID_JSON_LINES = (
    '{"id": "t1", "text": "truncated',
    '{"id": "t2", "text": "x",}',
    "{'id': 't3', 'text': 'single quotes'}",
    '{"text": "x"} trailing',
    "[1, 2, 3]",
    '"just a string"',
    "null",
    "{",
    "}",
    "// comment",
    '{"id": NaN, "text": Infinity}',
    '{"text": "\\x41"}',
    '{"text": "\\u12"}',
    '\ufeff{"text": "bom inside"}',
)
LINE_BREAKERS = ("\u2028", "\u2029", "\x85", "\x1c", "\x1d", "\x1e", "\x0b", "\x0c", "\r")
LONE_SURROGATE_ESCAPES = ("\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d", "\\udc80\\udc80")
INVISIBLE_MARKS = ("\u202e", "\u202d", "\u200f", "\u200e", "\u200b", "\u200d", "\u2066", "\u2069", "\ufeff", "\u00ad")
COMBINING_MARKS = "".join(chr(c) for c in range(0x0300, 0x0370))
INVALID_UTF8 = (b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\xff\xfe", b"\xc3", b"\xf4\x90\x80\x80", b"\x80\x80")
CP1251_TEXT = "Российские войска обстреляли Умань во вторник, погибли {killed} мирных жителей, сообщил губернатор."
BYTE_ORDER_MARKS = (  # (bytes before the text, the text's encoding)
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xef\xbb\xbf\xef\xbb\xbf", "utf-8"),
    (b"", "utf-16"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
)
INVISIBLE_FILLERS = INVISIBLE_MARKS + ("\u3000", "\u2028", " ", "\t", "\n")
CONTROL_CHARACTERS = ("\x1b[31m", "\x1b[2J", "\x07", "\x08", "\x7f", "\x1b]8;;file:///etc/passwd\x1b\\")
MARKUP_NAMES = ("[bold]x[/bold]", "[/]", "[link=file:///etc/passwd]x[/link]", "[red", "]]][[[", "%s%n%x", "{0}{1}", "$(id)", "`id`")
ODD_SUFFIXES = (".TXT", ".HtMl", ".JSONL", ".Csv", ".XML", ".txt.", ".txt ", ".ndjson", ".rss", ".atom", ".htm", ".text")
NON_UTF8_NAMES = (b"\xcf\xf0\xe8\xe2\xe5\xf2", b"\xff\xfe", b"\xed\xa0\x80", b"\xc0\xae\xc0\xae", b"\x80", b"caf\xe9")
RANDOM_SUFFIXES = (".txt", ".html", ".jsonl", ".csv", ".xml")

HTML_PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
    "<body><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>"
)


# -- what a generator returns ----------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One thing to make in a batch folder: a file, a FIFO or a symlink."""

    name: bytes  # relative to the batch folder; '/' makes subfolders
    content: bytes = b""
    special: str = ""  # "", "fifo" or "symlink"
    target: bytes = b""  # what a symlink points to


@dataclass(frozen=True)
class Case:
    """The entries of one hostile input (or one dump of several), and how many it counts."""

    entries: tuple[Entry, ...]
    inputs: int
    manifest_rows: tuple[tuple[str, str], ...] = ()  # (file, published)


@dataclass
class Batch:
    number: int
    folder: Path
    manifest: Path
    files: int = 0
    inputs: int = 0
    good_paths: list[str] = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)


@dataclass(frozen=True)
class ChildRun:
    """What one eventwire subprocess did."""

    exit_code: int | None  # None when it hung and was killed
    seconds: float
    hang: bool
    tracebacks: tuple[tuple[str, ...], ...]  # the last lines of each
    stuck_at: tuple[str, ...] = ()  # for a hang: the innermost frames when it was stopped


Generator = Callable[[random.Random, str], Case]
KINDS: dict[str, Generator] = {}
HEAVY_KINDS: dict[str, Generator] = {}


def hostile_kind(function: Generator) -> Generator:
    KINDS[function.__name__] = function
    return function


def heavy_kind(function: Generator) -> Generator:
    HEAVY_KINDS[function.__name__] = function
    return function


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def file_entry(name: str | bytes, content: str | bytes) -> Entry:
    return Entry(name if isinstance(name, bytes) else utf8(name), content if isinstance(content, bytes) else utf8(content))


def one_file(name: str | bytes, content: str | bytes, manifest_rows: tuple[tuple[str, str], ...] = ()) -> Case:
    return Case((file_entry(name, content),), 1, manifest_rows)


def records_count(rng: random.Random) -> int:
    return rng.randint(*RECORDS_PER_DUMP)


def entries_count(rng: random.Random) -> int:
    return rng.randint(*ENTRIES_PER_FEED)


# -- hostile texts -------------------------------------------------------------------


def hostile_report(rng: random.Random) -> str:
    """A short event report (two sentences, enough body to be analysed) at a town far from the seeds' events."""
    town = rng.choice(hostile_towns)
    return (
        f"Russian forces shelled {town} on {rng.choice(WEEKDAYS)}, killing {rng.randint(1, MAX_TOLL)} civilians, officials said. "
        f"Rescue workers searched {rng.randint(2, MAX_DAMAGED)} damaged buildings in the town centre."
    )


def heads(rng: random.Random) -> bool:
    return rng.random() < 0.5


def html_page(title: str, text: str) -> str:
    return HTML_PAGE.format(title=title, text=text)


def json_line(record: object) -> str:
    return json.dumps(record, ensure_ascii=False, allow_nan=True)


def rss_feed(items: list[str], doctype: str = "", title: str = "Fuzz feed") -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>{doctype}<rss version="2.0"><channel><title>{title}</title>{"".join(items)}</channel></rss>'


def rss_item(guid: str, title: str, description: str, published: str | None = None) -> str:
    date = f"<pubDate>{published}</pubDate>" if published is not None else ""
    return f"<item><guid>{guid}</guid><title>{title}</title><description>{description}</description>{date}</item>"


def atom_feed(entries: list[str]) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Fuzz atom</title>{"".join(entries)}</feed>'


def atom_entry(entry_id: str, title: str, text: str, updated: str) -> str:
    return f'<entry><id>{entry_id}</id><title>{title}</title><updated>{updated}</updated><content type="text">{text}</content></entry>'


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue()


# -- random bytes and Unicode ----------------------------------------------------------


@hostile_kind
def random_bytes(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-random{rng.choice(RANDOM_SUFFIXES)}", rng.randbytes(rng.randint(1, RANDOM_BYTES_MAX)))


@hostile_kind
def random_bytes_without_nul(rng: random.Random, tag: str) -> Case:
    size = rng.randint(1, RANDOM_BYTES_MAX)
    return one_file(f"{tag}-nonul{rng.choice(RANDOM_SUFFIXES)}", bytes(rng.randint(*BYTE_VALUES_WITHOUT_NUL) for _ in range(size)))


def random_code_point(rng: random.Random) -> str:
    """Any code point but a surrogate (those cannot be written as UTF-8)."""
    while True:
        point = rng.randint(*rng.choice((PRINTABLE_ASCII, REST_OF_BASIC_PLANE, ASTRAL_PLANES)))
        if point not in SURROGATES:
            return chr(point)


@hostile_kind
def random_unicode(rng: random.Random, tag: str) -> Case:
    text = "".join(random_code_point(rng) for _ in range(rng.randint(1, RANDOM_CHARS_MAX)))
    return one_file(f"{tag}-unicode{rng.choice(RANDOM_SUFFIXES)}", text)


@hostile_kind
def nul_past_sniff(rng: random.Random, tag: str) -> Case:
    sentence = "The council met. "
    filler = (sentence * (FILLER_BEFORE_NUL // len(sentence) + 1))[:FILLER_BEFORE_NUL]
    return one_file(f"{tag}-latenul.txt", f"{filler}\n\n{hostile_report(rng)}\x00{hostile_report(rng)}\x00\n")


@hostile_kind
def invisible_and_combining(rng: random.Random, tag: str) -> Case:
    words = hostile_report(rng).split()
    marked = [word + rng.choice(INVISIBLE_MARKS) + "".join(rng.choices(COMBINING_MARKS, k=rng.randint(0, MAX_COMBINING_PER_WORD))) for word in words]
    return one_file(f"{tag}-bidi.txt", " ".join(marked))


@hostile_kind
def byte_order_marks(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-bom{rng.choice(RANDOM_SUFFIXES)}", with_byte_order_mark(rng, hostile_report(rng)))


def with_byte_order_mark(rng: random.Random, text: str) -> bytes:
    """UTF-8 after one or two BOMs, or UTF-16/32 (NUL bytes throughout) after theirs."""
    mark, encoding = rng.choice(BYTE_ORDER_MARKS)
    return mark + text.encode(encoding)


@hostile_kind
def invalid_utf8(rng: random.Random, tag: str) -> Case:
    text = utf8(hostile_report(rng))
    cut = rng.randrange(len(text))
    return one_file(f"{tag}-badutf8{rng.choice(RANDOM_SUFFIXES)}", text[:cut] + rng.choice(INVALID_UTF8) + text[cut:])


@hostile_kind
def windows_1251(rng: random.Random, tag: str) -> Case:
    text = CP1251_TEXT.format(killed=rng.randint(1, MAX_TOLL))
    if heads(rng):
        return one_file(f"{tag}-cp1251.txt", text.encode("cp1251"))
    page = f'<html><head><meta charset="windows-1251"><title>Новости</title></head><body><p>{text}</p><p>{text}</p></body></html>'
    return one_file(f"{tag}-cp1251.html", page.encode("cp1251"))


@hostile_kind
def control_characters(rng: random.Random, tag: str) -> Case:
    words = hostile_report(rng).split()
    text = " ".join(word + rng.choice(CONTROL_CHARACTERS + LINE_BREAKERS) for word in words)
    return one_file(f"{tag}-control.txt", text)


@hostile_kind
def invisible_only(rng: random.Random, tag: str) -> Case:
    text = "".join(rng.choices(INVISIBLE_FILLERS, k=rng.randint(1, MAX_INVISIBLE_CHARS)))
    return one_file(f"{tag}-invisible{rng.choice(RANDOM_SUFFIXES)}", text)


# -- HTML --------------------------------------------------------------------------


@hostile_kind
def html_truncated(rng: random.Random, tag: str) -> Case:
    page = html_page("Shelling report", hostile_report(rng))
    tag_starts = [i for i, char in enumerate(page) if char == "<"]
    cut = rng.choice(tag_starts) + rng.randint(1, MAX_CUT_INTO_TAG)
    return one_file(f"{tag}-truncated.html", page[:cut])


def nested_html(depth: int, text: str) -> str:
    return f"<html><body>{'<div>' * depth}<p>{text}</p>{'</div>' * depth}</body></html>"


@hostile_kind
def html_nested(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-nested.html", nested_html(DEEP_NESTING_HTML, hostile_report(rng)))


@hostile_kind
def html_no_body(rng: random.Random, tag: str) -> Case:
    pages = (
        "<html><head><title>Only a head</title></head></html>",
        "<html></html>",
        f"<html><head><title>{hostile_report(rng)}</title></head>",
        f"<body><body><body>{hostile_report(rng)}",
        f"<!-- {hostile_report(rng)}",
        f"<script>{hostile_report(rng)}</script>",
        "<<<<>>>>",
    )
    return one_file(f"{tag}-nobody.html", rng.choice(pages))


@hostile_kind
def html_huge_attribute(rng: random.Random, tag: str) -> Case:
    value = "A" * HUGE_ATTRIBUTE_CHARS
    return one_file(f"{tag}-attribute.html", f'<html><body><div data-x="{value}" class="{value}"><p>{hostile_report(rng)}</p></div></body></html>')


@hostile_kind
def html_bad_references(rng: random.Random, tag: str) -> Case:
    references = "&#0; &#xD800; &#x110000; &#99999999999; &#x; &bogus; &amp &#-1; &#xFFFE;"
    return one_file(f"{tag}-references.html", html_page(f"Report {references}", f"{hostile_report(rng)} {references}"))


@hostile_kind
def html_wrong_charset(rng: random.Random, tag: str) -> Case:
    charset = rng.choice(("utf-16", "no-such-charset", "utf-7", "x-user-defined", "ebcdic-cp-us", "iso-2022-jp"))
    page = f'<html><head><meta charset="{charset}"></head><body><p>{hostile_report(rng)} \u00e9\u00e8</p></body></html>'
    return one_file(f"{tag}-charset.html", page.encode("latin-1", "replace"))


# -- RSS and Atom ------------------------------------------------------------------


@hostile_kind
def feed_entity_expansion(rng: random.Random, tag: str) -> Case:
    if heads(rng):
        levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{level} "{f"&lol{level - 1};" * LAUGHS_FANOUT}">' for level in range(1, LAUGHS_LEVELS + 1)]
        doctype, reference = f"<!DOCTYPE rss [{''.join(levels)}]>", f"&lol{LAUGHS_LEVELS};"
    else:
        doctype = f'<!DOCTYPE rss [<!ENTITY big "{"B" * QUADRATIC_ENTITY_CHARS}">]>'
        reference = "&big;" * QUADRATIC_REFERENCES
    items = [rss_item(f"{tag}-laughs", "Laughs", f"{hostile_report(rng)} {reference}", NORMAL_PUBLISHED)]
    return one_file(f"{tag}-laughs.xml", rss_feed(items, doctype))


@hostile_kind
def feed_external_entity(rng: random.Random, tag: str) -> Case:
    doctypes = (
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/evil.xml">]>',
        '<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote; <!ENTITY xxe "x">]>',
        '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/evil.dtd" [<!ENTITY xxe SYSTEM "/etc/hostname">]>',
    )
    items = [rss_item(f"{tag}-xxe", "Entity &xxe;", f"{hostile_report(rng)} &xxe;", NORMAL_PUBLISHED)]
    suffix = rng.choice((".xml", ".rss", ".atom"))
    return one_file(f"{tag}-xxe{suffix}", rss_feed(items, rng.choice(doctypes)))


@hostile_kind
def feed_malformed(rng: random.Random, tag: str) -> Case:
    count = entries_count(rng)
    feed = rss_feed([rss_item(f"{tag}-{n}", "Report", hostile_report(rng)) for n in range(count)])
    breakages = (
        lambda: feed[: rng.randrange(1, len(feed))],  # cut anywhere
        lambda: feed.replace("</title>", "</titel>", 1),  # mismatched tags
        lambda: feed + "<rss>trailing garbage</rss>\x01",
        lambda: feed.replace("<description>", "<description><![CDATA[", 1),  # never closed
        lambda: feed.replace("<item>", "<item><item>"),  # unclosed, nested items
    )
    return Case((file_entry(f"{tag}-malformed.xml", rng.choice(breakages)()),), count)


@hostile_kind
def feed_missing_fields(rng: random.Random, tag: str) -> Case:
    items = [
        "<item/>",
        "<item><title/></item>",
        "<item><description></description></item>",
        f"<item><description>{hostile_report(rng)}</description></item>",
        f"<item><guid/><description>{hostile_report(rng)}</description></item>",
        f"<item><link>javascript:alert(1)</link><description>{hostile_report(rng)}</description></item>",
        f"<item><guid>{tag}-dup</guid><description>{hostile_report(rng)}</description></item>",
        f"<item><guid>{tag}-dup</guid><description>{hostile_report(rng)}</description></item>",
    ]
    chosen = rng.sample(items, entries_count(rng))
    return Case((file_entry(f"{tag}-missing.rss", rss_feed(chosen, title="")),), len(chosen))


@hostile_kind
def feed_bad_dates(rng: random.Random, tag: str) -> Case:
    count = entries_count(rng)
    if heads(rng):
        items = [rss_item(f"{tag}-{n}", "Report", hostile_report(rng), rng.choice(FEED_BAD_DATES)) for n in range(count)]
        return Case((file_entry(f"{tag}-dates.rss", rss_feed(items)),), count)
    entries = [atom_entry(f"urn:{tag}:{n}", "Report", hostile_report(rng), rng.choice(FEED_BAD_DATES)) for n in range(count)]
    return Case((file_entry(f"{tag}-dates.atom", atom_feed(entries)),), count)


@hostile_kind
def feed_hostile_html(rng: random.Random, tag: str) -> Case:
    contents = (
        nested_html(DEEP_NESTING_HTML, hostile_report(rng)),
        f"<script>while(1){{}}</script><p>{hostile_report(rng)}",
        f"<p>{hostile_report(rng)}<p><p><p><table><tr><td>",
        "<",
    )
    count = entries_count(rng)
    items = [rss_item(f"{tag}-{n}", "Report", f"<![CDATA[{rng.choice(contents)}]]>", NORMAL_PUBLISHED) for n in range(count)]
    return Case((file_entry(f"{tag}-htmlfeed.xml", rss_feed(items)),), count)


# -- JSONL -------------------------------------------------------------------------


@hostile_kind
def jsonl_wrong_types(rng: random.Random, tag: str) -> Case:
    lines = []
    for number in range(records_count(rng)):
        text = rng.choice(JSON_WRONG_TEXTS + (hostile_report(rng),))
        record_id = rng.choice(JSON_WRONG_IDS)
        record = {"id": f"{tag}-{number}" if record_id == "plain" else record_id, "text": text, "published": rng.choice(JSON_WRONG_PUBLISHED)}
        if rng.random() < WRONG_TITLE_SHARE:
            record["title"] = rng.choice(([1, 2], {"t": 1}, 7, None))
        lines.append(json_line(record))
    return Case((file_entry(f"{tag}-types.jsonl", "\n".join(lines) + "\n"),), len(lines))


@hostile_kind
def jsonl_big_numbers(rng: random.Random, tag: str) -> Case:
    digits = "1" + "0" * BIG_NUMBER_DIGITS
    lines = [
        f'{{"id": "{tag}-big", "text": "{hostile_report(rng)}", "published": {digits}}}',
        f'{{"id": "{tag}-text", "text": {digits}}}',
        f'{{"id": "{tag}-float", "text": "{hostile_report(rng)}", "published": 1e400}}',
        f'{{"id": {digits}, "text": "{hostile_report(rng)}"}}',
    ]
    return Case((file_entry(f"{tag}-numbers.jsonl", "\n".join(lines) + "\n"),), len(lines))


@hostile_kind
def jsonl_deep_nesting(rng: random.Random, tag: str) -> Case:
    nested = "[" * DEEP_NESTING_JSON + "]" * DEEP_NESTING_JSON
    objects = '{"a":' * DEEP_NESTING_JSON + "1" + "}" * DEEP_NESTING_JSON
    lines = [
        f'{{"id": "{tag}-meta", "text": "{hostile_report(rng)}", "meta": {nested}}}',
        f'{{"id": "{tag}-text", "text": {objects}}}',
        nested,
    ]
    return Case((file_entry(f"{tag}-deep.jsonl", "\n".join(lines) + "\n"),), len(lines))


@hostile_kind
def jsonl_invalid(rng: random.Random, tag: str) -> Case:
    lines = rng.sample(INVALID_JSON_LINES, records_count(rng))
    return Case((file_entry(f"{tag}-invalid.ndjson", "\n".join(lines) + "\n"),), len(lines))


@hostile_kind
def jsonl_lone_surrogates(rng: random.Random, tag: str) -> Case:
    lines = []
    for number in range(records_count(rng)):
        escape = rng.choice(LONE_SURROGATE_ESCAPES)
        field_name = rng.choice(("text", "title", "publisher", "id", "extra", "url"))
        record = {"id": f"{tag}-{number}", "text": hostile_report(rng), "published": NORMAL_PUBLISHED}
        line = json.dumps(record)
        if field_name in record:
            lines.append(line.replace(f'"{field_name}": "', f'"{field_name}": "{escape}', 1))
        else:
            lines.append(line[:-1] + f', "{field_name}": "Shelling {escape} here"}}')
    return Case((file_entry(f"{tag}-surrogates.jsonl", "\n".join(lines) + "\n"),), len(lines))


@hostile_kind
def jsonl_line_separators(rng: random.Random, tag: str) -> Case:
    lines = []
    for number in range(records_count(rng)):
        words = hostile_report(rng).split()
        text = rng.choice(LINE_BREAKERS).join(words)
        lines.append(json_line({"id": f"{tag}-{number}", "text": text, "published": NORMAL_PUBLISHED}))
    return Case((file_entry(f"{tag}-separators.jsonl", "\n".join(lines) + "\n"),), len(lines))


# -- CSV ---------------------------------------------------------------------------


@hostile_kind
def csv_ragged(rng: random.Random, tag: str) -> Case:
    rows = [["id", "title", "text", "published"]]
    for number in range(records_count(rng)):
        full_row = [f"{tag}-{number}", "Report", hostile_report(rng), NORMAL_PUBLISHED, "extra", "more", "and more", "x"]
        rows.append(full_row[: rng.randint(0, len(full_row))])
    return Case((file_entry(f"{tag}-ragged.csv", csv_text(rows)),), len(rows) - 1)


@hostile_kind
def csv_newlines_and_quotes(rng: random.Random, tag: str) -> Case:
    count = records_count(rng)
    lines = ["id,title,text,published"]
    for number in range(count):
        text = hostile_report(rng).replace(" ", rng.choice((" ", "\n", "\r\n", '" "', '""')), SPACES_REPLACED)
        shapes = (
            f'{tag}-{number},"Title ""quoted""","{text}\n\nsecond paragraph",{NORMAL_PUBLISHED}',
            f'{tag}-{number},Title,"{text}',  # a quote that never closes
            f'{tag}-{number},Ti"tle,{text.replace(chr(10), " ")},"{NORMAL_PUBLISHED}"x',  # quotes inside fields
        )
        lines.append(rng.choice(shapes))
    return Case((file_entry(f"{tag}-quotes.csv", "\n".join(lines) + "\n"),), count)


@hostile_kind
def csv_bom(rng: random.Random, tag: str) -> Case:
    rows = [["id", "text", "published"]] + [[f"{tag}-{n}", hostile_report(rng), NORMAL_PUBLISHED] for n in range(records_count(rng))]
    return Case((file_entry(f"{tag}-bom.csv", with_byte_order_mark(rng, csv_text(rows))),), len(rows) - 1)


@hostile_kind
def csv_missing_text_column(rng: random.Random, tag: str) -> Case:
    header = rng.choice((["id", "title", "body"], ["TEXT", "Published"], [" text", "id"], [], ["", "", ""]))
    rows = [header] + [[f"{tag}-{n}", hostile_report(rng), NORMAL_PUBLISHED] for n in range(records_count(rng))]
    return Case((file_entry(f"{tag}-notext.csv", csv_text(rows)),), len(rows) - 1)


@hostile_kind
def csv_nul_in_cells(rng: random.Random, tag: str) -> Case:
    filler = "x" * FILLER_BEFORE_NUL
    rows = [["id", "text", "note"], [f"{tag}-pad", hostile_report(rng), filler]]
    rows += [[f"{tag}-{n}", hostile_report(rng) + "\x00" + hostile_report(rng), "\x00"] for n in range(records_count(rng))]
    return Case((file_entry(f"{tag}-nul.csv", csv_text(rows)),), len(rows) - 1)


@hostile_kind
def csv_odd_headers(rng: random.Random, tag: str) -> Case:
    headers = (
        ["text", "text", "text"],
        ["id", "text", None],
        ["id", "text", "published", "published"],
        ["text;published"],
        ["\x00text"],
        ["text", "html"],
    )
    header = [h or "" for h in rng.choice(headers)]
    rows = [header] + [[f"{tag}-{n}", hostile_report(rng), rng.choice(IMPOSSIBLE_PUBLISHED)] for n in range(records_count(rng))]
    if header == ["text", "html"]:
        rows[1:] = [[hostile_report(rng), nested_html(DEEP_NESTING_HTML, hostile_report(rng))] for _ in rows[1:]]
    return Case((file_entry(f"{tag}-headers.csv", csv_text(rows)),), len(rows) - 1)


# -- dates in text and metadata --------------------------------------------------


@hostile_kind
def text_extreme_dates(rng: random.Random, tag: str) -> Case:
    phrase = rng.choice(TEXT_DATE_PHRASES)
    town = rng.choice(hostile_towns)
    text = f"Strike on {town}\n\nRussian forces shelled {town} {phrase}, killing {rng.randint(1, MAX_TOLL)} civilians, officials said. The town was hit again later.\n"
    name = f"{tag}-dates.txt"
    return one_file(name, text, ((name, NORMAL_PUBLISHED),) if rng.random() < DATED_BY_MANIFEST_SHARE else ())


@hostile_kind
def manifest_impossible_dates(rng: random.Random, tag: str) -> Case:
    name = f"{tag}-published.txt"
    text = RELATIVE_DATE_TEXT.format(town=rng.choice(hostile_towns), killed=rng.randint(1, MAX_TOLL))
    return one_file(name, text, ((name, rng.choice(IMPOSSIBLE_PUBLISHED)),))


@hostile_kind
def manifest_orphan_rows(rng: random.Random, tag: str) -> Case:
    rows = (
        (f"{tag}-missing.txt", NORMAL_PUBLISHED),
        ("", "garbage"),
        (f"{tag}-line\nbreak.txt", "9999-12-31"),
        (f"../../{tag}-escape.txt", "0001-01-01"),
        (f"{tag}-a,b;c.txt", "1899-12-31"),
        (f"{tag}-\u202etxt.exe", "2022-02-30"),
    )
    chosen = tuple(rng.sample(rows, rng.randint(1, len(rows))))
    return Case((), len(chosen), chosen)


# -- hostile file names ------------------------------------------------------------


@hostile_kind
def name_not_utf8(rng: random.Random, tag: str) -> Case:
    return one_file(rng.choice(NON_UTF8_NAMES) + utf8(tag) + b".txt", hostile_report(rng))


@hostile_kind
def name_control_characters(rng: random.Random, tag: str) -> Case:
    mark = rng.choice(("\n", "\r", "\t", "\x1b[31m", "\x7f", "\x01", "\r\n"))
    return one_file(f"{tag}{mark}name.txt", hostile_report(rng))


@hostile_kind
def name_long(rng: random.Random, tag: str) -> Case:
    suffix = ".txt"
    if heads(rng):
        name = tag + "x" * (LONG_NAME_BYTES - len(tag) - len(suffix)) + suffix
    else:
        room = LONG_NAME_BYTES - len(tag) - len(suffix)
        name = tag + "ж" * (room // len(utf8("ж"))) + suffix
    return one_file(name, hostile_report(rng))


@hostile_kind
def name_leading_dash(rng: random.Random, tag: str) -> Case:
    return one_file(f"{rng.choice(('-', '--', '--db=', '-rf '))}{tag}.txt", hostile_report(rng))


@hostile_kind
def name_only_spaces(rng: random.Random, tag: str) -> Case:
    serial = int(tag.lstrip("h"))
    spaces = " " * (1 + serial % SPACE_RUN) + "\u3000" * (serial // SPACE_RUN % SPACE_RUN)  # a clash is dropped
    if heads(rng):
        return one_file(f"{spaces}.txt", hostile_report(rng))
    return one_file(f"{spaces}.jsonl", json_line({"text": hostile_report(rng)}))


@hostile_kind
def name_rtl_marks(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}{rng.choice(INVISIBLE_MARKS)}cod.txt", hostile_report(rng))


@hostile_kind
def name_markup(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}{rng.choice(MARKUP_NAMES)}.txt", hostile_report(rng))


@hostile_kind
def name_odd_suffix(rng: random.Random, tag: str) -> Case:
    suffix = rng.choice(ODD_SUFFIXES)
    content = json_line({"id": tag, "text": hostile_report(rng)}) if "json" in suffix.lower() else hostile_report(rng)
    return one_file(f"{tag}-odd{suffix}", content)


# -- special files -------------------------------------------------------------------


@hostile_kind
def fifo(rng: random.Random, tag: str) -> Case:
    return Case((Entry(utf8(f"{tag}-fifo{rng.choice(RANDOM_SUFFIXES)}"), special="fifo"),), 1)


@hostile_kind
def symlink_to_device(rng: random.Random, tag: str) -> Case:
    target = rng.choice((b"/dev/zero", b"/dev/null", b"/dev/urandom"))
    return Case((Entry(utf8(f"{tag}-device.txt"), special="symlink", target=target),), 1)


@hostile_kind
def symlink_to_system_file(rng: random.Random, tag: str) -> Case:
    target = rng.choice((b"/etc/passwd", b"/etc/hostname", b"/etc/os-release"))
    return Case((Entry(utf8(f"{tag}-system.txt"), special="symlink", target=target),), 1)


@hostile_kind
def symlink_dangling(rng: random.Random, tag: str) -> Case:
    return Case((Entry(utf8(f"{tag}-dangling.txt"), special="symlink", target=utf8(f"{tag}-nowhere.txt")),), 1)


@hostile_kind
def symlink_loop(rng: random.Random, tag: str) -> Case:
    first, second = utf8(f"{tag}-loop-a.txt"), utf8(f"{tag}-loop-b.txt")
    loop = (Entry(first, special="symlink", target=second), Entry(second, special="symlink", target=first))
    own_tail = Entry(utf8(f"{tag}-loop-self.xml"), special="symlink", target=utf8(f"{tag}-loop-self.xml"))
    return Case(loop + (own_tail,), 3)


OUTSIDE_FOLDER = "outside"  # in the work folder, beside the batches folder
OUTSIDE_FROM_BATCH = b"../../" + OUTSIDE_FOLDER.encode()


@hostile_kind
def symlinked_folders(rng: random.Random, tag: str) -> Case:
    out_of_batch = Entry(utf8(f"{tag}-outside"), special="symlink", target=OUTSIDE_FROM_BATCH)
    back_into_batch = Entry(utf8(f"{tag}-itself"), special="symlink", target=b".")
    file_to_outside = Entry(utf8(f"{tag}-outside-file.txt"), special="symlink", target=OUTSIDE_FROM_BATCH + b"/outside-article.txt")
    return Case((out_of_batch, back_into_batch, file_to_outside), 3)


@hostile_kind
def deep_folders(rng: random.Random, tag: str) -> Case:
    deep = b"/".join([utf8(f"{tag}-deep")] + [b"d"] * DEEP_DIRECTORY_LEVELS + [b"bottom.txt"])
    folder_named_like_file = utf8(f"{tag}-folder.txt/inside.txt")
    hidden = utf8(f".{tag}-hidden/hidden.txt")
    entries = (file_entry(deep, hostile_report(rng)), file_entry(folder_named_like_file, hostile_report(rng)), file_entry(hidden, hostile_report(rng)))
    return Case(entries, len(entries))


@hostile_kind
def empty_files(rng: random.Random, tag: str) -> Case:
    content = rng.choice((b"", b" ", b"\n\n\n", b"\r\n", b"\t \x0b\x0c"))
    return one_file(f"{tag}-empty{rng.choice(RANDOM_SUFFIXES)}", content)


# -- the huge ones, once per run ------------------------------------------------------


def huge_text(rng: random.Random) -> str:
    """Over a million characters of one paragraph, with one event at its end."""
    filler = "The weather stayed mild and the markets were quiet. "
    return (filler * (HUGE_CHARS // len(filler) + 1))[:HUGE_CHARS] + " " + hostile_report(rng)


@heavy_kind
def huge_text_file(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-huge.txt", huge_text(rng))


@heavy_kind
def huge_jsonl_field(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-huge.jsonl", json_line({"id": f"{tag}-huge", "text": huge_text(rng), "published": NORMAL_PUBLISHED}) + "\n")


@heavy_kind
def huge_csv_cell(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-huge.csv", csv_text([["id", "text"], [f"{tag}-huge", huge_text(rng)]]))


@heavy_kind
def huge_html_nesting(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-nested10k.html", nested_html(DEEP_NESTING_HEAVY, hostile_report(rng)))


@heavy_kind
def huge_html_attribute(rng: random.Random, tag: str) -> Case:
    return one_file(f"{tag}-attribute1m.html", f'<html><body><p title="{"A" * HUGE_CHARS}">{hostile_report(rng)} {hostile_report(rng)}</p></body></html>')


@heavy_kind
def oversize_file(rng: random.Random, tag: str) -> Case:
    line = utf8(hostile_report(rng) + "\n")
    return one_file(f"{tag}-oversize.txt", (line * (OVERSIZE_BYTES // len(line) + 1))[: OVERSIZE_BYTES + 1])


# -- good articles -----------------------------------------------------------------


@dataclass(frozen=True)
class GoodArticle:
    title: str
    text: str
    published: dt.date


class GoodArticles:
    """Distinct short wire reports dated in 2024, at towns the seeds do not name."""

    def __init__(self, rng: random.Random, towns: tuple[tuple[str, str], ...]) -> None:
        self.rng = rng
        self.towns = towns
        self.made = 0
        self.texts: set[str] = set()

    def next(self) -> GoodArticle:
        while True:
            article = self._draft()
            if article.text not in self.texts:
                self.texts.add(article.text)
                self.made += 1
                return article

    def _draft(self) -> GoodArticle:
        rng = self.rng
        published = dt.date(GOOD_YEAR, 1, 1) + dt.timedelta(days=(self.made * GOOD_DAYS_APART) % DAYS_IN_GOOD_YEAR)
        town, region = self.towns[self.made % len(self.towns)]
        day_before = published - dt.timedelta(days=1)  # "on Monday": the day before publication
        figures = {name: rng.randint(low, high) for name, (low, high) in GOOD_FIGURE_RANGES.items()}
        figures.update(town=town, region=region, weekday=WEEKDAYS[day_before.weekday()])
        headline, lead = rng.choice(GOOD_STORIES)
        follow_up = rng.choice(GOOD_FOLLOW_UPS)
        title = headline.format(**figures)
        text = f"{title}\n\n{lead.format(**figures)}\n\n{follow_up.format(**figures)}\n"
        return GoodArticle(title, text, published)


def good_cases(articles: GoodArticles, batch_number: int, tags: list[str]) -> tuple[list[Case], list[str]]:
    """A good article after each of ``tags``: their cases and their expected store paths.

    Each good file is named after a hostile input of the batch (``TAG-good-...``), so
    the good files sort among the hostile ones: a crash part-way through a batch loses
    the good articles read after it.
    """
    cases, paths = [], []
    dump_kinds = GOOD_DUMP_KINDS[: max(0, len(tags) - 1)]  # at least one text file
    text_tags, dump_tags = tags[: len(tags) - len(dump_kinds)], tags[len(tags) - len(dump_kinds) :]
    for index, tag in enumerate(text_tags):
        article = articles.next()
        name = f"{tag}{GOOD_MARK}b{batch_number:02d}-{index}.txt"
        cases.append(Case((file_entry(name, article.text),), 0, ((name, article.published.isoformat()),)))
        paths.append(name)
    for kind, tag in zip(dump_kinds, dump_tags):
        article = articles.next()
        record_id = f"good-b{batch_number:02d}-{kind}"
        name = f"{tag}{GOOD_MARK}b{batch_number:02d}.{kind}"
        cases.append(Case((file_entry(name, good_dump(kind, record_id, article)),), 0))
        paths.append(f"{name}#{record_id}")
    return cases, paths


def good_dump(kind: str, record_id: str, article: GoodArticle) -> str:
    body = article.text.split("\n\n", 1)[1].strip()
    if kind == "jsonl":
        record = {
            "id": record_id,
            "title": article.title,
            "text": body,
            "published": article.published.isoformat(),
            "publisher": GOOD_PUBLISHER,
            "language": "en",
        }
        return json_line(record) + "\n"
    if kind == "csv":
        return csv_text([["id", "title", "text", "published", "publisher"], [record_id, article.title, body, article.published.isoformat(), GOOD_PUBLISHER]])
    published = dt.datetime.combine(article.published, dt.time(GOOD_FEED_HOUR)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return rss_feed([rss_item(record_id, article.title, body, published)], title=GOOD_PUBLISHER)


# -- building batches ----------------------------------------------------------------


def kind_cycle(rng: random.Random) -> Iterator[str]:
    """Every everyday kind once per round, in a new random order each round."""
    names = sorted(KINDS)
    while True:
        rng.shuffle(names)
        yield from names


def heavy_batches(batches: int) -> dict[str, int]:
    """The batch (1-based) of each huge input: spread round the batches."""
    return {name: index % batches + 1 for index, name in enumerate(sorted(HEAVY_KINDS))}


def fill_batch(
    batch: Batch, quota: int, rng: random.Random, kinds: Iterator[str], heavy: list[str], good: tuple[GoodArticles, int], serial: Iterator[int]
) -> None:
    """Write the batch's files: its huge inputs, everyday ones up to ``quota``, good ones."""
    batch.folder.mkdir(parents=True)
    names: set[bytes] = set()
    rows: list[tuple[str, str]] = []

    def add(kind: str, case: Case) -> bool:
        if any(entry.name in names for entry in case.entries):
            return False  # a rare clash of generated names: the case is dropped, not counted
        for entry in case.entries:
            names.add(entry.name)
            write_entry(batch.folder, entry)
        rows.extend(case.manifest_rows)
        batch.files += len(case.entries)
        if kind:
            batch.inputs += case.inputs
            batch.kinds[kind] += case.inputs
        return True

    tags = []
    for name in heavy:
        tags.append(f"h{next(serial):05d}")
        add(name, HEAVY_KINDS[name](rng, tags[-1]))
    while batch.inputs < quota:
        name = next(kinds)
        tags.append(f"h{next(serial):05d}")
        add(name, KINDS[name](rng, tags[-1]))
    articles, count = good
    good_for_batch, good_paths = good_cases(articles, batch.number, sorted(rng.choices(tags, k=count)))
    batch.good_paths = [path for case, path in zip(good_for_batch, good_paths) if add("", case)]
    write_manifest(batch.manifest, rows)


def write_entry(folder: Path, entry: Entry) -> None:
    """Make one entry with bytes paths, so names need not be valid UTF-8."""
    path = os.path.join(os.fsencode(folder), entry.name)
    make_folders(os.path.dirname(path))
    if entry.special == "fifo":
        os.mkfifo(path)
    elif entry.special == "symlink":
        os.symlink(entry.target, path)
    else:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(entry.content)
            while view:
                view = view[os.write(descriptor, view) :]
        finally:
            os.close(descriptor)


def make_folders(path: bytes) -> None:
    """``os.makedirs`` without its recursion, for folders 500 levels deep."""
    missing = []
    while path and not os.path.isdir(path):
        missing.append(path)
        path = os.path.dirname(path)
    for folder in reversed(missing):
        os.mkdir(folder)


def write_manifest(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(MANIFEST_HEADER)
        for name, published in rows:
            publisher = GOOD_PUBLISHER if GOOD_MARK in name else ""
            writer.writerow((name, published, publisher, "", "en"))


def make_outside_folder(work: Path, rng: random.Random) -> None:
    """A folder beside the batches that symlinks in the batches point out to."""
    outside = work / OUTSIDE_FOLDER
    outside.mkdir()
    (outside / "outside-article.txt").write_text(f"Outside the batch\n\n{hostile_report(rng)}\n", encoding="utf-8")


# -- running eventwire ---------------------------------------------------------------


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["TYPER_STANDARD_TRACEBACK"] = "1"  # plain Python tracebacks, not rich boxes
    env["NO_COLOR"] = "1"
    env["PYTHONFAULTHANDLER"] = "1"  # a segfault, or the SIGABRT sent to a hung child, prints the stacks
    return env


def limit_memory(megabytes: int) -> Callable[[], None] | None:
    if megabytes <= 0:
        return None
    limit = megabytes * BYTES_PER_MB

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def run_child(command: list[str], logs: Path, timeout_s: float, memory_limit_mb: int, cwd: Path) -> ChildRun:
    """Run ``command`` in its own process group; kill the group when it outlives ``timeout_s``."""
    stdout_path, stderr_path = logs.with_suffix(".stdout"), logs.with_suffix(".stderr")
    started = time.perf_counter()
    hang = False
    with stdout_path.open("wb") as out, stderr_path.open("wb") as err:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            cwd=cwd,
            env=child_environment(),
            start_new_session=True,
            preexec_fn=limit_memory(memory_limit_mb),
        )
        try:
            process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            hang = True
            dump_stacks(process)
        finally:
            if process.returncode is None:
                kill_group(process)
    seconds = time.perf_counter() - started
    exit_code = None if hang else process.returncode
    stderr = read_log(stderr_path)
    return ChildRun(exit_code, seconds, hang, find_tracebacks(stderr, exit_code, hang), where_stuck(stderr) if hang else ())


def dump_stacks(process: subprocess.Popen) -> None:
    """Ask a hung child for its stacks: SIGABRT makes faulthandler print them, then it dies."""
    try:
        os.kill(process.pid, signal.SIGABRT)
        process.wait(timeout=STACK_DUMP_WAIT_S)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass


def where_stuck(stderr: str) -> tuple[str, ...]:
    """The innermost frames of faulthandler's dump, if the child printed one."""
    _, found, dump = stderr.rpartition(FAULTHANDLER_MARKER)
    frames = [line.strip() for line in dump.splitlines() if line.strip().startswith("File ")] if found else []
    return tuple(frames[:STUCK_FRAMES])


def kill_group(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def read_log(path: Path) -> str:
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - MAX_LOG_BYTES))
        return handle.read().decode("utf-8", "replace")


def find_tracebacks(stderr: str, exit_code: int | None, hang: bool) -> tuple[tuple[str, ...], ...]:
    """The last lines of every traceback in ``stderr``; a bad exit code without one counts too."""
    blocks = stderr.split(TRACEBACK_MARKER)[1:]
    tails = tuple(traceback_tail(block) for block in blocks)
    if not tails and not hang and exit_code not in ACCEPTED_EXIT_CODES:
        tails = ((exit_description(exit_code),) + tuple(last_lines(stderr)),)
    return tails


def traceback_tail(block: str) -> tuple[str, ...]:
    """The last lines of a traceback, led by its deepest frame inside eventwire."""
    lines = meaningful_lines(block)
    tail = lines[-TRACEBACK_TAIL_LINES:]
    own_frames = [i for i, line in enumerate(lines) if line.lstrip().startswith("File ") and EVENTWIRE_SOURCE in line]
    if own_frames and own_frames[-1] < len(lines) - len(tail):
        deepest = own_frames[-1]
        tail = lines[deepest : deepest + FRAME_LINES] + ["..."] + tail
    return tuple(tail)


def last_lines(text: str) -> list[str]:
    return meaningful_lines(text)[-TRACEBACK_TAIL_LINES:]


def meaningful_lines(text: str) -> list[str]:
    """Non-blank lines, without the '^^^^' markers under code."""
    return [line.rstrip() for line in text.splitlines() if line.strip() and set(line.strip()) - set("^~: ")]


def exit_description(exit_code: int | None) -> str:
    if exit_code is not None and exit_code < 0:
        return f"killed by signal {signal.Signals(-exit_code).name}"
    return f"exit code {exit_code}"


def eventwire_run(paths: list[Path], store: Path, manifest: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "run", *map(str, paths), "--db", str(store), "--meta", str(manifest)]


def eventwire_export(store: Path, target: Path, timeout_s: float, cwd: Path) -> str | None:
    """Export the store's events as JSONL to ``target``; None when that worked, else why not."""
    command = [sys.executable, "-m", "eventwire", "export", "--db", str(store), "--format", "jsonl", "-o", str(target)]
    result = run_child(command, target.with_suffix(".export"), timeout_s, 0, cwd)
    if result.hang:
        return f"export of {store.name} hung (over {timeout_s:.0f} s)"
    if result.exit_code != 0 or result.tracebacks:
        tail = "; ".join(result.tracebacks[0]) if result.tracebacks else ""
        return f"export of {store.name} failed with exit code {result.exit_code} {tail}".strip()
    return None


# -- reading results -------------------------------------------------------------------


def stored_paths(store: Path) -> tuple[set[str], str | None]:
    """The ``path`` of every stored article, or why they could not be read."""
    if not store.exists():
        return set(), "the store was never created"
    try:
        connection = sqlite3.connect(store, timeout=STORE_LOCK_TIMEOUT_S)
        connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
        try:
            return {row[0] for row in connection.execute("SELECT path FROM articles")}, None
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return set(), f"cannot read the store: {exc}"


def seed_events(export: Path, seed_names: set[str]) -> list[tuple]:
    """Events with a seed source, as comparable tuples (only their seed sources kept)."""
    events = []
    for line in export.read_text("utf-8", "replace").split("\n"):  # not splitlines: texts may hold U+2028
        if not line.strip():
            continue
        event = json.loads(line)
        sources = sorted((s.get("path"), s.get("start"), s.get("end")) for s in event.get("sources") or [] if s.get("path") in seed_names)
        if not sources:
            continue
        place = (event.get("location") or {}).get("name")
        events.append((event.get("event_type"), event.get("sub_event_type"), place, event.get("event_date"), event.get("status"), tuple(sources)))
    return sorted(events, key=repr)


def event_differences(fuzzed: list[tuple], fresh: list[tuple]) -> list[str]:
    only_fuzzed = Counter(fuzzed) - Counter(fresh)
    only_fresh = Counter(fresh) - Counter(fuzzed)
    lines = [f"  only after fuzzing: {describe_event(e)}" for e in sorted(only_fuzzed.elements(), key=repr)]
    lines += [f"  only in fresh store: {describe_event(e)}" for e in sorted(only_fresh.elements(), key=repr)]
    return lines


def describe_event(event: tuple) -> str:
    event_type, sub_event_type, place, date, status, sources = event
    cited = ", ".join(f"{path}:{start}-{end}" for path, start, end in sources)
    return f"{sub_event_type or event_type} at {place} on {date} ({status}) from {cited}"


def seed_names_in(seeds: Path) -> set[str]:
    return {p.name for p in seeds.iterdir() if p.is_file() and p.name != MANIFEST_NAME}


def seed_text(seeds: Path) -> str:
    return " ".join(p.read_text("utf-8", "replace") for p in seeds.iterdir() if p.is_file() and p.suffix == ".txt").casefold()


def leave_out_seed_towns(seeds_text: str) -> tuple[tuple[str, str], ...]:
    """Drop the towns the seeds name from the hostile towns; return the good towns left."""
    global hostile_towns
    hostile_towns = tuple(town for town in HOSTILE_TOWNS if town.casefold() not in seeds_text)
    return tuple(town for town in GOOD_TOWNS if town[0].casefold() not in seeds_text)


def peak_child_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / RSS_UNITS_PER_MB


# -- report --------------------------------------------------------------------------


def print_batch_line(batch: Batch, result: ChildRun) -> None:
    exit_code = "-" if result.exit_code is None else str(result.exit_code)
    print(
        f"{batch.number:5d} {batch.files:6d} {batch.inputs:7d} {len(batch.good_paths):5d} {result.seconds:8.1f} "
        f"{exit_code:>5} {len(result.tracebacks):10d} {'yes' if result.hang else 'no':>5} {peak_child_rss_mb():8.0f}",
        flush=True,
    )


def print_tracebacks(label: str, result: ChildRun, printed: int) -> int:
    if result.hang:
        print(f"  {label} hung; innermost frames when stopped:" if result.stuck_at else f"  {label} hung (no stack dump)")
        for line in result.stuck_at:
            print(f"    {line}")
    for tail in result.tracebacks:
        if printed >= MAX_PRINTED_TRACEBACKS:
            return printed
        print(f"  {label} traceback ends:")
        for line in tail:
            print(f"    {line}")
        printed += 1
    return printed


def check_seeds(seeds: Path, work: Path, fuzzed_store: Path, timeout_s: float, memory_limit_mb: int) -> tuple[bool, bool, list[str]]:
    """Run the seeds into the fuzzed store and a fresh one; compare their seed events."""
    manifest = seeds / MANIFEST_NAME
    fresh_store = work / "fresh.db"
    fuzzed_run = run_child(eventwire_run([seeds], fuzzed_store, manifest), work / "seeds-fuzzed", timeout_s, memory_limit_mb, work)
    fresh_run = run_child(eventwire_run([seeds], fresh_store, manifest), work / "seeds-fresh", timeout_s, memory_limit_mb, work)
    completes = not fuzzed_run.hang and not fuzzed_run.tracebacks and fuzzed_run.exit_code in ACCEPTED_EXIT_CODES
    notes = [f"seeds into fuzzed store: {describe_run(fuzzed_run)}", f"seeds into fresh store:  {describe_run(fresh_run)}"]
    for label, result in (("seeds (fuzzed store)", fuzzed_run), ("seeds (fresh store)", fresh_run)):
        for tail in result.tracebacks:
            notes.append(f"  {label} traceback ends: " + " | ".join(tail))
    problems = [
        p
        for p in (
            eventwire_export(fuzzed_store, work / "fuzzed-events.jsonl", timeout_s, work),
            eventwire_export(fresh_store, work / "fresh-events.jsonl", timeout_s, work),
        )
        if p
    ]
    if problems:
        return completes, False, notes + problems
    names = seed_names_in(seeds)
    try:
        fuzzed = seed_events(work / "fuzzed-events.jsonl", names)
        fresh = seed_events(work / "fresh-events.jsonl", names)
    except json.JSONDecodeError as exc:
        return completes, False, notes + [f"an export is not valid JSONL: {exc}"]
    differences = event_differences(fuzzed, fresh)
    notes.append(f"seed events: {len(fuzzed)} after fuzzing, {len(fresh)} in a fresh store")
    if not fresh:
        notes.append("  the fresh store has no seed events: nothing to compare, counted as not the same")
    if differences:
        shown = differences[:MAX_DIFF_LINES]
        more = len(differences) - len(shown)
        notes += shown + ([f"  ... and {more} more"] if more else [])
    return completes, not differences and bool(fresh), notes


def describe_run(result: ChildRun) -> str:
    if result.hang:
        return f"hung, killed after {result.seconds:.0f} s"
    return f"exit code {result.exit_code}, {len(result.tracebacks)} tracebacks, {result.seconds:.1f} s"


# -- main ----------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed; the same seed makes the same inputs (default: {DEFAULT_SEED})")
    parser.add_argument("--inputs", type=positive_int, default=None, help=f"hostile inputs at least (default: {DEFAULT_INPUTS}, {SMOKE_INPUTS} with --smoke)")
    parser.add_argument(
        "--batches", type=positive_int, default=None, help=f"batches, each one eventwire run (default: {DEFAULT_BATCHES}, {SMOKE_BATCHES} with --smoke)"
    )
    parser.add_argument(
        "--batch-timeout",
        type=positive_int,
        default=DEFAULT_BATCH_TIMEOUT_S,
        help=f"seconds before a batch counts as a hang and is killed (default: {DEFAULT_BATCH_TIMEOUT_S})",
    )
    parser.add_argument(
        "--good-per-batch", type=positive_int, default=DEFAULT_GOOD_PER_BATCH, help=f"good articles in each batch (default: {DEFAULT_GOOD_PER_BATCH})"
    )
    parser.add_argument(
        "--memory-limit",
        type=int,
        default=DEFAULT_MEMORY_LIMIT_MB,
        help=f"address-space limit of each eventwire process in MB, 0 for none (default: {DEFAULT_MEMORY_LIMIT_MB})",
    )
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help=f"seed articles with their {MANIFEST_NAME} (default: {DEFAULT_SEEDS})")
    parser.add_argument("--keep", type=Path, default=None, help="do the work in this (new or empty) folder and keep it")
    parser.add_argument("--smoke", action="store_true", help=f"a quick run: {SMOKE_INPUTS} inputs in {SMOKE_BATCHES} batches unless given")
    args = parser.parse_args(argv)
    args.inputs = args.inputs or (SMOKE_INPUTS if args.smoke else DEFAULT_INPUTS)
    args.batches = args.batches or (SMOKE_BATCHES if args.smoke else DEFAULT_BATCHES)
    return args


def work_folder(keep: Path | None) -> tempfile.TemporaryDirectory | None:
    if keep is None:
        return tempfile.TemporaryDirectory(prefix="ewfuzz-")
    keep.mkdir(parents=True, exist_ok=True)
    if any(keep.iterdir()):
        raise SystemExit(f"--keep folder {str(keep)!r} is not empty")
    return None


def quotas(inputs: int, batches: int) -> list[int]:
    share, remainder = divmod(inputs, batches)
    return [share + (1 if number < remainder else 0) for number in range(batches)]


def fuzz(args: argparse.Namespace, work: Path) -> int:
    seeds = args.seeds.expanduser().resolve()
    if not (seeds / MANIFEST_NAME).is_file():
        raise SystemExit(f"no seeds with a {MANIFEST_NAME} in {str(seeds)!r}")
    started = time.perf_counter()
    rng = random.Random(args.seed)
    good = GoodArticles(rng, leave_out_seed_towns(seed_text(seeds)))
    kinds, serial = kind_cycle(rng), iter(range(1, sys.maxsize))
    heavy_at = heavy_batches(args.batches)
    store = work / "fuzzed.db"
    make_outside_folder(work, rng)
    print(f"work folder:    {work}{'' if args.keep else ' (removed at the end)'}")
    print(
        f"seed {args.seed}: {args.inputs} hostile inputs in {args.batches} batches, {args.good_per_batch} good articles each; "
        f"batch timeout {args.batch_timeout} s; memory limit {args.memory_limit or 'none'} MB"
    )
    print(f"{'batch':>5} {'files':>6} {'inputs':>7} {'good':>5} {'seconds':>8} {'exit':>5} {'tracebacks':>10} {'hang':>5} {'peak_mb':>8}", flush=True)
    totals: Counter = Counter()
    expected_good: list[str] = []
    tracebacks = hangs = printed = 0
    for number, quota in enumerate(quotas(args.inputs, args.batches), start=1):
        batch = Batch(number, work / "batches" / f"batch-{number:02d}", work / f"batch-{number:02d}.manifest.csv")
        heavy = [name for name, at in sorted(heavy_at.items()) if at == number]
        fill_batch(batch, quota, rng, kinds, heavy, (good, args.good_per_batch), serial)
        result = run_child(eventwire_run([batch.folder], store, batch.manifest), work / f"batch-{number:02d}", args.batch_timeout, args.memory_limit, work)
        print_batch_line(batch, result)
        printed = print_tracebacks(f"batch {number}", result, printed)
        totals.update(batch.kinds)
        expected_good += batch.good_paths
        tracebacks += len(result.tracebacks)
        hangs += result.hang
    stored, store_problem = stored_paths(store)
    lost = [path for path in expected_good if path not in stored]
    completes, same, notes = check_seeds(seeds, work, store, args.batch_timeout, args.memory_limit)
    seconds = time.perf_counter() - started
    print()
    print("hostile inputs by kind:")
    for name in sorted(KINDS) + sorted(HEAVY_KINDS):
        print(f"  {name:28s} {totals[name]:6d}")
    print(f"hostile inputs:        {sum(totals.values())}")
    print(f"tracebacks:            {tracebacks}")
    print(f"hangs:                 {hangs}")
    print(f"good articles lost:    {len(lost)} of {len(expected_good)}" + (f" ({store_problem})" if store_problem else ""))
    for path in lost[:MAX_DIFF_LINES]:
        print(f"  lost: {path}")
    print(f"peak RSS:              {peak_child_rss_mb():.0f} MB (largest child process)")
    for note in notes:
        print(note)
    print(f"seeds run completes:   {'yes' if completes else 'no'}")
    print(f"seeds events same:     {'yes' if same else 'no'} (as on a fresh store)")
    print(f"total:                 {seconds:.0f} s")
    results = {
        "inputs": sum(totals.values()),
        "batches": args.batches,
        "tracebacks": tracebacks,
        "hangs": hangs,
        "good_articles": len(expected_good),
        "good_lost": len(lost),
        "peak_rss_mb": round(peak_child_rss_mb(), 1),
        "seeds_run_completes": completes,
        "seeds_events_same": same,
        "seconds": round(seconds, 1),
    }
    print(json.dumps(results))
    clean = tracebacks == hangs == len(lost) == 0 and completes and same
    return EXIT_OK if clean else EXIT_PROBLEMS


def exit_on_sigterm() -> None:
    """SIGTERM raises SystemExit, so the running batch's group is killed and the work folder removed."""

    def on_sigterm(_signum: int, _frame) -> None:
        raise SystemExit(EXIT_TERMINATED)

    signal.signal(signal.SIGTERM, on_sigterm)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    exit_on_sigterm()
    temporary = work_folder(args.keep)
    work = Path(temporary.name) if temporary else args.keep.resolve()
    try:
        status = fuzz(args, work)
    finally:
        if temporary:
            temporary.cleanup()
    raise SystemExit(status)


if __name__ == "__main__":
    main()
