"""Events: find the events each sentence reports and code them as ACLED does.

For every sentence of reporting (title, body or quote paragraphs):

1. **Triggers** (``events.triggers``): words whose lemma names an event ("recapture",
   "shell", "arrest"), from ``lexicon.events.TRIGGERS``; compound modifiers ("riot gear")
   are not triggers.
2. **Not an event** (``events.assertion``): a trigger governed by a modal ("would retake"), an intention or
   prediction verb ("preparing to liberate", "expected ... to fall"), "if", a negation,
   a question, a comparison or background ("since", "in 2014", "in the spring",
   "early stages of the war") is recognised and dropped; so is what ``events.reported``
   finds not literal, realis, specific or recent (figures of speech, feared or prevented
   events, habits and totals, the war as a whole, history). Every dropped candidate is kept
   with its reason (``DroppedCandidate``).
3. **Type** (``events.coding``, with ``events.agents`` for who did it to whom): the trigger's kind and the sentence's cues (weapons, who acts on whom:
   armed men on civilians, crowds on police) choose the ACLED sub-event type
   (``taxonomy``); the project's classifier (``classify``) may overrule the rules when
   much surer, except where the rules rest on what it cannot see (``Coded.firm``), and
   codes alone a trigger the rules cannot. Political interactions get a PLOVER type.
4. **Place**: the most precise settlement named for the event, from ``events.places``;
   with no place of its own, an earlier report of the same kind of event, the paragraph,
   the country or region the sentence sets things in, or the article's country gives one
   (``FallbackPlaces``). A political interaction is placed only where it happened (a venue,
   a visited place, a dateline), else nowhere.
5. **Date** (``events.dating``), **actors** (placed in the event's country and year; a strike
   whose sentence names no attacker takes the one attacker the article names for its other
   strikes of that sub-type in that country),
   **fatalities** (the event's own, never a war's total) and **attribution** from their own
   modules.
6. **Confidence** (``events.confidence``): how sure that the mention reports what happened,
   once the whole article has been read.

Every mention keeps its sentence offsets and trigger, so it can be shown in context.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from .. import actors as act
from ..attribution import SpeakerMemory, attribute, claim_for_trigger, paragraph_hedges
from ..classify import load_classifier
from ..dates import plausible_published, plausible_range, resolve_date
from ..evidence import refers_back
from ..geo.gazetteer import Gazetteer
from ..lexicon.events import (
    AIM_VERBS,
    CASUALTY_LEMMAS,
    COUNTER_PROTEST,
    DISAPPEARED,
    ELSEWHERE_OPENING,
    HARM_DONE_TO_CAPTIVES,
    HIM_OR_THEM,
    INTENTION_PHRASE,
    LATER_BEFORE_TRIGGER,
    MILITARY_FACILITIES,
    PEOPLE_HURT,
    PLACE_NAME_AFTER_PREPOSITION,
    PROTEST_S_PEOPLE,
    REMOTE_TALK_WORDS,
    RIOT_S_CROWD,
    SEIZING_VERBS,
    SUPPORTING_VERBS,
    THE_CROWD,
    TRIGGERS,
    VICTIM_WORDS,
)
from ..models import Article, Claim, DateRange, DroppedCandidate, EventMention, PlaceMention
from ..parse import paragraph_text, span_text
from ..phrases import actors_within, spans_within, text_of
from ..taxonomy import SubEventType, family_of, sub_event
from .agents import (
    FRONT_SUB_EVENT_TYPES,
    INTERNATIONAL,
    acted_on_phrases,
    acts_on_a_person,
    at_home_of_their_enemy,
    crowd_nationality,
    home_of,
    nation_of_migrants,
    nation_of_the_displaced,
    objects_of,
    of_the_state_named,
    placed,
    sides_across_the_front,
)
from .assertion import background_governors, has_own_substance, is_a_headline, is_history, unasserted_reason
from .coding import Coded, code, code_detected, code_tagged, note_tag, takes_as_non_state
from .confidence import features, load_confidence_model, reports_events, with_article_signal
from .dating import date_for, date_told_after, plainly_after, time_before
from .places import FallbackPlaces, event_places, places_named_in, where_it_happened
from .reported import (
    REFERENCE,
    clause_of,
    fatalities_of_the_event,
    has_own_time,
    is_a_reference,
    is_country_name,
    not_an_interaction_because,
    not_reported_because,
)
from .triggers import detected_event_verb, is_ground, names_people, told_as_days_before, triggers_in

MENTION_ID_HEX_CHARS = 16
ONE_VIOLENT_EVENT_TYPES = frozenset({"Explosions/Remote violence"})  # one blast, whichever words name it
CONTEXT_BASES = {2: "paragraph", 3: "article", None: "none"}  # what placed a mention, by the precision the fallback gave


def find_event_mentions(
    article: Article, sentences: Iterable[tuple[Span, int, str]], places: list[PlaceMention], gazetteer: Gazetteer | None = None
) -> list[EventMention]:
    """Event mentions in the article's parsed sentences ``(sentence, offset, paragraph kind)``."""
    return find_event_candidates(article, sentences, places, gazetteer)[0]


def find_event_candidates(
    article: Article, sentences: Iterable[tuple[Span, int, str]], places: list[PlaceMention], gazetteer: Gazetteer | None = None
) -> tuple[list[EventMention], list[DroppedCandidate]]:
    """Event mentions in the article's parsed sentences ``(sentence, offset, paragraph kind)``,
    and the coded candidates dropped as no report of a real event, each with its reason.

    With a ``gazetteer``, a political interaction whose clause names no town is placed at
    the seat of the government or organisation acting (ACLED's practice for statements).
    A publication date no report can have (before 1900, after tomorrow) counts as unknown.
    The war in Ukraine's defaults hold only in an article placing something in Ukraine or
    Russia, or nothing (``actors.reports_set_in``).
    """
    with act.reports_set_in({p.place.country_code for p in places if p.place is not None and p.place.country_code}):
        return _event_candidates(article, sentences, places, gazetteer)


def _event_candidates(
    article: Article, sentences: Iterable[tuple[Span, int, str]], places: list[PlaceMention], gazetteer: Gazetteer | None
) -> tuple[list[EventMention], list[DroppedCandidate]]:
    if article.published != plausible_published(article.published):
        article = replace(article, published=None)
    memory = SpeakerMemory()
    fallback = FallbackPlaces(places, gazetteer)
    found: list[EventMention] = []
    dropped: list[DroppedCandidate] = []
    previous_date: DateRange | None = None
    previous_paragraph: int | None = None
    hedges: tuple[str, ...] = ()
    paragraph_before: int = 0  # where the paragraph before this one starts
    for sentence, offset, kind in sentences:
        if offset != previous_paragraph:
            paragraph_before = previous_paragraph if previous_paragraph is not None else offset
            previous_date, previous_paragraph = None, offset
            hedges = paragraph_hedges(paragraph_text(sentence.doc))  # once a paragraph
        date = resolve_date(span_text(sentence), article.published, previous_date)
        after_event = bool(found) and found[-1].start >= offset  # an event earlier in this paragraph
        triggers = triggers_in(sentence)
        toll_only = after_event and _reports_only_a_toll(triggers)
        if triggers and _a_fragment(sentence, kind, date):
            dropped.extend(_dropped(sentence, offset, t, FRAGMENT) for t in triggers)
            triggers = []  # 'And what do we see? Shells and bullets from the other side.'
        mentions = [] if toll_only else list(_mentions_in(article, sentence, triggers, offset, kind, places, previous_date, memory, hedges, fallback, dropped))
        if previous_date is None and date is None and not any(m.event_type and m.start >= paragraph_before for m in found):
            later = [m for m in mentions if m.event_type and _told_after_an_untold_act(m)]  # 'later, he met Zelensky': a visit's day goes on
            dropped.extend(DroppedCandidate(m.start, m.end, m.trigger, m.trigger_start, AFTER_AN_UNTOLD_ACT, m.sub_event_type or m.plover_type) for m in later)
            mentions = [m for m in mentions if m not in later]
        if not mentions and after_event and found[-1].fatalities is None:
            found[-1] = _with_toll_from_next_sentence(found[-1], sentence, offset, places)
        found.extend(mentions)
        previous_date = _carried_date(date, previous_date, article.published)
    found = _riots_told_with_the_force_met(_clashes_told_with_their_gains(_gains_denied_next(found, article), dropped), dropped)
    found = _joined_to_placed_reports(_with_the_article_s_attacker(found), article, places)
    placed_elsewhere = any(m.place is not None for m in found)  # a snippet of one report placing nothing keeps it ('An airstrike killed 10 fighters.')
    nowhere = [m for m in found if placed_elsewhere and _nowhere_and_by_no_one(m)]
    dropped.extend(DroppedCandidate(m.start, m.end, m.trigger, m.trigger_start, NOWHERE_BY_NO_ONE, m.sub_event_type) for m in nowhere)
    return _with_article_signal(_with_unnamed_doers([m for m in found if m not in nowhere], article)), dropped


NOWHERE_BY_NO_ONE = "no place and no one acting"


def _nowhere_and_by_no_one(mention: EventMention) -> bool:
    """An act placed nowhere, not even in a country, by no one named, at no time of its own,
    that no placed report of it took in ('she crouched and heard a massive explosion'): nothing
    an analyst could map, date or attribute. A place no gazetteer holds still makes an event,
    dated ('On 5 May, an IED exploded in Jalalaqsi') or not ('a chlorine attack on Zorbaville')."""
    dated = dict(mention.confidence_features).get("dated_in_clause", 0.0) > 0
    unmapped = bool(PLACE_NAME_AFTER_PREPOSITION.search(mention.sentence))
    return mention.event_type is not None and mention.place is None and mention.actor1 is None and not dated and not unmapped


STRIKE_SUB_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
DONE_BY_SOMEONE = frozenset({"Remote explosive/landmine/IED", "Attack"})  # ACLED names an unidentified doer


def _with_the_article_s_attacker(found: list[EventMention]) -> list[EventMention]:
    """'Russian missile attacks ... power plants in Kremenchuk and Kharkiv were struck by
    rockets': a strike whose sentence names no attacker is by the one attacker the article
    names for its other strikes of that sub-type in the same country. Where the article names
    strikes by both sides there, or none, the attacker stays unknown; a bombing is not a
    shelling (the Crimean Bridge blast in an article on Russia's barrage is not Russia's)."""
    attackers: dict[tuple[str, str], set[act.Actor]] = {}
    for mention in found:
        if mention.actor1 is not None and (key := _strike_key(mention)) is not None:
            attackers.setdefault(key, set()).add(mention.actor1)
    told = []
    for mention in found:
        key = _strike_key(mention)
        named = attackers.get(key, set()) if key is not None else set()
        told.append(replace(mention, actor1=next(iter(named))) if mention.actor1 is None and len(named) == 1 else mention)
    return told


