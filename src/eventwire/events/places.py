"""Event places: where the event a trigger names happened, with ACLED's geo precision.

The most precise settlements (else regions) named in the trigger's clause, leaving out
destinations ("withdrew ... to Donetsk"), places used as actors ("Kyiv's forces"), places
inside organisation names, qualifiers ("Tome (Biobio)", "Montes Claros, Minas Gerais"),
towns naming a road, where people come from, and bearings ("west of Marib"); a
neighbourhood stands for its town (``event_places``). With no place of its own, an earlier
report of the same kind of event, the paragraph or the article gives one, and a statement
is placed at the seat of whoever makes it (``FallbackPlaces``). A place the paragraph says its
event is coded at ('(coded to Manila)') is the place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Span, Token

from .. import actors as act
from ..geo.gazetteer import Gazetteer, kilometres_apart
from ..geo.place_names import nation_of_demonym
from ..geo.places import holds_no_city
from ..lexicon.events import (
    AREA_NOUNS,
    AREA_PREPOSITIONS,
    BACKGROUND_MARKERS,
    CHARGING_LEMMAS,
    CONTRASTED_PLACE,
    COUNTERPART_NOUNS,
    DESTINATION_PREPOSITIONS,
    DIRECTIONS,
    FEATURE_RANKS,
    INSTITUTION_NOUNS,
    LOCATIVE_PREPOSITIONS,
    NEAR_WORDS,
    NEIGHBOURHOOD_WORDS,
    PEOPLE_NOUNS,
    PLACE_KIND_WORDS,
    PLACE_PARTS,
    POLITICAL_TRIGGERS,
    REPORTING_LEMMAS,
    ROAD_WORDS,
    SETTING_PREPOSITIONS,
    SETTLEMENT_NOUNS,
    SITE_NOUNS,
    TERRITORY_KINDS,
    TOPIC_PREPOSITIONS,
    TRIGGERS,
    VENUE_PREPOSITIONS,
    VISIT_LEMMAS,
)
from ..lexicon.places import DWELLER_NOUNS, QUALIFIER_NOUNS, REGION_CUES
from ..models import Claim, EventMention, PlaceMention
from ..parse import paragraph_text
from ..taxonomy import family_of


def places_named_in(sentence: Span, offset: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """The article's place mentions written inside the sentence (``offset``: its paragraph's)."""
    start, end = offset + sentence.start_char, offset + sentence.end_char
    return [p for p in places if start <= p.start and p.end <= end]


CODED_AT = re.compile(r"\bcoded (?:to|as|at)\s+(?:the\s+|provincial capital\s+)?$", re.IGNORECASE)


def event_places(trigger: Token, sentence: Span, offset: int, places: list[PlaceMention], claim: Claim, kind: str) -> list[tuple[PlaceMention, int]]:
    """The places the event happened at, each with ACLED's geo precision."""
    coded = _coded_at(sentence, offset, places)
    if coded is not None:
        return [(coded, 1 if coded.place is not None and coded.place.feature == "city" else 2)]
    named = places_named_in(sentence, offset, places)
    inside = [p for p in named if p.place is not None and p.place.feature != "country"]
    usable = _without_a_march_s_goal([p for p in inside if not _is_excluded_place(p, sentence, offset, kind, trigger, named)], sentence, offset, kind)
    scope = place_scope(trigger, sentence)
    scope |= _qualifiers_of_places_in(scope)
    clause = _without_places_of_other_acts([p for p in usable if _token_at(sentence, offset, p) in scope], trigger, sentence, offset)
    if not clause:  # 'in Jalipa, a man was killed and the body was found': the setting serves both halves
        scope = place_scope(trigger, sentence, conjuncts=False)
        clause = [p for p in usable if _token_at(sentence, offset, p) in scope]
    speakers = _speaker_tokens(trigger)
    speaker = [p for p in inside if _token_at(sentence, offset, p) in speakers]
    own = (
        clause
        or _named_before(trigger, scope, usable, sentence, offset, places)
        or _there(scope | speakers, inside, sentence, offset)  # "authorities there said they had found"
        or (_settings_of(sentence, offset, _outside(_told_of_others(sentence.root, trigger), usable, sentence, offset)) if _shares_the_setting(trigger) else [])
    )
    if not own and speaker:
        return [(p, 2) for p in _unique_places(_in_prevailing_country(speaker, named))]  # 'the Kharkiv governor said': somewhere in the province
    attacked = [p for p in named if p.place is not None and p.place.feature == "country" and _attacked_there(_token_at(sentence, offset, p), trigger)]
    if not own and attacked:
        return [(attacked[0], 3)]  # 'Ukraine was subjected to massive missile salvos': the country hit, no town named
    chosen = _in_prevailing_country(own, named)
    chosen = _without_reference_points(_without_qualifiers(chosen, sentence, offset), sentence, offset)
    settlements = [p for p in chosen if p.place is not None and p.place.feature == "city"]
    towns = [p for p in settlements if not _is_district(p, sentence, offset, settlements)]
    settlements = towns or settlements
    if settlements:
        return [(p, 2 if p.place is not None and p.place.approximate else 1) for p in _unique_places(settlements)]
    return [(p, 2) for p in _unique_places(chosen)]


def _qualifiers_of_places_in(scope: set[Token]) -> set[Token]:
    """'a demonstration outside the hospital in Konyaalti, Antalya to mark ...': the province after
    a comma qualifies the place set in the clause, whatever clause the parse hangs it on (here, as
    the subject of 'to mark')."""
    found = set()
    for token in scope:
        if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS or token.i + 2 >= len(token.doc):
            continue
        comma, name = token.doc[token.i + 1], token.doc[token.i + 2]
        if comma.text == "," and name.pos_ == "PROPN" and name not in scope:
            found |= {t for t in name.subtree if t.i >= name.i and t.pos_ == "PROPN"} | {name}
    return found


