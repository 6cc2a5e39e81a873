"""Merge: one event per real-world event, from every mention that reports it.

Mentions are blocked by ``block_of`` (the sub-event family and the place), so a new
article is only compared with the stored mentions of its own blocks (and the store
asks only for those whose dates meet, see ``slack_days``). Within a block, mentions
are sorted (by date range, then id) and grouped: a mention joins a group when its
date range meets the group's core range (the intersection of its members' ranges),
within ``window_days`` for changes of territory, when the two agree on which side
gained, name no different targets ("a market", "a power plant") and, for one-sided
violence, no different perpetrator unless the sides blame each other. Each group then
splits into the stories its wording tells (``_Stories``): reports in other articles
are linked by near-copy wording or sentence vectors, an article's own sentences
about a place elaborate it. Sorting and linking make the result independent of input
order, and an event's id is a hash of its mention ids, so the same evidence gives the
same id.

Each event gets ACLED's conservative fatality count, every figure reported, the
conflicts between its sources (tolls, days, extent of control, denials, who did
it), and a status with the rule that produced it (``decide_status``).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from .actors import NOT_NAMED
from .attribution import side_of_claim
from .dates import DAY, MONTH, WEEK
from .evidence import refers_back
from .lexicon.events import (
    ADMISSION_CUE,
    FULL_CONTROL,
    INDEPENDENT_PARTIES,
    NEARLY,
    ONE_SIDED_FAMILIES,
    PARTIAL_CONTROL,
    TARGETS,
    UNVERIFIED_HEDGES,
    WIDER_AREA,
    WORD,
)
from .models import Conflict, DateRange, Event, EventMention, Status
from .settings import DEFAULTS
from .taxonomy import POLITICAL_FAMILY_PREFIX, SUB_EVENT_TYPES, family_of, sub_event

if TYPE_CHECKING:  # numpy comes with the sentence vectors, imported only when a merge needs them
    import numpy as np

EVENT_ID_HEX_CHARS = 16
SYNDICATED_SIMILARITY = 90  # rapidfuzz ratio of two reports' sentences at which one is a copy of the other
TERRITORY_BLOCK_PREFIX = "territory|"
DAYS_IN_WEEK = 7
SUB_EVENT_ORDER = {s.name: i for i, s in enumerate(SUB_EVENT_TYPES)}
SAME_STORY = 0.35  # sentence-vector cosine below which two reports tell different stories
SAME_STORY_BORROWED = 0.45  # across articles, a report whose place comes from its paragraph
VECTOR_CACHE_SIZE = 20_000
UNPLACED = "unplaced"  # the block place of reports with no place
NEAR_COPY = 0.6  # share of distinct words two sentences have in common: wire copy, lightly edited


def block_of(mention: EventMention) -> str:
    """The merge block: sub-event family and place (``unplaced`` when it has none: only an
    article's own sentences and near copies of one sentence merge there)."""
    family = _family(mention)
    place = mention.place.place if mention.place else None
    where = str(place.geonameid) if place else UNPLACED
    return f"{family}|{where}"


def merge_mentions(mentions: Iterable[EventMention], window_days: int = DEFAULTS.merge_window_days) -> list[Event]:
    """All events from ``mentions``, block by block; the same set gives the same events."""
    blocks: dict[str, list[EventMention]] = {}
    for mention in mentions:
        blocks.setdefault(block_of(mention), []).append(mention)
    return [event for block in sorted(blocks) for event in merge_block(block, blocks[block], window_days)]


def slack_days(block: str, window_days: int) -> int:
    """How many days apart two reports' dates may lie and still tell one event: changes of
    territory are reported late and loosely (``window_days``); everything else must overlap."""
    return window_days if block.startswith(TERRITORY_BLOCK_PREFIX) else 0


def merge_block(block: str, mentions: list[EventMention], window_days: int = DEFAULTS.merge_window_days) -> list[Event]:
    """The events of one block: mentions, in date order, form groups of compatible reports
    (dates, side gaining, targets); each group then splits into the stories its wording tells."""
    tolerance = slack_days(block, window_days)
    groups: list[_Group] = []
    targeted = [(mention, targets_of(mention)) for mention in mentions]
    for mention, targets in sorted(targeted, key=_sort_key):
        group = max((g for g in groups if g.accepts(mention, targets, tolerance)), key=lambda g: g.days_shared(mention), default=None)
        if group is None:
            groups.append(_Group(mention, targets))
        else:
            group.add(mention, targets)
    stories = [_Stories(g.members) for g in groups]
    unsettled = [s for s in stories if not s.settled]
    comparable = [m.sentence for s in unsettled for m in s.members if _placed_firmly(m)]
    vectors = _vectors_of(comparable) if comparable else {}
    for story in unsettled:
        story.link_by_wording(vectors)
    return [build_event(block, members) for s in stories for members in s.stories()]


@dataclass(frozen=True)
class Regrouping:
    """An analyst's split or merge (``review``), applied after every merge of its block:
    ``join`` puts the events holding any of these mentions together in one event; ``split``
    takes these mentions out of any event that holds others, into an event of their own."""

    kind: str  # join | split
    mention_ids: frozenset[str]


def regrouped(block: str, merged: list[Event], regroupings: Iterable[Regrouping]) -> list[Event]:
    """The block's events after the analysts' splits and merges, applied in the order made."""
    found = list(merged)
    for regrouping in regroupings:
        touched = [e for e in found if any(m.mention_id in regrouping.mention_ids for m in e.mentions)]
        if regrouping.kind == "join" and len(touched) > 1:
            found = [e for e in found if e not in touched] + [build_event(block, [m for e in touched for m in e.mentions])]
        elif regrouping.kind == "split":
            for event in touched:
                inside = [m for m in event.mentions if m.mention_id in regrouping.mention_ids]
                outside = [m for m in event.mentions if m.mention_id not in regrouping.mention_ids]
                if outside:
                    found = [e for e in found if e is not event] + [build_event(block, inside), build_event(block, outside)]
    return found


def _loosely_placed(mention: EventMention) -> bool:
    """Placed by the article's focus (precision 3) or at a whole country: the place says little."""
    return mention.geo_precision == 3 or (mention.place is not None and mention.place.place is not None and mention.place.place.feature == "country")


def _placed_firmly(mention: EventMention) -> bool:
    """Placed at a town or region its article gives: a place that can tie two articles' reports."""
    return mention.place is not None and mention.place.place is not None and not _loosely_placed(mention)


def _names_its_place(mention: EventMention) -> bool:
    return mention.place is not None and mention.start <= mention.place.start < mention.end


def _elaborates(a: EventMention, b: EventMention) -> bool:
    """An article's own sentences about one place, of one kind, on the same days tell one story
    ('Russian shelling of Bakhmut killed three.' 'He said artillery fire damaged a school in the
    town.'), as ACLED codes one event per place, day and kind; not when the place says little
    (the article's focus, a whole country), unless the later of the two refers back to the
    earlier, which does not ('a Russian man was detained in Belarus ...' 'his arrest was made
    possible ...')."""
    if a.article_id != b.article_id:
        return False
    first, then = sorted((a, b), key=lambda m: m.trigger_start)
    return (not _loosely_placed(a) and not _loosely_placed(b)) or (refers_back(then) and not refers_back(first))


class _Stories:
    """A group's members linked, directly or through others, by telling the same story: an
    article's own sentences about a place elaborate its report, near copies of a sentence
    are one report; other reports must be worded alike (``link_by_wording``, sentence
    vectors, needed only when the first links leave the group in pieces, and never for
    reports placed only by an article's focus, at a whole country or nowhere). Links do not depend
    on input order."""

    def __init__(self, members: list[EventMention]) -> None:
        self.members = members
        self.root = list(range(len(members)))
        self._link(lambda a, b: _elaborates(a, b) or _near_copies(a, b))

    @property
    def settled(self) -> bool:
        return len({self._find(i) for i in range(len(self.members))}) <= 1

    def link_by_wording(self, vectors: dict[str, np.ndarray]) -> None:
        self._link(lambda a, b: _placed_firmly(a) and _placed_firmly(b) and _worded_alike(a, b, float(vectors[a.sentence] @ vectors[b.sentence])))

    def stories(self) -> list[list[EventMention]]:
        found: dict[int, list[EventMention]] = {}
        for i, member in enumerate(self.members):
            found.setdefault(self._find(i), []).append(member)
        return sorted(found.values(), key=lambda story: min(m.mention_id for m in story))

    def _link(self, same_story) -> None:
        for i, j in itertools.combinations(range(len(self.members)), 2):
            if self._find(i) != self._find(j) and same_story(self.members[i], self.members[j]):
                self.root[self._find(i)] = self._find(j)

    def _find(self, i: int) -> int:
        while self.root[i] != i:
            self.root[i] = self.root[self.root[i]]
            i = self.root[i]
        return i


def _near_copies(a: EventMention, b: EventMention) -> bool:
    """Two articles running the same wire sentence: the same story, no vectors needed. For
    reports placed only by an article's focus or at a whole country, the only link: their
    place says too little to merge them on meaning."""
    words_a, words_b = _words(a.sentence), _words(b.sentence)
    return len(words_a & words_b) >= NEAR_COPY * len(words_a | words_b)


@functools.lru_cache(maxsize=4096)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(WORD.findall(sentence.lower()))


def _worded_alike(a: EventMention, b: EventMention, similarity: float) -> bool:
    """Across articles a place borrowed from the paragraph asks for closer wording; within
    one article it asks only the usual floor."""
    borrowed = not (_names_its_place(a) and _names_its_place(b)) and a.article_id != b.article_id
    return similarity >= (SAME_STORY_BORROWED if borrowed else SAME_STORY)


_vector_cache: dict[str, np.ndarray] = {}


def _vectors_of(sentences: list[str]) -> dict[str, np.ndarray]:
    """Unit vectors by sentence, from a bounded per-process cache (a re-merge reuses them)."""
    from .vectors import embed

    missing = sorted({s for s in sentences if s not in _vector_cache})
    if missing:
        if len(_vector_cache) + len(missing) > VECTOR_CACHE_SIZE:
            _vector_cache.clear()
        _vector_cache.update(zip(missing, embed(missing)))
    return {s: _vector_cache[s] for s in sentences}


def _sort_key(targeted: tuple[EventMention, frozenset[str]]) -> tuple:
    """Date order; on the same dates, reports naming what was hit come first, so that each
    target starts its own event before the reports that name none choose among them."""
    mention, targets = targeted
    date = mention.date
    return (date.earliest if date else dt.date.max, date.latest if date else dt.date.max, not targets, mention.mention_id)


class _Group:
    def __init__(self, first: EventMention, targets: frozenset[str]) -> None:
        self.members = [first]
        self.core = first.date
        self.gainer = _gaining_side(first)
        self.targets = targets

    def accepts(self, mention: EventMention, targets: frozenset[str], tolerance_days: int) -> bool:
        if self.core is None or mention.date is None:
            if not (self.core is None and mention.date is None):
                return False
        elif not self.core.meets(mention.date, tolerance_days):
            return False
        side = _gaining_side(mention)
        if self.gainer and side and side != self.gainer:
            return False
        if self.targets and targets and not self.targets & targets:
            return False  # a strike on a market and one on a power plant
        return self._same_perpetrator_or_blamed(mention)

    def days_shared(self, mention: EventMention) -> int:
        """How many days the group's core and the mention's dates have in common: a report of
        16-17 August fits the depot blast of 10-17 August better than the airbase blast of
        3-10 August it also touches."""
        if self.core is None or mention.date is None:
            return 0
        return (min(self.core.latest, mention.date.latest) - max(self.core.earliest, mention.date.earliest)).days

    def _same_perpetrator_or_blamed(self, mention: EventMention) -> bool:
        """One-sided violence by another perpetrator is another event, unless the two sides
        blame each other for it ('Moscow blames Kyiv for the blast', 'Kyiv blames Moscow');
        a political interaction by another actor is always another event."""
        family = _family(mention)
        if mention.actor1 is None or not _names_its_doer(mention) or (family not in ONE_SIDED_FAMILIES and not family.startswith(POLITICAL_FAMILY_PREFIX)):
            return True
        others = [m for m in self.members if m.actor1 is not None and _names_its_doer(m) and m.actor1.name != mention.actor1.name]
        if family.startswith(POLITICAL_FAMILY_PREFIX):
            return not others  # 'Lavrov accused the US', 'the Pentagon accused Putin': two accusations
        claimant = side_of_claim(mention.claim)
        return all(claimant != "neutral" and side_of_claim(m.claim) not in ("neutral", claimant) for m in others)

    def add(self, mention: EventMention, targets: frozenset[str]) -> None:
        self.members.append(mention)
        self.gainer = self.gainer or _gaining_side(mention)
        self.targets |= targets
        if self.core is not None and mention.date is not None:
            earliest, latest = max(self.core.earliest, mention.date.earliest), min(self.core.latest, mention.date.latest)
            if earliest <= latest:
                self.core = DateRange(earliest, latest, _precision(earliest, latest))


def _gaining_side(mention: EventMention) -> str | None:
    if _family(mention) != "territory" or mention.actor1 is None:
        return None
    return mention.actor1.side


def targets_of(mention: EventMention) -> frozenset[str]:
    """What the attack hit, as the words next to its trigger name it ('market', 'power plant');
    changes of territory have none."""
    if _family(mention) == "territory":
        return frozenset()
    text = _claim_text(mention)
    return frozenset(name for name, pattern in TARGETS if pattern.search(text))


def _precision(earliest: dt.date, latest: dt.date) -> int:
    days = (latest - earliest).days
    return DAY if days == 0 else WEEK if days <= DAYS_IN_WEEK else MONTH


def build_event(block: str, members: list[EventMention]) -> Event:
    members = sorted(members, key=lambda m: m.mention_id)
    reported = tuple(sorted({m.fatalities for m in members if m.fatalities is not None}))
    found = (_fatality_conflict(members), _date_conflict(members), _extent_conflict(members), _denial_conflict(members), _responsibility_conflict(members))
    conflicts = tuple(c for c in found if c)
    accounts = independent_accounts(members)
    status, rule = decide_status(members, conflicts, len(accounts))
    sub = _chosen_sub_event_type(members)
    coded = sub_event(sub) if sub else None
    home = block.partition("|")[2]  # the block's place: a merged-in report from elsewhere (``regrouped``) does not move the event
    best_place = min(
        members,
        key=lambda m: (_place_id(m) != home, m.geo_precision or 9, -(m.place.confidence if m.place else 0), m.mention_id),
    )
    return Event(
        event_id=hashlib.sha1(",".join(m.mention_id for m in members).encode()).hexdigest()[:EVENT_ID_HEX_CHARS],
        block=block,
        mentions=tuple(members),
        event_type=coded.event_type if coded else None,
        sub_event_type=sub,
        disorder_type=coded.disorder_type if coded else None,
        plover_type=coded.plover if coded else _majority(m.plover_type for m in members),
        actor1=_majority_or_none(m.actor1 for m in members if m.sub_event_type == sub and _names_its_doer(m))
        or _majority_or_none(
            m.actor1 for m in members if m.sub_event_type and _names_its_doer(m)
        )  # 'salvos' named no attacker; 'the strikes' Putin presented did
        or _majority_or_none(m.actor1 for m in members if m.sub_event_type == sub),  # an unclaimed bomb's: 'Unidentified Armed Group (Syria)'
        actor2=_majority_or_none(m.actor2 for m in members if m.sub_event_type == sub),
        place=best_place.place,
        geo_precision=best_place.geo_precision,
        date=_core_date(members),
        fatalities=min(reported) if reported else 0,
        fatalities_reported=reported,
        status=status,
        status_rule=rule,
        conflicts=conflicts,
        confidence=combined_confidence(accounts),
    )


def _place_id(mention: EventMention) -> str | None:
    return str(mention.place.place.geonameid) if mention.place and mention.place.place else None


def independent_accounts(members: list[EventMention]) -> list[list[EventMention]]:
    """The members grouped by who tells them: an article is one account, and articles whose
    sentences are near-identical (syndicated copies of one wire story) are one account."""
    by_article: dict[str, list[EventMention]] = {}
    for m in members:
        by_article.setdefault(m.article_id, []).append(m)
    accounts: list[list[EventMention]] = []
    for mentions in by_article.values():
        copy_of = next((a for a in accounts if any(_copies(m, other) for m in mentions for other in a)), None)
        if copy_of is None:
            accounts.append(list(mentions))
        else:
            copy_of.extend(mentions)
    return accounts


def _copies(a: EventMention, b: EventMention) -> bool:
    return fuzz.ratio(" ".join(a.sentence.casefold().split()), " ".join(b.sentence.casefold().split())) >= SYNDICATED_SIMILARITY


def combined_confidence(accounts: list[list[EventMention]]) -> float:
    """1 minus the chance that every independent account is wrong, each as sure as its surest mention."""
    doubt = 1.0
    for account in accounts:
        doubt *= 1 - max(m.confidence for m in account)
    return round(1 - doubt, 3)


def _family(mention: EventMention) -> str:
    return family_of(mention.sub_event_type, mention.plover_type)


def _chosen_sub_event_type(members: list[EventMention]) -> str | None:
    """The members' majority; but a town retaken by force stays so when others report only the withdrawal.

    'Russian troops left Izium' and 'Ukrainian forces recaptured Izium' tell one change of
    hands from two sides; ACLED codes it as the battle it was.
    """
    names = [m.sub_event_type for m in members if m.sub_event_type]
    if not names:
        return None  # a political interaction: PLOVER type only
    by_force = [n for n in names if n in ("Government regains territory", "Non-state actor overtakes territory")]
    sureness: dict[str | None, float] = defaultdict(float)
    for member in members:
        sureness[member.sub_event_type] += member.confidence
    return _majority(
        by_force or names, key=lambda name: (-sureness[name], SUB_EVENT_ORDER[name])
    )  # a tie goes to the surer reports: 'the strikes' Putin presented over 'two days of intense bombing'


def _core_date(members: list[EventMention]) -> DateRange | None:
    dated = [m.date for m in members if m.date is not None]
    if not dated:
        return None
    precise = min(dated, key=lambda d: ((d.latest - d.earliest).days, d.earliest))
    earliest = max(d.earliest for d in dated)
    latest = min(d.latest for d in dated)
    if earliest <= latest:
        return DateRange(earliest, latest, _precision(earliest, latest))
    days = [d.day for d in dated if d.day is not None]
    if days:
        return next(d for d in dated if d.day == _majority(days))  # sources disagree on the day: most say it (ties: the earliest); the conflict is listed
    return precise


def _majority(values: Iterable, key=lambda v: v):
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], key(v)))