def _strike_key(mention: EventMention) -> tuple[str, str] | None:
    if mention.sub_event_type not in STRIKE_SUB_TYPES or mention.place is None or mention.place.place is None:
        return None
    return mention.sub_event_type, mention.place.place.country_code


NEXT_SENTENCE_GAP = 3  # characters between one sentence's end and the next one's start, within a paragraph
DENIED_NEXT = re.compile(r"^\s*[^.;]{0,60}?\b(denied|rejected|dismissed|refuted)\s+(the|this|that|these|those|its|their)\s+(claims?|reports?)\b", re.IGNORECASE)


def _gains_denied_next(found: list[EventMention], article: Article) -> list[EventMention]:
    """Ground one side says it took, which the very next sentence says the other side denied
    ('M23 claimed to have taken control of Sake. The FARDC denied the claim, saying its troops
    still held the town'): a fight, no ground known to have changed hands."""
    return [
        _recoded(m, sub_event("Armed clash"))
        if m.sub_event_type in GROUND_CHANGES and (m.claim.cue is not None or m.claim.hedges) and DENIED_NEXT.match(article.text[m.end : m.end + 200])
        else m
        for m in found
    ]


def _clashes_told_with_their_gains(found: list[EventMention], dropped: list[DroppedCandidate]) -> list[EventMention]:
    """A clash and, in the very next sentence, ground taken by one of its sides and not placed
    elsewhere ('pro-Hadi forces clashed with Houthi forces in Al Abdiyah. The Houthis took
    control of the district.') are one event to ACLED, the change of territory: it takes the
    clash's place, other side and toll, and the clash is dropped with that reason."""
    kept: dict[int, EventMention | None] = dict(enumerate(found))  # by position: a mention may be replaced, or dropped (None)
    for i, clash in enumerate(found):
        j = _next_sentence_s(found, i) if clash.sub_event_type == "Armed clash" else None
        told_next = kept[j] if j is not None else None
        gain = _with_the_winner_named_before(told_next, clash) if told_next is not None else None
        if j is None or gain is None or not _won_by_a_side_of(gain, clash):
            continue
        kept[j] = replace(
            gain,
            place=clash.place,
            geo_precision=clash.geo_precision,
            actor2=gain.actor2 or next((a for a in (clash.actor1, clash.actor2) if a is not None and a != gain.actor1), None),
            fatalities=gain.fatalities if gain.fatalities is not None else clash.fatalities,
        )
        kept[i] = None
        dropped.append(
            DroppedCandidate(clash.start, clash.end, clash.trigger, clash.trigger_start, "the fight for the ground taken next", clash.sub_event_type)
        )
    return [m for m in kept.values() if m is not None]


