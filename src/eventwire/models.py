"""The typed records passed between pipeline stages.

Every record is a frozen dataclass. Evidence points into ``Article.text`` by character
offsets (``start``, ``end``), so any fact can be shown highlighted in its sentence, and a
test can check ``text[start:end]``. A few records also keep a copy of the words they
point at, for readers of the store who do not hold the article: ``PlaceMention.text``,
``EventMention.trigger`` and ``EventMention.sentence`` (each equal to the article's text
at its offsets), and ``Claim.speaker`` and ``Claim.cue`` (the words as written, without
offsets yet).

Stage by stage::

    ingest  -> Article | Rejected
    clean   -> Article with Paragraphs (kind, offsets)
    analyse -> ArticleAnalysis (PlaceMentions, EventMentions with Claims and Actors)
    merge   -> Event (EventMentions grouped, status, conflicts)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["title", "body", "quote", "boilerplate", "byline", "bio", "comment"]
EVENT_BEARING_KINDS: frozenset[str] = frozenset({"title", "body", "quote"})

Status = Literal["confirmed", "claimed", "disputed", "denied", "unverified"]
Feature = Literal["city", "region", "country", "continent", "river", "landmark"]  # what kind of place a gazetteer entry is


@dataclass(frozen=True)
class Rejected:
    """An input that could not be processed, and why."""

    source: str
    stage: str
    reason: str


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article; ``text`` is the text every offset points into."""

    article_id: str
    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    geonameid: int
    name: str
    feature: Feature
    country_code: str
    country: str
    admin1: str | None
    admin1_code: str | None
    latitude: float
    longitude: float
    population: int = 0
    approximate: bool = False  # placed near, not at, the place (a village at its hromada's centre)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text and what it resolved to (None when unresolved)."""

    text: str
    start: int
    end: int
    place: Place | None
    confidence: float
    method: str


@dataclass(frozen=True)
class Actor:
    """An actor in ACLED's style: canonical name, side and ACLED ``inter`` code.

    ``role`` (military, police, government, group, organisation, civilians, protesters,
    rioters, unidentified, fixed) and ``country_code`` (the state the actor belongs to,
    or the event's country for civilians and crowds) let ``actors.placed`` write the
    name for the event's country and year; they do not make two actors different.
    ``namesakes`` are the actors of other countries the same words name ('SNA': Somalia's
    army, and Syria's National Army); ``actors.placed`` takes the one of the event's country.
    """

    name: str
    side: str
    inter: int
    role: str | None = field(default=None, compare=False)
    country_code: str | None = field(default=None, compare=False)
    namesakes: tuple[Actor, ...] = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class Attribution:
    """Who says what, as spans of a text: the source ('the governor'), the cue ('said',
    'according to') and the content said. Offsets point into the text the spans were found in;
    a source or content the sentence leaves unsaid is None."""

    cue_start: int
    cue_end: int
    source_start: int | None = None
    source_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None


@dataclass(frozen=True)
class Claim:
    """Who asserts a sentence, with which reporting verb, and how sure they sound.

    ``speaker`` is the phrase as written ("Ukrainian President Volodymyr Zelenskiy");
    ``person`` the public figure it names, spelt one way ("Volodymyr Zelensky"), and
    ``speaks_for`` the ACLED actor name of the body they speak for. ``speaker_at`` and
    ``cue_at`` are where the speaker (or the pronoun standing for a speaker named before)
    and the cue are written, as (start, end) offsets into the article; None when the
    sentence does not write them ('quoted' speech carried from an earlier paragraph).
    """

    speaker: str | None
    party: str | None
    cue: str | None
    hedges: tuple[str, ...] = ()
    denial: bool = False
    cue_is_main: bool = True  # the cue governs the whole sentence, not one clause of it
    person: str | None = None
    speaks_for: str | None = None
    speaker_at: tuple[int, int] | None = field(default=None, compare=False)
    cue_at: tuple[int, int] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Evidence:
    """A span of an article that a fact of an event mention rests on: its trigger, place,
    speaker, reporting cue, a hedge or the death toll (offsets into ``Article.text``)."""

    kind: Literal["trigger", "place", "speaker", "cue", "hedge", "fatalities"]
    start: int
    end: int


@dataclass(frozen=True)
class DateRange:
    earliest: dt.date
    latest: dt.date
    time_precision: int  # ACLED: 1 day, 2 week, 3 month

    @property
    def day(self) -> dt.date | None:
        return self.earliest if self.earliest == self.latest else None

    def meets(self, other: DateRange, tolerance_days: int = 0) -> bool:
        """The two ranges overlap, or leave fewer than ``tolerance_days`` between them. Days
        are compared as differences, which stay in the calendar for any two dates."""
        return (other.earliest - self.latest).days <= tolerance_days and (self.earliest - other.latest).days <= tolerance_days


@dataclass(frozen=True)
class EventMention:
    """One report of one event, in one sentence of one article."""

    mention_id: str
    article_id: str
    start: int  # sentence offsets in Article.text
    end: int
    trigger: str
    trigger_start: int
    event_type: str | None  # None for a political interaction ACLED does not code (see plover_type)
    sub_event_type: str | None
    disorder_type: str | None
    actor1: Actor | None
    actor2: Actor | None
    place: PlaceMention | None
    geo_precision: int | None
    date: DateRange | None
    fatalities: int | None
    claim: Claim
    paragraph_kind: str
    sentence: str
    plover_type: str | None = None
    confidence: float = 1.0  # that the sentence reports an event that happened (events.confidence)
    confidence_features: tuple[tuple[str, float], ...] = field(default=(), compare=False)  # what the confidence rests on; not stored


@dataclass(frozen=True)
class DroppedCandidate:
    """A trigger the events stage read and did not code as an event, and why (for the analyst)."""

    start: int  # sentence offsets in Article.text
    end: int
    trigger: str
    trigger_start: int
    reason: str
    coded_as: str | None = None  # the sub-event or PLOVER type it would have had


@dataclass(frozen=True)
class ArticleAnalysis:
    """What the understanding stages found in one cleaned article."""

    article: Article
    places: tuple[PlaceMention, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    dropped: tuple[DroppedCandidate, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """A disagreement between sources: the competing values and who gives each."""

    field: str
    values: tuple[tuple[str, tuple[str, ...]], ...]  # (value, mention ids)


@dataclass(frozen=True)
class Event:
    """One real-world event, merged from every mention that reports it."""

    event_id: str
    block: str
    mentions: tuple[EventMention, ...]
    event_type: str | None
    sub_event_type: str | None
    disorder_type: str | None
    actor1: Actor | None
    actor2: Actor | None
    place: PlaceMention | None
    geo_precision: int | None
    date: DateRange | None
    fatalities: int
    fatalities_reported: tuple[int, ...]
    status: Status
    status_rule: str
    conflicts: tuple[Conflict, ...] = ()
    plover_type: str | None = None
    confidence: float = 1.0  # that it happened: its independent accounts' confidences combined


@dataclass(frozen=True)
class RunSummary:
    """What one ``eventwire.run`` did."""

    articles_read: int
    articles_new: int
    duplicates: int
    rejected: tuple[Rejected, ...]
    event_mentions: int
    events: int
    seconds: float
    db_url: str
    out_dir: str | None
    outputs: tuple[str, ...] = field(default=())
    already_stored: int = 0  # articles read that an earlier run had stored: skipped

    @property
    def exit_code(self) -> int:
        """0 when every input was taken; 1 when some were rejected, or none was found."""
        return 1 if self.rejected or not self.articles_read else 0