def _coded_at(sentence: Span, offset: int, places: list[PlaceMention]) -> PlaceMention | None:
    """The place the paragraph says its event is coded at ('across the Philippines (coded to
    Manila)', 'Coded as provincial capital Ramadi city'): ACLED's notes say so where the event
    spans an area or its village is not on the map. Only where the paragraph's other places
    allow its country: a namesake abroad is a misreading."""
    text = paragraph_text(sentence.doc)
    here = [p for p in places if p.place is not None and 0 <= p.start - offset < len(text)]
    coded = next((p for p in here if CODED_AT.search(text[max(0, p.start - offset - 40) : p.start - offset])), None)
    if coded is None or coded.place is None:
        return None
    countries = {p.place.country_code for p in here if p is not coded and p.place is not None}
    return coded if not countries or coded.place.country_code in countries else None  # 'coded to Anyang' in South Sudan is not China's


def where_it_happened(located: list[tuple[PlaceMention, int]], trigger: Token, sentence: Span, offset: int) -> list[tuple[PlaceMention, int]]:
    """The places a political interaction happened at: 'met in Sochi', 'talks at the White
    House', 'visited Kyiv', a dateline ('MOSCOW, 7 May'); not what it was about ('talks about
    Bakhmut', 'sanctions on Belarus', 'aid for Kharkiv')."""
    tokens = [(p, precision, _token_at(sentence, offset, p)) for p, precision in located]
    return [(p, precision) for p, precision, token in tokens if _is_venue(token, offset, p) and not _in_the_topic(token, trigger)]


def _in_the_topic(token: Token | None, trigger: Token) -> bool:
    """The place lies inside what the interaction is about, the object of its verb or what it is
    for or about: 'condemned war crimes ..., including the slaughter in Bucha', 'discussed
    stability in Europe', 'called for an investigation into the killings in Bucha'; not where
    someone went ('visited Kyiv') nor with whom one met ('met the leaders in Kyiv', if the parse
    hangs the town on them)."""
    if token is None:
        return False
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in VISIT_LEMMAS:
        return False
    heads = {verb, trigger}
    if _placing_the_object(token, verb, trigger):
        return True
    topic = next(
        (w for w in token.ancestors if w != trigger and ((w.dep_ == "dobj" and w.head in heads) or _the_matter_of(w, heads))), None
    )  # 'held talks in Istanbul': the talks are no topic
    return topic is not None and not _names_people(topic)


def _placing_the_object(token: Token, verb: Token, trigger: Token) -> bool:
    """'accused the authorities in Kiev of ...': the parse hangs the town on the verb, but it
    says which authorities; talks held with them are still held there ('met officials in Kyiv')."""
    preposition = token.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i == preposition.i - 1]
    consulting = POLITICAL_TRIGGERS.get(trigger.lemma_.lower()) == "CONSULT"
    return preposition.head == verb and bool(objects) and objects[0].lemma_.lower() in INSTITUTION_NOUNS and not consulting


def _the_matter_of(word: Token, heads: set[Token]) -> bool:
    """'called for an investigation into the killings in Bucha', 'talks about Bakhmut', 'accused
    Ukraine of attacking an oil depot in Belgorod': what the act is about."""
    if word.dep_ not in ("pobj", "pcomp") or word.head.head not in heads:
        return False
    charged = word.head.lower_ in ("of", "for") and word.head.head.lemma_.lower() in CHARGING_LEMMAS
    return word.head.lower_ in TOPIC_PREPOSITIONS or charged


PEOPLE_MET = COUNTERPART_NOUNS | PEOPLE_NOUNS


def _names_people(noun: Token) -> bool:
    return noun.pos_ == "PROPN" or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.lemma_.lower() in PEOPLE_MET


def _is_venue(token: Token | None, offset: int, place: PlaceMention) -> bool:
    if token is None:
        return False
    if place.start == offset:
        return True  # a dateline opening the paragraph
    for word in (token, *token.ancestors):
        if word.dep_ == "dobj" and word.head.lemma_.lower() in VISIT_LEMMAS:
            return True
        if word.dep_ == "prep":
            return word.lower_ in VENUE_PREPOSITIONS or (word.lower_ == "to" and word.head.lemma_.lower() in VISIT_LEMMAS)
    return False


def _is_setting(token: Token) -> bool:
    """The word names where things happen: inside a phrase after 'in', 'across', 'over', 'throughout'
    ('in several Ukrainian regions', 'across Ukraine'), not the one who acts."""
    for word in (token, *token.ancestors):
        if word.dep_ in ("nsubj", "nsubjpass", "agent", "poss", "dobj"):
            return False
        if word.dep_ == "prep" and word.lower_ == "of" and word.head.lemma_.lower() in AREA_NOUNS | PLACE_PARTS:
            continue  # 'in a disputed region of Moldova', 'in the east of Ukraine': the area's own setting decides
        if word.dep_ == "prep":
            return word.lower_ in AREA_PREPOSITIONS
    return False


def _is_hit_or_setting(area: Token) -> bool:
    """'attacked several Ukrainian regions', 'missiles at Ukrainian cities', 'in Russian
    territory'; not where people come from ('troops from Russian regions')."""
    return area.dep_ == "dobj" or (area.dep_ == "pobj" and area.head.lower_ != "from") or _is_setting(area)