NON_STATE_BACK_REFERENCE = re.compile(
    r"\b(the|these|those)\s+(militants|militiamen|militia|militias|rebels|fighters|insurgents|jihadists|terrorists|bandits|assailants|attackers|gunmen"
    r"|armed\s+men|group|separatists|(resistance|rebel|insurgent|opposition|jihadist|militia)\s+(forces|fighters|units))\b|\bthey\b",
    re.IGNORECASE,
)
STATE_BACK_REFERENCE = re.compile(r"\b(the|these|those)\s+(troops|soldiers|army|military|forces|police|government\s+forces)\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(r"\b(was|were|been)\s+(\w+ly\s+)?$", re.IGNORECASE)


def _with_the_winner_named_before(gain: EventMention, clash: EventMention) -> EventMention:
    """Ground taken, in the sentence after a clash, by a side the sentence names only by a word
    that points back ('After hours of fighting, the militants took control of the base', 'The
    outpost was captured'): the winner is that side of the clash (the non-state side, the
    state's, or, for a passive, the attacker), and after a fight the ground was taken by force.
    A gain whose taker the sentence names stays as it is."""
    named = gain.actor1 is not None and gain.actor1.role != "unidentified" and gain.actor1.country_code is not None
    if gain.sub_event_type not in GROUND_CHANGES or named or clash.actor1 is None or clash.actor2 is None:
        return gain
    before = gain.sentence[: gain.trigger_start - gain.start]
    sides = (clash.actor1, clash.actor2)
    non_state = max((found.start() for found in NON_STATE_BACK_REFERENCE.finditer(before)), default=-1)
    state = max((found.start() for found in STATE_BACK_REFERENCE.finditer(before)), default=-1)
    if gain.sub_event_type == "Non-violent transfer of territory" and gain.actor2 in sides:
        winner: act.Actor | None = next(a for a in sides if a != gain.actor2)  # 'The VDP withdrew after running out of ammunition': the attackers won it
    elif PASSIVE_BEFORE.search(before) or gain.trigger.lower() == "fell":
        winner = clash.actor1  # 'The outpost was captured': by who attacked it
    elif max(non_state, state) < 0:
        winner = None
    else:  # the nearer word is the taker's: 'the soldiers withdrew and the militiamen took control'
        winner = next((a for a in sides if (a.inter == act.STATE_FORCES) == (state > non_state)), None)
    if winner is None:
        return gain
    loser = next(a for a in sides if a is not winner)
    sub = sub_event("Non-state actor overtakes territory" if takes_as_non_state(winner) else "Government regains territory")
    return replace(_recoded(gain, sub), actor1=winner, actor2=loser)


def _next_sentence_s(found: list[EventMention], i: int) -> int | None:
    """The position of the first mention after mention ``i``'s sentence, when it is in the very next sentence."""
    j = next((k for k in range(i + 1, len(found)) if found[k].start >= found[i].end), None)
    return j if j is not None and found[j].start - found[i].end <= NEXT_SENTENCE_GAP else None


def _riots_told_with_the_force_met(found: list[EventMention], dropped: list[DroppedCandidate]) -> list[EventMention]:
    """A violent demonstration or mob and, in the very next sentence, the state's force on its crowd
    ('demonstrators ... threw stones and set fire to vehicles. Police fired on the crowd,
    killing 8.') are one event to ACLED, the riot: it takes the toll, and the force is dropped
    with that reason. So are a protest met with force and, in the next sentence, the arrests of
    its people ('Students protested against bus fares. Police detained five of them.'): ACLED
    codes the protest with intervention."""
    kept: dict[int, EventMention | None] = dict(enumerate(found))
    for i, crowd in enumerate(found):
        j = _next_sentence_s(found, i) if crowd.sub_event_type in CROWDS_MET_BY_FORCE else None
        force = kept[j] if j is not None else None
        if j is None or force is None:
            continue
        if crowd.sub_event_type in PROTEST_MET and _arrests_of_the_crowd(force, crowd):
            reason = ARRESTS_OF_A_PROTEST
        elif crowd.sub_event_type not in PROTEST_MET and _force_on_the_riot_s_crowd(force, crowd):
            reason = FORCE_MET_BY_A_RIOT
        else:
            continue
        kept[i] = replace(crowd, fatalities=crowd.fatalities if crowd.fatalities is not None else force.fatalities)
        kept[j] = None
        dropped.append(DroppedCandidate(force.start, force.end, force.trigger, force.trigger_start, reason, force.sub_event_type))
    return [m for m in kept.values() if m is not None]


def _arrests_of_the_crowd(arrests: EventMention, protest: EventMention) -> bool:
    """The state's arrests of a protest's people ('five of them', 'the protesters', 'several
    organisers'), on the protest's days, at its place or none."""
    forces = arrests.actor1
    if arrests.sub_event_type != "Arrests" or forces is None or forces.inter != act.STATE_FORCES or not PROTEST_S_PEOPLE.search(arrests.sentence):
        return False
    if ARRESTED_LATER.search(arrests.sentence[: arrests.trigger_start - arrests.start]):
        return False  # 'They later arrested ten people.': another act, after the protest
    if arrests.date is None or protest.date is None or not arrests.date.meets(protest.date):
        return False
    return arrests.place is None or protest.place is None or arrests.place.place == protest.place.place


def _force_on_the_riot_s_crowd(force: EventMention, riot: EventMention) -> bool:
    """The state's forces acting on a crowd, on the riot's days, at its place or none."""
    forces = force.actor1 if force.sub_event_type == "Attack" else force.actor2 if force.sub_event_type in PROTEST_MET else None
    if forces is None or forces.inter != act.STATE_FORCES or not RIOT_S_CROWD.search(force.sentence):
        return False
    if force.date is None or riot.date is None or not force.date.meets(riot.date):
        return False
    return force.place is None or riot.place is None or force.place.place == riot.place.place


def _won_by_a_side_of(gain: EventMention, clash: EventMention) -> bool:
    """The next sentence's change of territory, by a side of the clash, on its days, at its place or none of its own."""
    if gain.sub_event_type not in GROUND_TAKEN or gain.actor1 is None or gain.actor1 not in (clash.actor1, clash.actor2):
        return False
    if (gain.claim.cue is not None and gain.claim.cue != clash.claim.cue) or set(gain.claim.hedges) - set(clash.claim.hedges):
        return False  # 'The military claimed to have seized an AA camp', 'It is claimed that SPLM-IO retaken the site': one side's word on the outcome, not the outcome
    if gain.date is None or clash.date is None or not gain.date.meets(clash.date):
        return False
    own_place = gain.place is not None and _written_in(gain, gain.place)
    return not own_place or (clash.place is not None and gain.place is not None and clash.place.place == gain.place.place)


def _joined_to_placed_reports(found: list[EventMention], article: Article, places: list[PlaceMention]) -> list[EventMention]:
    """An article that sums up an event loosely ('a powerful explosion was heard in Crimea',
    'they eliminated 5,000 troops in a single battle') and reports it in detail elsewhere
    ('an explosion was heard at the airfield in Dzhankoi') tells one event: the loose report
    takes the nearest detailed report's place and sub-type, inside its area, of the same
    event type and days, and the merge joins the two (ACLED codes a many-place event at its
    most precise place). A report placed only at the country also joins one its article places
    in a province ('Ukraine said it had recaptured several locations in the south' and 'five
    locations have been recaptured ... in the Kherson region').
    A barrage the sentence sets across a whole country stays an event of its own, and a report
    of no place in a paragraph about another place is of that place's story, not of a detailed
    report elsewhere ('some of the people had been killed by shelling', of a mass grave in Izium,
    is not the Himars strike on Kherson two paragraphs on)."""
    placed = [m for m in found if m.event_type and (_is_precisely_placed(m) or _is_placed_in_a_province(m))]
    joined = []
    for mention in found:
        loose = mention.event_type is not None and not _is_precisely_placed(mention) and not _sets_itself_across_a_country(mention)
        same = [
            other
            for other in placed
            if loose
            and other is not mention
            and (_is_precisely_placed(other) or _sums_up_in_a_province(mention, other))
            and other.event_type == mention.event_type
            and (other.sub_event_type == mention.sub_event_type or mention.event_type != "Strategic developments")  # an arrest is no mass grave
            and _lies_within(_area_told(mention), other.place)
            and mention.date is not None
            and other.date is not None
            and mention.date.meets(other.date)
            and not _in_a_paragraph_about_elsewhere(mention, other, article, places)
        ]
        nearest = min(same, key=lambda other: abs(other.start - mention.start), default=None)
        joined.append(mention if nearest is None else _as_part_of(mention, nearest))
    return joined


def _as_part_of(summary: EventMention, detailed: EventMention) -> EventMention:
    """The loose report, placed and coded as the detailed one it sums up (which says better
    what happened: 'an explosion in Crimea' is the drone strike on the Dzhankoi airfield).
    A report only the article's country placed was named for that country ('Police Forces of
    Ukraine' for an arrest in Moscow): it takes the detailed report's actors too."""
    unplaced = _area_told(summary) is None
    if _says_more_of_a_protest(summary, detailed):
        return replace(summary, place=detailed.place, geo_precision=detailed.geo_precision)  # 'police used water cannon to disperse protesters'
    return replace(
        summary,
        place=detailed.place,
        geo_precision=detailed.geo_precision,
        sub_event_type=detailed.sub_event_type,
        disorder_type=detailed.disorder_type,
        plover_type=detailed.plover_type,
        actor1=detailed.actor1 if unplaced else summary.actor1,
        actor2=detailed.actor2 if unplaced else summary.actor2,
    )


PROTEST_SEVERITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _says_more_of_a_protest(summary: EventMention, detailed: EventMention) -> bool:
    """The loose report of a protest tells how it was met ('riot police used water cannon to
    disperse protesters') where the placed one tells only that it was held: its own sub-type stands."""
    kinds = (summary.sub_event_type, detailed.sub_event_type)
    return all(k in PROTEST_SEVERITY for k in kinds) and PROTEST_SEVERITY.index(kinds[0]) > PROTEST_SEVERITY.index(kinds[1])


def _area_told(mention: EventMention) -> PlaceMention | None:
    """The area a loose report is in: none when only the article's country placed it ('the arrest
    of Girkin ...' in a Ukrainian outlet is not in Ukraine because the outlet is)."""
    place = mention.place
    if place is not None and place.place is not None and place.place.feature == "country" and not _written_in(mention, place):
        return None
    return place


def _sets_itself_across_a_country(mention: EventMention) -> bool:
    """'Russia fired 34 missiles at several Ukrainian regions': a country-wide barrage, an
    event of its own beside the strikes on the towns it names."""
    place = mention.place
    return place is not None and place.place is not None and place.place.feature == "country" and _written_in(mention, place)


def _written_in(mention: EventMention, place: PlaceMention) -> bool:
    """The place is named in the mention's own sentence (a fallback place has no span: not
    named anywhere, even when the sentence opens the article at offset 0)."""
    return place.end > place.start and mention.start <= place.start < mention.end


def _in_a_paragraph_about_elsewhere(loose: EventMention, detailed: EventMention, article: Article, places: list[PlaceMention]) -> bool:
    """The loose report, of no area of its own and naming no event told before ('the strikes
    came as leaders of the G7 began a summit in Bavaria' is the strikes just told), is in
    another paragraph than the detailed one, and its paragraph names towns or provinces, none
    of them the detailed report's."""
    if _area_told(loose) is not None or detailed.place is None or refers_back(loose):
        return False
    paragraph = next((p for p in article.paragraphs if p.start <= loose.start < p.end), None)
    if paragraph is None or paragraph.start <= detailed.start < paragraph.end:
        return False
    named_here = {p.place for p in places if paragraph.start <= p.start < paragraph.end and p.place is not None and p.place.feature in ("city", "region")}
    return bool(named_here) and detailed.place.place not in named_here


def _is_precisely_placed(mention: EventMention) -> bool:
    return mention.geo_precision in (1, 2) and mention.place is not None and mention.place.place is not None and mention.place.place.feature == "city"


def _sums_up_in_a_province(summary: EventMention, detailed: EventMention) -> bool:
    """A report placed at no more than the country, of the very sub-type of one placed at a
    province: the missile barrage of the day is not the bridge blast in Crimea."""
    area = _area_told(summary)
    return summary.sub_event_type == detailed.sub_event_type and (area is None or (area.place is not None and area.place.feature == "country"))


def _is_placed_in_a_province(mention: EventMention) -> bool:
    """Placed at a province its own sentence names ('recaptured ... in the Kherson region'): more
    precise than a summary placed at the whole country."""
    place = mention.place
    return place is not None and place.place is not None and place.place.feature == "region" and _written_in(mention, place)


def _lies_within(area: PlaceMention | None, detailed: PlaceMention | None) -> bool:
    """Whether the detailed report's town lies in the loose report's area (none: anywhere)."""
    if detailed is None or detailed.place is None:
        return False
    if area is None or area.place is None:
        return True
    region, town = area.place, detailed.place
    if region.country_code != town.country_code:
        return False
    return region.feature == "country" or (region.feature == "region" and region.admin1_code is not None and region.admin1_code == town.admin1_code)


AFTER_AN_UNTOLD_ACT = "after an act of no date"
FRAGMENT = "a fragment of no verb or date"
CODED_AS_NO_EVENT = "a trigger word the rules code as no event here"
DETECTED_AS_NO_EVENT = "the event detector's verb, which the rules code as no event"


def _a_fragment(sentence: Span, kind: str, date: DateRange | None) -> bool:
    """A sentence of the body with no verb, no time, no place and no actor of its own ('Shells
    and bullets from the other side.', in a speech): it names things, it reports no event. ACLED's
    verbless notes ('Clashes between the army and Al Shabaab in Afgooye.') name place and actors;
    a title is judged as a headline instead."""
    if kind == "title" or date is not None or any(t.pos_ in ("VERB", "AUX") for t in sentence):
        return False
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON") for t in sentence) and not spans_within(sentence)


def _told_after_an_untold_act(mention: EventMention) -> bool:
    """'The bridge was later blown up by Ukrainian troops', after a sentence on the bridge's
    bombing in the war's first weeks: 'later' than an act this paragraph neither reports nor
    dates, in a sentence of no time of its own, is part of a story told, not a new event."""
    local = mention.trigger_start - mention.start
    return bool(LATER_BEFORE_TRIGGER.search(mention.sentence[:local]))


def _carried_date(date: DateRange | None, previous: DateRange | None, published) -> DateRange | None:
    """The date the paragraph's next sentences inherit: the latest one named, but never history
    ('795 days ago, the invasion began. Russian forces attacked several regions overnight.')."""
    if date is None:
        return previous
    return None if is_history(date, published) else date


def _with_article_signal(found: list[EventMention]) -> list[EventMention]:
    """Each mention's confidence once the whole article is read: whether it reports dated,
    placed events at all, or is opinion and analysis."""
    news = reports_events([dict(m.confidence_features) for m in found if m.event_type])
    model = load_confidence_model()
    rescored = []
    for mention in found:
        values = with_article_signal(mention.confidence_features, news, _retold(mention, found))
        sureness = model.confidence(values, mention.sentence, interaction=mention.sub_event_type is None)
        rescored.append(replace(mention, confidence=sureness, confidence_features=tuple(values.items())))
    return rescored


def _retold(mention: EventMention, found: list[EventMention]) -> bool:
    """Another sentence of the article tells an event of the same ACLED type on the same days
    ('the arrest of Girkin on July 21 ...' then 'Girkin's arrest followed his conflict ...')."""
    return mention.event_type is not None and any(
        other.start != mention.start and other.event_type == mention.event_type and _same_days(mention.date, other.date) for other in found
    )


def _same_days(a: DateRange | None, b: DateRange | None) -> bool:
    return a is None or b is None or a.meets(b)


def _names_a_country(sentence: Span, offset: int, places: list[PlaceMention]) -> bool:
    """The sentence is set in a country and in no town of it ('Two were killed in Kharkiv, Ukraine' is set in a town)."""
    features = {p.place.feature for p in places_named_in(sentence, offset, places) if p.place is not None}
    return "country" in features and "city" not in features


def _reports_only_a_toll(triggers: list[Token]) -> bool:
    """'Two people were killed and five wounded.': the toll of the event before, not an event.

    Every trigger is a casualty word with no one named as doing it: passive, 'died', or
    a subject that is the victims themselves ('five wounded', 'three civilians died'). The
    victims may be named by a word of an event ('18 protesters were killed').
    """
    tolls = [t for t in triggers if _a_toll(t)]
    victims = [t for t in triggers if t.dep_ == "nsubjpass" and _a_toll(t.head)]
    return bool(tolls or victims) and all(t in tolls or t in victims for t in triggers)


def _a_toll(word: Token) -> bool:
    """A casualty word with no one named as doing it; in a note's clipped passive ('2 gunmen
    killed.', 'At least 4 fighters killed.') its subject is the dead."""
    clipped = word.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in word.children)
    return word.lemma_.lower() in CASUALTY_LEMMAS and all(
        _is_victims(c) or (clipped and c.dep_ == "nsubj") for c in word.children if c.dep_ in ("nsubj", "agent")
    )


def _all_in_background(triggers: list[Token], background: set[Token]) -> bool:
    """Every trigger word of the sentence tells background ('a repeat offender, who had been killed
    in a clash'), none the main verb: what the sentence reports has no trigger word of its own."""
    root = triggers[0].sent.root
    return all(t is not root and (background & {t, *t.ancestors} or unasserted_reason(t) == "background") for t in triggers)


