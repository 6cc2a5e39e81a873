"""Place names: the names in a parsed text that could be places, before resolution.

Recognition does not trust spaCy's entity labels (the small model calls Izyum a
WORK_OF_ART and Kyiv a PERSON): every capitalised run of up to three tokens (more after
'South', 'St.', and with 'of'/'and' inside) is looked up in the gazetteer by its folded
spelling, state abbreviations as written, and a fuzzy match is tried for tokens that
spaCy or the context (a locative preposition, "region", "town of") mark as places. A cue
word after the name picks the region or raion over the city of the same name ("Kharkiv
region", "Bakhmut district"); "Town, Region" keeps the readings that fit. Rules keep out
what only looks like a town: people's names, titles, common nouns, the tails of longer
names ("Washington Post"), acronyms, and small towns abroad that spaCy does not see as
places (``Candidate.unlabelled``, kept by ``places`` only where the article is about).
Each ``Candidate`` carries every gazetteer reading of its name; ``places`` chooses.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .gazetteer import FOCUS_COUNTRIES, LEADING_ABBREVIATIONS, WORLD_ALTERNATE_NAMES_MIN_POPULATION, Gazetteer, demonyms
from .gazetteer import cached_fold as fold  # names recur: each is folded once
from .models import Place, PlaceMention

MAX_NAME_TOKENS = 3
MAX_LANDMARK_EXTRA_TOKENS = 3  # "nuclear power plant" after "Zaporizhzhia"
CONTINENT_PREFIX = "continent:"
AREA_PREFIX = "area:"
REGION_LIST_LOOKBACK = 6  # "the regions of Kherson and Zaporizhzhia": tokens back to look for "regions of"
FOCUS_COUNTRY = "UA"
LARGE_PLACE_POPULATION = 100_000
REGION_CUES = frozenset({"region", "regions", "oblast", "oblasts", "province", "provinces"})
NAME_PREFIXES = frozenset(
    """north south east west northern southern eastern western central upper lower st saint mt ft
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern""".split()
)  # words that start a place's name ('South Korea', 'St. Louis') but are no place alone
WATERS_AND_LANDS = frozenset({"landmark", "river", "country", "continent"})
COMMON_NOUNS = frozenset(
    """
    street road avenue drive lane boulevard highway route square court hall center centre station airport
    police union state valley city town village county park church school college university hospital
    officer sergeant detective deputy lieutenant captain sheriff trooper judge chief colonel major corporal
    agent senator representative congressman councilman commissioner superintendent principal coach pastor
    reverend king queen prince princess pope bishop
    """.split()
)  # alone, 'Street', 'Police' or 'Officer' is a word, not the town of Street, Somerset
DIVISION_WORDS = frozenset({"county", "parish", "township", "borough", "oblast", "raion", "province"})
WORD_ABBREVIATIONS = frozenset("ill mass wash man miss mo ind del ore cal me col la pa penn tex".split())
INSIDE_NAME_MIN_POPULATION = 5_000  # 'Paris' in 'Paris Police Department' is a place; 'War' in 'Study of War' is not
DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # 'U.S.', 'U.K.', 'L.A.'
LIST_JOINT = re.compile(r"\s*(,\s*(and\s+|or\s+)?|\s(and|or)\s+)")
ROMANISED_COUNTRIES = frozenset({"UA", "RU", "BY"})  # names spelt many ways from Cyrillic
MAX_ACRONYM_LETTERS = 4
MAX_ABBREVIATION_LENGTH = 6  # 'N.W.T.', 'Calif.'; the longest abbreviation the table holds
FEATURE_PREFIXES = frozenset({"lake", "mount", "greater", "port", "fort", "cape", "new", "old", "great", "little", "big"})
HEADLINE_SHARE = 0.8
COMMON_WORD_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "ADP"})
NAME_CONNECTORS = frozenset({"of", "and", "the", "&"})
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "al", "bin", "ibn", "da", "di", "du", "le"})  # lowercase, inside surnames
RAION_CUES = frozenset({"raion", "rayon", "district", "raions", "districts"})
LOCATIVE_CUES = frozenset({"in", "near", "at", "from", "to", "of", "outside", "around", "towards", "toward", "into", "across"})
PLACE_NOUNS = frozenset({"town", "city", "village", "villages", "towns", "cities", "settlement", "outskirts", "region", "oblast"})
LANDMARK_NOUNS = frozenset({"river", "lake", "sea", "bridge", "dam", "reservoir", "canal", "bay", "strait", "island", "spit"})
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "governor", "general", "spokesman", "mayor", "chancellor", "leader"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NOT_PLACE_WORDS = frozenset(
    """
    russian ukrainian western eastern southern northern european american british german french turkish
    president minister general governor mayor spokesman spokeswoman commander chief head secretary chancellor
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december today yesterday tonight east west south north
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern
    the a an this that these those there here it its he she they we i you his her their our
    army forces troops military ministry defence defense kremlin nato un eu telegram
    mr mrs ms dr sir lord lady saint st
    """.split()
)


@dataclass(frozen=True)
class Candidate:
    """A name found in the text, before resolution."""

    text: str
    start: int
    end: int
    places: tuple[Place, ...]
    method: str
    fuzzy_score: float = 100.0
    unlabelled: bool = False  # a town or province abroad that spaCy does not call a place: kept only in context


def given_candidates(names: Iterable[tuple[str, int, int]], found: list[Candidate], gazetteer: Gazetteer) -> tuple[list[Candidate], list[PlaceMention]]:
    """Candidates for the given names no found one overlaps, and mentions for those the gazetteer lacks."""
    candidates, unknown = [], []
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


def candidates_in(doc: Doc, offset: int, gazetteer: Gazetteer) -> list[Candidate]:
    found: list[Candidate] = []
    i = 0
    while i < len(doc):
        candidate, width = _candidate_at(doc, i, offset, gazetteer)
        if candidate is not None:
            found.append(candidate)
        i += max(width, 1)
    return _qualified(found, doc.text, offset)


def _qualified(candidates: list[Candidate], text: str, offset: int) -> list[Candidate]:
    """'Paris, Texas', 'Dublin, Ga.', 'Kupiansk, Ukraine': the second name says where the first is.

    When some readings of the first name lie in some reading of the second, both keep
    only those readings.
    """
    result = list(candidates)
    for k, (town, container) in enumerate(zip(candidates, candidates[1:])):
        if text[town.end - offset : container.start - offset].strip() != ",":
            continue
        following = candidates[k + 2] if k + 2 < len(candidates) else None
        if following is not None and LIST_JOINT.fullmatch(text[container.end - offset : following.start - offset]):
            continue  # 'the Zaporizhzhia, Dnipropetrovsk, and Sumy regions': a list, not 'Town, Region'
        inside = [p for p in town.places if any(_contains(c, p) for c in container.places)]
        if not inside or len(inside) == len(town.places) and len(container.places) == 1:
            continue
        holders = [c for c in container.places if any(_contains(c, p) for p in inside)]
        result[k] = replace(result[k], places=tuple(inside), method=result[k].method + "+qualified")
        result[k + 1] = replace(result[k + 1], places=tuple(holders))
    return result


def _contains(container: Place, place: Place) -> bool:
    if container.feature == "country":
        return place.country_code == container.country_code and place.feature != "country"
    return (
        container.feature == "region"
        and place.feature == "city"
        and (place.country_code, place.admin1_code) == (container.country_code, container.admin1_code)
    )


def _candidate_at(doc: Doc, i: int, offset: int, gazetteer: Gazetteer) -> tuple[Candidate | None, int]:
    token = doc[i]
    abbreviated = _abbreviation_candidate(token, offset, gazetteer)
    if abbreviated is not None:
        return abbreviated, 1
    prefixed = _is_name_prefix(token)  # 'South Korea', 'St. Louis': never a name alone
    if not (prefixed or _could_start_name(token)) or fold(token.text) in known_people():
        return None, 1
    shortest = 2 if prefixed else 1
    for width in range(min(MAX_NAME_TOKENS + prefixed, len(doc) - i), shortest - 1, -1):
        span = doc[i : i + width]
        if not all(_could_be_in_name(t) or _joins_hyphenated_name(span, t) or _joins_words_of_name(span, t) for t in span[prefixed:]):
            continue
        candidate = _exact_candidate(span, offset, gazetteer)
        if candidate:
            return candidate, _tokens_covered(doc, i, offset, candidate.end)
    if not prefixed and _looks_like_unknown_place(token):
        return _fuzzy_candidate(doc[i : i + 1], offset, gazetteer), 1
    return None, 1


def _abbreviation_candidate(token: Token, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """'Ga.', 'W.Va.', 'B.C.' anywhere; 'NJ', 'BC' only after a comma ('Trenton, NJ')."""
    if not token.text[:1].isupper() or len(token.text) > MAX_ABBREVIATION_LENGTH:
        return None
    after_comma = token.i > 0 and token.doc[token.i - 1].text == ","
    word = token.lower_.rstrip(".") in WORD_ABBREVIATIONS  # 'Mass.', 'Ill.': a word unless after 'Town,'
    styles = ("ap", "postal") if after_comma else () if word else ("ap",)
    text = token.text
    split_dot = token.i + 1 < len(token.doc) and token.doc[token.i + 1].text == "." and not token.whitespace_
    if split_dot and gazetteer.abbreviation(text + ".", styles):
        text += "."  # spaCy splits 'W.Va.' into 'W.Va' and '.'
    region = gazetteer.abbreviation(text, styles)
    if region is None:
        return None
    start = offset + token.idx
    return Candidate(text, start, start + len(text), (region,), "abbreviation")


def _exact_candidate(span: Span, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    if _is_person_name(span):
        return None
    cue = _region_cue_after(span)
    if cue:
        raion = cue.lower_ in RAION_CUES
        regions = gazetteer.lookup(f"{span.text} {'raion' if raion else 'region'}")
        if regions:
            end = span.doc[cue.i].idx + len(cue.text)
            method = "exact+raion-cue" if raion else "exact+region-cue"
            return Candidate(span.doc.text[span.start_char : end], offset + span.start_char, offset + end, tuple(regions), method)
    longer = _longest_landmark(span, offset, gazetteer)
    if longer is not None:
        return longer
    if _followed_by(span, LANDMARK_NOUNS):
        return None  # "the Oskil river" the gazetteer lacks: not the town of the same name
    places = gazetteer.lookup(span.text)
    if not places or (span[0].is_lower and not _known_lowercase(places)) or _is_common_word(span):
        return None
    if len(span) == 1 and _is_first_name(span, gazetteer):
        return None
    places = own_names_first([p for p in places if _spelled_as_known(span.text, p) and _named_plausibly(span, p)], span.text)
    if _is_acronym(span):
        places = [p for p in places if p.feature in ("country", "continent")]  # 'UAE', 'EU'; not 'TASS', 'RUSI'
    if len(span) == 1 and _tail_of_longer_name(span[0]):
        places = [p for p in places if p.feature not in ("city", "region")]
    if len(span) == 1 and span[0].pos_ in COMMON_WORD_TAGS:  # 'Panic is...', 'Tour groups': words, not towns
        places = [p for p in places if p.feature not in ("city", "region") or _mis_tagged_ukrainian_town(span.text, p)]
    if not places:
        return None
    if _after_the(span) and any(p.feature in WATERS_AND_LANDS for p in places):
        places = [p for p in places if p.feature != "city"]  # 'the Atlantic', 'the Gulf': not a town
    if _inside_other_name(span):
        places = [p for p in places if _could_name_an_institution(p)]
    if not places:
        return None
    abroad = all(p.feature in ("city", "region") and p.country_code not in FOCUS_COUNTRIES for p in places)
    provinces = all(p.feature == "region" and gazetteer.region(p.country_code, p.admin1_code) == p for p in places)  # 'Texas', 'Ontario'
    unlabelled = abroad and not provinces and span[0].ent_type_ not in PLACE_LABELS and span[-1].lower_ not in DIVISION_WORDS
    if _is_region_of(span) or _listed_before_regions(span):
        regions = gazetteer.lookup(f"{span.text} region")
        places = regions or places
    return Candidate(span.text, offset + span.start_char, offset + span.end_char, tuple(places), "exact", unlabelled=unlabelled)


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


def _is_common_word(span: Span) -> bool:
    token = span[0]
    stop = token.is_stop and not (token.is_upper and len(token) > 1)  # "US" is a place, "us" is not
    return len(span) == 1 and (stop or token.lower_ in NOT_PLACE_WORDS | COMMON_NOUNS) or fold(span.text) in known_people()


@functools.cache
def known_people() -> frozenset[str]:
    """Folded names of the war's public figures: 'Peskov' is a person, not Piskivka."""
    text = (resources.files("eventwire") / "data" / "people.csv").read_text("utf-8")
    names = set()
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