def _names_its_doer(mention: EventMention) -> bool:
    """Whether the report says who did it: an unclaimed bomb's unidentified armed group is ACLED's
    name for a doer no report named (side ``actors.NOT_NAMED``, which the store keeps), and another
    report of the same blast may name one. Unknown gunmen a text tells of are told, and stay apart
    ('We have found more than 50 bodies', of Lyman, is no source of a market attack by Russia)."""
    return mention.actor1 is not None and mention.actor1.side != NOT_NAMED


def _majority_or_none(values: Iterable):
    present = [v for v in values if v is not None]
    return _majority(present, key=lambda a: a.name) if present else None


def _values_conflict(field: str, values: dict[str, list[str]]) -> Conflict | None:
    if len(values) < 2:
        return None
    return Conflict(field, tuple((value, tuple(sorted(ids))) for value, ids in sorted(values.items())))


def _fatality_conflict(members: list[EventMention]) -> Conflict | None:
    values: dict[str, list[str]] = {}
    for m in members:
        if m.fatalities is not None:
            values.setdefault(str(m.fatalities), []).append(m.mention_id)
    return _values_conflict("fatalities", values)


def _date_conflict(members: list[EventMention]) -> Conflict | None:
    values: dict[str, list[str]] = {}
    for m in members:
        if m.date is not None and m.date.day is not None:
            values.setdefault(m.date.day.isoformat(), []).append(m.mention_id)
    return _values_conflict("event_date", values)


