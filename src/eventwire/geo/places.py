"""Places: every place named in an article, resolved to a gazetteer entry.

``place_names`` finds the names that could be places, each with all its readings;
this module chooses among them. Each reading is scored: prominence (population,
capital, feature), the article's country focus (or, where no place name gives one, the
peoples it names: 'Lebanese army'), the regions it names, nearness to the
places it names for sure, other names that could lie in the same region, a town and its
county or raion named together, and "Town, Region" pairs. Resolution takes two passes:
names with one reading set the first context; names resolved surely then set the
context of the rest (a name's own reading is no evidence for itself). Each mention
records a confidence and the method that produced it; a name the gazetteer lacks stays
unresolved.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from spacy.tokens import Doc

from ..lexicon.places import PART_OF_TOWN_WORDS, TOPONYM_HEADS
from ..models import Place, PlaceMention
from ..parse import paragraph_text
from .front_lines import NO_FRONT, Front, fronts_on
from .gazetteer import FOCUS_COUNTRIES, Gazetteer, demonyms, kilometres_between
from .place_names import (
    ARABIC_SPELLING,
    FOCUS_COUNTRY,
    LARGE_PLACE_POPULATION,
    Candidate,
    areas_named_by,
    candidates_in,
    given_candidates,
    homes_of_armed_groups,
    is_a_common_word,
    mark_place_names,
    names_a_person,
    nation_of_demonym,
    neighbours_of,
    own_names_first,
    people_named,
    peoples_named,
    plain,
    used_as_places,
    with_fuzzy_readings,
)
from .spelling import cached_fold as fold  # names recur: each is folded once

NEARNESS_TIEBREAK = 0.25  # among places equally in the article's region, the nearer to its other places
NEARBY_KM = 150.0  # a place this close to a region's middle counts as in it (Sevastopol for Crimea)
NEARNESS_BONUSES = ((50.0, 2.5), (150.0, 1.5), (400.0, 0.5))  # (km, bonus): near a place the article names for sure
MAX_ANCHORS = 50
REGION_FALLBACK_CONFIDENCE = 0.3
CAPITAL_BONUS = 2.0  # "Washington" in the news is the capital, not the state
REGION_POPULATION_SHARE = 0.1  # a region counts a tenth of its people against a town's
NO_FOCUS = ""
LOCATIVE_BEFORE = re.compile(
    r"\b(in|near|at|through|across|outside|around|into|inside|between)\s+((" + "|".join(sorted(PART_OF_TOWN_WORDS)) + r")\s+)?$", re.IGNORECASE
)
QUALIFIER_OPENING = re.compile(r"\w\s+\(\s*$")  # the brackets after a name that say where it lies: 'Ouaga 2000 (Ouagadougou, Kadiogo)'
WAR_PEOPLES = frozenset({"UA", "RU"})  # peoples that make loosely spelt names worth reading as Ukraine's towns
CONFIDENT = 0.9  # mentions resolved at least this surely shape the context of the others
FOCUS_COUNTRY_BONUS = 3.0
PEOPLES_COUNTRY_BONUS = FOCUS_COUNTRY_BONUS  # 'Lebanese army ... Tripoli': where no place name says the country, its people do
FOCUS_REGION_BONUS = 1.5  # a province of the focus country against a foreign country of its name
CONTEXT_REGION_BONUS = 2.0
HOME_REGION_BONUS = 1.0  # in the province or state the article is about, besides any other reason of context
HOME_REGION_MIN_WEIGHT = 3
HOME_REGION_LEAD = 2  # times the weight of the next region
COMPANION_BONUS = 1.5
MAX_COMPANIONS = 2
DISTRICT_BONUS = 4.0  # a town and the county or raion it lies in, both named: the surest tie two names can have
DWARFED_RATIO = 100
DIVISION_WORD_AFTER = re.compile(r"\s+(district|province|region|county|governorate|state|division|municipality|department)\b", re.IGNORECASE)
QUALIFIER_GAP = 3  # characters between a name and the next that qualifies it: ' (' or ', '
OVERSHADOWED_RATIO = 4  # a large city spelt as its own name outweighs a namesake this many times smaller read by another name
PRIMARY_NAME_BONUS = 1.5  # the text spells the place's main name, not an alternate one
TOWN_IN_FOCUS_POPULATION = 10_000  # an unlabelled town this size counts in an article about its country
SMALL_PLACE_POPULATION = 1_000  # GeoNames' villages often have no count: all count as this many
APPROXIMATE_PENALTY = 0.5
CURATED_FEATURE_BONUS = 4.0  # with the landmark bonus, as prominent as a town of a million
FEATURE_BONUS = {"country": 4.0, "continent": 4.0, "region": 0.0, "city": 0.0, "river": 2.0, "landmark": 2.0}
POPULATION_WEIGHT = 1.0  # per order of magnitude of inhabitants
FUZZY_PENALTY = 1.0
FUZZY_CONFIDENCE_FACTOR = 0.8
FRONT_LINE_REACH_KM = 50.0  # a village this far from the front of the article's date gets no bonus; nearer, more
FRONT_LINE_BONUS = 2.0  # on the front itself: two orders of magnitude of population


def find_places(
    docs: Iterable[tuple[Doc, int]], gazetteer: Gazetteer, names: Iterable[tuple[str, int, int]] = (), when: dt.date | None = None
) -> list[PlaceMention]:
    """Every place mention in the parsed paragraphs ``(doc, offset)``, resolved.

    ``names`` are more names known to be places, as ``(text, start, end)`` in the article
    (a user's own annotations, a benchmark's gold toponyms): those the finder missed are
    resolved with the rest, and in the order of the text; one the gazetteer lacks comes
    back unresolved. ``when`` is the article's date: among namesakes, the one near the front
    of that day is preferred (``front_lines``).

    Resolution takes two passes: the names that have a single reading set the first
    context; the names resolved surely in that context then set the context of all.
    Weak candidates (fuzzy matches, towns abroad spaCy does not label) count only where
    the sure ones say the article is (``_plausible_here``). Where no sure name says which
    country the article is about, the peoples it names do ('Israeli forces raided Kafr
    Qaddum'): ACLED's notes name the actors' nations, never the country.
    """
    docs = list(docs)
    mark_place_names(doc for doc, _ in docs)
    people = people_named(doc for doc, _ in docs)
    candidates = [c for doc, offset in docs for c in candidates_in(doc, offset, gazetteer)]
    texts = [(paragraph_text(doc), offset) for doc, offset in docs]
    placed = [(c, *_text_around(c, texts)) for c in candidates]
    people = people - used_as_places(placed, people)
    candidates = [c for c, before, after in placed if not names_a_person(c, people, before, after)]
    labelled = [c for c in candidates if not c.method.startswith("fuzzy") and c.method != ARABIC_SPELLING and not c.unlabelled]  # no name vouches for itself
    peoples = peoples_named((doc for doc, _ in docs), gazetteer)
    implied = [p for text, _ in texts for p in areas_named_by(text, gazetteer)]  # 'the OSCE SMM observed ... near Mineralne'
    front = fronts_on(when)
    context = _with_implied_areas(replace(article_context(labelled), peoples=peoples, front=front), implied)
    shared = _regions_of_two_names([c for c in candidates if not c.method.startswith("fuzzy")])
    set_in = {c.start for c, before, after in placed if LOCATIVE_BEFORE.search(before) or _opens_a_qualifier(before, after)}
    starts = {c.start for c in candidates}
    unqualified = {
        c.start for c, _, after in placed if not (after.lstrip().startswith(("(", ",")) and any(c.end < start <= c.end + QUALIFIER_GAP for start in starts))
    }
    candidates = [
        c for c in candidates if _plausible_here(c, context, shared) or (c.start in set_in and _placed_by_its_words(c, context, c.start in unqualified))
    ]
    candidates = [found for c in candidates if (found := with_fuzzy_readings(c, gazetteer) if c.method == "fuzzy" else c)]
    named = frozenset(p.country_code for c in candidates for p in c.places)
    candidates = _near_the_groups_named(candidates, homes_of_armed_groups((doc for doc, _ in docs), named), peoples)
    candidates = _far_from_the_peoples_named(candidates, peoples)
    given, unknown = given_candidates(names, candidates, gazetteer)
    candidates = sorted(candidates + given, key=lambda c: c.start)
    context = replace(
        article_context([c for c in candidates if not c.method.startswith("fuzzy")]),
        readings=_readings(candidates),
        linked=_district_links(candidates, gazetteer.district_of),
        peoples=peoples,
        front=front,
    )
    context = _with_implied_areas(context, implied)
    first = [_resolve(c, context, gazetteer.capitals) for c in candidates]
    contexts: dict[str, PlaceContext] = {}
    for c in candidates:  # a name's own first reading is no evidence for it: London does not vote for London
        key = fold(c.text)
        if key not in contexts:
            contexts[key] = _merged(context, context_of(m for m in first if fold(m.text) != key))
    resolved = [_resolve(c, contexts[fold(c.text)], gazetteer.capitals) for c in candidates]
    resolved = _within_their_containers(resolved, candidates, texts, gazetteer)
    resolved = _without_namesakes_abroad(resolved)
    capitals = _capitals_named(docs, gazetteer, resolved + unknown)
    return sorted(resolved + unknown + capitals, key=lambda m: m.start)


NEARLY_ITS_NAME = 85  # rapidfuzz ratio of a large city's name and the text's spelling of it ('Milano', 'Taoyuan City')
READ_ABROAD_BY_ANOTHER_NAME = "abroad by another name"
SMALL_NAMESAKE_ABROAD = "small namesake abroad"
SMALL_TOWN_ABROAD_POPULATION = 20_000  # a town abroad smaller than this needs the article to place something in its country or next to it


def _without_namesakes_abroad(resolved: list[PlaceMention]) -> list[PlaceMention]:
    """Chance namesakes abroad of places the gazetteer lacks, left unresolved: first the towns read
    by another of their names (``_without_namesakes_abroad_by_another_name``), then, beside the
    readings left, small towns read by their own (``_without_small_namesakes_abroad``)."""
    return _without_small_namesakes_abroad(_without_namesakes_abroad_by_another_name(resolved))


def _without_namesakes_abroad_by_another_name(resolved: list[PlaceMention]) -> list[PlaceMention]:
    """A town read by another of its names than the text's ('Sool' as Seoul, 'Yagha' as Jizzax,
    'Bagha' as Al Bahah), in a country where none of the article's other towns and provinces lie
    nor next to one, is a chance namesake of a loose spelling: the name is left unresolved. Not a
    large city the text spells nearly as its name ('Milano', 'Taoyuan City'), nor where the article
    places nothing else."""
    kept = []
    for mention in resolved:
        place = mention.place
        others = {
            m.place.country_code for m in resolved if m.place is not None and m.place.feature in ("city", "region") and fold(m.text) != fold(mention.text)
        }
        if place is not None and _abroad_by_another_name(mention.text, place, others):
            mention = replace(mention, place=None, method=READ_ABROAD_BY_ANOTHER_NAME, confidence=0.0)
        kept.append(mention)
    return kept


def _without_small_namesakes_abroad(resolved: list[PlaceMention]) -> list[PlaceMention]:
    """A small town outside the theatre read by its own name, in a country where none of the
    article's other towns and provinces read by their own names lie nor next to one, is a namesake
    of a place the gazetteer lacks ('killings by soldiers in Moura', in a report from Bamako, is no
    town of Portugal): the name is left unresolved. The countries the article names do not count,
    as articles name them as topics ('demonstrated in Gelting against the war in Ukraine'), nor
    does a town its qualifier follows ('Rurrenabaque, Beni'), which the qualifier judges."""
    kept = []
    for mention in resolved:
        place = mention.place
        if place is not None and _small_town_abroad(place, _countries_read_by_their_names(mention, resolved)) and not _qualified_by_a_name(mention, resolved):
            mention = replace(mention, place=None, method=SMALL_NAMESAKE_ABROAD, confidence=0.0)
        kept.append(mention)
    return kept


def _countries_read_by_their_names(town: PlaceMention, mentions: list[PlaceMention]) -> set[str]:
    """The countries of the article's other towns and provinces, each read by its own name ('Bamako',
    'Mopti region'; not 'Marradi' read as Maradi, a reading no surer than the small town's)."""
    return {
        m.place.country_code
        for m in mentions
        if m.place is not None and m.place.feature in ("city", "region") and fold(m.text) != fold(town.text) and plain(m.text).startswith(plain(m.place.name))
    }