def _named_plausibly(span: Span, place: Place) -> bool:
    """A town abroad named by an alternate name needs spaCy to see a place there ('Google'
    was once Topeka's; 'Lindy' is a person, not Lindi); one that spaCy takes for a person
    must be a large one ('Martin', 'Riley' and 'Biggs' are people, not small US towns)."""
    if place.country_code in FOCUS_COUNTRIES or place.feature not in ("city", "region"):
        return True
    label = span[0].ent_type_
    if plain(span.text) != plain(place.name) and label not in ("GPE", "LOC"):
        return False
    return label != "PERSON" or place.population >= LARGE_PLACE_POPULATION


def own_names_first(places: list[Place], text: str) -> list[Place]:
    """A name written as a town's own name does not also mean a town abroad that merely
    lists it among its alternate names ('Kyiv' is not Chisinau; 'Berea' is not Aleppo)."""
    own = [p for p in places if plain(text) == plain(p.name)]
    if not own:
        return places
    countries = {p.country_code for p in own} | {FOCUS_COUNTRY}
    return [p for p in places if p.country_code in countries or p.feature not in ("city", "region")]


def _is_acronym(span: Span) -> bool:
    text = span.text
    return len(span) == 1 and text.isupper() and text.isalpha() and len(text) <= MAX_ACRONYM_LETTERS