def _extent_conflict(members: list[EventMention]) -> Conflict | None:
    if not members or _family(members[0]) != "territory":
        return None
    values: dict[str, list[str]] = {}
    for m in members:
        extent = extent_claimed(m)
        if extent:
            values.setdefault(extent, []).append(m.mention_id)
    return _values_conflict("extent", values)


def extent_claimed(mention: EventMention) -> str | None:
    """'partial control' or 'full control', when the words around the trigger say how much
    of the place changed hands; not 'almost the entire region' nor 'part of the province'."""
    window = _claim_window(mention)
    text = mention.sentence[window]
    found = [
        extent
        for extent, pattern in (("partial control", PARTIAL_CONTROL), ("full control", FULL_CONTROL))
        for match in pattern.finditer(text)
        if _qualifies_the_place(mention.sentence, window.start + match.start(), window.start + match.end())
    ]
    return found[0] if len(set(found)) == 1 else None


def _qualifies_the_place(sentence: str, start: int, end: int) -> bool:
    """The word of extent at ``start:end`` of the sentence qualifies the place, not a wider area
    ('the entire northern region of Kharkiv', read to its end even past the claim's window)."""
    return not NEARLY.search(sentence[:start]) and not WIDER_AREA.match(sentence[end:])


def _denial_conflict(members: list[EventMention]) -> Conflict | None:
    """Some sources deny what others report: both accounts, each with its sources."""
    values: dict[str, list[str]] = {}
    for m in members:
        values.setdefault("denied" if m.claim.denial else "reported", []).append(m.mention_id)
    return _values_conflict("denial", values)


