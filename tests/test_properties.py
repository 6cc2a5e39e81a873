"""Properties: what holds for every input, not only for the examples the other tests chose.

Specified here, each over inputs that ``hypothesis`` draws (derandomised, so CI is repeatable):

- ``sanitise``: any string, with lone surrogates, NUL bytes and decomposed accents,
  normalises to text that encodes as UTF-8, holds no NUL, is in NFC and stays as it is
  when normalised again; plain ASCII passes unchanged; in a parsed JSON value every
  string, keys too, is normalised. Any file name (any bytes but ``/`` and NUL) has a
  printable form, free of control characters, from which its exact bytes come back.
- ``dates``: resolving any sentence built of time expressions (impossible days, years
  0000 to 9999, counts of days up to 10**12) against any publication date and any
  previous range never raises, and gives no date or a plausible one that
  ``plausible_range`` leaves as it is; ``plausible_range`` never gives a backwards range
  and is idempotent.
- ``store``: merging mentions batch by batch through the date index gives exactly the
  events of one rebuild of the whole block, and the window search ends whatever dates
  the stored rows hold (backwards ranges, days at the ends of the calendar).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import tempfile
import unicodedata
from pathlib import Path

import pytest
from builders import IZIUM, day, mention
from hypothesis import HealthCheck, event, example, find, given, settings
from hypothesis import strategies as st

from eventwire import codec
from eventwire.actors import RUSSIA_MILITARY, UKRAINE_MILITARY
from eventwire.dates import (
    EARLIEST_PLAUSIBLE_DATE,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    latest_plausible_date,
    plausible_published,
    plausible_range,
    resolve_date,
)
from eventwire.ingest import make_article
from eventwire.merge import block_of
from eventwire.models import ArticleAnalysis, DateRange, Paragraph
from eventwire.sanitise import name_from_printable, normalise_text, normalise_value, printable_name
from eventwire.store import event_mentions, open_store, quarantined_mentions

FAST = settings(derandomize=True, deadline=None, max_examples=200)
STORE = settings(derandomize=True, deadline=None, max_examples=25, suppress_health_check=[HealthCheck.too_slow])


# --- sanitise: text ------------------------------------------------------------------

AWKWARD_PIECES = ["\ud800", "\udfff", "\ud83d\ude00", "\x00", "e\u0301", "\ufeff", "\u1e9b\u0323", "\u1100\u1161", "\u212b", "\\", "\n"]
any_character = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
any_text = st.lists(st.one_of(any_character, st.sampled_from(AWKWARD_PIECES), st.text(any_character, max_size=8)), max_size=20).map("".join)


def is_normalised(text: str) -> bool:
    text.encode("utf-8")  # raises on a lone surrogate
    return "\x00" not in text and unicodedata.is_normalized("NFC", text)


def strings_in(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [*strings_in(k), *strings_in(v)]]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def test_the_text_drawn_holds_lone_surrogates_nul_bytes_and_decomposed_accents():
    for wanted in ("\ud800", "\udfff", "\x00", "e\u0301"):
        assert wanted in find(any_text, lambda s, wanted=wanted: wanted in s, settings=settings(derandomize=True, database=None))


@FAST
@given(any_text)
def test_normalised_text_encodes_as_utf8_holds_no_nul_and_is_in_nfc(value):
    assert is_normalised(normalise_text(value))


@FAST
@given(any_text)
def test_normalising_text_twice_gives_the_same_as_once(value):
    once = normalise_text(value)
    assert normalise_text(once) == once


@FAST
@given(st.text(st.characters(min_codepoint=1, max_codepoint=0x7F)))
def test_ascii_text_without_nul_is_returned_unchanged(value):
    assert normalise_text(value) == value


@FAST
@given(any_text)
def test_a_lone_surrogate_becomes_the_replacement_character_and_nothing_else_is_lost_but_nul(value):
    expected = "".join("\ufffd" if unicodedata.category(c) == "Cs" else c for c in value).replace("\x00", "")
    assert normalise_text(value) == unicodedata.normalize("NFC", expected)


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text),
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(any_text, children, max_size=4)),
    max_leaves=20,
)


@FAST
@given(json_values)
def test_every_string_of_a_normalised_json_value_keys_too_is_normalised(value):
    result = normalise_value(value)
    assert all(is_normalised(s) and normalise_text(s) == s for s in strings_in(result))
    assert json.loads(json.dumps(result, ensure_ascii=False).encode("utf-8")) == result


# --- sanitise: file names ------------------------------------------------------------

AWKWARD_BYTES = [
    b"\\",
    b"\\x41",
    b"\n",
    b"\t",
    b"\x7f",
    b"\xff",
    b"\x80",
    b"\xc3\xa9",
    b"\xc3",
    b"\xed\xa0\x80",
    b"\xc2\x85",
    b"\xe2\x80\xa8",
    b"\xf0\x9f\x98\x80",
    b"\xf4\x90\x80\x80",
]
file_name_bytes = (
    st.lists(st.one_of(st.binary(max_size=4), st.sampled_from(AWKWARD_BYTES)), min_size=1, max_size=12)
    .map(lambda parts: b"".join(parts).replace(b"/", b"").replace(b"\x00", b""))
    .filter(bool)
)


@FAST
@given(file_name_bytes)
def test_a_file_name_comes_back_byte_for_byte_from_its_printable_form(raw):
    name = os.fsdecode(raw)
    assert os.fsencode(name_from_printable(printable_name(name))) == raw


@FAST
@given(file_name_bytes)
def test_the_printable_form_of_a_file_name_encodes_as_utf8_and_holds_no_control_character(raw):
    printable = printable_name(os.fsdecode(raw))
    printable.encode("utf-8")
    assert not [c for c in printable if unicodedata.category(c) == "Cc"]


plain_names = st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\\/"), min_size=1)


@FAST
@given(plain_names)
def test_a_file_name_of_printable_utf8_without_a_backslash_is_kept_as_it_is(name):
    assert printable_name(name) == name
    assert name_from_printable(name) == name


# --- dates ---------------------------------------------------------------------------

month_names = st.sampled_from(sorted(MONTHS)).flatmap(lambda m: st.sampled_from([m, m.capitalize(), m.upper(), m.capitalize() + "."]))
any_year = st.integers(0, 9999).map(lambda y: f"{y:04d}")
any_day = st.integers(0, 99).map(str)
count = st.one_of(st.integers(0, 10**12).map(str), st.sampled_from(sorted(NUMBER_WORDS)), st.sampled_from(["999999999", "1000000000", "3652059"]))
optional = lambda s: st.one_of(st.just(""), s)  # noqa: E731

day_month = st.builds(
    lambda on, d, suffix, of, m, comma, y: f"{on}{d}{suffix} {of}{m}{comma}{y}",
    optional(st.just("on ")),
    any_day,
    st.sampled_from(["", "st", "nd", "rd", "th"]),
    optional(st.just("of ")),
    month_names,
    st.sampled_from(["", ","]),
    optional(any_year.map(" ".__add__)),
)
month_day = st.builds(lambda m, d, y: f"{m} {d}{y}", month_names, any_day, optional(any_year.map(", ".__add__)))
iso = st.builds(lambda y, m, d: f"{y}-{m:02d}-{d:02d}", any_year, st.integers(0, 99), st.integers(0, 99))
in_month = st.builds(
    lambda word, when, m, y: f"{word} {when}{m}{y}",
    st.sampled_from(["in", "during", "since", "In"]),
    st.sampled_from(["", "early ", "mid-", "mid", "late "]),
    month_names,
    optional(any_year.map(" ".__add__)),
)
relative = st.builds(lambda n, unit, how: f"{n} {unit} {how}", count, st.sampled_from(["days", "day", "Days"]), st.sampled_from(["ago", "later"]))
weekday = st.sampled_from(sorted(WEEKDAYS)).flatmap(lambda w: st.sampled_from([f"on {w}", f"late on {w.capitalize()}", f"{w.upper()} night", f"{w}s"]))
since_start = st.builds(lambda word, m: f"since the {word} of {m}", st.sampled_from(["beginning", "start"]), month_names)
fixed_phrases = st.sampled_from(
    [
        "yesterday",
        "today",
        "this morning",
        "tonight",
        "last night",
        "overnight",
        "during the night",
        "last week",
        "this week",
        "earlier this week",
        "this month",
        "earlier this month",
        "in recent days",
        "over the past few days",
        "the same day",
        "on the same night",
        "the next day",
        "the following day",
        "may",
        "May",
        "march",
    ]
)
filler = st.sampled_from(["Ukrainian", "forces", "recaptured", "Izium", "the", "governor", "said", ",", ".", "and", "of", "2022", "31", "-"])
time_fragment = st.one_of(day_month, month_day, iso, in_month, relative, weekday, since_start, fixed_phrases)
sentences = st.lists(st.one_of(time_fragment, filler, filler), min_size=1, max_size=8).map(" ".join)

EDGE_DATES = [
    dt.date.min,
    dt.date.min + dt.timedelta(days=1),
    EARLIEST_PLAUSIBLE_DATE - dt.timedelta(days=1),
    EARLIEST_PLAUSIBLE_DATE,
    dt.date.today(),
    dt.date.today() + dt.timedelta(days=1),
    dt.date.today() + dt.timedelta(days=2),
    dt.date.max - dt.timedelta(days=1),
    dt.date.max,
]
any_date = st.one_of(st.dates(), st.sampled_from(EDGE_DATES), st.dates(dt.date(1990, 1, 1), dt.date.today()))
date_ranges = st.builds(DateRange, any_date, any_date, st.integers(1, 3))  # backwards ones too


def test_the_sentence_fragments_are_time_expressions_the_resolver_knows():
    published, previous = dt.date(2022, 9, 14), day("2022-09-10")
    for sentence in (
        "on 10 September",
        "September 10, 2022",
        "2022-09-10",
        "3 days later",
        "two days ago",
        "in February 2021",
        "late on Thursday",
        "since the beginning of March",
        "last week",
    ):
        assert resolve_date(sentence, published, previous) is not None, sentence


@pytest.mark.slow
@settings(derandomize=True, deadline=None, max_examples=1500)
@given(sentences, st.one_of(st.none(), any_date), st.one_of(st.none(), date_ranges))
def test_any_sentence_resolves_without_raising_to_no_date_or_a_plausible_range(sentence, published, previous):
    resolved = resolve_date(sentence, published, previous)
    if resolved is None:
        return
    assert isinstance(resolved, DateRange)
    assert EARLIEST_PLAUSIBLE_DATE <= resolved.earliest <= resolved.latest <= latest_plausible_date(plausible_published(published))
    assert plausible_range(resolved, plausible_published(published)) == resolved


@settings(derandomize=True, deadline=None, max_examples=500)
@example("on 10 September 2022", dt.date.max, None)  # a publication date no report has, as plausible_published says
@example("2022-09-10", dt.date(1850, 1, 1), None)
@given(sentences, st.one_of(st.none(), any_date), st.one_of(st.none(), date_ranges))
def test_plausible_range_keeps_a_resolved_date_as_it_is_for_the_publication_date_given(sentence, published, previous):
    # the store checks a mention's date with plausible_range(date, article.published): the date
    # the resolver gave for that publication date must pass, whatever the publication date
    resolved = resolve_date(sentence, published, previous)
    assert plausible_range(resolved, published) == resolved


@FAST
@given(st.one_of(st.none(), date_ranges), st.one_of(st.none(), any_date))
def test_plausible_range_never_gives_a_backwards_range(date, published):
    clamped = plausible_range(date, published)
    assert clamped is None or clamped.earliest <= clamped.latest


@FAST
@given(st.one_of(st.none(), date_ranges), st.one_of(st.none(), any_date))
def test_plausible_range_is_idempotent(date, published):
    once = plausible_range(date, published)
    assert plausible_range(once, published) == once


# --- store: the merge window search --------------------------------------------------

BASE = dt.date(2019, 1, 1)
TERRITORY = "Government regains territory"


@dataclasses.dataclass(frozen=True)
class Report:
    """One territory mention: its dates, the side gaining and the article it is in."""

    offset: int  # days after BASE
    span: int
    ukraine_gains: bool
    article: int


reports = st.builds(Report, st.integers(0, 3 * 365), st.integers(0, 60), st.booleans(), st.integers(0, 5))


def analysis(seed: str, published: dt.date | None, *mentions) -> ArticleAnalysis:
    """An article of its own text, published on ``published``, holding ``mentions``."""
    article = make_article(f"{seed}.txt", f"Report {seed}\n\nUkrainian forces recaptured Izium.", published=published)
    article = dataclasses.replace(article, paragraphs=(Paragraph("title", 0, 8 + len(seed)),))
    return ArticleAnalysis(article, (), tuple(dataclasses.replace(m, article_id=article.article_id) for m in mentions))


def territory_mention(index: int, report: Report):
    earliest = BASE + dt.timedelta(days=report.offset)
    sides = (UKRAINE_MILITARY, RUSSIA_MILITARY) if report.ukraine_gains else (RUSSIA_MILITARY, UKRAINE_MILITARY)
    date = DateRange(earliest, earliest + dt.timedelta(days=report.span), 1 if report.span == 0 else 2)
    return mention(f"m{index}", TERRITORY, IZIUM, date, actor1=sides[0], actor2=sides[1])


def stored_events(store) -> set[tuple[str, tuple[str, ...]]]:
    return {(event["event_id"], tuple(m["mention_id"] for m in sources)) for event, sources in store.iter_event_records()}


@STORE
@given(st.lists(reports, min_size=1, max_size=12), st.data())
def test_merging_batch_by_batch_gives_the_events_of_one_rebuild_of_the_block(drawn, data):
    mentions = [territory_mention(i, r) for i, r in enumerate(drawn)]
    by_article: dict[int, list] = {}
    for report, m in zip(drawn, mentions):
        by_article.setdefault(report.article, []).append(m)
    analyses = []
    for number, members in sorted(by_article.items()):
        last = max(m.date.latest for m in members)
        published = data.draw(st.one_of(st.none(), st.integers(0, 30).map(lambda d, last=last: last + dt.timedelta(days=d))), label=f"published {number}")
        analyses.append(analysis(f"r{number}", published, *members))
    order = data.draw(st.permutations(analyses), label="order")
    cuts = data.draw(st.lists(st.booleans(), min_size=len(order), max_size=len(order)), label="batch ends")
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "store.db"))
        try:
            for item, ends_batch in zip(order, cuts):
                assert store.save_analysis(item, "run")
                if ends_batch:
                    store.merge_pending(14)
            store.merge_pending(14)
            assert not store.pending_blocks()
            assert store.count(quarantined_mentions) == 0
            merged = stored_events(store)
            store.rebuild_block(block_of(mentions[0]), 14)
            rebuilt = stored_events(store)
        finally:
            store.engine.dispose()
    event(f"events: {min(len(merged), 4)}{'+' if len(merged) >= 4 else ''}, merges: {1 + sum(cuts)}")
    assert merged == rebuilt
    assert sorted(m for _, ids in merged for m in ids) == sorted(m.mention_id for m in mentions)


old_rows = st.lists(st.tuples(any_date, any_date, st.booleans()), min_size=1, max_size=8)


@pytest.mark.timeout(60)
@STORE
@given(old_rows, st.lists(reports, max_size=4))
def test_the_window_search_ends_whatever_dates_rows_written_by_an_older_version_hold(rows, drawn):
    saved = [territory_mention(i, r) for i, r in enumerate(drawn)]
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(str(Path(folder) / "store.db"))
        try:
            holder = analysis("old", None, *saved)
            assert store.save_analysis(holder, "run")
            article_id = holder.article.article_id
            old = []
            for i, (earliest, latest, merged) in enumerate(rows):
                m = dataclasses.replace(mention(f"old{i}", TERRITORY, IZIUM, DateRange(earliest, latest, 1)), article_id=article_id)
                old.append(
                    {
                        "mention_id": m.mention_id,
                        "article_id": article_id,
                        "block": block_of(m),
                        "merged": merged,
                        "record": json.dumps(codec.mention_to_json(m)),
                        "earliest": earliest,
                        "latest": latest,
                        "span_days": (latest - earliest).days,
                    }
                )
            with store.engine.begin() as connection:
                connection.execute(event_mentions.insert(), old)
            assert isinstance(store.merge_pending(14), int)
            event(f"quarantined: {bool(store.count(quarantined_mentions))}")
            assert store.count(event_mentions) + store.count(quarantined_mentions) == len(saved) + len(old)  # nothing lost
        finally:
            store.engine.dispose()