def _is_victims(subject: Token) -> bool:
    return subject.pos_ == "NUM" or subject.lemma_.lower() in VICTIM_WORDS


def _with_toll_from_next_sentence(mention: EventMention, sentence: Span, offset: int, places: list[PlaceMention]) -> EventMention:
    """'A missile hit a building. At least two people were killed.': the toll of the event before.
    Not a toll set across a whole country ('In Ukraine, 28 journalists were killed'): a total."""
    deaths = fatalities_of_the_event(sentence.text)
    if deaths is None or mention.event_type in (None, "Strategic developments") or mention.sub_event_type == "Peaceful protest":
        return mention
    if _names_a_country(sentence, offset, places):
        return mention
    if mention.sub_event_type == "Protest with intervention" and deaths:
        mention = _recoded(mention, sub_event(LETHAL_INTERVENTION))  # 'police dispersed the sit-in. 61 people were killed.'
    return replace(mention, fatalities=deaths)


def _toll_of(sub: SubEventType | None, trigger: Token, sentence: Span) -> int | None:
    """The dead the sentence tells for its event. A peaceful protest has none (ACLED's never do);
    a protest's or a riot's toll leaves out a killing it answers ('protesters blocked the road
    after a man was shot dead by police; police dispersed them', 'youths burned a police station
    after a man died in custody')."""
    if sub is None or sub.event_type == "Strategic developments" or sub.name == "Peaceful protest":
        return None
    if sub.event_type not in ("Protests", "Riots"):
        return fatalities_of_the_event(sentence.text)
    answered = {t.i for clause in _answered_clauses(trigger, sentence) for t in clause.subtree}
    return fatalities_of_the_event("".join(t.text_with_ws for t in sentence if t.i not in answered))


def _answered_clauses(trigger: Token, sentence: Span) -> list[Token]:
    """The 'after' or 'following' clauses the trigger is not in and that name no crowd: what came
    first; and what the crowd protests ('to demonstrate against a police intervention in which a
    person was shot to death', 'to demand justice for two people who were shot to death')."""
    opened = [t for t in sentence if t.lower_ in ("after", "following") and t.dep_ in ("prep", "mark")]
    clauses = [t if t.dep_ == "prep" else t.head for t in opened]
    aims = [t for t in sentence if t.lemma_.lower() in AIM_VERBS and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)]
    causes = [c for aim in [trigger, *aims] for c in aim.children if c.dep_ == "prep" and c.lower_ in ("against", "for", "over")]
    answered = [c for c in clauses if trigger not in c.subtree and not THE_CROWD.search(text_of(c.subtree))]
    return answered + [c for c in causes if trigger not in c.subtree]


FORCE_MET_BY_A_RIOT = "the force met by a violent demonstration"  # a drop reason: the riot is the event
ARRESTS_OF_A_PROTEST = "the arrests of a protest met with force"  # a drop reason: the protest with intervention is the event
ARRESTED_LATER = re.compile(r"\b(later|afterwards|subsequently|next\s+day|following\s+day|days?\s+later)\b", re.IGNORECASE)
CROWDS_MET_BY_FORCE = frozenset({"Violent demonstration", "Mob violence", "Excessive force against protesters", "Protest with intervention"})
LETHAL_INTERVENTION = "Excessive force against protesters"  # ACLED's protests with intervention have no dead: force that killed is excessive


def _recoded(mention: EventMention, sub: SubEventType) -> EventMention:
    return replace(mention, event_type=sub.event_type, sub_event_type=sub.name, disorder_type=sub.disorder_type, plover_type=sub.plover)


def _mentions_in(
    article,
    sentence: Span,
    triggers: list[Token],
    offset: int,
    kind: str,
    places,
    date,
    memory,
    hedges,
    fallback: FallbackPlaces,
    dropped: list[DroppedCandidate],
) -> Iterable[EventMention]:
    sentence_claim = attribute(sentence, memory, hedges, offset)
    tagged = note_tag(sentence)
    if tagged is not None and not triggers and sentence.root.pos_ in ("VERB", "AUX"):
        triggers = [sentence.root]  # 'Displacement: about 2,400 refugees arrived in Slovakia': the tag says what it is
    background = background_governors(sentence)
    detected = not triggers or _all_in_background(triggers, background)  # 'villagers threw stones at police ... who had been killed in a clash'
    if detected:
        verb = detected_event_verb(sentence)
        if verb is None:
            if not triggers:
                return
            detected = False  # the background triggers are dropped with their reason below
        else:
            dropped.extend(_dropped(sentence, offset, t, "background") for t in triggers)
            triggers = [verb]  # 'about 2,500 refugees from Ukraine arrived in Slovakia': no trigger word, but the detector is sure
    text = span_text(sentence)
    question = text.rstrip().endswith("?")
    if question or INTENTION_PHRASE.search(text):
        dropped.extend(_dropped(sentence, offset, t, "question" if question else "intention") for t in triggers)
        return
    classified = load_classifier().probabilities(text)
    elsewhere = bool(ELSEWHERE_OPENING.match(text))  # 'Elsewhere, fires erupted in Bryansk': not the event told before
    seen: dict[tuple[str, int, str, bool], list[Token]] = {}  # the triggers coded so far, by kind, place, source and whether told as earlier
    made: dict[tuple[str, int, str, bool], tuple[EventMention, _Scoring]] = {}  # the mention made for each, with what scored it
    for trigger, coded, claim, located in _coded_triggers(
        sentence, triggers, offset, places, sentence_claim, classified, background, dropped, detected, tagged
    ):
        family = family_of(coded.sub_event_type, coded.plover_type)
        political = coded.sub_event_type is None
        if political:
            located = where_it_happened(located, trigger, sentence, offset)  # not what the talks were about
        if political and coded.actor1 is None and not located:
            dropped.append(_dropped(sentence, offset, trigger, "no actor and no place", coded))
            continue  # 'The West has adopted heavy sanctions': no one to code and nowhere to put it
        basis = "sentence"
        antecedent = None if located or elsewhere or (political and _new_talks(trigger)) else fallback.antecedent(family, sentence, offset)
        if antecedent is not None:
            located, basis = [(antecedent.place, antecedent.geo_precision)], "antecedent"
        elif not located and is_a_headline(sentence, kind):
            dropped.append(_dropped(sentence, offset, trigger, "headline naming no place", coded))
            continue  # a headline or crosshead naming no place of its own sums up what the body reports
        elif not located and not has_own_substance(sentence, trigger):
            located, basis = [(None, None)], "none"  # "buildings destroyed, people killed": nothing of its own to place it by
        elif not located:
            own = fallback.settings_in(sentence, offset) if elsewhere else []  # 'Elsewhere, fires erupted ... in Bryansk, ... caused by strikes'
            located = [(None, None)] if political else own or fallback.for_sentence(sentence, offset) or [(None, None)]
            held_in = fallback.country_of_the_held(trigger, offset) if coded.kind == "arrest" and located[0][1] in (3, None) else None
            if held_in is not None:
                located = [(held_in, 3)]  # 'a Russian journalist was detained Monday', in a paragraph naming no place
            basis = CONTEXT_BASES[located[0][1]]
        if located == [(None, None)] and not political and _the_event_told_before(trigger, sentence):
            dropped.append(_dropped(sentence, offset, trigger, TOLD_BEFORE, coded))
            continue  # 'The blast shattered windows along the street', with nothing before it to say where: a continuation
        for place, precision in located:
            where = place.place.geonameid if place and place.place else 0
            earlier = time_before(trigger) is not None  # 'explosions come a week after ... explosions at an airbase': two blasts
            same_family = (family, where, claim.speaker or "", earlier)
            same_blast = (_reported_as(coded, family), where, claim.speaker or "", earlier)
            if same_family in seen or any(other.head == trigger or trigger.head == other for other in seen.get(same_blast, ())):
                if same_family in made and any(trigger in other.ancestors for other in seen[same_family]):
                    made[same_family] = _surer_told_by(made[same_family], trigger)
                continue  # 'explosions hit a depot': one blast; not 'the strikes, retaliation for the bomb attack'
            when = _date_of_its_place(place, located, sentence, offset, background, date, article.published) or date_for(
                trigger, sentence, background, date, article.published, antecedent.date if antecedent else None
            )
            if is_history(when, article.published):
                dropped.append(_dropped(sentence, offset, trigger, "history", coded))
                break  # 'Russian forces captured Izium in early April', in a September report: background
            if not political and not _day_and_place_of_its_own(when, place, basis) and not _names_a_place(trigger) and is_a_reference(trigger):
                dropped.append(_dropped(sentence, offset, trigger, REFERENCE, coded))
                break  # 'the Pope decried a missile strike on a Ukrainian mall': reported elsewhere, when and where unsaid here
            if (
                trigger.lemma_.lower() == "use"
                and not (_day_and_place_of_its_own(when, place, basis) or _names_a_place(trigger, countries=False))
                and not PEOPLE_HURT.search(sentence.text)
            ):
                dropped.append(_dropped(sentence, offset, trigger, USE_IN_THE_WAR, coded))
                break  # 'Russia used the choking agent chloropicrin to win battlefield gains over Ukraine': a finding about the war, no one use
            seen.setdefault(same_family, []).append(trigger)
            seen.setdefault(same_blast, []).append(trigger)
            scoring = _Scoring(sentence, basis, kind, classified.get(coded.sub_event_type or "", 0.0))
            mention = scoring.scored(_mention(article, sentence, offset, kind, trigger, coded, place, precision, when, claim), trigger)
            fallback.remember(mention)
            made[same_family] = (mention, scoring)
    yield from (mention for mention, _ in made.values())


def _date_of_its_place(
    place: PlaceMention | None,
    located: list[tuple[PlaceMention | None, int | None]],
    sentence: Span,
    offset: int,
    background: set[Token],
    carried: DateRange | None,
    published: dt.date | None,
) -> DateRange | None:
    """Where one report names several places, each with its own day ('rallied in Kyiv on Monday
    and in Lviv on Tuesday'), the day told after a place and before the next is that place's."""
    starts = sorted(p.start for p, _ in located if p is not None)
    if place is None or len(starts) < 2:
        return None
    following = next((start for start in starts if start > place.start), offset + sentence.end_char)
    return date_told_after(sentence, place.end - offset, following - offset, background, published, carried)


TOLD_BEFORE = "the event told before, placed nowhere"


