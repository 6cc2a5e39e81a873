"""Dates: resolve the time expressions of a sentence against the publication date.

The rules people expect of a news reader, each a named pattern:

- explicit days ("10 September", "September 10, 2022", "2022-09-10");
- weekdays ("on Saturday", "late on Thursday", "Saturday night"): the most recent such
  day up to the publication date; the publication day itself when it is that weekday
  (wire copy says "Ukraine said on Wednesday" of the day it files);
- relative days ("yesterday", "today", "this morning", "two days ago"; "last night",
  "overnight" and "during the night" are the eve, when the night began, as ACLED dates
  them) and, from the date just mentioned, "two days later", "the same night";
- ranges with ACLED's precision: "this week", "last week", "in recent days" (week, 2),
  "earlier this month", "since the beginning of September", "in September" (month, 3).

Without a publication date only explicit dates with a year resolve; the rest stay
unresolved (None) rather than guessed.

Every resolved range passes one rule, ``plausible_range``: a report cannot describe
days before ``EARLIEST_PLAUSIBLE_DATE`` or after its publication (plus a day for time
zones), so a range is clamped to those bounds, and one that lies wholly outside them or
runs backwards is no date at all. A publication date outside the same bounds
(``plausible_published``) is treated as unknown. Resolution never raises: arithmetic that
would leave the calendar ("9999999 days later") resolves to nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .lexicon.dates import MONTHS, NUMBER_WORDS, WEEKDAYS
from .models import DateRange

DAY, WEEK, MONTH = 1, 2, 3  # ACLED time_precision
EARLIEST_PLAUSIBLE_DATE = dt.date(1900, 1, 1)
RECENTLY_DAYS = 14  # 'recently liberated': within two weeks or so
MONTH_PART_DAYS = 10  # 'early', 'mid-' and 'late' a month: its first, second and last ten days or so
PUBLICATION_SLACK = dt.timedelta(days=1)  # a report filed late in the day, read in another time zone
DAYS_IN_WEEK = 7
RECENT_DAYS = 7


NOT_A_NAMES_PART = r"(?<!\bdel\s)(?<!\bd[eoaiu]\s)"  # 'Colonia Corona del Mar. 1 fatality' is no 1 March
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_COUNT = r"(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r")"
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("iso", r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        ("day_month", r"\b(?P<day>\d{1,2})(st|nd|rd|th)?\s+(of\s+)?" + _MONTH + r"(,?\s+(?P<year>\d{4}))?\b"),
        ("month_day", r"\b" + NOT_A_NAMES_PART + _MONTH + r"\s+(?P<day>\d{1,2})(st|nd|rd|th)?\b(,?\s+(?P<year>\d{4}))?"),
        ("same_time", r"\b(on\s+)?the\s+same\s+(day|night|evening|morning)\b"),
        ("days_later", r"\b" + _COUNT + r"\s+days?\s+later\b"),
        ("next_day", r"\b(the\s+next|the\s+following)\s+day\b"),
        ("days_ago", r"\b" + _COUNT + r"\s+days?\s+ago\b"),
        ("units_ago", r"\b(?P<count>\d+|an?|" + "|".join(NUMBER_WORDS) + r")\s+(?P<unit>weeks?|months?|years?)\s+ago\b"),
        ("yesterday", r"\byesterday\b"),
        ("last_night", r"\b(last\s+night|overnight|during\s+the\s+night|in\s+the\s+night)\b"),
        ("today", r"\b(today|this\s+(morning|afternoon|evening)|tonight)\b"),
        ("since_month_start", r"\bsince\s+the\s+(beginning|start)\s+of\s+" + _MONTH),
        ("this_month", r"\b(earlier\s+)?this\s+month\b"),
        ("last_week", r"\blast\s+week\b"),
        ("last_month", r"\blast\s+month\b"),
        ("last_year", r"\blast\s+year\b"),
        ("this_week", r"\b(earlier\s+)?this\s+week\b"),
        ("recent_days", r"\b(in\s+recent\s+days|in\s+the\s+(past|last)\s+(few|couple\s+of)\s+days|over\s+the\s+(past|last)\s+(few\s+)?days)\b"),
        ("recently", r"\b(recently|lately|just)\s+(?=\w+ed\b)"),  # 'a town recently liberated', 'just recaptured'
        ("weekday", r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s)"),
        ("in_month", r"\b(in|during|since)\s+((?P<part>early|mid|late)\s*-?\s*)?" + _MONTH + r"(\s+(?P<year>\d{4}))?\b"),
    )
)


def resolve_date(sentence: str, published: dt.date | None, previous: DateRange | None = None) -> DateRange | None:
    """The first time expression of ``sentence`` as a date range, or None."""
    found = time_expressions(sentence)
    return resolve_expression(found[0], published, previous) if found else None


def time_expressions(sentence: str) -> list[tuple[str, re.Match[str]]]:
    """Every time expression in the sentence, left to right, without overlaps (rule order breaks ties)."""
    return list(_time_expressions(sentence))


_MONTH_CUES = tuple(sorted({name[:3] for name in MONTHS}))  # 'sep' of 'sept' and 'september'
CUES: dict[str, tuple[str, ...]] = {  # a pattern cannot match a sentence whose lower case holds none of its words
    "iso": ("-",),
    "day_month": _MONTH_CUES,
    "month_day": _MONTH_CUES,
    "same_time": ("same",),
    "days_later": ("later",),
    "next_day": ("next", "following"),
    "days_ago": ("ago",),
    "units_ago": ("ago",),
    "yesterday": ("yesterday",),
    "last_night": ("night",),
    "today": ("today", "this", "tonight"),
    "since_month_start": _MONTH_CUES,
    "this_month": ("month",),
    "last_week": ("week",),
    "last_month": ("month",),
    "last_year": ("year",),
    "this_week": ("week",),
    "recent_days": ("days",),
    "recently": ("recently", "lately", "just"),
    "weekday": tuple(WEEKDAYS),
    "in_month": _MONTH_CUES,
}


@functools.lru_cache(maxsize=4096)
def _time_expressions(sentence: str) -> tuple[tuple[str, re.Match[str]], ...]:  # the events stage asks several times per sentence
    lowered = sentence.lower()
    candidates = sorted(
        (
            (m.start(), order, name, m)
            for order, (name, pattern) in enumerate(PATTERNS)
            if any(cue in lowered for cue in CUES[name])  # most patterns are ruled out by a word test, far quicker than the pattern
            for m in pattern.finditer(sentence)
        ),
        key=lambda t: (t[0], t[1]),
    )
    chosen: list[tuple[str, re.Match[str]]] = []
    for _, _, name, match in candidates:
        if not chosen or match.start() >= chosen[-1][1].end():
            chosen.append((name, match))
    return tuple(chosen)


def resolve_expression(found: tuple[str, re.Match[str]], published: dt.date | None, previous: DateRange | None = None) -> DateRange | None:
    """The expression as a plausible date range for a report published on ``published``, or None."""
    name, match = found
    published = plausible_published(published)
    try:
        resolved = _RESOLVERS[name](match, published, previous)
    except (OverflowError, ValueError):  # a count of days that leaves the calendar
        return None
    return plausible_range(resolved, published)


def latest_plausible_date(published: dt.date | None) -> dt.date:
    """The last day a report published on ``published`` (or, undated or dated impossibly,
    read today) can describe."""
    return (plausible_published(published) or dt.date.today()) + PUBLICATION_SLACK


def plausible_published(published: dt.date | None) -> dt.date | None:
    """``published`` if a report could have been published then (1900 to tomorrow), else None."""
    if published is None or not EARLIEST_PLAUSIBLE_DATE <= published <= dt.date.today() + PUBLICATION_SLACK:
        return None
    return published


def plausible_range(date: DateRange | None, published: dt.date | None) -> DateRange | None:
    """``date`` clamped to the days a report published on ``published`` can describe.

    None when the range runs backwards or lies wholly before 1900 or after publication
    (a plan, a forecast or a typo is no date of an event); otherwise its ends are moved
    inside those bounds.
    """
    if date is None or date.earliest > date.latest:
        return None
    last = latest_plausible_date(published)
    if date.latest < EARLIEST_PLAUSIBLE_DATE or date.earliest > last:
        return None
    earliest, latest = max(date.earliest, EARLIEST_PLAUSIBLE_DATE), min(date.latest, last)
    return date if (earliest, latest) == (date.earliest, date.latest) else DateRange(earliest, latest, date.time_precision)


def is_plausible(date: DateRange | None, published: dt.date | None) -> bool:
    """True for no date or a range that ``plausible_range`` leaves as it is."""
    return date is None or plausible_range(date, published) == date


def _day(day: dt.date) -> DateRange:
    return DateRange(day, day, DAY)


def _iso(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    try:
        return _day(dt.date(int(m["year"]), int(m["m"]), int(m["d"])))
    except ValueError:
        return None


def _month_and_day(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if not _is_month_name(m["month"]):
        return None
    month, day = MONTHS[m["month"].lower()], int(m["day"])
    year = int(m["year"]) if m["year"] else (published.year if published else None)
    if year is None:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not m["year"] and published and date > published:
        date = date.replace(year=year - 1)
    return _day(date)


def _same_time(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return previous


def _days_later(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if previous is None:
        return None
    return _day(previous.latest + dt.timedelta(days=_count(m)))


def _next_day(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return _day(previous.latest + dt.timedelta(days=1)) if previous else None


def _days_ago(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return _day(published - dt.timedelta(days=_count(m))) if published else None


def _units_ago(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    """'two weeks ago' (that week), 'three months ago' (that month), 'two years ago' (that year)."""
    if published is None:
        return None
    count = 1 if m["count"].lower() in ("a", "an") else _count(m)
    unit = m["unit"].lower().rstrip("s")
    if unit == "week":
        monday = published - dt.timedelta(weeks=count, days=published.weekday())
        return DateRange(monday, monday + dt.timedelta(days=DAYS_IN_WEEK - 1), WEEK)
    months = count * (12 if unit == "year" else 1)
    year, month = divmod(published.year * 12 + published.month - 1 - months, 12)
    if year < dt.MINYEAR:
        return None
    if unit == "year":
        return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31), MONTH)
    first = dt.date(year, month + 1, 1)
    last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return DateRange(first, last, MONTH)


def _yesterday(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return _day(published - dt.timedelta(days=1)) if published else None


def _last_night(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    """ACLED dates an event that runs overnight by the day it began: the eve of publication."""
    return _day(published - dt.timedelta(days=1)) if published else None


def _today(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return _day(published) if published else None


def _since_month_start(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if published is None:
        return None
    month = MONTHS[m["month"].lower()]
    year = published.year if month <= published.month else published.year - 1
    return DateRange(dt.date(year, month, 1), published, MONTH)


def _this_month(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return DateRange(published.replace(day=1), published, MONTH) if published else None


def _last_week(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if published is None:
        return None
    start_of_week = published - dt.timedelta(days=published.weekday())
    return DateRange(start_of_week - dt.timedelta(days=DAYS_IN_WEEK), start_of_week - dt.timedelta(days=1), WEEK)


def _last_month(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if published is None:
        return None
    last = published.replace(day=1) - dt.timedelta(days=1)
    return DateRange(last.replace(day=1), last, MONTH)


def _last_year(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    """The calendar year before publication: for an event, history."""
    if published is None or published.year <= dt.MINYEAR:
        return None
    return DateRange(dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31), MONTH)


def _this_week(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return DateRange(published - dt.timedelta(days=published.weekday()), published, WEEK) if published else None


def _recent_days(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    return DateRange(published - dt.timedelta(days=RECENT_DAYS), published, WEEK) if published else None


def _recently(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    """'recently liberated': within the couple of weeks before publication."""
    return DateRange(published - dt.timedelta(days=RECENTLY_DAYS), published, MONTH) if published else None


def _weekday(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if published is None:
        return None
    back = (published.weekday() - WEEKDAYS[m["weekday"].lower()]) % DAYS_IN_WEEK
    return _day(published - dt.timedelta(days=back))


def _in_month(m: re.Match[str], published: dt.date | None, previous: DateRange | None) -> DateRange | None:
    if not _is_month_name(m["month"]) or (m["month"] == "May" and not m["year"]):
        return None  # "in May" is a month, but "may" is far more often a verb
    month = MONTHS[m["month"].lower()]
    year = int(m["year"]) if m["year"] else (published.year if published else None)
    if year is None:
        return None
    if not m["year"] and published and month > published.month:
        year -= 1
    first = dt.date(year, month, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    precision = MONTH
    if m["part"]:  # 'in early April' (1-10), 'mid-April' (11-20), 'late April' (21 to the end)
        first, last = _part_of_month(first, last, m["part"].lower())
        precision = WEEK
    if published and last > published:
        last = published
    return DateRange(first, last, precision) if first <= last else None


def _part_of_month(first: dt.date, last: dt.date, part: str) -> tuple[dt.date, dt.date]:
    if part == "early":
        return first, first.replace(day=MONTH_PART_DAYS)
    if part == "mid":
        return first.replace(day=MONTH_PART_DAYS + 1), first.replace(day=2 * MONTH_PART_DAYS)
    return first.replace(day=2 * MONTH_PART_DAYS + 1), last


def _is_month_name(word: str) -> bool:
    """Months are written with a capital; "may" and "march" in lower case are verbs."""
    return word[:1].isupper()


def _count(m: re.Match[str]) -> int:
    value = m["count"].lower()
    return int(value) if value.isdigit() else NUMBER_WORDS[value]


_RESOLVERS = {
    "iso": _iso,
    "day_month": _month_and_day,
    "month_day": _month_and_day,
    "same_time": _same_time,
    "days_later": _days_later,
    "next_day": _next_day,
    "days_ago": _days_ago,
    "units_ago": _units_ago,
    "yesterday": _yesterday,
    "last_night": _last_night,
    "today": _today,
    "since_month_start": _since_month_start,
    "this_month": _this_month,
    "last_week": _last_week,
    "last_month": _last_month,
    "last_year": _last_year,
    "this_week": _this_week,
    "recent_days": _recent_days,
    "recently": _recently,
    "weekday": _weekday,
    "in_month": _in_month,
}