def _tail_of_longer_name(token: Token) -> bool:
    """'Post' in 'Washington Post', 'Wall' in 'Berlin Wall', 'Lindy' in 'UN Lindy Thomas-Greenfield':
    a word right after another capitalised word belongs to that name (outside headlines)."""
    if token.is_sent_start or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    capitalised = before.is_title or before.is_upper and len(before) > 1
    exempt = before.lower_.rstrip(".") in NOT_PLACE_WORDS | NAME_PREFIXES | FEATURE_PREFIXES or fold(before.text) in demonyms()
    return capitalised and not exempt and not before.is_sent_start and not _in_headline(token.sent)


def _mis_tagged_ukrainian_town(text: str, place: Place) -> bool:
    """spaCy's small model tags Ukraine's towns as common nouns: spared when written as
    the town writes itself or when the town is a known one ('Izioum'), not a hamlet whose
    name only folds to the word ('Tour' is not Tur)."""
    ukrainian = place.country_code == FOCUS_COUNTRY
    return ukrainian and (plain(text) == plain(place.name) or place.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION)


def _in_headline(sentence: Span) -> bool:
    """A title-cased line ('Russian Forces Shell Kharkiv Overnight')."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.is_title or t.is_upper for t in words) / len(words) >= HEADLINE_SHARE


def _spelled_as_known(text: str, place: Place) -> bool:
    """Alternate names are for Ukraine and for large towns, transliteration folding for the
    countries whose names are romanised from Cyrillic; elsewhere a small town's or a
    province's name must be written as it writes itself ('Route' is not Rute, Spain; the
    surname Eberhart is not Malinovo, Slovakia, once called so; Gori is not Gorj, Romania)."""
    if place.country_code == FOCUS_COUNTRY or place.feature not in ("city", "region"):
        return True
    if place.country_code in ROMANISED_COUNTRIES and place.feature == "region":
        return True  # 'Bryansk region' is GeoNames' Brjansk
    if place.feature == "city" and place.population >= WORLD_ALTERNATE_NAMES_MIN_POPULATION:
        return True
    return plain(text) == plain(place.name)


def plain(name: str) -> str:
    """A name without accents, case or punctuation, 'St.' read as 'Saint' (and 'Mt.', 'Ft.'): as written, not folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = re.sub(r"[\W_]+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).casefold().strip()
    return re.sub(r"^(st|ste|mt|ft) ", lambda m: LEADING_ABBREVIATIONS[m.group(1)], plain)


def _could_name_an_institution(place: Place) -> bool:
    """'Paris Police Department', 'Kharkiv Regional Administration': a known place, not a hamlet called 'War'."""
    return place.country_code == FOCUS_COUNTRY or place.feature != "city" or place.population >= INSIDE_NAME_MIN_POPULATION


def _is_first_name(span: Span, gazetteer: Gazetteer) -> bool:
    """'Volodymyr Zelenskiy', 'RIA Novosti': a name followed by an unknown capitalised word."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    nxt = doc[span.end]
    if _in_headline(span.sent):
        return False
    return nxt.is_alpha and nxt.text[0].isupper() and nxt.lower_ not in NOT_PLACE_WORDS | REGION_CUES and not gazetteer.lookup(nxt.text)


def _fuzzy_candidate(span: Span, offset: int, gazetteer: Gazetteer) -> Candidate | None:
    """A name that may be a misspelt Ukrainian town: looked up (``with_fuzzy_readings``) only
    once the article turns out to be about Ukraine, as the lookup is the costly one."""
    return Candidate(span.text, offset + span.start_char, offset + span.end_char, (), "fuzzy", 0.0)


def with_fuzzy_readings(candidate: Candidate, gazetteer: Gazetteer) -> Candidate | None:
    places, score = gazetteer.fuzzy_lookup(candidate.text)
    return replace(candidate, places=tuple(places), fuzzy_score=score) if places else None


def _is_name_prefix(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_.rstrip(".") in NAME_PREFIXES


def _could_start_name(token: Token) -> bool:
    return (token.is_title or token.is_upper or token.text.lower() in _LOWERCASE_PLACES) and _could_be_in_name(token)


def _could_be_in_name(token: Token) -> bool:
    text = token.text
    return (
        len(text) >= 2
        and (text[0].isupper() or text.lower() in _LOWERCASE_PLACES or text.lower() in {"de", "la", "on", "upon"})
        and text.lower() not in NOT_PLACE_WORDS
        and not token.like_num
        and token.is_alpha | ("-" in text) | ("'" in text) | bool(DOTTED_INITIALS.fullmatch(text))
    )


def _joins_words_of_name(span: Span, token: Token) -> bool:
    """'of' in 'Republic of Armenia', 'and' in 'Trinidad and Tobago': never first or last."""
    return token.lower_ in NAME_CONNECTORS and span.start < token.i < span.end - 1


def _joins_hyphenated_name(span: Span, token: Token) -> bool:
    """The hyphen of 'Bilhorod-Dnistrovskyi', which spaCy splits into three tokens."""
    inside = span.start < token.i < span.end - 1
    return token.text in ("-", "‐") and inside and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def _is_person_name(span: Span) -> bool:
    """Part of a longer PERSON entity (Volodymyr Zelensky), not a place on its own."""
    if span.start > 0 and span.doc[span.start - 1].text in NAME_PARTICLES:
        return True  # 'von der Leyen', 'bin Salman'
    ent = span[0].ent_type_
    if ent != "PERSON" or span[0].ent_iob_ == "O":
        return False
    entity = _entity_at(span[0])
    return entity is not None and len(entity) > len(span) and entity.text.split()[-1] != span.text.split()[-1] or _followed_by_verb_of_speech(span)


def _followed_by_verb_of_speech(span: Span) -> bool:
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lemma_ in {"say", "tell", "add", "write", "claim"} and span[0].ent_type_ == "PERSON"


def _looks_like_unknown_place(token: Token) -> bool:
    if len(token.text) < 5 or not token.is_title or token.i == token.sent.start:
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if before is not None and before.lower_.rstrip(".") in PERSON_TITLES:
        return False
    cue_before = before is not None and (before.lower_ in LOCATIVE_CUES and token.ent_type_ in PLACE_LABELS | {"", "ORG", "WORK_OF_ART", "PERSON"})
    cue_around = (before is not None and before.lower_ in PLACE_NOUNS) or (after is not None and after.lower_ in REGION_CUES)
    single_entity = token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    cue_role = token.dep_ in {"dobj", "pobj", "conj", "appos"} and (token.ent_type_ in PLACE_LABELS or single_entity)
    return cue_around or cue_role or (cue_before and token.ent_type_ in PLACE_LABELS | {"PERSON"})


def _region_cue_after(span: Span) -> Token | None:
    doc = span.doc
    j = span.end
    if j < len(doc) and doc[j].lower_ in REGION_CUES | RAION_CUES:
        return doc[j]
    return None


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