def _qualified_by_a_name(town: PlaceMention, mentions: list[PlaceMention]) -> bool:
    """'Rurrenabaque, Beni', 'Kathmandu city (Kathmandu district)': a name right after the town says
    where it is (``_within_their_containers``), even where the gazetteer reads that name abroad."""
    return any(0 < m.start - town.end <= QUALIFIER_GAP for m in mentions)


def _abroad(place: Place, countries_named: set[str]) -> bool:
    """In none of the countries named, nor next to one (and some are named)."""
    return bool(countries_named) and place.country_code not in countries_named and not any(place.country_code in neighbours_of(c) for c in countries_named)


def _abroad_by_another_name(text: str, place: Place, countries_named: set[str]) -> bool:
    if place.feature != "city" or not _abroad(place, countries_named):
        return False
    return plain(text) != plain(place.name) and not _a_large_city_spelt_nearly(text, place)


def _small_town_abroad(place: Place, countries_named: set[str]) -> bool:
    """A small town outside the theatre (whose villages the gazetteer holds all of) and outside the countries named."""
    small = place.population < SMALL_TOWN_ABROAD_POPULATION and place.country_code not in FOCUS_COUNTRIES
    return place.feature == "city" and small and _abroad(place, countries_named)


def _a_large_city_spelt_nearly(text: str, place: Place) -> bool:
    spelt = plain(text).removesuffix(" city")
    return place.population >= LARGE_PLACE_POPULATION and fuzz.ratio(spelt, plain(place.name)) >= NEARLY_ITS_NAME