def _the_event_told_before(trigger: Token, sentence: Span) -> bool:
    """'The blast shattered windows', 'The rally ended peacefully': an event named as one
    already told, the subject of what followed, with no day of its own (not 'one of the
    victims died during the attack', where the attack is the news)."""
    definite = trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in trigger.children)
    bare = not any(c.dep_ in ("prep", "compound", "amod", "acl", "relcl") for c in trigger.children)  # not 'the recapture of Mahagi'
    aftermath = bare and trigger.dep_ == "nsubj" and TRIGGERS.get(trigger.head.lemma_.lower()) is None
    return definite and aftermath and not has_own_time(trigger, sentence)


USE_IN_THE_WAR = "a weapon's use in a war, with no day, place or victim"  # 'the regime used sarin gas against civilians, killing dozens' is one attack


def _day_and_place_of_its_own(when: DateRange | None, place: PlaceMention | None, basis: str) -> bool:
    """The mention's sentence gives it one day or a place finer than a country."""
    one_day = when is not None and when.earliest == when.latest
    placed_here = basis == "sentence" and place is not None and place.place is not None and place.place.feature != "country"
    return one_day or placed_here


def _names_a_place(trigger: Token, countries: bool = True) -> bool:
    """The trigger's sentence names a place, found on the map or not ('a gas attack on Douma',
    'soldiers near Avdiivka were hospitalised after drones dropped ...'), not only the side that
    acted ('Russia's attacks'); with ``countries`` False, a place within a country ('in the Zap
    region', not 'over Ukraine')."""
    own = clause_of(trigger)
    return any(
        t.dep_ == "pobj"
        and (t.ent_type_ in ("GPE", "LOC", "FAC") or (_a_proper_name(t) and t.head.lower_ in ("on", "in", "at", "near")))
        and (countries or not is_country_name(t))
        and (clause_of(t) == own or clause_of(t) in trigger.ancestors)  # not '... unless Israel allowed more aid in Gaza', another clause's place
        for t in trigger.sent
    )  # spaCy may call the town a person ('Douma')


def _a_proper_name(word: Token) -> bool:
    """'Douma', or 'the Zap region' (a common noun a name qualifies)."""
    return word.pos_ == "PROPN" or (word.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in word.children))


def _new_talks(trigger: Token) -> bool:
    """An interaction that is not the one told before: 'a virtual meeting with the G7' after
    'a NATO meeting in Ramstein' (a new one, and held nowhere), not 'the talks' or 'the meeting'."""
    words = {c.lower_ for c in trigger.children if c.dep_ in ("det", "amod", "compound")}
    return bool(words & {"a", "an", "another"} or words & REMOTE_TALK_WORDS)


@dataclass(frozen=True)
class _Scoring:
    """What a mention's confidence is read from besides its trigger: the sentence, what placed
    the mention, the paragraph's kind and the classifier's probability of the coded type."""

    sentence: Span
    basis: str
    kind: str
    probability: float

    def scored(self, mention: EventMention, trigger: Token) -> EventMention:
        coded_as = (mention.event_type, mention.plover_type)
        sure = features(trigger, self.sentence, coded_as, self.basis, mention.geo_precision, mention.claim.speaker, self.kind, self.probability)
        sureness = load_confidence_model().confidence(sure, mention.sentence, interaction=mention.sub_event_type is None)
        return replace(mention, confidence=sureness, confidence_features=tuple(sure.items()))


def _surer_told_by(made: tuple[EventMention, _Scoring], verb: Token) -> tuple[EventMention, _Scoring]:
    """The mention as sure as the surer of its trigger and a verb of the same event that governs
    it: 'bodies have been exhumed from a mass grave in Izium' is told by 'exhumed' (done, in
    the main clause) as much as by 'grave' (a noun in a phrase), though the grave places it."""
    mention, scoring = made
    by_verb = scoring.scored(mention, verb)
    return (by_verb, scoring) if by_verb.confidence > mention.confidence else made


def _reported_as(coded: Coded, family: str) -> str:
    """What one event of a sentence is at one place: violence of one ACLED event type, whichever
    word names it ('explosions hit a depot' is one explosion); else the merge family (an arrest
    and a mass grave in one sentence are two developments)."""
    event_type = sub_event(coded.sub_event_type).event_type if coded.sub_event_type else None
    return event_type if event_type in ONE_VIOLENT_EVENT_TYPES else family


def _coded_triggers(
    sentence: Span,
    triggers: list[Token],
    offset: int,
    places,
    sentence_claim: Claim,
    classified,
    background,
    dropped: list[DroppedCandidate],
    detected: bool = False,
    tagged: str | None = None,
):
    """The asserted, coded triggers that report a real event, with their claims and own places;
    those that name a place come first, so that one naming none ('the bodies were exhumed
    from a mass grave in Izium') can join the event its sentence places. The others are
    ``dropped``, with the reason."""
    coded_triggers = []
    opening = min(triggers, key=lambda t: t.i) if tagged is not None and triggers else None
    for trigger in triggers:
        coded: Coded | None
        if tagged is not None and trigger is opening:
            coded = code_tagged(trigger, sentence, tagged)  # ACLED's own tag decides: 'Property destruction: ... burned houses'
        else:
            coded = code_detected(trigger, sentence, classified) if detected else code(trigger, sentence, classified)
        if coded is None:
            dropped.append(_dropped(sentence, offset, trigger, DETECTED_AS_NO_EVENT if detected else CODED_AS_NO_EVENT))
            continue  # 'the army regained control of an oil truck': no ground taken
        reason = (
            None
            if tagged is not None and trigger is opening
            # ACLED's tag says it happened: 'Other: US forces prevented...'
            else (
                unasserted_reason(trigger, coded.plover_type if coded.sub_event_type is None else None)
                or ("background" if background & {trigger, *trigger.ancestors} else None)
                or not_reported_because(trigger, sentence)
                or not_an_interaction_because(trigger, coded.plover_type if coded.sub_event_type is None else None)
            )
        )
        if reason is not None:
            dropped.append(_dropped(sentence, offset, trigger, reason, coded))
            continue
        claim = claim_for_trigger(trigger, sentence_claim, offset)
        coded_triggers.append((trigger, coded, claim, event_places(trigger, sentence, offset, places, claim, kind=coded.kind)))
    coded_triggers = _without_parts_of_other_events(coded_triggers, sentence, offset, dropped)
    return sorted(coded_triggers, key=lambda item: (time_before(item[0]) is not None, not item[3]))


VIOLENT_EVENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})