def _responsibility_conflict(members: list[EventMention]) -> Conflict | None:
    """Attributed sources that name different perpetrators of one attack."""
    if not members or _family(members[0]) == "territory" or members[0].sub_event_type is None:
        return None
    values: dict[str, list[str]] = {}
    for m in members:
        if m.actor1 is not None and m.claim.speaker and _names_its_doer(m):
            values.setdefault(m.actor1.name, []).append(m.mention_id)
    return _values_conflict("actor1", values)


def _claim_text(mention: EventMention) -> str:
    """The part of the sentence nearest the trigger: what this source says, not its neighbour."""
    return mention.sentence[_claim_window(mention)]


CLAIM_REACH = 60  # characters either side of the trigger


def _claim_window(mention: EventMention) -> slice:
    local = mention.trigger_start - mention.start
    return slice(max(0, local - CLAIM_REACH), local + CLAIM_REACH)


def decide_status(members: list[EventMention], conflicts: tuple[Conflict, ...], accounts: int) -> tuple[Status, str]:
    """The status of an event and the rule that decided it, first rule that applies; ``accounts``:
    how many independent accounts tell it (``independent_accounts``)."""
    sides = {side_of_claim(m.claim) for m in members if m.claim.party}
    partisan = sides - {"neutral"}
    parties = {m.claim.party for m in members if m.claim.party}
    if any(c.field == "extent" for c in conflicts):
        return "disputed", "sources disagree on the extent of control"
    blame = next((c for c in conflicts if c.field == "actor1"), None)
    if blame is not None and _sides_blame_each_other(blame, members):
        return "disputed", "the sides blame different perpetrators"
    denier = next((m for m in members if m.claim.denial and m.actor1 and side_of_claim(m.claim) == m.actor1.side.lower()), None)
    independent = next((m for m in members if not m.claim.denial and m.claim.party in INDEPENDENT_PARTIES), None)
    if denier is not None and independent is not None:
        return "confirmed", f"{independent.claim.speaker} ({independent.claim.party}) reports it though the accused side ({denier.claim.speaker}) denies it"
    if denier is not None:
        return "denied", f"the accused side ({denier.claim.speaker}) denies it"
    if all(m.claim.denial and m.sub_event_type is not None for m in members):
        return "denied", "every source denies it"  # not a statement ('Kyiv rejected the offer'): that is the event itself
    admitting = next((m for m in members if _admits_against_interest(m)), None)
    if admitting is not None:
        return "confirmed", f"{admitting.claim.speaker} ({admitting.claim.party}) admits what goes against its side"
    if len(partisan) >= 2:
        return "confirmed", "sources of both sides report it"
    if parties & INDEPENDENT_PARTIES and len(parties) >= 2 and accounts >= 2:  # one article's two quotes may be two stories it tells
        return "confirmed", "independent sources of different parties agree"
    if all(set(m.claim.hedges) & UNVERIFIED_HEDGES for m in members):
        return "unverified", "the reporting says it could not verify the claims, or calls them unconfirmed"
    if len(partisan) == 1:
        side = next(iter(partisan))
        return "claimed", f"only {side}-side sources report it"
    if accounts >= 2 and not any(m.claim.hedges for m in members):
        return "confirmed", "reported as fact by several independent articles"
    return "claimed", _whose_claim(members, parties)