CONTAINER_GAP = re.compile(
    r"^\s*(?:(?:town|city|village|township|district|area|camp|municipality|neighbou?rhood|locality|region|valley|mountains?|hills?|plains?|front)\s*)?(?:\(|,\s*|(?:in|of)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)


def _within_their_containers(
    resolved: list[PlaceMention], candidates: list[Candidate], texts: list[tuple[str, int]], gazetteer: Gazetteer | None = None
) -> list[PlaceMention]:
    """A place followed by the area that holds it ('Bara town in Idleb governorate', 'El Alto
    (La Paz)', 'Kerawa village (Kolofata, Mayo-Sava)', 'Kramatorsk, Donetsk region') lies in
    that area's country: a namesake elsewhere gives way to one there, else to no reading, so
    that the event falls back on the area (a namesake there that only an alternate name gives
    counts too). After a comma the area must be a region or country,
    or a city no smaller than the town that ends its clause ('Kyiv, Lviv and Odesa' is a list;
    'in Shay Valley, Kirkuk.' is not)."""
    readings = {c.start: c.places for c in candidates}
    kept = list(resolved)
    for i, (town, area) in enumerate(zip(resolved, resolved[1:])):
        if town.place is None or area.place is None or town.place.feature != "city" or not area.place.country_code:
            continue
        if _beyond_the_town_it_lies_in(town, area, texts, gazetteer):
            kept[i] = replace(town, place=None, method="not in its container", confidence=0.0)
            continue
        if town.place.country_code == area.place.country_code or area.confidence < min(town.confidence, CONFIDENT):
            continue  # the same country, or an area read less surely than the town: no evidence against the town
        if holds_no_city(area, town) or _city_read_for_a_district(area, town, readings.get(area.start, ()), texts):
            continue
        gap = _text_between(town, area, texts)
        gap = gap if gap is None else _without_the_name_repeated(gap, town.text)
        if (
            gap is None
            or not CONTAINER_GAP.match(gap)
            or (gap.strip() == "," and area.place.feature not in ("region", "country") and not _city_holding(area, town, texts))
        ):
            continue
        if _is_possessive(area, texts):
            continue  # 'the city of Melitopol, Russia's Interfax news agency said': Russia owns the agency
        holder = area.place
        there = [p for p in readings.get(town.start, ()) if p.country_code == holder.country_code]
        if not there and gazetteer is not None:  # 'Sudbury (Ontario)': Greater Sudbury, which its own-name namesakes abroad shadowed
            there = [
                p for p in gazetteer.lookup(town.text) if p.country_code == holder.country_code and p.admin1_code == holder.admin1_code and p.feature == "city"
            ]
        best = max(there, key=lambda p: (p.admin1_code == holder.admin1_code, p.population), default=None)
        kept[i] = replace(town, place=best, method="contained" if best else "not in its container", confidence=town.confidence if best else 0.0)
    return kept


def _without_the_name_repeated(gap: str, name: str) -> str:
    """The text between a town and its area, without the town's name repeated at the head of the
    brackets, as ACLED's notes write a town of the same name as its district: 'in Andarab
    (Andarab, Baghlan)' has the gap ' (' before Baghlan."""
    return re.sub(rf"\(\s*{re.escape(name)}\s*,\s*$", "(", gap, flags=re.IGNORECASE)


PART_OF_TOWN_REACH_KM = 50.0  # a park or quarter said to lie in a town lies no farther from it
PROVINCE_NAME_LIKENESS = 80  # rapidfuzz ratio of a city's name as written and its province's ('al-Hasakeh', 'Al-Hasakah')


def _names_its_province_too(city: PlaceMention, gazetteer: Gazetteer) -> bool:
    """'Donetsk', 'al-Hasakeh': the city's name is its province's, which the words may mean."""
    if any(p.feature == "region" for name in (city.text, f"{city.text} region") for p in gazetteer.lookup(name)):
        return True
    province = gazetteer.region(city.place.country_code, city.place.admin1_code) if city.place is not None else None
    return province is not None and fuzz.partial_ratio(fold(city.text), fold(province.name)) >= PROVINCE_NAME_LIKENESS


def _beyond_the_town_it_lies_in(town: PlaceMention, area: PlaceMention, texts: list[tuple[str, int]], gazetteer: Gazetteer | None) -> bool:
    """'Rogers Park in Beaumont (Texas)', 'the parish priest of San Siro in Soresina': a name said
    to lie in a town, read as a town far from it, is a park or quarter of that town named like a
    town elsewhere. Not where the second name is also a province's ('Kramatorsk in Donetsk')."""
    if town.place is None or area.place is None or town.place.feature != "city" or area.place.feature != "city":
        return False
    gap = _text_between(town, area, texts)
    if gap is None or gap.strip().lower() != "in":
        return False
    if gazetteer is None or _names_its_province_too(area, gazetteer):
        return False
    here, there = town.place, area.place
    return kilometres_between(here.latitude, here.longitude, there.latitude, there.longitude) > PART_OF_TOWN_REACH_KM


def _city_read_for_a_district(area: PlaceMention, town: PlaceMention, readings: Iterable[Place], texts: list[tuple[str, int]]) -> bool:
    """'Bhimdatta municipality (Kanchanpur district)': the qualifier names a district the gazetteer
    lacks, and a town abroad smaller than the town it would hold (India's Kanchanpur) is no
    evidence against a town spelt as its own name. A name with a province among its readings
    still is ('Deir ez Zor governorate'), as is a city larger than the town ('Najaf district')."""
    if area.place is None or town.place is None or area.place.feature != "city" or any(p.feature == "region" for p in readings):
        return False
    if area.place.population >= town.place.population or plain(town.place.name) != plain(town.text):
        return False  # nor against a town read abroad by another of its names ('Houla ... Marjayoun District')
    after = _text_after(area, texts)
    return after is not None and bool(DIVISION_WORD_AFTER.match(after))


def _text_after(mention: PlaceMention, texts: list[tuple[str, int]]) -> str | None:
    """The rest of the mention's paragraph after it (None if no paragraph holds it)."""
    for text, offset in texts:
        if offset <= mention.start and mention.end <= offset + len(text):
            return text[mention.end - offset :]
    return None


def holds_no_city(qualifier: PlaceMention, town: PlaceMention) -> bool:
    """A village read for a qualifier cannot hold a city many times its size: the qualifier is the
    misread name ('Brasilia (Distrito Federal)' is not in a Mexican hamlet of that name)."""
    area, place = qualifier.place, town.place
    return area is not None and place is not None and area.feature == "city" and max(area.population, SMALL_PLACE_POPULATION) * DWARFED_RATIO < place.population


def _is_possessive(mention: PlaceMention, texts: list[tuple[str, int]]) -> bool:
    """The name is followed by "'s": it owns something ('Russia's Interfax'), it holds nothing."""
    after = _text_after(mention, texts)
    return after is not None and after[:2] in ("'s", "’s")


def _city_holding(area: PlaceMention, town: PlaceMention, texts: list[tuple[str, int]]) -> bool:
    """A city after a comma holds the town before it where it ends its clause and is no smaller
    ('in Shay Valley, Kirkuk.', '(Bouhajla, Kairouan)'); 'Kyiv, Lviv and Odesa' is a list."""
    if area.place is None or town.place is None or area.place.population < town.place.population:
        return False
    after = _text_after(area, texts)
    return after is not None and bool(re.match(r"\s*([.;:)]|$)", after))


def _text_between(first: PlaceMention, second: PlaceMention, texts: list[tuple[str, int]]) -> str | None:
    """The article's text between two mentions of one paragraph (None across paragraphs)."""
    for text, offset in texts:
        if offset <= first.start and second.end <= offset + len(text):
            return text[first.end - offset : second.start - offset]
    return None


def _capitals_named(docs: list[tuple[Doc, int]], gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """'in the west of the Russian capital', 'the Ukrainian capital': the country's capital city."""
    named = []
    for doc, offset in docs:
        if "capital" not in paragraph_text(doc).lower():
            continue  # most paragraphs: no need to look at each word
        for token in doc[:-1]:
            following = doc[token.i + 1]
            if not token.is_title or following.lower_ != "capital":
                continue
            code = demonyms().get(fold(token.text), "")
            capital = gazetteer.capital_of(code) if len(code) == 2 else None
            start, end = offset + token.idx, offset + following.idx + len(following.text)
            if capital is not None and not any(m.start < end and start < m.end for m in found):
                named.append(PlaceMention(f"{token.text} {following.text}", start, end, capital, 1.0, "capital"))
    return named


def _text_around(candidate: Candidate, texts: list[tuple[str, int]]) -> tuple[str, str]:
    """The few words before and after a candidate in its paragraph."""
    for text, offset in texts:
        if offset <= candidate.start < offset + len(text):
            return text[max(0, candidate.start - offset - 20) : candidate.start - offset], text[candidate.end - offset : candidate.end - offset + 20]
    return "", ""


def _with_implied_areas(context: PlaceContext, regions: list[Place]) -> PlaceContext:
    """Regions the text implies ('the OSCE SMM observed...': Donetsk and Luhansk) count as named
    ones. Their middles break ties among their villages, unless the article's date gives a front:
    the fighting, not the middle of an oblast, is where an observer's villages lie."""
    if not regions:
        return context
    weights = Counter((p.country_code, p.admin1_code) for p in regions if p.admin1_code)
    points = () if context.front else tuple((p.latitude, p.longitude) for p in regions)
    return replace(context, admin1_weights=context.admin1_weights + weights, anchors=(points + context.anchors)[:MAX_ANCHORS])


def _near_the_groups_named(candidates: list[Candidate], homes: frozenset[str], peoples: frozenset[str]) -> list[Candidate]:
    """Where the text names armed groups of a country ('Al Shabaab withdrew from Mahas'), a town
    read far from it (Mahis in Jordan), in no country its peoples or other names give, is a
    place the gazetteer lacks, not that town: a group fights at home and across its borders.
    A large city written as its own name ('an attack in Paris') stays a reading anywhere."""
    if not homes:
        return candidates
    near = homes | peoples | {n for home in homes for n in neighbours_of(home)}
    countries_by_name: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        countries_by_name[fold(candidate.text)].update(p.country_code for p in candidate.places)
    names_in = Counter(code for codes in countries_by_name.values() for code in codes)  # how many names could lie in each country
    kept = []
    for candidate in candidates:
        own = countries_by_name[fold(candidate.text)]
        places = tuple(
            p
            for p in candidate.places
            if p.country_code in near
            or names_in[p.country_code] > (p.country_code in own)  # another name of the text could lie there
            or p.feature not in ("city", "region")
            or (p.population >= LARGE_PLACE_POPULATION and plain(candidate.text) == plain(p.name))
            or _in_its_own_language(candidate, p)
        )
        if places:
            kept.append(replace(candidate, places=places))
    return kept


def _far_from_the_peoples_named(candidates: list[Candidate], peoples: frozenset[str]) -> list[Candidate]:
    """A town whose readings lie in two or more countries, none of them a country whose people the
    text names nor a neighbour of one ('Malian troops killed two militants near Boni': Bonny in
    Nigeria, Bonn, Bőny in Hungary), when none of them is spelt as the text spells it: a place the
    gazetteer lacks, not one of those. A town written as its own name stays a reading anywhere
    ('Ukrainians demonstrated in Pau')."""
    if not peoples:
        return candidates
    near = peoples | {n for people in peoples for n in neighbours_of(people)}
    kept = []
    for candidate in candidates:
        towns = [p for p in candidate.places if p.feature in ("city", "region")]
        countries = {p.country_code for p in towns}
        far = len(towns) == len(candidate.places) and len(countries) >= 2 and not countries & near
        if far and not any(plain(candidate.text) == plain(p.name) for p in towns):
            continue  # only loose spellings of towns far away; 'Pau' in a note naming Ukrainians is still Pau
        kept.append(candidate)
    return kept


def _plausible_here(candidate: Candidate, context: PlaceContext, shared: frozenset[tuple[str, str]] = frozenset()) -> bool:
    """Fuzzy matches (Ukraine's towns spelt loosely) only in an article about Ukraine, or naming no
    sure place but Ukrainians or Russians ('Yanki' in a note about Nigeria is no Dzhankoy); a town abroad
    that spaCy does not call a place only when written as its main name, in a region the
    article names ('Dick' is no nickname of Dickinson, North Dakota), or, where no sure name
    says which country the article is about, in a province another of its names could lie in ('Salh, Taizz')."""
    if candidate.method == ARABIC_SPELLING:  # 'Quamishli' in a note naming Syria's provinces or Syrians
        return any(_of_the_article(p, context) for p in candidate.places) or (context.focus_country == NO_FOCUS and _one_great_city(candidate.places))
    if candidate.method.startswith("fuzzy"):
        return context.focus_country == FOCUS_COUNTRY or (context.focus_country == NO_FOCUS and bool(context.peoples & WAR_PEOPLES))
    if candidate.unlabelled:
        return any(
            (plain(candidate.text) == plain(p.name) or candidate.text.split()[0].lower() in TOPONYM_HEADS)  # 'Tal Rifaat' is Tall Rif'at
            and (_in_context(p, context) or _agreed_on(p, context, shared) or _among_peoples(p, context))
            for p in candidate.places
        )
    return True


DOMINANT_RATIO = 10  # times the next reading's population that makes one city the obvious reading of a loose spelling


def _one_great_city(places: tuple[Place, ...]) -> bool:
    """One reading a large city and ten times any other: 'demonstrated in Nassriya city' is Iraq's
    Nasiriyah, where nothing names the country, not a village of that skeleton elsewhere."""
    ranked = sorted(places, key=lambda p: p.population, reverse=True)
    if not ranked or ranked[0].feature != "city" or ranked[0].population < LARGE_PLACE_POPULATION:
        return False
    return len(ranked) == 1 or ranked[0].population >= DOMINANT_RATIO * max(ranked[1].population, 1)


def _of_the_article(place: Place, context: PlaceContext) -> bool:
    """In the article's country, a region it names, or a country whose people it names."""
    return (
        place.country_code == context.focus_country
        or (place.country_code, place.admin1_code) in context.admin1_weights
        or place.country_code in context.peoples
    )


def _large_own_reading(candidate: Candidate) -> bool:
    """'marched through central Cardiff': a city of its size, written as its own name, after a
    word that places things, is a place even where spaCy labels nothing and nothing else says the country."""
    return any(p.feature == "city" and p.population >= LARGE_PLACE_POPULATION for p in _unlabelled_own_readings(candidate))


def _in_its_own_language(candidate: Candidate, place: Place) -> bool:
    """'Milano', 'Warszawa': a large city by the name its own people give it, which spaCy calls a
    place, the only place so called (its region or a row of the gazetteer for it aside), and no
    common English word (not 'Morro' of a Brazilian hill read as Moro, Pakistan)."""
    if (
        candidate.unlabelled
        or candidate.method != "exact"
        or place.feature != "city"
        or place.population < LARGE_PLACE_POPULATION
        or is_a_common_word(candidate.text)
    ):
        return False
    return all(kilometres_between(p.latitude, p.longitude, place.latitude, place.longitude) <= ENDONYM_REACH_KM for p in candidate.places)


ENDONYM_REACH_KM = 50  # 'Praha': Prague and the Praha of the gazetteer's second row are one place


def _unlabelled_own_readings(candidate: Candidate) -> list[Place]:
    """The readings whose own name a name spaCy does not call a place spells exactly (none for loose spellings)."""
    if not candidate.unlabelled or candidate.method.startswith("fuzzy"):
        return []
    return [p for p in candidate.places if plain(candidate.text) == plain(p.name)]


def _opens_a_qualifier(before: str, after: str) -> bool:
    """The first name in the brackets after another, not cut from a longer one: '(Ouagadougou, Kadiogo)',
    '(Jos North LGA, Plateau)', not '(Rabat-e Sangi-ye Pain)'."""
    return bool(QUALIFIER_OPENING.search(before)) and not after.startswith(("-", "'", "’"))


def _placed_by_its_words(candidate: Candidate, context: PlaceContext, unqualified: bool) -> bool:
    """A name after a word that places things ('in', 'through') that spaCy does not call a place:
    a large city of that name ('marched through central Cardiff'), or, where nothing else in the
    text says the country, the one place in the world of that very name ('marched through Bungay'),
    unless a qualifier follows that does not hold it ('in La Cristalina (Meta)': not Mexico's)."""
    return _large_own_reading(candidate) or (context.focus_country == NO_FOCUS and unqualified and _sole_own_reading(candidate))


def _sole_own_reading(candidate: Candidate) -> bool:
    """The gazetteer knows places by this name in one country only, and it is each one's own name
    ('in downtown Malchow': two German towns of the name, no other)."""
    own = _unlabelled_own_readings(candidate)
    return bool(own) and len(own) == len(candidate.places) and len({p.country_code for p in own}) == 1


def _among_peoples(place: Place, context: PlaceContext) -> bool:
    """In a country whose people the article names, when no sure place name says where it is."""
    return context.focus_country == NO_FOCUS and place.country_code in context.peoples


def _agreed_on(place: Place, context: PlaceContext, shared: frozenset[tuple[str, str]]) -> bool:
    return (place.country_code, place.admin1_code) in shared and context.focus_country == NO_FOCUS


def _regions_of_two_names(candidates: list[Candidate]) -> frozenset[tuple[str, str]]:
    """The provinces in which two or more of the article's different names could lie: ACLED's
    notes never name the country, but 'Rupganj Upazila, Narayanganj' and 'Dhaka' share one."""
    return frozenset(region for region, names in _readings(candidates).items() if names >= 2)


def _in_context(place: Place, context: PlaceContext) -> bool:
    """In a region the article names, or a province or sizeable town of the country it is about."""
    in_region = (place.country_code, place.admin1_code) in context.admin1_weights
    in_focus = place.country_code == context.focus_country
    return in_region or (in_focus and (place.feature == "region" or place.population >= TOWN_IN_FOCUS_POPULATION))


def _merged(first: PlaceContext, second: PlaceContext) -> PlaceContext:
    """The second pass's context: both passes' regions and points, the surer focus."""
    weights = first.admin1_weights + second.admin1_weights
    anchors = tuple(dict.fromkeys(first.anchors + second.anchors))[:MAX_ANCHORS]
    focus = second.focus_country or first.focus_country
    return PlaceContext(weights, focus, anchors, readings=first.readings, linked=first.linked, peoples=first.peoples, front=first.front)


def _district_links(candidates: list[Candidate], district_of: dict[int, int]) -> frozenset[int]:
    """Readings that another name of the article vouches for: 'Paris' and 'Henry County'
    together are Paris, Tennessee, and Henry County, Tennessee, where Paris lies; 'Pavlivka'
    with 'Volnovakha district' is the Pavlivka of that raion."""
    readings = _readings_by_name(candidates)
    naming: dict[int, set[str]] = defaultdict(set)  # district -> names that name it
    holding: dict[int, set[str]] = defaultdict(set)  # district -> names with a town in it
    for name, places in readings.items():
        for p in places:
            if p.feature == "region":
                naming[p.geonameid].add(name)
            if p.geonameid in district_of:
                holding[district_of[p.geonameid]].add(name)
    linked = set()
    for name, places in readings.items():
        for p in places:
            district = district_of.get(p.geonameid)
            if district is not None and naming.get(district, set()) - {name}:
                linked.add(p.geonameid)
            if p.feature == "region" and holding.get(p.geonameid, set()) - {name}:
                linked.add(p.geonameid)
    return frozenset(linked)


def _readings(candidates: list[Candidate]) -> Counter:
    """For each region, how many of the article's different names have a reading in it:
    'Paris' and 'Henry County' together point to Tennessee, where both are."""
    regions_by_name = (
        {(p.country_code, p.admin1_code) for p in places if p.admin1_code and p.feature in ("city", "region")}
        for places in _readings_by_name(candidates).values()
    )
    return Counter(region for regions in regions_by_name for region in regions)


def _readings_by_name(candidates: list[Candidate]) -> dict[str, set[Place]]:
    """Every reading of each different name (as folded) in the article."""
    readings: dict[str, set[Place]] = defaultdict(set)
    for c in candidates:
        readings[fold(c.text)].update(c.places)
    return readings


@dataclass(frozen=True)
class PlaceContext:
    """What the whole article says about where it is: regions and country focus."""

    admin1_weights: Counter
    focus_country: str
    anchors: tuple[tuple[float, float], ...] = ()  # points of the places the article names unambiguously
    within: tuple[str, str] | None = None  # (country, admin1) the place is known to be in: a hard constraint
    readings: Counter = field(default_factory=Counter)  # (country, admin1) -> how many of the article's names could lie there
    linked: frozenset[int] = frozenset()  # readings tied to another name: a town in a county the article names, or that county
    peoples: frozenset[str] = frozenset()  # countries whose people the article names ('Lebanese', 'Palestinians')
    front: Front = NO_FRONT  # the fronts of the article's date

    @functools.cached_property
    def home_region(self) -> tuple[str, str] | None:
        """The (country, admin1) the article names far more than any other: a local paper's state."""
        ranked = self.admin1_weights.most_common(2)
        if not ranked or ranked[0][1] < HOME_REGION_MIN_WEIGHT:
            return None
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        return ranked[0][0] if ranked[0][1] >= HOME_REGION_LEAD * runner_up else None


def article_context(candidates: list[Candidate]) -> PlaceContext:
    unambiguous = [c.places[0] for c in candidates if len({(p.country_code, p.admin1_code) for p in c.places}) == 1]
    context = _context_from(unambiguous)
    one_country = Counter(c.places[0].country_code for c in candidates if len({p.country_code for p in c.places}) == 1)
    return replace(context, focus_country=_focus_country(one_country, context.admin1_weights))


def _context_from(places: Iterable[Place]) -> PlaceContext:
    admin1: Counter = Counter()
    countries: Counter = Counter()
    anchors = []
    for place in places:
        countries[place.country_code] += 1
        if place.admin1_code and place.feature not in ("country", "continent"):
            admin1[(place.country_code, place.admin1_code)] += 1
        if place.feature in ("city", "landmark", "river"):
            anchors.append((place.latitude, place.longitude))
    return PlaceContext(admin1, _focus_country(countries, admin1), tuple(anchors[:MAX_ANCHORS]))


def _focus_country(countries: Counter, admin1_weights: Counter | None = None) -> str:
    """The country the article names most (unambiguously); none without evidence.

    Ties go to Ukraine, then to the country whose regions and towns the article names most.
    """
    if not countries:
        return NO_FOCUS
    top = max(countries.values())
    leaders = sorted(c for c, n in countries.items() if n == top)
    if FOCUS_COUNTRY in leaders:
        return FOCUS_COUNTRY
    local: Counter = Counter()
    for (country, _), weight in (admin1_weights or Counter()).items():
        local[country] += weight
    return max(leaders, key=lambda c: (local[c], c == leaders[0]))


def context_of(mentions: Iterable[PlaceMention]) -> PlaceContext:
    """The context that confidently resolved mentions give, for resolving more names."""
    return _context_from(m.place for m in mentions if m.place is not None and m.confidence >= CONFIDENT)


def resolve_name(name: str, gazetteer: Gazetteer, context: PlaceContext | None = None, start: int = 0) -> PlaceMention:
    """A single name resolved in a context (an article's, or Ukraine by default).

    For names found some other way than ``find_places``: gold toponyms in a benchmark,
    a town and province from a table. Unknown names come back unresolved, never guessed.
    """
    context = context or PlaceContext(Counter(), FOCUS_COUNTRY)
    end = start + len(name)
    region = gazetteer.abbreviation(name)
    if region is not None:
        return PlaceMention(name, start, end, region, 1.0, "abbreviation")
    nation = nation_of_demonym(name, gazetteer)
    if nation:
        return _resolve(Candidate(name, start, end, tuple(nation), "demonym"), context, gazetteer.capitals)
    region = gazetteer.region(*context.within) if context.within else None
    lookups = [("exact", lambda: (own_names_first(gazetteer.lookup(name), name), 100.0)), ("fuzzy", lambda: gazetteer.fuzzy_lookup(name))]
    within = context.within
    if within is not None:  # a town of a given province: its villages' spellings too ('Dibrovne' is 'Dibrivne')
        lookups.append(("fuzzy+province", lambda: gazetteer.fuzzy_lookup_in(name, *within)))
    for method, lookup in lookups:
        places, score = lookup()
        places = _inside(places, context.within, region)
        if places:
            return _resolve(Candidate(name, start, end, tuple(places), method, score), context, gazetteer.capitals)
    if region is not None:  # the town is unknown, but not where it is: say the region, never a far homonym
        return PlaceMention(name, start, end, region, REGION_FALLBACK_CONFIDENCE, "region-fallback")
    return PlaceMention(name, start, end, None, 0.0, "unresolved")


def _inside(places: list[Place], within: tuple[str, str] | None, region: Place | None) -> list[Place]:
    """The places in the given region, or near its middle (Sevastopol for 'Crimea')."""
    if within is None:
        return places
    return [
        p
        for p in places
        if (p.country_code, p.admin1_code) == within
        or (region is not None and kilometres_between(p.latitude, p.longitude, region.latitude, region.longitude) <= NEARBY_KM)
    ]


def _resolve(candidate: Candidate, context: PlaceContext, capitals: frozenset[int]) -> PlaceMention:
    cities = {(p.country_code, p.admin1_code) for p in candidate.places if p.feature == "city"}
    scored = sorted(((_score(p, candidate, context, capitals, cities), p.geonameid, p) for p in candidate.places), key=lambda t: (-t[0], t[1]))
    best_score, _, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else None
    confidence = 1.0 if runner_up is None else 1 / (1 + math.exp(-(best_score - runner_up)))
    if candidate.method.startswith("fuzzy"):
        confidence *= FUZZY_CONFIDENCE_FACTOR * candidate.fuzzy_score / 100
    method = candidate.method + ("+context" if len(scored) > 1 else "")
    return PlaceMention(candidate.text, candidate.start, candidate.end, best, round(confidence, 3), method)


def _score(place: Place, candidate: Candidate, context: PlaceContext, capitals: frozenset[int], cities: set) -> float:
    return sum(w * v for w, v in zip(_WEIGHTS_IN_ORDER, _feature_values(place, candidate, context, capitals, cities)))


def ranking_features(place: Place, candidate: Candidate, context: PlaceContext, capitals: frozenset[int], cities: set) -> dict[str, float]:
    """What speaks for reading ``candidate`` as ``place``, by name (see ``_feature_values``)."""
    return dict(zip(RANKING_WEIGHTS, _feature_values(place, candidate, context, capitals, cities)))


def _feature_values(place: Place, candidate: Candidate, context: PlaceContext, capitals: frozenset[int], cities: set) -> tuple[float, ...]:
    """What speaks for reading ``candidate`` as ``place``, each a number that ``RANKING_WEIGHTS``
    weighs: the kind of place, its size, whether it is the capital, in the article's country,
    region or near its other places, how the name matched. ``scripts/fit_place_ranking.py``
    fits the weights on one geoparsing set and scores them on another."""
    named_after_its_city = place.feature == "region" and (place.country_code, place.admin1_code) in cities  # Kharkiv
    foreign_country = any(p.feature == "country" and p.country_code != context.focus_country for p in candidate.places)
    population = place.population * (REGION_POPULATION_SHARE if named_after_its_city else 1)
    if place.feature == "city":
        population = max(population, SMALL_PLACE_POPULATION)  # among villages, where the article is counts, not size
    in_focus = place.country_code == context.focus_country or (not place.country_code and bool(context.focus_country))  # a sea is no country's
    in_region = (place.country_code, place.admin1_code) in context.admin1_weights
    companions = context.readings[(place.country_code, place.admin1_code)] - 1 if place.admin1_code else 0  # other names there
    coherent = COMPANION_BONUS * min(max(companions, 0), MAX_COMPANIONS) if _not_dwarfed(place, candidate) else 0.0
    nearness = _nearness(place, context.anchors)
    district = DISTRICT_BONUS if place.geonameid in context.linked else 0.0
    overshadowed = _overshadowed(place, candidate)
    front_line = 0.0 if overshadowed or not _about_the_war_there(place, context) else _front_line(place, context.front)
    context_value = max(CONTEXT_REGION_BONUS * in_region, coherent, nearness, district)
    return (  # in the order of RANKING_WEIGHTS
        FEATURE_BONUS[place.feature],  # kind
        math.log10(population + 1),  # log_population
        float(_is_curated_feature(place)),  # curated_feature
        float(place.approximate),  # approximate: on a tie, the namesake whose own point is known
        float(place.geonameid in capitals),  # capital
        float(in_focus and not overshadowed and (context_value > 0 or front_line > 0 or _not_dwarfed(place, candidate))),  # focus_country
        float(in_focus and place.feature == "region" and foreign_country and not named_after_its_city),  # focus_region: 'Georgia' in a US article
        float(not in_focus and _among_peoples(place, context)),  # peoples_country
        context_value,  # context: one reason
        float(_at_home(place, candidate, context)),  # home_region
        nearness,  # nearness: then distance
        float(candidate.method.startswith("fuzzy")),  # fuzzy
        float(fold(candidate.text) == fold(place.name) and not named_after_its_city),  # primary_name: 'New York' is the city
        front_line,  # front_line: near the fighting of the article's date
    )


# The hand-set weights of ``ranking_features`` (their scale is the bonuses' own: a bonus of 3 is
# three orders of magnitude of population).
RANKING_WEIGHTS: dict[str, float] = {
    "kind": 1.0,
    "log_population": POPULATION_WEIGHT,
    "curated_feature": CURATED_FEATURE_BONUS,
    "approximate": -APPROXIMATE_PENALTY,
    "capital": CAPITAL_BONUS,
    "focus_country": FOCUS_COUNTRY_BONUS,
    "focus_region": FOCUS_REGION_BONUS,
    "peoples_country": PEOPLES_COUNTRY_BONUS,
    "context": 1.0,
    "home_region": HOME_REGION_BONUS,
    "nearness": NEARNESS_TIEBREAK,
    "fuzzy": -FUZZY_PENALTY,
    "primary_name": PRIMARY_NAME_BONUS,
    "front_line": FRONT_LINE_BONUS,
}
_WEIGHTS_IN_ORDER = tuple(RANKING_WEIGHTS.values())


def _at_home(place: Place, candidate: Candidate, context: PlaceContext) -> bool:
    """In the province or state the article is about, and no village beside a great town of its very
    name (Moscow, Tennessee is not meant by 'Moscow' in an article that names Tennessee's towns)."""
    if place.feature == "country" or (place.country_code, place.admin1_code) != context.home_region:
        return False
    namesakes = [p.population for p in candidate.places if p.feature == place.feature and fold(p.name) == fold(candidate.text)]
    return max(place.population, SMALL_PLACE_POPULATION) * DWARFED_RATIO >= max(
        namesakes, default=0
    )  # towns of that very name: not Melitopol, once Novooleksandrivka


def _not_dwarfed(place: Place, candidate: Candidate) -> bool:
    """Names that could lie together are no reason to prefer a village to a namesake a
    hundred times its size ('Warsaw' and 'Geneva' both in Indiana do not beat Poland's capital),
    nor is the article's country where nothing else the article names (a province, a district, a
    place nearby, the front) vouches for the village ('a rally in Poznan against the war in
    Ukraine' is Poland's city, not Ukraine's village; 'the Paris Police Department ... in Edgar
    County, Illinois' is Illinois' Paris)."""
    largest = max(p.population for p in candidate.places)
    return max(place.population, SMALL_PLACE_POPULATION) * DWARFED_RATIO >= largest


def _overshadowed(place: Place, candidate: Candidate) -> bool:
    """Read by another of its names, and a quarter the size or less of the largest namesake, a
    large city whose own name the text spells: 'Kaluga' is Russia's city, not Ukraine's village
    Kaluha, 'Bari' Italy's, not Ukraine's Bar, and 'Podolsk' Russia's, not Ukraine's Podilsk,
    whatever the article's country or front."""
    own_name = plain(candidate.text)
    largest = max(candidate.places, key=lambda p: p.population)
    return (
        plain(place.name) != own_name
        and plain(largest.name) == own_name
        and largest.population >= LARGE_PLACE_POPULATION
        and max(place.population, SMALL_PLACE_POPULATION) * OVERSHADOWED_RATIO <= largest.population
    )


def _is_curated_feature(place: Place) -> bool:
    """A sea, river, range or named area from the project's own lists: known by definition."""
    return place.feature in ("landmark", "river") and place.geonameid < 0


def _nearness(place: Place, anchors: tuple[tuple[float, float], ...]) -> float:
    """The bonus for lying near a place the article names: more, the nearer."""
    if not anchors:
        return 0.0
    closest = min(kilometres_between(place.latitude, place.longitude, lat, lon) for lat, lon in anchors)
    return next((bonus for km, bonus in NEARNESS_BONUSES if closest <= km), 0.0)


def _about_the_war_there(place: Place, context: PlaceContext) -> bool:
    """The text says it is about the place's country or the war there: the country is its focus
    or holds a region it names or implies, or it names the place's people or those of the war
    ('Russian forces shelled Nadiia'). A front
    is one theatre's data: 'BSF troops shot a smuggler in Nadia' is no village on it."""
    return (
        context.focus_country == place.country_code
        or place.country_code in context.peoples
        or bool(context.peoples & WAR_PEOPLES)
        or any(country == place.country_code for country, _ in context.admin1_weights)  # 'the OSCE SMM observed': its oblasts
    )


def _front_line(place: Place, front: Front) -> float:
    """How near a town lies to a front of its own country on the article's date: 1 on the
    front, falling to 0 at ``FRONT_LINE_REACH_KM``. Only towns and villages: an oblast is
    where the fighting is or not, not nearer or farther."""
    if place.feature != "city" or not front:
        return 0.0
    distance = front.kilometres_to(place.country_code, place.latitude, place.longitude)
    return max(0.0, 1.0 - distance / FRONT_LINE_REACH_KM) if distance is not None else 0.0