def _without_parts_of_other_events(coded_triggers: list, sentence: Span, offset: int, dropped: list[DroppedCandidate]) -> list:
    """One event where ACLED codes one: a clash that wins ground is the change of territory
    alone ('clashed with the army and took control of the town'); looting or burning told with
    violence in one sentence is the violence alone; an assault or abduction that is one action
    with a rape is the sexual violence."""
    taking = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type in GROUND_TAKEN]
    looted = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Looting/property destruction"]
    storming_to_loot = {
        t for t, coded, _, _ in coded_triggers if _an_assault_to_loot(t, coded, sentence) and any(_one_action(t, other) for other in looted)
    }  # 'RSF fighters stormed the main market and looted shops': ACLED codes the looting
    violent = any(
        coded.sub_event_type
        and sub_event(coded.sub_event_type).event_type in VIOLENT_EVENT_TYPES
        and t not in storming_to_loot
        and not told_as_days_before(t)  # 'established a base, days after the town was retaken': the fight is another day's
        for t, coded, _, _ in coded_triggers
    )
    raping = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Sexual violence"]
    killing = [t for t, coded, _, _ in coded_triggers if coded.kind == "kill" and coded.sub_event_type in ("Armed clash", "Attack")]
    seizing = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Disrupted weapons use" and t.lemma_.lower() not in ("foil", "thwart")]
    fighting = any(coded.sub_event_type in GROUND_FIGHTS for _, coded, _, _ in coded_triggers)
    spoils_taken_in = [
        t for t, coded, _, _ in coded_triggers if coded.sub_event_type in GROUND_FIGHTS or (coded.kind == "kill" and coded.sub_event_type)
    ]  # the fights, the ground taken, the killings a seizure of weapons may crown
    arresting = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Arrests"]
    foiled = [c for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Disrupted weapons use" for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    rioting = any(
        coded.sub_event_type == "Violent demonstration" and (coded.firm or _riots_told_as_news(t)) for t, coded, _, _ in coded_triggers
    )  # 'riots broke out' says so, whatever the classifier read
    displacing = [t for t, coded, _, _ in coded_triggers if coded.kind == "withdraw" and coded.sub_event_type == "Other"]  # people who fled
    violent_acts = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type and sub_event(coded.sub_event_type).event_type in VIOLENT_EVENT_TYPES]
    rioting_acts = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type and sub_event(coded.sub_event_type).event_type == "Riots"]
    fights = [
        t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Armed clash"
    ]  # not 'arrested two locals after the explosion': the arrests are the news
    abducting = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Abduction/forced disappearance"]
    harming = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Attack" and t.lemma_.lower() in HARM_DONE_TO_CAPTIVES]
    acting_on_people = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type in ("Attack", "Arrests", "Abduction/forced disappearance")]
    mobbed = [a for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Mob violence" for a in acted_on_phrases(t)]
    protests_met = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type in PROTEST_MET and coded.firm and not told_as_days_before(t)]
    protests_stopped = [
        t for t, coded, _, _ in coded_triggers if coded.sub_event_type in PROTEST_MET and not told_as_days_before(t)
    ]  # firm or not: its people are arrested; not 'arrested an activist a day after he led a protest'
    acts_of_the_day = {t for t, _, _, _ in coded_triggers if not told_as_days_before(t)}
    riots_met = [
        t
        for t, coded, _, _ in coded_triggers
        if coded.sub_event_type == "Violent demonstration" and coded.actor2 is not None and coded.actor2.inter == act.STATE_FORCES
    ]  # the crowd's violence, and the state's force it met
    repelled = [t for t, coded, _, _ in coded_triggers if coded.sub_event_type == "Armed clash" and t.lemma_.lower() in REPELLING_LEMMAS]
    kept = []
    for trigger, coded, claim, located in coded_triggers:
        if any(_one_action(trigger, other) for other in repelled) and trigger.lemma_.lower() in ("attack", "assault") and coded.sub_event_type != "Armed clash":
            dropped.append(_dropped(sentence, offset, trigger, "the assault repelled", coded))
            continue  # 'Russian forces attacked Avdiivka with tanks ..., but were pushed back': ACLED codes one clash
        if trigger in storming_to_loot:
            dropped.append(_dropped(sentence, offset, trigger, "the assault of a looting", coded))
            continue
        if _only_heard(trigger) and any(not _only_heard(other) for other, _, _, _ in coded_triggers):
            dropped.append(_dropped(sentence, offset, trigger, "the sounds of another event", coded))
            continue  # 'heavy fighting erupted ..., with gunfire and explosions heard until nightfall': ACLED codes the fighting
        if (coded.sub_event_type == "Armed clash" or _an_assault_on_ground(trigger, coded)) and any(
            _one_action(trigger, other) or _fought_for(trigger, other) for other in taking
        ):  # 'took control of the police station after attacking it'
            dropped.append(_dropped(sentence, offset, trigger, "the fight for the ground taken", coded))
            continue
        if coded.sub_event_type in ("Arrests", "Abduction/forced disappearance") and any(_one_action(trigger, other) for other in killing):
            dropped.append(_dropped(sentence, offset, trigger, "the arrests of a violent event", coded))
            continue  # 'soldiers killed 4 militiamen and detained 2 others': ACLED codes the fight
        if coded.sub_event_type == "Arrests" and any(_arrests_that_followed(trigger, other) for other in fights + rioting_acts):
            dropped.append(_dropped(sentence, offset, trigger, "the arrests after a violent event", coded))
            continue  # 'police arrested 16 people after a clash between rival groups of workers': ACLED codes the clash (not an explosion before)
        if (
            (coded.sub_event_type == "Arrests" or coded.kind == "arrest")
            and coded.sub_event_type not in PROTEST_MET
            and any(_arrests_of_the_protest(trigger, protest) for protest in protests_stopped if protest is not trigger)
        ):
            dropped.append(_dropped(sentence, offset, trigger, ARRESTS_OF_A_PROTEST, coded))
            continue  # 'several protesters were taken into custody during a rally': ACLED codes the protest with intervention
        if (
            coded.sub_event_type in ("Attack", "Mob violence")
            and not coded.firm
            and coded.kind != "clash"  # 'a clash ensued between demonstrators and police' is the crowd's own act
            and trigger.pos_ == "VERB"
            and any(_one_action(trigger, other) or _the_crowd_it_struck(trigger, other) for other in protests_met)
        ):
            dropped.append(_dropped(sentence, offset, trigger, "the force a protest met", coded))
            continue  # 'police beat protesters with batons, injuring 10 of them': ACLED codes the protest with intervention
        if _the_state_s_force_on(trigger, coded, riots_met):
            dropped.append(_dropped(sentence, offset, trigger, FORCE_MET_BY_A_RIOT, coded))
            continue  # 'security forces opened fire on a crowd gathered to protest ..., killing one. Protesters had attacked a police station.'
        if coded.sub_event_type in PROTEST_SUB_EVENT_TYPES and told_as_days_before(trigger) and any(t in acts_of_the_day for t in arresting):
            dropped.append(_dropped(sentence, offset, trigger, "the protest an arrest followed", coded))
            continue  # 'police arrested an activist a day after he led a flash protest', 'a day after FNDC demonstrations, ... were arrested': ACLED codes the arrest
        if coded.sub_event_type == "Peaceful protest" and protests_met:
            dropped.append(_dropped(sentence, offset, trigger, "the protest told with the force it met", coded))
            continue  # 'Rangers opened fire on protesters ..., who were protesting against prices': one protest, met with force
        if coded.sub_event_type == "Peaceful protest" and any(trigger in a.subtree for a in mobbed):
            dropped.append(_dropped(sentence, offset, trigger, "the protest a mob attacked", coded))
            continue  # 'ruling party supporters attacked anti-government protesters': ACLED codes the mob's violence
        if (
            trigger.lemma_.lower() == "enter"
            and coded.sub_event_type in GROUND_TAKEN
            and any(_one_action(trigger, other) for other in acting_on_people + protests_stopped)
        ):
            dropped.append(_dropped(sentence, offset, trigger, "the entry of an attack or arrests", coded))
            continue  # 'soldiers entered Karma village and rounded up and shot residents', 'entered the village and detained 70 villagers', '... and broke up the march'
        if coded.sub_event_type == "Abduction/forced disappearance" and any(_one_action(trigger, other) for other in harming):
            dropped.append(_dropped(sentence, offset, trigger, "the abduction of an attack", coded))
            continue  # 'ELN members abducted and killed a farmer', 'killed one person and abducted four others': ACLED codes the attack
        if coded.sub_event_type == "Attack" and _an_assault_to_take_people(trigger, sentence) and any(_one_action(trigger, other) for other in abducting):
            dropped.append(_dropped(sentence, offset, trigger, "the assault of an abduction", coded))
            continue  # 'bandits stormed a school and made off with 280 pupils': ACLED codes the abduction (not where people were killed)
        if (
            coded.sub_event_type in ("Attack", "Armed clash")
            and trigger.lemma_.lower() == "raid"
            and _an_assault_to_take_people(trigger, sentence)
            and any(_one_action(trigger, other) for other in arresting)
        ):
            dropped.append(_dropped(sentence, offset, trigger, "the raid of an arrest", coded))
            continue  # 'junta forces raided a house and arrested two suspected PDF members': ACLED codes the arrests
        if trigger.lemma_.lower() == "surrender" and any(_one_action(trigger, other) for other in taking):
            dropped.append(_dropped(sentence, offset, trigger, "the surrender of the ground taken", coded))
            continue  # 'the last soldiers defending the plant surrendered, and Russian forces took full control of the city'
        if coded.sub_event_type in SUPPORTING_FIRE and fighting and _lends_support(trigger):
            dropped.append(_dropped(sentence, offset, trigger, "the support of a fight on the ground", coded))
            continue  # 'pro-Hadi forces, supported by coalition air raids, clashed with Houthi forces and took over X': ACLED codes the fight
        if trigger in seizing and trigger.lemma_.lower() in SEIZING_VERBS and any(_one_action(trigger, other) for other in spoils_taken_in):
            dropped.append(_dropped(sentence, offset, trigger, "the spoils of a violent event", coded))
            continue  # 'militants overran the base, seizing weapons and vehicles': ACLED codes the overrun
        if coded.sub_event_type == "Arrests" and any(_one_action(trigger, other) for other in seizing):
            dropped.append(_dropped(sentence, offset, trigger, "the arrests of a weapons seizure", coded))
            continue  # 'arrested seven KLO militants and recovered weapons': ACLED codes the disrupted weapons use
        if coded.sub_event_type == "Agreement" and _broken_by(trigger, coded_triggers):
            dropped.append(_dropped(sentence, offset, trigger, "the agreement a fight followed", coded))
            continue  # 'hours after a week-long ceasefire took effect, the army and the RSF clashed': ACLED codes the clash
        if coded.sub_event_type == "Headquarters or base established" and violent:
            dropped.append(_dropped(sentence, offset, trigger, "the post of a violent event", coded))
            continue  # 'set up an illegal checkpoint and beat travellers': ACLED codes the violence
        if coded.sub_event_type == "Looting/property destruction" and violent:
            dropped.append(_dropped(sentence, offset, trigger, "the looting of a violent event", coded))
            continue  # 'looted a village and abducted 7 civilians': ACLED codes the violence, the looting is part of it
        if coded.sub_event_type in ("Attack", "Abduction/forced disappearance") and any(_one_action(trigger, other) for other in raping):
            dropped.append(_dropped(sentence, offset, trigger, "the assault of a rape", coded))
            continue  # 'was assaulted and raped by two soldiers', 'abducted a girl and raped her': ACLED codes the sexual violence
        if trigger.lemma_.lower() in ("foil", "thwart") and any(_one_action(trigger, other) for other in arresting):
            dropped.append(_dropped(sentence, offset, trigger, "the plot foiled by arrests", coded))
            continue  # 'security forces foiled a car bomb plot and arrested two suspects': ACLED codes the arrests
        if coded.sub_event_type != "Disrupted weapons use" and any(trigger in held.subtree for held in foiled):
            dropped.append(_dropped(sentence, offset, trigger, "the weapon of a foiled attack", coded))
            continue  # 'an attempt to plant a bomb was thwarted': the bomb never went off
        if coded.sub_event_type == "Looting/property destruction" and rioting and not _done_by_armed_men(trigger):
            dropped.append(_dropped(sentence, offset, trigger, "the damage of a riot", coded))
            continue  # 'a bus was torched ..., as demonstrators protested the death of a teenager': ACLED codes the riot
        if coded.sub_event_type in ("Excessive force against protesters", "Protest with intervention") and rioting:
            dropped.append(_dropped(sentence, offset, trigger, FORCE_MET_BY_A_RIOT, coded))
            continue  # 'protesters stormed the governor's office and security forces fired on them': ACLED codes the riot
        if any(trigger in other.subtree for other in displacing) and coded.sub_event_type != "Other" and trigger.pos_ != "VERB":
            dropped.append(_dropped(sentence, offset, trigger, "the cause of a displacement", coded))
            continue  # 'displaced by fighting', 'fled as fighting drew closer': ACLED codes the displacement
        if trigger in displacing and any(other in trigger.subtree and other.pos_ == "VERB" for other in violent_acts):
            dropped.append(_dropped(sentence, offset, trigger, "the flight from a violent event", coded))
            continue  # 'families fled their homes after militants attacked villages': ACLED codes the attack
        kept.append((trigger, coded, claim, located))
    return kept


REPELLING_LEMMAS = frozenset({"push", "repel", "repulse", "drive", "beat"})  # 'were pushed back', 'repelled the assault'