def _sides_blame_each_other(blame: Conflict, members: list[EventMention]) -> bool:
    """Each side's sources name a different perpetrator: 'Moscow blames Kyiv', 'Kyiv blames Moscow'."""
    side_by_mention = {m.mention_id: side_of_claim(m.claim) for m in members}
    sides_per_value = [{side_by_mention[i] for i in ids} - {"neutral"} for _, ids in blame.values]
    partisan = [sides for sides in sides_per_value if sides]
    return len(partisan) >= 2 and not set.intersection(*partisan)


def _whose_claim(members: list[EventMention], parties: set[str]) -> str:
    """Who alone reports an event no other party confirms: a publisher in its own voice, or
    sources of one kind (media, officials of a third country, anonymous sources)."""
    articles = len({m.article_id for m in members})
    if not parties:
        told = "one article reports it in its own voice" if articles == 1 else f"{articles} articles report it with hedges"
        return told + ", naming no source"
    named = ", ".join(sorted(p.replace("_", " ") for p in parties))
    return f"only {named} sources report it; no other party confirms it"


def _admits_against_interest(mention: EventMention) -> bool:
    """A side reporting its own loss: Russia's ministry confirming or acknowledging a
    Russian retreat, pro-Russian bloggers reporting that Russian troops left a town."""
    side = side_of_claim(mention.claim)
    loser = mention.actor2 if _family(mention) == "territory" else None
    if loser is None or side == "neutral" or loser.side.lower() != side or mention.claim.denial:
        return False
    if mention.place is None or mention.place.place is None or mention.place.place.feature not in ("city", "region"):
        return False  # 'Russia announced a pullback of troops' (from 'Europe'): no ground given up
    own_withdrawal = mention.sub_event_type == "Non-violent transfer of territory"
    return own_withdrawal or bool(mention.claim.cue and ADMISSION_CUE.match(mention.claim.cue))