class FallbackPlaces:
    """Where an event happened when its sentence names no place: the paragraph, else the article.

    The paragraph's place is the nearest settlement (else region, else country) named
    before the sentence, else the first after it, at ``geo_precision`` 2; else the
    article's focus, its most often named place, at precision 3 when the paragraph names
    it, or else the focus's country — never a town only because the article names it
    somewhere else.
    """

    def __init__(self, places: list[PlaceMention], gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer
        self.located = [p for p in places if p.place is not None]  # places are found in reporting paragraphs only
        home = _home_country(self.located)
        self.focus = _most_named([p for p in self.located if p.place is not None and p.place.country_code == home])
        self.by_family: dict[str, EventMention] = {}

    def remember(self, mention: EventMention) -> None:
        """A located mention: later sentences on the same kind of event, naming no place, are about it."""
        if mention.place is not None and mention.geo_precision is not None:
            self.by_family[family_of(mention.sub_event_type, mention.plover_type)] = mention

    def antecedent(self, family: str, sentence: Span, offset: int) -> EventMention | None:
        """The last located mention of this family: 'those detained included...' after 'arrested
        130 people in Kherson'; one in an earlier paragraph only if this paragraph names no place
        (a paragraph about Dzhankoi's airfield is not about the Kharkiv strike before it)."""
        earlier = self.by_family.get(family)
        if earlier is None or earlier.start >= offset:
            return earlier
        paragraph_end = offset + len(paragraph_text(sentence.doc))
        return None if any(offset <= p.start < paragraph_end for p in self.located) else earlier

    def for_sentence(self, sentence: Span, offset: int) -> list[tuple[PlaceMention, int]]:
        start, end, paragraph_end = offset + sentence.start_char, offset + sentence.end_char, offset + len(paragraph_text(sentence.doc))
        paragraph = sentence.doc[:]
        in_paragraph = [
            p
            for p in self.located
            if offset <= p.start < paragraph_end
            and not start <= p.start < end
            and not _is_origin_in(paragraph, offset, p)
            and not _is_blamed_in(paragraph, offset, p)
        ]  # the sentence's own places were weighed already; where missiles were fired from, or a government blamed, is no setting
        in_paragraph = _without_qualifiers(in_paragraph, paragraph, offset)  # 'in Guaruja (Sao Paulo), ...': the town
        implied = self._implied_by(sentence, offset)
        if implied is not None:
            return [(implied, 3 if implied.place is not None and implied.place.feature == "country" else 2)]
        for rank in FEATURE_RANKS:
            ranked = [p for p in in_paragraph if p.place is not None and p.place.feature in rank]
            before = [p for p in ranked if p.start < start]
            if before or ranked:
                chosen = before[-1] if before else ranked[0]
                return [(chosen, 3 if chosen.place is not None and chosen.place.feature == "country" else 2)]  # a country is never precision 2
        across = self._countries_across_a_border(sentence, offset)  # 'on the border with Uganda': not in Uganda, whatever else the article names
        if (
            self.focus is not None
            and offset <= self.focus.start < paragraph_end
            and _country_of(self.focus) not in across
            and not _is_origin_in(paragraph, offset, self.focus)
        ):
            return [(self.focus, 3)]  # the paragraph names the place the article is about
        country = self._focus_country()
        return [(country, 3)] if country is not None and _country_of(country) not in across else []

    def settings_in(self, sentence: Span, offset: int) -> list[tuple[PlaceMention, int]]:
        """The place the sentence itself sets things in, outside the trigger's clause ('in the
        city of Bryansk'): at precision 2, a country at 3."""
        own = self._in_sentence(sentence, offset)
        settings = [p for p in own if (token := _token_at(sentence, offset, p)) is not None and _is_setting(token) and not _is_origin(token)]
        return [(p, 3 if p.place is not None and p.place.feature == "country" else 2) for p in settings[:1]]

    def _in_sentence(self, sentence: Span, offset: int) -> list[PlaceMention]:
        """The resolved places the sentence names itself."""
        start, end = offset + sentence.start_char, offset + sentence.end_char
        return [p for p in self.located if start <= p.start < end]

    def _countries_across_a_border(self, sentence: Span, offset: int) -> set[str | None]:
        own = [p for p in self._in_sentence(sentence, offset) if p.place is not None and p.place.feature == "country"]
        return {_country_of(p) for p in own if (token := _token_at(sentence, offset, p)) is not None and _across_a_border(token)}

    def _implied_by(self, sentence: Span, offset: int) -> PlaceMention | None:
        """A country or region the sentence places things in without naming a town: 'in several
        Ukrainian regions', 'across Crimea' (not 'Russia' acting: 'Russia attacked...')."""
        own = self._in_sentence(sentence, offset)
        for mention in own:
            if mention.place is not None and mention.place.feature in ("country", "region"):
                token = _token_at(sentence, offset, mention)
                if token is not None and _is_setting(token) and not _is_origin(token) and not _across_a_border(token):
                    town = _qualified_by(mention, own, sentence, offset)  # 'in Manaus (Amazonas)': the town
                    return town if town is not None and town.place is not None and not _in_different_countries(town, mention) else mention
        return self._nation_of_a_setting(sentence, offset)

    def _nation_of_a_setting(self, sentence: Span, offset: int) -> PlaceMention | None:
        """'attacked several Ukrainian regions', 'on Russian territory', 'a missile strike on a
        Ukrainian mall': the people's country."""
        if self.gazetteer is None:
            return None
        for token in sentence:
            if token.dep_ == "amod" and token.head.lemma_.lower() in AREA_NOUNS | SITE_NOUNS and _is_hit_or_setting(token.head):
                nation = nation_of_demonym(token.text, self.gazetteer)
                if nation and nation[0].feature == "country":
                    return PlaceMention(token.text, offset + token.idx, offset + token.idx + len(token.text), nation[0], 1.0, "demonym")
        return None

    def country_of_the_held(self, trigger: Token, offset: int) -> PlaceMention | None:
        """The country of the people an arrest takes, by their nationality ('a Russian journalist
        was detained Monday'): where an arrest no text places most likely happened, rather than
        the country the article is about."""
        if self._in_sentence(trigger.sent, offset):
            return None  # 'an American soldier was detained in Russia': the sentence says where
        held = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
        for modifier in (m for noun in held for m in noun.children if m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP"):
            nations = nation_of_demonym(modifier.text, self.gazetteer) if self.gazetteer is not None else []
            if nations and nations[0].feature == "country":
                return PlaceMention(nations[0].name, 0, 0, nations[0], 1.0, "nationality of the held")
        return None

    def _focus_country(self) -> PlaceMention | None:
        """The country the article is about: an event it does not place is somewhere in it, not
        in the town the article names most (its capital, say)."""
        if self.focus is None or self.focus.place is None or self.focus.place.feature == "country":
            return self.focus
        found = self.gazetteer.lookup_country(self.focus.place.country_code) if self.gazetteer is not None else []
        return PlaceMention(found[0].name, 0, 0, found[0], 1.0, "article country") if found else None


def _country_of(mention: PlaceMention) -> str | None:
    return mention.place.country_code if mention.place is not None else None


def _home_country(located: list[PlaceMention]) -> str | None:
    """The country the article is about: the one whose towns and regions it names most, since
    a country's own name is as often an actor ('Russia fired 36 missiles') as a place."""
    within = Counter(p.place.country_code for p in located if p.place is not None and p.place.feature != "country")
    named = Counter(p.place.country_code for p in located if p.place is not None)
    return max(named, key=lambda c: (within[c], named[c], c), default=None)  # a tie of towns goes to the country named most


def _most_named(places: list[PlaceMention]) -> PlaceMention | None:
    for rank in FEATURE_RANKS:
        ranked = [(p, p.place.geonameid) for p in places if p.place is not None and p.place.feature in rank]
        if ranked:
            counts = Counter(geonameid for _, geonameid in ranked)
            return max(ranked, key=lambda ranked_place: (counts[ranked_place[1]], -ranked_place[0].start))[0]
    return None


DISTRICT_REACH_KM = 25.0  # a town's own district lies this near it; one farther is a district of the province of that name


def _is_district(place: PlaceMention, sentence: Span, offset: int, settlements: list[PlaceMention]) -> bool:
    """'the Nima community of Accra', 'the Saltivka district of Kharkiv': the town, not its part, is the location.

    A district lying far from the other town named ('Samlout district, Battambang') is
    an administrative district, the most precise place named.
    """
    following = _part_word_of(place, sentence, offset)
    here = place.place  # settlements are resolved
    if here is None or following is None or following.lower_ not in NEIGHBOURHOOD_WORDS | {"district"}:
        return False
    towns = [other.place for other in settlements if other.place is not None and other.place.geonameid != here.geonameid]
    owned = any(c.dep_ == "poss" for c in following.children)  # "Kherson's Dniprovskyi district"
    return bool(towns) and (following.lower_ != "district" or owned or any(kilometres_apart(here, town) <= DISTRICT_REACH_KM for town in towns))


def _part_word_of(place: PlaceMention, sentence: Span, offset: int) -> Token | None:
    """The word saying the place is a part ('district', 'neighborhood'): the last of its name where
    the name took it ('Dniprovskyi district'), else the one after it ('the Mount Hope neighborhood')."""
    last = _token_at(sentence, offset, replace(place, start=place.end - 1))
    if last is not None and last.lower_ in NEIGHBOURHOOD_WORDS | {"district"}:
        return last
    return _token_after(sentence, offset, place)


def _without_qualifiers(candidates: list[PlaceMention], sentence: Span, offset: int) -> list[PlaceMention]:
    """'in Tome (Biobio)', 'Sehwan town (Jamshoro, Sindh)', 'in Montes Claros, Minas Gerais': one place, the first.

    ACLED's notes, like much reporting, say where a place lies by naming a larger one
    after a comma or in brackets: the qualifier is no place of its own. When the two lie
    in different countries, one name was read as the wrong place: the less sure of the
    two ('As Sabaa (Tripoli)' read as a village in Ukraine), or the one the other names do
    not back ('Katanga (Warji, Bauchi)' read as the Congo's region): the qualifier is then
    the place.
    """
    candidates = [p for p in candidates if not _is_region_of_a_town_before(p, candidates, sentence, offset)]
    qualified = [_qualified_by(p, candidates, sentence, offset) for p in candidates]
    misread = [
        q
        for p, q in zip(candidates, qualified)
        if q is not None
        and _in_different_countries(q, p)
        and not holds_no_city(p, q)
        and (q.confidence < p.confidence or _qualified_alike(p, candidates, qualified))
    ]
    return [p for p, q in zip(candidates, qualified) if not any(p is m for m in misread) and (q is None or any(q is m for m in misread))]


def _qualified_alike(place: PlaceMention, candidates: list[PlaceMention], qualified: list[PlaceMention | None]) -> bool:
    """'Katanga (Warji, Bauchi)': the qualifier is itself qualified by a place of its own country;
    two names agree against the one read for the town (a region of the Congo)."""
    return any(q is place and not _in_different_countries(p, place) for p, q in zip(candidates, qualified))


def _is_region_of_a_town_before(place: PlaceMention, candidates: list[PlaceMention], sentence: Span, offset: int) -> bool:
    """'the city of Starokostiantyniv in the Khmelnytskyi region': the region says where the town lies."""
    following = _token_after(sentence, offset, place)
    towns_before = [p for p in candidates if p is not place and p.start < place.start and p.place is not None and p.place.feature == "city"]
    return following is not None and following.lower_ in REGION_CUES and bool(towns_before)


def _in_different_countries(one: PlaceMention, other: PlaceMention) -> bool:
    return one.place is not None and other.place is not None and one.place.country_code != other.place.country_code


NAME_TO_QUALIFIER_NOUNS = PLACE_KIND_WORDS | QUALIFIER_NOUNS  # 'Harib district center (Marib)'


def _qualified_by(place: PlaceMention, candidates: list[PlaceMention], sentence: Span, offset: int) -> PlaceMention | None:
    """The place named just before this one that this one qualifies, if it does."""
    first = _token_at(sentence, offset, place)
    if first is None:
        return None
    doc, i, separators = sentence.doc, first.i - 1, set()
    while i >= sentence.start and (doc[i].text in (",", "(") or doc[i].lower_ in NAME_TO_QUALIFIER_NOUNS or (doc[i].is_title and doc[i].lower_ in DIRECTIONS)):
        separators.add(doc[i].text)
        i -= 1
    if not separators & {",", "("} or i < sentence.start or ("(" not in separators and _is_listed(first)):
        return None
    return next((q for q in candidates if q is not place and q.start - offset <= doc[i].idx < q.end - offset), None)


def _without_reference_points(candidates: list[PlaceMention], sentence: Span, offset: int) -> list[PlaceMention]:
    """'air raids on Sirwah district west of Marib city', 'stormed Vuhledar near Donetsk': the
    town named as a bearing or a landmark is not the place, if another is named."""
    kept = [p for p in candidates if not _is_bearing_from(_token_at(sentence, offset, p)) and not _lies_by_another(p, candidates, sentence, offset)]
    return kept or candidates


def _lies_by_another(place: PlaceMention, candidates: list[PlaceMention], sentence: Span, offset: int) -> bool:
    """'Marinka near Donetsk', 'Bilohorivka, outside Lysychansk': the second place says where
    the first lies (the parser hangs 'near' on the verb, so the words are read in order)."""
    text = paragraph_text(sentence.doc)[: place.start - offset].rstrip().lower()
    near = next((w for w in NEAR_WORDS if text.endswith(w) and (len(text) == len(w) or not text[-len(w) - 1].isalpha())), None)
    if near is None:
        return False
    before = len(text[: -len(near)].rstrip(" ,"))  # where the word before 'near' ends, within the paragraph
    return any(other is not place and other.start - offset < before <= other.end - offset for other in candidates)


def _is_bearing_from(token: Token | None) -> bool:
    """'west of Marib city', 'in the northeast of Sanaa'."""
    while token is not None and token.dep_ == "compound":
        token = token.head
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return token.head.head.lower_ in DIRECTIONS


def _is_listed(token: Token) -> bool:
    """'Izium, Kupiansk and Balakliia': names in a list joined by 'and' or 'or' are places of their own."""
    root = token
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    members = [root, *(t for t in root.subtree if t.dep_ == "conj")]
    return any(c.dep_ == "cc" for member in members for c in member.children)


def _in_prevailing_country(candidates: list[PlaceMention], named: list[PlaceMention]) -> list[PlaceMention]:
    """'clashed in the Arzoo village close to Ghazni city': a name read as a town abroad ('Arzoo', Italy) gives way.

    When most of the places the sentence names lie in one country, candidates in
    another are names resolved to the wrong place of that name, if any candidate is left.
    """
    votes = Counter(p.place.country_code for p in named if p.place is not None).most_common(2)
    if not votes or (len(votes) == 2 and votes[0][1] == votes[1][1]):
        return candidates
    home = [p for p in candidates if p.place is not None and p.place.country_code == votes[0][0]]
    return home or candidates


def _unique_places(mentions: list[PlaceMention]) -> list[PlaceMention]:
    seen: set[int] = set()
    unique: list[PlaceMention] = []
    for mention in mentions:
        place = mention.place
        if place is not None and place.geonameid not in seen:
            seen.add(place.geonameid)
            unique.append(mention)
    return unique


def _token_after(sentence: Span, offset: int, place: PlaceMention) -> Token | None:
    """The token right after the place's name, however many words it has."""
    last = _token_at(sentence, offset, place)
    while last is not None and last.i + 1 < len(last.doc) and last.idx + len(last.text) < place.end - offset:
        last = last.doc[last.i + 1]
    return last.doc[last.i + 1] if last is not None and last.i + 1 < len(last.doc) else None


def _token_at(sentence: Span, offset: int, place: PlaceMention) -> Token | None:
    local = place.start - offset
    for token in sentence:
        if token.idx <= local < token.idx + len(token.text):
            return token
    return None


def _without_places_of_other_acts(places: list[PlaceMention], trigger: Token, sentence: Span, offset: int) -> list[PlaceMention]:
    """'Rioters burned shops in Noumea overnight, after lawmakers in Paris approved a change',
    'stormed the airport in Makhachkala as a flight from Tel Aviv landed': a clause of another
    act, with a subject of its own, tells where that act was, when the trigger's clause names a
    place of its own."""
    others = {
        t for c in sentence if c.dep_ == "advcl" and trigger not in c.subtree and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for t in c.subtree
    }
    own = [p for p in places if _token_at(sentence, offset, p) not in others]
    return own or places


def _without_a_march_s_goal(usable: list[PlaceMention], sentence: Span, offset: int, kind: str) -> list[PlaceMention]:
    """'farmers attempting to march towards Delhi at the Shambhu border (Ambala)': where a crowd
    heads is not where it marched, when the sentence names that too."""
    if kind != "protest":
        return usable
    aimed = [p for p in usable if (token := _token_at(sentence, offset, p)) is not None and token.head.lower_ in ("towards", "toward")]
    return [p for p in usable if p not in aimed] or usable


def _is_excluded_place(place: PlaceMention, sentence: Span, offset: int, kind: str, trigger: Token, named: list[PlaceMention]) -> bool:
    """Places named in the clause that are not where the event happened; ``named`` are all the sentence's places."""
    token = _token_at(sentence, offset, place)
    if token is None:
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    located = _is_located_there(token) or _attacked_there(token, trigger)
    as_actor = (
        after is not None
        and not located
        and (after.lower_ in ("'s", "’s") or (act.actors_in(f"{token.text} {after.text}") and after.lower_ not in ("region", "oblast")))
    )
    in_org = place.place is not None and place.place.feature == "city" and _in_organisation_name(token, offset, named)
    destination = token.head.dep_ == "prep" and token.head.lower_ in DESTINATION_PREPOSITIONS and kind in TERRITORY_KINDS
    agent = token.head.dep_ == "agent" or (not located and act.actor_for_name(token.text) is not None and token.dep_ in ("nsubj", "nsubjpass", "pobj", "poss"))
    background = any(a.lower_ in BACKGROUND_MARKERS for a in token.ancestors)
    origin = _is_origin(token) and kind not in TERRITORY_KINDS
    speaking = _in_a_speaker(token)  # 'the Luhansk governor said ...': where the speaker is from
    contrasted = bool(CONTRASTED_PLACE.search(paragraph_text(sentence.doc)[max(0, token.idx - CONTRAST_REACH) : token.idx]))  # 'hit Kharkiv, not Kyiv'
    return bool(
        as_actor
        or contrasted
        or in_org
        or destination
        or agent
        or background
        or origin
        or speaking
        or _across_a_border(token)
        or _names_a_road(token)
        or _belongs_to_other_event(token, trigger)
    )


def _across_a_border(token: Token) -> bool:
    """'took control of Bunagana on the border with Uganda': the land across the border is where
    the event is not."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in ("border", "frontier", "boundary")


CONTRAST_REACH = 24  # characters before a place where ', but not in the' is read
SETTLEMENT_ANAPHOR_REACH = 400  # characters before its sentence where 'the city' finds the town it names


def _named_before(trigger: Token, scope: set[Token], usable: list[PlaceMention], sentence: Span, offset: int, places: list[PlaceMention]) -> list[PlaceMention]:
    """'... half of Bilohorivka, while the governor said the village had been liberated':
    'the village' in the trigger's clause is the last settlement named before it, in its
    sentence or, if the sentence names no place, just before it ('... destroyed a TV tower in
    Kharkiv.' 'Missiles slammed into it in the eastern Ukrainian city')."""
    noun = next((t for t in sorted(scope, key=lambda t: t.i) if t.lemma_.lower() in SETTLEMENT_NOUNS and any(c.lower_ == "the" for c in t.children)), None)
    if noun is None:
        return []
    before = [
        p for p in usable if p.place is not None and p.place.feature == "city" and (token := _token_at(sentence, offset, p)) is not None and token.i < noun.i
    ]
    if before or usable:
        return before[-1:]  # 'missiles were fired at the Kyiv region, but the strikes extended far beyond the city'
    starts = offset + sentence.start_char
    return [p for p in places if p.place is not None and p.place.feature == "city" and 0 < starts - p.start <= SETTLEMENT_ANAPHOR_REACH][-1:]


def _there(scope: set[Token], named: list[PlaceMention], sentence: Span, offset: int) -> list[PlaceMention]:
    """'Prosecutors are heading to Izium after authorities there said they had found a mass
    grave': 'there' in the trigger's clause is the last town named before it, even one named
    as where someone goes."""
    there = next((t for t in sorted(scope, key=lambda t: t.i) if t.lower_ == "there" and t.dep_ == "advmod"), None)
    if there is None:
        return []
    before = [
        p for p in named if p.place is not None and p.place.feature == "city" and (token := _token_at(sentence, offset, p)) is not None and token.i < there.i
    ]
    return before[-1:]


def _settings_of(sentence: Span, offset: int, usable: list[PlaceMention]) -> list[PlaceMention]:
    """'On 4 May, in Manaus, Amazonas, taxi drivers gathered to protest', 'people gathered ...
    in Portland (Oregon) to bring awareness to murdered women': when the parser hangs the
    trigger's clause apart from the sentence's setting, the town the sentence sets itself in
    ('in', 'at', 'near' a place, not where a statement was made) is the event's, if it names
    towns and they lie in one country; a region alone is left to the paragraph's reading."""
    settings = [p for p in usable if (token := _token_at(sentence, offset, p)) is not None and (_is_located_there(token) or _qualifies_a_setting(token))]
    countries = {p.place.country_code for p in settings if p.place is not None}
    towns = any(p.place is not None and p.place.feature == "city" for p in settings)
    return settings if towns and len(countries) == 1 else []


def _shares_the_setting(trigger: Token) -> bool:
    """The trigger's clause has no subject or conjunction of its own between it and the
    sentence's root ('gathered ... to bring awareness to murdered women'); one that has
    ('grave found near Izium as the guard reports arrests in the south') tells its own story."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ in ("advcl", "ccomp", "conj", "relcl", "parataxis") and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children):
            return False
    return True


def _qualifies_a_setting(token: Token) -> bool:
    """'in Manaus, Amazonas' (a conjunct), 'in Portland - Downtown (Oregon)' (an apposition): the
    region named beside the place a sentence is set in."""
    return token.dep_ in ("conj", "appos", "compound") and token.head is not token and _is_located_there(token.head)


def _in_a_speaker(token: Token) -> bool:
    """Whether the token is part of the subject of any reporting verb of its sentence."""
    return any(t.dep_ == "nsubj" and _is_reporting(t.head) for t in (token, *token.ancestors))


def _is_reporting(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_LEMMAS


def _is_located_there(token: Token) -> bool:
    """'protesters gathered in Beirut', 'in Beirut's Hamra district', 'the Nima community of Accra',
    'residents of Luanda': a place, not its government.

    Not where a statement was made: 'In Moscow, the defence ministry acknowledged the withdrawal'.
    """
    if token.dep_ == "pobj":
        said = token.head.head.lemma_.lower() in REPORTING_LEMMAS
        of_the_place = token.head.lower_ == "of" and token.head.head.lower_ in PLACE_PARTS | DWELLER_NOUNS  # 'the outskirts of Izium', 'residents of Luanda'
        return not said and (token.head.lower_ in LOCATIVE_PREPOSITIONS or of_the_place)
    return token.dep_ == "poss" and token.head.lower_ in PLACE_PARTS


def _attacked_there(token: Token | None, trigger: Token) -> bool:
    """'a drone strike on Kyiv', 'fired on Moscow': the city the event's own word aims at is
    where it hit, not the government its name can stand for ('pressure on Moscow')."""
    if token is None:
        return False
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() == "subject":
        return trigger in token.head.subtree  # 'Ukraine was subjected to massive missile salvos'
    return token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head == trigger


def _is_blamed(token: Token) -> bool:
    """'the bomb attack ..., which he blames on Kyiv', 'accused Kyiv of': a capital named for its
    government, blamed for something; no setting of the events around it."""
    head = token.head
    on_someone = token.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in ("blame", "pin")
    return on_someone or (token.dep_ == "dobj" and head.lemma_.lower() in ("blame", "accuse"))


def _is_blamed_in(paragraph: Span, offset: int, place: PlaceMention) -> bool:
    token = _token_at(paragraph, offset, place)
    return token is not None and _is_blamed(token)


def _names_a_road(token: Token) -> bool:
    """'blocked the Quba-Baku highway in Sumqayit', 'on Murree road': the towns name the road, not where it was."""
    for word in token.doc[token.i + 1 :]:
        if word.lower_ in ROAD_WORDS:
            return True
        if not (word.text == "-" or word.pos_ == "PROPN"):
            return False
    return False


def _is_origin(token: Token) -> bool:
    """'migrant labourers from Bihar clashed in Satna', 'missiles launched from Belarus': where the
    people come from or the weapons were fired from, not where the event was.

    ('the retreat of Russian forces from Izyum' is left by them: see ``TERRITORY_KINDS``.)
    """
    while token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i == token.i + 1:
        token = token.head  # 'a flight from Tel Aviv': the name's last word holds it
    while token.dep_ == "conj" and token.head.pos_ == "PROPN":
        token = token.head  # 'workers from Everett and Seattle'
    if token.dep_ == "compound" and token.head.lemma_.lower() in SETTLEMENT_NOUNS:
        token = token.head  # 'supporters of a candidate from Butig town'
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ == "from" and preposition.head.pos_ in ("NOUN", "PROPN"):
        return True
    if token.dep_ == "pobj" and preposition.lower_ == "from" and preposition.head.dep_ in ("acl", "relcl"):
        return True  # 'threw stones at buses carrying evacuees from Wuhan': where a described thing came from
    for word in (token, *token.ancestors):  # 'missiles fired from Belarus', 'fired from bombers flying over Belarus' fell elsewhere
        if word.dep_ in ("pobj", "pcomp") and word.head.lower_ == "from" and word.head.head.lemma_.lower() in LAUNCH_LEMMAS:
            return True
        if word.dep_ == "pobj" and word.head.lower_ == "over" and _launched_from(word.head.head):
            return True  # 'launched from bombers over the Caspian Sea'
        if word.pos_ == "VERB" and word.dep_ not in ("acl", "relcl", "pcomp"):
            return False
    return False


LAUNCH_LEMMAS = frozenset({"fire", "launch"})


def _launched_from(verb: Token) -> bool:
    return verb.lemma_.lower() in LAUNCH_LEMMAS and any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _is_origin_in(paragraph: Span, offset: int, place: PlaceMention) -> bool:
    token = _token_at(paragraph, offset, place)
    return token is not None and _is_origin(token)


def _in_organisation_name(token: Token, offset: int, named: list[PlaceMention]) -> bool:
    """'the Kharkiv City Council': the entity has words besides place names and the words that
    join them ('in Montes Claros, Minas Gerais' and 'in El Crucero of Tineo' have none).

    A place the name says it is in ('the Teaching Hospital in Akure') is where it is.
    """
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.label_ != "ORG" or len(entity) < 2 or (_is_located_there(token) and token.head.lower_ in LOCATIVE_PREPOSITIONS):
        return False  # 'the Teaching Hospital in Akure': the parser took the place into the name
    if _city_dash_district(token):
        return False  # 'in Goma - Keshero': ACLED's town and its quarter, whatever spaCy calls them
    if _named_a_settlement_after(entity, token, offset, named):
        return False  # 'the Hospital of Azaz city': the name ends before the word that calls the place a town
    spans = [(p.start - offset, p.end - offset) for p in named]
    return any(t.is_alpha and not t.is_stop and not any(start <= t.idx < end for start, end in spans) for t in entity)  # 'El Crucero of Tineo': places and 'of'


def _named_a_settlement_after(entity: Span, token: Token, offset: int, named: list[PlaceMention]) -> bool:
    """'the surroundings of the Hospital of Azaz city': spaCy's entity stops before 'city', which
    names the place that ends it a town; an organisation's name is no town. Not 'Dera' of 'Dera
    Allah Yar town': a place at the start of the town's longer name."""
    doc = entity.doc
    place = next((p for p in named if p.start - offset == token.idx), None)
    return entity.end < len(doc) and doc[entity.end].lower_ in SETTLEMENT_NOUNS and place is not None and place.end - offset >= entity.end_char


def _city_dash_district(token: Token) -> bool:
    """'Goma - Keshero', 'Bukavu - Panzi': ACLED's town, a spaced dash, then its quarter."""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "–") and token.whitespace_ != "" and doc[token.i + 2].text[:1].isupper()


def _belongs_to_other_event(token: Token, trigger: Token) -> bool:
    """'arrested ... suspected of the attack on the Crimean bridge': the bridge is the attack's place.

    An event noun that sets the trigger's scene is no other event: 'arrested during an
    operation in Paktia', 'went on strike in Tarn Taran', 'protested outside the block of
    flats in Kyiv'.
    """
    for ancestor in token.ancestors:
        if ancestor.i == trigger.i:
            return False
        own_object = ancestor.lemma_.lower() == "control" and ancestor.head.i == trigger.i  # 'took back control of Lalibela town': the trigger's own phrase
        kind = TRIGGERS.get(ancestor.lemma_.lower())
        same_kind = kind == "protest" == TRIGGERS.get(trigger.lemma_.lower())  # 'demonstrators responded to the call for demonstrations in Shendi'
        if ancestor.pos_ == "NOUN" and same_kind:
            return False  # the same event named again, whatever holds that phrase
        if ancestor.pos_ == "NOUN" and kind and not sets_the_scene(ancestor) and not own_object and _an_event_named(ancestor):
            return True
    return False


def _an_event_named(noun: Token) -> bool:
    """The noun names an event, as its word's own use rule says ('an offensive near Umm Rish camp',
    told only as how ground was taken, is none; nor is 'a news conference in Minsk'). A political
    word names one whether or not it happened: 'hope for support during the NATO Summit in
    Vilnius' is no meeting in Vilnius."""
    from .triggers import USE_RULES  # the trigger rules read places; imported here, once both modules exist

    rule = USE_RULES.get(noun.lemma_.lower())
    return rule is None or rule(noun)


def sets_the_scene(noun: Token) -> bool:
    """'during an operation', 'on strike', 'outside the block of flats'."""
    return noun.dep_ == "pobj" and noun.head.lower_ in SETTING_PREPOSITIONS


def place_scope(trigger: Token, sentence: Span, conjuncts: bool = True) -> set[Token]:
    """Tokens whose places can be the trigger's: its clause, not other clauses.

    A trigger inside a relative or participle clause ("the city of Izium, retaken
    from the Russians") takes the noun phrase that clause modifies, and the subject
    of a copula ("Izyum ... are the cities that we have liberated"). With ``conjuncts``,
    a second main clause with its own subject is a clause of its own.
    """
    modifier = next((t for t in [trigger, *trigger.ancestors] if t.dep_ in ("relcl", "acl")), None)
    clause = next((t for t in [trigger, *trigger.ancestors] if _heads_a_clause(t, conjuncts)), None)
    if clause is not None and (modifier is None or modifier in clause.subtree):
        return set(clause.subtree) - _conjoined_clauses(clause, trigger, conjuncts) - _told_of_others(clause, trigger) | _fronted_setting(clause)
    if modifier is not None:
        noun = modifier.head
        scope = set(noun.subtree)
        if noun.dep_ == "attr":
            scope |= {t for c in noun.head.children if c.dep_ == "nsubj" for t in c.subtree}
        return scope
    return set(sentence) - _clauses_inside(sentence.root, trigger, conjuncts) - _told_of_others(sentence.root, trigger)


def _told_of_others(clause: Token, trigger: Token) -> set[Token]:
    """Relative clauses telling what someone or something else did: 'to demonstrate in support of
    the Azov battalion that defended the city of Mariupol' was not in Mariupol. A relative clause
    of a place ('the village, which lies near Izium') or of the trigger itself is its own, and so
    is one of what an act of violence hit ('airstrikes on weapons transfers that included missiles
    in Hajjah'): the target is where the act was; so is one of the scene ('during the operations
    they carried out in Pinarhisar'). A noun's own clause with its own subject is another's
    telling too ('a reference to the fact that the bill mirrors legislation in Moscow')."""
    return {
        t
        for c in clause.subtree
        if (c.dep_ == "relcl" or (c.dep_ == "acl" and any(g.dep_ == "nsubj" for g in c.children)))
        and trigger not in c.subtree
        and c.head != trigger
        and not _names_a_place(c.head)
        and not _target_of(c.head, trigger)
        and not sets_the_scene(c.head)
        for t in c.subtree
    }


def _target_of(noun: Token, trigger: Token) -> bool:
    """The noun is what the trigger's act hit, unless the act is a protest (whose object is its cause)."""
    if TRIGGERS.get(trigger.lemma_.lower()) == "protest":
        return False
    return (noun.dep_ == "dobj" and noun.head == trigger) or (noun.dep_ == "pobj" and noun.head.head == trigger and noun.head.lower_ in TARGET_PREPOSITIONS)


TARGET_PREPOSITIONS = frozenset({"on", "at", "against", "into"})


def _outside(tokens: set[Token], places: list[PlaceMention], sentence: Span, offset: int) -> list[PlaceMention]:
    return [p for p in places if _token_at(sentence, offset, p) not in tokens]


def _names_a_place(noun: Token) -> bool:
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in ("PERSON", "ORG", "NORP")
    return noun.lemma_.lower() in AREA_NOUNS | SITE_NOUNS | PLACE_PARTS


def _fronted_setting(clause: Token) -> set[Token]:
    """'In Pacatuba, a woman was killed and two others were injured': a setting put before
    the first of two main clauses serves the second too; so it does a clause of when it
    happened ('in the city of Luhansk, a prosecutor died when his office was blown up')."""
    temporal = clause.dep_ == "advcl" and any(c.lower_ in TEMPORAL_LINKS for c in clause.children if c.dep_ in ("advmod", "mark"))
    if clause.dep_ != "conj" and not temporal:
        return set()
    first = clause.head
    return {t for c in first.lefts if c.dep_ == "prep" for t in c.subtree}


TEMPORAL_LINKS = frozenset({"when", "as", "while", "after", "before", "once"})


def _heads_a_clause(token: Token, conjuncts: bool = True) -> bool:
    """A subordinate clause, or (with ``conjuncts``) a second main clause with its own subject
    ('fighting raged in Marinka, and shelling hit Kharkiv')."""
    if token.dep_ == "conj":
        return (
            conjuncts and token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.tag_ == "VBG") for c in token.lefts)
        )  # 'shelling' read as an auxiliary
    return token.dep_ in ("advcl", "ccomp", "parataxis") and not is_participle(token)


def _conjoined_clauses(head: Token, trigger: Token, conjuncts: bool) -> set[Token]:
    """The main clauses joined to the trigger's own clause ('..., and shelling hit Kharkiv')."""
    if not conjuncts:
        return set()
    return {t for c in head.subtree if c is not head and c.dep_ == "conj" and _heads_a_clause(c) and trigger not in c.subtree for t in c.subtree}


def _clauses_inside(head: Token, trigger: Token, conjuncts: bool = True) -> set[Token]:
    """The tokens of the other clauses under ``head`` that do not hold the trigger; a relative
    clause of the trigger itself is its own ('the bomb attack that damaged the Crimean Bridge')."""
    return {
        t
        for c in head.subtree
        if c is not head and ((c.dep_ == "relcl" and c.head != trigger) or _heads_a_clause(c, conjuncts)) and trigger not in c.subtree
        for t in c.subtree
    }


def is_participle(token: Token) -> bool:
    """'Izium, retaken from the Russians': a participle with no subject of its own."""
    return token.tag_ in ("VBN", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in token.children)


def _speaker_tokens(trigger: Token) -> set[Token]:
    """The whole subject of the reporting verb over the trigger ('the guard, deployed in Kherson')."""
    reporting = next((a for a in trigger.ancestors if _is_reporting(a)), None)
    return {t for child in reporting.children if child.dep_ == "nsubj" for t in child.subtree} if reporting is not None else set()