def _done_by_armed_men(trigger: Token) -> bool:
    """The verb's own subject, or the agent of its passive, names an armed actor ('soldiers burned the market');
    not ``triggers._armed_doers``, which takes 'army' in 'army aspirants set ablaze things' for armed men."""
    doers = [t for c in trigger.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    return any(act.is_armed(a) for a in actors_within(doers))


def _only_heard(trigger: Token) -> bool:
    """'gunfire and explosions (were) heard', 'residents heard explosions': the sound of an act, not the act told."""
    word = trigger.head if trigger.dep_ == "conj" else trigger
    return word.dep_ in ("nsubj", "nsubjpass", "dobj") and word.head.lemma_.lower() in ("hear", "echo", "ring", "resound", "reverberate")


def _an_assault_to_take_people(trigger: Token, sentence: Span) -> bool:
    """'stormed a school and made off with 280 pupils': the storming is how people were taken;
    not 'opened fire and arrested a man' nor 'attacked Kagara, killed 1 resident and abducted ...',
    where violence was done and ACLED codes it."""
    deaths = any(t.lemma_.lower() in ("kill", "die", "murder", "execute", "dead") for t in sentence)
    return trigger.lemma_.lower() in ("storm", "raid", "attack", "invade") and not deaths


def _an_assault_to_loot(trigger: Token, coded: Coded, sentence: Span) -> bool:
    """'stormed the main market and looted shops': the storming is how goods were taken, when no
    one is told killed and no armed side or military site was the target."""
    stormed = objects_of(trigger)
    at_a_military_site = any(c.lemma_.lower() in MILITARY_FACILITIES or any(act.is_armed(a) for a in actors_within(c.subtree)) for c in stormed)
    if acts_on_a_person(trigger) or any(a.role == "civilians" for c in stormed for a in actors_within(c.subtree)):
        return False  # 'attacked civilians and looted 75 heads of sheep': violence done to people
    return bool(stormed) and coded.sub_event_type in ("Armed clash", "Attack") and _an_assault_to_take_people(trigger, sentence) and not at_a_military_site


def _broken_by(agreement: Token, coded_triggers) -> bool:
    """An agreement told as what came before a fight of the sentence ('hours after a ceasefire took
    effect, the two armies clashed'): the fight is the news, the agreement its background."""
    before = time_before(agreement)
    governor = before[0] if before is not None else plainly_after(agreement)
    return governor is not None and any(
        t == governor and c.sub_event_type and sub_event(c.sub_event_type).event_type in VIOLENT_EVENT_TYPES for t, c, _, _ in coded_triggers
    )


def _harmed_in_the_act(trigger: Token, sentence: Span) -> bool:
    """People killed, tortured or beaten in the act that took them ('abducted and killed a farmer',
    'were abducted and tortured by three individuals', 'killed one person, wounded another, and
    abducted four others'): ACLED codes the attack."""
    return _harmed_before_the_end(trigger) or any(
        t.pos_ == "VERB" and t.lemma_.lower() in HARM_DONE_TO_CAPTIVES and t is not trigger and _done_to_people(t) and _one_action(trigger, t) for t in sentence
    )


def _harmed_before_the_end(trigger: Token) -> bool:
    """'the attackers rounded up men near the mosque before opening fire', 'took them away before
    killing them': what the people were taken for was the attack."""
    after = [v for c in trigger.children if c.dep_ == "prep" and c.lower_ == "before" for v in c.children if v.dep_ == "pcomp" and v.pos_ == "VERB"]
    return any(v.lemma_.lower() in HARM_DONE_TO_CAPTIVES or (v.lemma_.lower() == "open" and any(o.lower_ == "fire" for o in v.children)) for v in after)


def _done_to_people(verb: Token) -> bool:
    """The verb's object, if it has its own, is people ('killed one person', 'beat them'); not
    'killed a dozen of their livestock' nor 'shooting at vehicles'."""
    done_to = acted_on_phrases(verb)
    return not done_to or any(o.lower_ in HIM_OR_THEM or o.lemma_.lower() in ("person", "one") or names_people(o) for o in done_to)


def _arrests_of_the_protest(arrest: Token, protest: Token) -> bool:
    """'several protesters were taken into custody during a rally', 'police detained 15 activists
    staging a sit-in', 'baton-charged and detained marchers protesting disappearances': the
    protesters are the people arrested, or the arrest is one act with the force they met; 'a
    protest ... ended with the arrest of several participants'."""
    arrested = [c for c in arrest.children if c.dep_ in ("dobj", "nsubjpass")]
    ended_with = arrest.pos_ == "NOUN" and arrest.head.dep_ == "prep" and protest.dep_ == "nsubj" and arrest.head.head == protest.head
    return arrest.lemma_.lower() in ("take", "hold") or any(protest in c.subtree for c in arrested) or _one_action(arrest, protest) or ended_with


def _one_action(a: Token, b: Token) -> bool:
    """Two words of one action: their verbs conjoined ('clashed ... and took', 'launched attacks
    ... and gained control'), one the other's clause, or one inside the other's clause ('took
    over the district after days of fighting')."""
    va, vb = _verb_of(a), _verb_of(b)
    if va == vb or va in vb.conjuncts or va.head == vb or vb.head == va or _inside_clause_of(a, b) or _inside_clause_of(b, a):
        return True
    verbs_a, verbs_b = _joined_verbs(va), _joined_verbs(vb)
    return bool(verbs_a & verbs_b) or (_done_alongside(va) and va.head in verbs_b) or (_done_alongside(vb) and vb.head in verbs_a)


def _done_alongside(verb: Token) -> bool:
    """'..., taking control of the area': a participle clause of what was done; not 'to regain control', a purpose."""
    return verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _joined_verbs(verb: Token) -> set[Token]:
    """The verb, the verb it completes ('managed to control'), and the verbs joined to either:
    'clashed ... and managed to control several villages', 'raided and burned a camp, taking control',
    'used tear gas to break up a march and arrested several leaders'."""
    main = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("manage", "succeed", "use") else verb
    return {verb, main, *main.conjuncts}


def _lends_support(trigger: Token) -> bool:
    """A strike named as the support of others: 'supported by coalition air raids', 'backed by airstrikes'."""
    child = trigger
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in SUPPORTING_VERBS and child.dep_ == "agent":
            return True
        child = ancestor
    return False


ASSAULT_LEMMAS = frozenset({"attack", "assault", "storm", "raid"})


def _an_assault_on_ground(trigger: Token, coded: Coded) -> bool:
    """An attack whose object is only a place or 'it' ('after attacking it', 'stormed the base',
    'attacked Ghwayran prison with car bombs'), told with ground taken: the fight for the ground,
    not violence against people nor a blast of its own."""
    if coded.sub_event_type not in ASSAULTS_ON_GROUND or trigger.lemma_.lower() not in ASSAULT_LEMMAS or trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"] or [
        c for verb in trigger.conjuncts for c in verb.children if c.dep_ == "dobj"
    ]  # 'attacked and overran the gendarmerie post': the object they share
    return bool(objects) and all(o.lower_ == "it" or is_ground(o) or o.pos_ == "PROPN" or o.lemma_.lower() in HELD_SITES for o in objects)


ASSAULTS_ON_GROUND = frozenset(
    {"Attack", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Air/drone strike"}
)  # 'attacked Ghwayran prison with car bombs and seized control of parts of it': how the ground was taken
HELD_SITES = frozenset({"prison", "jail", "post", "outpost", "camp", "base", "barracks", "checkpoint", "station", "garrison"})


OUTBREAK_LEMMAS = frozenset({"break", "erupt", "occur", "flare", "spread", "rage", "continue"})


def _riots_told_as_news(trigger: Token) -> bool:
    """'residents rioted', 'riots broke out in Kinshasa': riots the sentence reports, not 'those
    involved in the riots' of another day."""
    if trigger.lemma_.lower() != "riot":
        return False
    return trigger.pos_ == "VERB" or (trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in OUTBREAK_LEMMAS)


def _arrests_that_followed(arrest: Token, violence: Token) -> bool:
    """The violence is told in the arrest's 'after' or 'following' phrase or clause: it came first."""
    verb = _verb_of(arrest)
    for child in verb.children:
        opens = child.lower_ in ("after", "following") or any(m.dep_ == "mark" and m.lower_ == "after" for m in child.children)
        if child.dep_ in ("prep", "advcl") and opens and violence in child.subtree:
            told_before = violence.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in violence.children)
            pronoun_doer = any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "they") for c in violence.children)
            return not (told_before or pronoun_doer)  # not 'after the riots on Monday' (told before), 'after they attacked' (who, the arrest says)
    return False


def _the_state_s_force_on(force: Token, coded: Coded, riots_met: list[Token]) -> bool:
    """An attack by the state's forces, told by a verb or the object of one ('opened fire'), on the
    crowd of a violent demonstration that met the state's force in the same sentence: the riot's
    own toll, not a second event."""
    by_the_state = coded.sub_event_type == "Attack" and not coded.firm and coded.actor1 is not None and coded.actor1.inter == act.STATE_FORCES
    told_as_an_act = force.pos_ == "VERB" or _verb_of(force) is not force
    return by_the_state and told_as_an_act and any(_one_action(force, riot) or _the_crowd_it_struck(force, riot) for riot in riots_met)


def _the_crowd_it_struck(force: Token, protest: Token) -> bool:
    """The protest describes the people the force struck ('shot at villagers who were blocking a
    road to demand the release of a detainee'): one act, the force a protest met."""
    struck = {*acted_on_phrases(force), *acted_on_phrases(_verb_of(force))}
    return protest.dep_ in ("relcl", "acl") and protest.head in struck


def _fought_for(fight: Token, taking: Token) -> bool:
    """A fight told in a phrase of the taking's clause, or of a clause joined to it: 'drove FARDC
    soldiers out of Bule after a clash and took control of the locality', 'forced clan militias
    out of Yasooman after an hours-long battle, retaking the village'."""
    verb = next((t for t in (fight, *fight.ancestors) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    return verb == taking or verb in taking.conjuncts or (_done_alongside(taking) and verb == taking.head) or _a_first_act_read_as_a_clause(verb, taking)


def _a_first_act_read_as_a_clause(verb: Token, taking: Token) -> bool:
    """The first of a string of acts, parsed as the clause of the next, which the taking is joined
    to ('OLA fighters stormed Mendi (Mana Sibu, West Wellega), fought police for hours and took
    over the town', where a place in brackets splits the string): not a clause said or thought
    ('militants claimed they stormed the post' has no taking joined to 'claimed')."""
    joined = _joined_verbs(taking) - {taking}
    return verb.dep_ == "ccomp" and verb.head in joined and not any(c.dep_ == "mark" for c in verb.children) and any(c.dep_ == "nsubj" for c in verb.children)


def _verb_of(token: Token) -> Token:
    """The verb a noun trigger is the object of ('launched attacks'), else the trigger itself."""
    return token.head if token.pos_ != "VERB" and token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB" else token


def _inside_clause_of(inner: Token, verb: Token) -> bool:
    token = inner
    while token.head != token:
        if token.head == verb:
            return True
        if token.dep_ in ("advcl", "ccomp", "conj", "relcl", "parataxis", "xcomp"):
            return False  # another clause: another action
        token = token.head
    return False


ARREST_LEMMAS = frozenset(lemma for lemma, kind in TRIGGERS.items() if kind in ("arrest", "capture"))  # detained, or seized and taken
GROUND_FIGHTS = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})
SUPPORTING_FIRE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
PROTEST_MET = frozenset({"Excessive force against protesters", "Protest with intervention"})
PROTEST_SUB_EVENT_TYPES = PROTEST_MET | {"Peaceful protest"}
GROUND_TAKEN = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
GROUND_CHANGES = GROUND_TAKEN | {"Non-violent transfer of territory"}


def _dropped(sentence: Span, offset: int, trigger: Token, reason: str, coded: Coded | None = None) -> DroppedCandidate:
    coded_as = (coded.sub_event_type or coded.plover_type) if coded is not None else None
    return DroppedCandidate(offset + sentence.start_char, offset + sentence.end_char, trigger.text, offset + trigger.idx, reason, coded_as)


def _migrants_of(nation: str, civilians: act.Actor | None, date: DateRange | None, article: Article, told: str) -> act.Actor | None:
    """The civilians an event acts on, named for the migrants they are: 'Civilians (International)'
    for people of several or no stated nations ('detained 312 migrants'), else of their nation
    ('detained 30 Afghan migrants': Civilians (Afghanistan))."""
    if civilians is None:
        return None
    if nation == INTERNATIONAL:
        return replace(civilians, name=f"Civilians ({INTERNATIONAL})")
    return civilians if civilians.country_code == nation else placed(act.CIVILIANS_HERE, None, date, article, nation, told)


def _with_unnamed_doers(found: list[EventMention], article: Article) -> list[EventMention]:
    """A bomb, an IED or a mine, or an attack no report of the article names a doer of is by
    ACLED's unidentified armed group of its country ('a bomb exploded in front of the municipal
    office', 'a man was killed and his body was found in a wooded area'). Given last, once the
    article's reports are joined and those placed nowhere by no one are dropped: the name says no
    one was named. Fusion reads it so too (``merge``). Strikes keep no doer: a war's shelling is
    told with its side elsewhere (``_with_the_article_s_attacker``, ``agents.sides_across_the_front``);
    nor do clashes, whose word is also said of fighting in general ('an appeal to cease fighting')."""
    return [replace(m, actor1=_unnamed_doer(m, article)) if m.sub_event_type in DONE_BY_SOMEONE and m.actor1 is None else m for m in found]


def _unnamed_doer(mention: EventMention, article: Article) -> act.Actor | None:
    home = home_of((None,), mention.sentence) if mention.place is None or mention.place.place is None else None
    doer = placed(act.GUNMEN_HERE, mention.place, mention.date, article, home, mention.sentence)
    return replace(doer, side=act.NOT_NAMED) if doer is not None else None  # no report named it: fusion leaves it open


def _forces_abroad(actor: act.Actor | None, enemy: act.Actor | None, place: PlaceMention | None) -> bool:
    """Forces abroad fighting those of the state where they are ('Rwandan soldiers seized a hill
    near Kibumba after fighting with FARDC', Wagner's in Ukraine): ground they take is a foreign actor's,
    which ACLED codes as a non-state actor overtaking territory, as it codes Russia's in Ukraine.
    Foreign forces beside the host state's (against Al Shabaab, say) take it as its affiliates.
    With no place resolved, the state whose forces they fight is the host."""
    if actor is None or enemy is None or actor.inter != act.EXTERNAL_FORCES or enemy.inter != act.STATE_FORCES:
        return False
    host = place.place.country_code if place is not None and place.place is not None and place.place.country_code else enemy.country_code
    return bool(host) and enemy.country_code == host and actor.country_code != host


def _acted_on_by_default(sub: SubEventType | None, actor1: act.Actor | None, told: str) -> act.Actor | None:
    """Whom an event no one is named as suffering acts on, as ACLED codes it: the civilians whose
    homes and goods are looted or destroyed ('troops set fire to 39 houses'), the crowd of a
    counter-protest beside a protest ('Around 1,000 people gathered for a counter-demonstration'),
    and in a clash of unnamed gunmen, unnamed gunmen ('a shoot-out between unknown shooters')."""
    if sub is not None and sub.name == "Armed clash" and actor1 is not None and actor1.role == "unidentified":
        return actor1
    if sub is not None and sub.name == "Looting/property destruction":
        return act.CIVILIANS_HERE
    if sub is not None and sub.event_type == "Protests" and COUNTER_PROTEST.search(told):
        return act.PROTESTERS_HERE
    return None


def _mention(
    article: Article,
    sentence: Span,
    offset: int,
    kind: str,
    trigger: Token,
    coded: Coded,
    place: PlaceMention | None,
    precision: int | None,
    date,
    claim: Claim,
) -> EventMention:
    sub = sub_event(coded.sub_event_type) if coded.sub_event_type else None
    start, end = offset + sentence.start_char, offset + sentence.end_char
    trigger_start = offset + trigger.idx
    fatalities = _toll_of(sub, trigger, sentence)
    date = plausible_range(date, article.published)
    home = home_of((coded.actor1, coded.actor2), sentence.text) if place is None or place.place is None or not place.place.country_code else None
    told = paragraph_text(sentence.doc)[sentence.start_char :]  # the sentence and what its paragraph goes on to say of the event
    coded = replace(
        coded, actor2=of_the_state_named(coded.actor2, coded.actor1, sentence.text) or _acted_on_by_default(sub, coded.actor1, told)
    )  # the side acted on, named twice; else whom ACLED takes it to act on
    actor1 = placed(coded.actor1, place, date, article, home, told)
    actor2 = placed(coded.actor2, place, date, article, home, told)
    if coded.actor1 is None and sub is not None and sub.name in FRONT_SUB_EVENT_TYPES and (sides := sides_across_the_front(place, date)) is not None:
        actor1 = placed(sides[0], place, date, article, home, told)  # 'explosions near Lozove': fired from across the line
        actor2 = actor2 or (placed(sides[1], place, date, article, home, told) if sub.name == "Armed clash" else None)
    if (home1 := at_home_of_their_enemy(coded.actor1, actor2, place)) is not None:
        actor1 = placed(coded.actor1, None, date, article, home1, told)
    elif (nation := crowd_nationality(trigger, coded.actor1)) is not None and actor1 is not None and actor1.country_code != nation:
        actor1 = placed(coded.actor1, None, date, article, nation, told)  # 'Ukrainians living in Thessaloniki rallied': Protesters (Ukraine)
    elif sub is not None and sub.name == "Other" and (displaced := nation_of_the_displaced(trigger, coded.actor1)) is not None:
        actor1 = _migrants_of(displaced, actor1 or placed(act.CIVILIANS_HERE, place, date, article, home, told), date, article, told)
    if (home2 := at_home_of_their_enemy(coded.actor2, actor1, place)) is not None:
        actor2 = placed(coded.actor2, None, date, article, home2, told)
    elif (migrants := nation_of_migrants(trigger, coded.actor2)) is not None:
        actor2 = _migrants_of(migrants, actor2 or placed(act.CIVILIANS_HERE, place, date, article, home, told), date, article, told)
    if sub is not None and sub.name in GROUND_TAKEN and claim.denial:
        sub = sub_event("Armed clash")  # 'the NRF claimed to have captured three districts ...; the Taliban denied the claim': a fight, no ground known taken
    elif sub is not None and sub.name in GROUND_TAKEN and _forces_abroad(actor1, actor2, place):
        sub = sub_event("Non-state actor overtakes territory")  # 'Rwandan soldiers seized a hill near Kibumba': ACLED's foreign state actor
    elif sub is not None and sub.name == "Non-state actor overtakes territory" and actor1 is not None and actor1.inter == act.STATE_FORCES:
        sub = sub_event("Government regains territory")  # 'the Taliban captured Panjshir' in 2022: a state's forces, once placed
    elif sub is not None and sub.name == "Government regains territory" and actor1 is not None and actor1.inter in act.NON_STATE_ARMED:
        sub = sub_event("Non-state actor overtakes territory")  # 'SNA factions took Tell Rifaat': Syria's opposition army, not Somalia's
    elif (
        sub is not None
        and sub.name == "Abduction/forced disappearance"
        and trigger.lemma_.lower() in ARREST_LEMMAS
        and actor1 is not None
        and actor1.inter == act.STATE_FORCES
        and not DISAPPEARED.search(told)
    ):
        sub = sub_event("Arrests")  # 'the Taliban detained two activists', 'took an activist from her home' in 2022: a state's arrest
    elif sub is not None and sub.name == "Abduction/forced disappearance" and _harmed_in_the_act(trigger, sentence):
        sub = sub_event("Attack")  # 'ELN members abducted and killed a farmer', 'killed one person and abducted four others'
    if sub is not None and sub.name == "Protest with intervention" and fatalities:
        sub = sub_event(LETHAL_INTERVENTION)  # 'violently dispersed the sit-in ... 61 people were killed'
    key = f"{article.article_id}:{start}:{trigger_start}:{place.place.geonameid if place and place.place else ''}:{sub.name if sub else coded.plover_type}"
    return EventMention(
        mention_id=hashlib.sha1(key.encode()).hexdigest()[:MENTION_ID_HEX_CHARS],
        article_id=article.article_id,
        start=start,
        end=end,
        trigger=trigger.text,
        trigger_start=trigger_start,
        event_type=sub.event_type if sub else None,
        sub_event_type=sub.name if sub else None,
        disorder_type=sub.disorder_type if sub else None,
        plover_type=sub.plover if sub else coded.plover_type,
        actor1=actor1,
        actor2=actor2 or (_other_side(actor1) if sub is not None and sub.event_type == "Battles" else None),
        place=place,
        geo_precision=precision,
        date=date,
        fatalities=fatalities,
        claim=claim,
        paragraph_kind=kind,
        sentence=article.text[start:end],
    )


def _other_side(actor1: act.Actor | None) -> act.Actor | None:
    """Who a battle with no second actor named was fought against: the other side of the war in
    Ukraine; another militia of a tribal or clan militia's own kind ('two tribal militias clashed')."""
    if actor1 is not None and actor1.role in act.COMMUNAL_ROLES:
        return actor1
    return act.opponent_of(actor1)
