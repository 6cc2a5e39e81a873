"""Specification of eventwire.actors beyond Ukraine: state forces of any country, named groups, placing."""

import datetime as dt

import pytest

from eventwire.actors import (
    CIVILIANS_HERE,
    GUNMEN_HERE,
    NOVOROSSIYA,
    PROTESTERS_HERE,
    RIOTERS_HERE,
    RUSSIA_MILITARY,
    STATE_MILITARY,
    STATE_POLICE,
    actor_for_name,
    actors_in,
    body_of_speaker,
    is_armed,
    nations_named,
    placed,
)

STATE_FORCES, POLITICAL_MILITIA, RIOTERS, PROTESTERS, CIVILIANS, EXTERNAL_FORCES = 1, 3, 5, 6, 7, 8  # ACLED inter codes
AL_SHABAAB, HOUTHIS = "Al Shabaab", "Military Forces of Yemen (2016-) Supreme Political Council"


def only_actor(sentence):
    mentions = actors_in(sentence)
    assert len(mentions) == 1, mentions
    return mentions[0]


def phrase(sentence, mention):
    return sentence[mention.start : mention.end]


# --- state forces by nationality or country ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_phrase", "role", "code", "title"),
    [
        ("Kenyan police fired tear gas at the crowd.", "Kenyan police", "police", "KE", "Police Forces of Kenya ("),
        ("Israeli police forces dispersed the crowd.", "Israeli police forces", "police", "IL", "Police Forces of Israel ("),
        ("Israeli jets struck the camp overnight.", "Israeli jets", "military", "IL", "Military Forces of Israel ("),
        ("Syria's government forces shelled the town.", "Syria's government forces", "military", "SY", "Military Forces of Syria ("),
        ("U.S. troops left the base on Monday.", "U.S. troops", "military", "US", "Military Forces of the United States ("),
        ("The government of Niger denied the report.", "government of Niger", "government", "NE", "Government of Niger ("),
    ],
)
def test_state_forces_of_any_country_are_one_mention_under_acled_name(sentence, expected_phrase, role, code, title):
    mention = only_actor(sentence)
    assert (mention.actor.role, mention.actor.country_code) == (role, code)
    assert mention.actor.name.startswith(title)
    assert mention.actor.inter == STATE_FORCES
    assert phrase(sentence, mention) == expected_phrase


# --- named groups and organisations --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_phrase"),
    [
        ("al-Shabab militants attacked a base.", "al-Shabab militants"),
        ("Al Shabaab claimed the attack.", "Al Shabaab"),
        ("Shabaab fighters ambushed a convoy.", "Shabaab fighters"),
    ],
)
def test_al_shabaab_is_found_under_any_spelling_with_its_members(sentence, expected_phrase):
    mention = only_actor(sentence)
    assert (mention.actor.name, mention.actor.role) == (AL_SHABAAB, "group")
    assert phrase(sentence, mention) == expected_phrase


@pytest.mark.parametrize(
    ("sentence", "expected_phrase", "code", "name"),
    [
        ("Suspected Fulani herdsmen attacked the village.", "Fulani herdsmen", "NG", "Fulani Ethnic Militia (Nigeria)"),
        ("Karamajong pastoralists shot at cattle traders.", "Karamajong pastoralists", "UG", "Karamajong Ethnic Militia (Uganda)"),
        ("Mayi Mayi elements attacked civilians.", "Mayi Mayi elements", "CD", "Mayi Mayi Militia"),
    ],
)
def test_a_people_named_with_its_armed_men_is_acleds_militia_of_that_people(sentence, expected_phrase, code, name):
    mention = actors_in(sentence)[0]
    assert phrase(sentence, mention) == expected_phrase
    assert placed(mention.actor, code, 2022).name == name  # the militia, not one of its named factions


@pytest.mark.parametrize("sentence", ["Fulani civilians fled the village.", "Katsina gunmen abducted ten people.", "Islamist militants attacked the town."])
def test_a_people_a_place_or_a_creed_alone_names_no_militia(sentence):
    assert all(m.actor.role != "group" or "Militia" not in m.actor.name for m in actors_in(sentence))


def test_jnim_in_capitals_names_the_group():
    sentence = "JNIM militants ambushed a convoy."
    mention = only_actor(sentence)
    assert mention.actor.name.startswith("JNIM: ")
    assert phrase(sentence, mention) == "JNIM militants"


@pytest.mark.parametrize(
    "sentence", ["It is not clear what it is.", "jnim claimed it.", "Download the pdf report.", "The hts file was lost.", "The un report."]
)
def test_a_lowercase_word_never_matches_an_acronym(sentence):
    assert actors_in(sentence) == []


@pytest.mark.parametrize(("sentence", "expected_phrase"), [("Houthi rebels fired missiles.", "Houthi rebels"), ("The Houthis fired a drone.", "Houthis")])
def test_houthis_are_the_supreme_political_council(sentence, expected_phrase):
    mention = only_actor(sentence)
    assert (mention.actor.name, mention.actor.role) == (HOUTHIS, "group")
    assert phrase(sentence, mention) == expected_phrase


@pytest.mark.parametrize(
    ("sentence", "name"), [("NATO said it would respond.", "NATO: North Atlantic Treaty Organization"), ("The EU imposed sanctions.", "European Union")]
)
def test_nato_and_the_eu_are_organisations(sentence, name):
    mention = only_actor(sentence)
    assert (mention.actor.name, mention.actor.role) == (name, "organisation")


# --- placed: the event's country and year --------------------------------------------


@pytest.mark.parametrize(
    ("actor", "code", "name", "inter"),
    [
        (CIVILIANS_HERE, "YE", "Civilians (Yemen)", CIVILIANS),
        (PROTESTERS_HERE, "KE", "Protesters (Kenya)", PROTESTERS),
        (RIOTERS_HERE, "IN", "Rioters (India)", RIOTERS),
        (GUNMEN_HERE, "NG", "Unidentified Armed Group (Nigeria)", POLITICAL_MILITIA),
    ],
)
def test_crowds_and_gunmen_take_the_events_country(actor, code, name, inter):
    here = placed(actor, code, 2023)
    assert (here.name, here.inter, here.country_code) == (name, inter, code)


@pytest.mark.parametrize(
    ("code", "name"),
    [("BR", "Unidentified Armed Group (Brazil)"), ("HT", "Unidentified Gang (Haiti)"), ("UA", "Unidentified Armed Group (Ukraine)")],
)
def test_unnamed_gunmen_take_the_name_acled_gives_them_in_the_events_country(code, name):
    assert placed(GUNMEN_HERE, code, 2022).name == name


@pytest.mark.parametrize(
    ("code", "sentence", "name"),
    [
        ("MX", "A man was shot dead by armed men on a motorcycle in a drive-by shooting.", "Unidentified Gang (Mexico)"),
        ("MX", "A man was shot dead by two armed men in his home.", "Unidentified Armed Group (Mexico)"),
        ("BR", "A man was killed in a drive-by shooting by two armed individuals.", "Unidentified Gang and/or Police Militia"),
        ("BR", "A police officer was shot by members of a drug trafficking group.", "Unidentified Gang (Brazil)"),
        ("BR", "A woman was shot by four armed individuals who invaded her home.", "Unidentified Armed Group (Brazil)"),
        ("NG", "Gunmen in a drive-by shooting killed a trader.", "Unidentified Armed Group (Nigeria)"),
        ("MX", "A man was killed and his body was found tied and gagged with signs of torture.", "Unidentified Gang (Mexico)"),
        ("MX", "Two men were killed and their bodies were found along with a threatening message.", "Unidentified Gang (Mexico)"),
    ],
)
def test_what_a_note_says_of_unnamed_gunmen_chooses_acleds_name_for_them_there(code, sentence, name):
    assert placed(GUNMEN_HERE, code, 2022, sentence=sentence).name == name


@pytest.mark.parametrize(("actor", "name"), [(STATE_POLICE, "Police Forces of Kenya (2013-)"), (STATE_MILITARY, "Military Forces of Kenya (2013-)")])
def test_forces_named_by_role_alone_are_the_forces_of_the_events_country(actor, name):
    here = placed(actor, "KE", 2023)
    assert (here.name, here.inter, here.country_code) == (name, STATE_FORCES, "KE")


@pytest.mark.parametrize(
    ("day", "name"),
    [
        (dt.date(2022, 1, 15), "Military Forces of Somalia (2017-2022)"),  # before the government of May 2022
        (dt.date(2022, 6, 15), "Military Forces of Somalia (2022-)"),
        (None, "Military Forces of Somalia (2022-)"),  # the year alone: the latest period of the year
    ],
)
def test_of_two_periods_of_a_year_the_day_chooses_the_one_begun_by_then(day, name):
    assert placed(STATE_MILITARY, "SO", 2022, day=day).name == name


def test_every_actor_of_a_sentence_is_placed_in_the_events_country():
    mentions = actors_in("Security forces dispersed protesters in Nairobi.")
    assert [placed(m.actor, "KE", 2023).name for m in mentions] == ["Military Forces of Kenya (2013-)", "Protesters (Kenya)"]


@pytest.mark.parametrize(("code", "inter"), [("RU", STATE_FORCES), ("UA", EXTERNAL_FORCES)])
def test_russian_military_is_state_forces_at_home_and_external_abroad(code, inter):
    assert placed(RUSSIA_MILITARY, code, 2023).inter == inter


def test_a_states_forces_abroad_keep_their_own_country_and_name():
    kenyan = only_actor("Kenyan troops crossed into Somalia.").actor
    abroad = placed(kenyan, "SO", 2023)
    assert (abroad.name, abroad.inter, abroad.country_code) == ("Military Forces of Kenya (2013-)", EXTERNAL_FORCES, "KE")


def test_united_states_military_period_follows_the_year():
    us = only_actor("U.S. troops left the base.").actor
    assert placed(us, "SY", 2019).name.startswith("Military Forces of the United States (2017-")
    assert placed(us, "SY", 2023).name == "Military Forces of the United States (2021-)"


@pytest.mark.parametrize(("year", "name"), [(2015, "Government of Somalia (2012-2017)"), (2023, "Government of Somalia (2022-)")])
def test_a_closed_period_is_chosen_for_a_year_inside_it(year, name):
    assert placed(actor_for_name("Somalia", "government"), "SO", year).name == name


@pytest.mark.parametrize("alias", ["Islamic State", "ISIS", "Daesh"])
@pytest.mark.parametrize(("code", "name"), [("SY", "Islamic State (Syria)"), ("IQ", "Islamic State (Iraq)"), ("BF", "Islamic State (Sahel)")])
def test_a_group_known_in_several_countries_takes_the_events_one(alias, code, name):
    group = only_actor(f"{alias} fighters attacked the town.").actor
    assert placed(group, code, 2023).name == name


@pytest.mark.parametrize(("code", "name"), [("SO", "Military Forces of Somalia (2022-)"), ("SY", "JWS: Syrian National Army")])
def test_an_acronym_of_two_countries_names_the_event_country_s_actor(code, name):
    sna = only_actor("SNA fighters attacked the town.").actor
    assert placed(sna, code, 2022).name == name


def test_a_group_named_by_country_is_named_for_a_new_country_in_acleds_pattern():
    group = only_actor("Islamic State fighters attacked the town.").actor
    assert placed(group, "MZ", 2023).name == "Islamic State (Mozambique)"


def test_a_group_without_country_in_its_name_keeps_its_name_abroad():
    assert placed(only_actor("al-Shabab militants crossed the border.").actor, "KE", 2023).name == AL_SHABAAB


def test_the_acled_country_name_wins_over_the_name_given():
    assert placed(CIVILIANS_HERE, "YE", 2023, "Republic of Yemen").name == "Civilians (Yemen)"


def test_no_actor_is_placed_as_no_actor_and_no_country_leaves_the_actor_unchanged():
    assert placed(None, "UA", 2022) is None
    assert placed(CIVILIANS_HERE, None, 2022) is CIVILIANS_HERE


# --- actor_for_name ------------------------------------------------------------------


def test_a_country_with_role_government_is_its_government():
    actor = actor_for_name("Germany", "government")
    assert actor.name.startswith("Government of Germany (")
    assert (actor.role, actor.country_code) == ("government", "DE")


@pytest.mark.parametrize("role", ["military", "government"])
def test_a_capital_stands_for_its_country(role):
    actor = actor_for_name("Moscow", role)
    assert (actor.role, actor.country_code) == (role, "RU")


def test_a_town_that_is_no_capital_is_no_actor():
    assert actor_for_name("Springfield", "government") is None


@pytest.mark.parametrize(
    ("sentence", "names_the_state"),
    [
        ("Israeli settlers opened fire on residents of the village.", False),
        ("Israeli gunboats opened fire at fishing boats.", True),
        ("Israeli fire killed two men.", True),
    ],
)
def test_people_of_a_nation_who_open_fire_are_not_its_forces(sentence, names_the_state):
    assert any(m.actor.role == "military" for m in actors_in(sentence)) is names_the_state


def test_a_lowercase_word_spelled_like_a_capital_names_no_state():
    """'male residents' are not Male's, and 'setting fire' no Maldivian fire."""
    assert [m.actor.name for m in actors_in("They were shooting male residents before setting fire to shops.")] == ["Civilians"]


# --- body_of_speaker -----------------------------------------------------------------


@pytest.mark.parametrize("speaker", ["Ukrainian President Volodymyr Zelenskiy", "Zelensky", "Zelenskyy", "President Zelenskiy"])
def test_zelensky_under_any_spelling_speaks_for_the_government_of_ukraine(speaker):
    person, body = body_of_speaker(speaker)
    assert (person, body.name) == ("Volodymyr Zelensky", "Government of Ukraine (2019-)")


def test_stoltenberg_speaks_for_nato():
    person, body = body_of_speaker("NATO Secretary General Jens Stoltenberg")
    assert (person, body.name, body.role) == ("Jens Stoltenberg", "NATO: North Atlantic Treaty Organization", "organisation")


@pytest.mark.parametrize(
    ("speaker", "person"), [("Russia's defence ministry", None), ("Russian Defence Ministry spokesman Igor Konashenkov", "Igor Konashenkov")]
)
def test_the_russian_defence_ministry_speaks_for_the_russian_military(speaker, person):
    assert body_of_speaker(speaker) == (person, RUSSIA_MILITARY)


def test_a_speaker_phrase_naming_no_body_has_none():
    assert body_of_speaker("a local resident") == (None, None)


# --- is_armed ------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Kenyan police", "Israeli jets", "JNIM militants", "Houthi rebels", "unidentified gunmen", "security forces"])
def test_state_forces_groups_and_gunmen_are_armed(sentence):
    assert is_armed(only_actor(sentence).actor)


@pytest.mark.parametrize("sentence", ["The government of Niger", "civilians", "protesters"])
def test_governments_civilians_and_protesters_are_not_armed(sentence):
    assert not is_armed(only_actor(sentence).actor)


def test_no_actor_is_not_armed():
    assert not is_armed(None)


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        ("Palestinian protesters marched to the camp on Friday.", ("PS",)),
        ("Kenyan police dispersed the crowd in Lebanon.", ("KE", "LB")),
        ("Residents blocked a road to demand water.", ()),
        ("Traders protested against the high US dollar exchange rate.", ()),  # a currency, not a country
        ("The Turkish lira fell as Kenyan police dispersed the crowd.", ("KE",)),
    ],
)
def test_the_nations_a_sentence_names_are_found_in_order(sentence, codes):
    assert nations_named(sentence) == codes


def test_a_group_whose_own_name_ends_in_separatists_is_not_the_war_s_separatists():
    [mention] = actors_in("Two Malay Muslim Separatists opened fire at a ranger base in Narathiwat.")
    assert mention.actor.name != NOVOROSSIYA.name


@pytest.mark.parametrize("sentence", ["Pro-Russian separatists shelled Avdiivka.", "Kyiv Says Pro-Russian Separatists Shelled Avdiivka"])
def test_the_war_s_separatists_are_novorossiya_in_text_and_headlines(sentence):
    assert NOVOROSSIYA in [m.actor for m in actors_in(sentence)]


def test_a_state_s_forces_acting_abroad_take_the_operation_acled_names_them_by_there():
    saudi = actor_for_name("Saudi Arabia")
    assert placed(saudi, "YE", 2022).name == "Operation Restoring Hope"
    assert placed(saudi, "SA", 2022).name.startswith("Military Forces of Saudi Arabia")


def test_a_period_begins_on_the_first_day_its_name_follows_an_older_one_in_the_same_year():
    from build_actor_tables import period_starts  # scripts/, on the path (pytest pythonpath)

    def row(day, actor1):
        return {"event_date": day, "actor1": actor1, "inter1": "1", "actor2": "", "inter2": "0"}

    rows = [
        row("2022-01-10", "Military Forces of Somalia (2017-2022)"),
        row("2022-04-20", "Military Forces of Somalia (2017-2022)"),
        row("2022-05-18", "Military Forces of Somalia (2022-)"),
        row("2022-06-01", "Military Forces of Somalia (2022-)"),
        row("2022-02-01", "Military Forces of Kenya (2022-)"),  # no older name seen that year: when it began is unknown
    ]
    assert period_starts(rows) == {"Military Forces of Somalia (2022-)": "2022-05-18"}


def test_who_fires_on_a_place_of_a_front_is_what_most_rows_there_say_and_who_holds_it_the_other_side():
    from build_actor_tables import front_sides  # scripts/, on the path (pytest pythonpath)

    def note(location, latitude, longitude, sub, actor1, actor2=""):
        place = {"location": location, "latitude": latitude, "longitude": longitude, "iso": "804"}  # 804: Ukraine
        return {**place, "event_date": "2020-05-09", "sub_event_type": sub, "actor1": actor1, "actor2": actor2}

    ukraine, naf = "Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya"
    rows = [
        note("Lozove", "48.10", "37.86", "Shelling/artillery/missile attack", ukraine),
        note("Lozove", "48.10", "37.86", "Armed clash", ukraine, naf),
        note("Troitske", "48.55", "38.45", "Shelling/artillery/missile attack", naf),
        note("Zhabichevo", "48.06", "37.78", "Shelling/artillery/missile attack", naf),
        note("Zhabichevo", "48.06", "37.78", "Shelling/artillery/missile attack", ukraine),  # rows that disagree: no side
        note("Kyiv", "50.45", "30.52", "Shelling/artillery/missile attack", naf),  # far from the front
    ]
    sides = {r["location"]: (r["fired_on_by"], r["held_by"]) for r in front_sides(rows)}
    assert sides == {"Lozove": (ukraine, naf), "Troitske": (naf, ukraine)}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Myeik PDF fired at a military boat.", "People's Defense Force - Myeik"),
        ("The PDF-Kyaukse shot dead a man.", "People's Defense Force - Kyaukse"),
        ("A local People's Defense Force carried out a mine attack.", "Unidentified Anti-Coup Armed Group"),
        ("PDF fighters attacked a convoy.", "PDF: People's Defense Force"),
    ],
)
def test_a_local_branch_is_named_by_its_place_and_an_unnamed_local_one_is_acleds_unidentified_group(sentence, name):
    assert placed(actors_in(sentence)[0].actor, "MM", 2022).name == name


def test_a_branchs_aliases_put_its_place_before_the_groups_name_or_initials():
    from build_actor_tables import _aliases  # scripts/, on the path (pytest pythonpath)

    assert _aliases("People's Defense Force - Monywa") == ["Monywa People's Defense Force", "Monywa PDF", "PDF-Monywa"]
    assert _aliases("Islamic State (West Africa) - Lake Chad Faction") == []  # a faction of a named group, not a local branch


def test_a_name_acled_gives_only_beside_one_primary_actor_is_that_actors_alias():
    from build_actor_tables import primaries_of_associates  # scripts/, on the path (pytest pythonpath)

    def row(actor1, assoc="", actor2="", assoc2=""):
        return {"actor1": actor1, "assoc_actor_1": assoc, "actor2": actor2, "assoc_actor_2": assoc2}

    ukraine, naf = "Military Forces of Ukraine (2019-)", "NAF: United Armed Forces of Novorossiya"
    rows = [
        *(row(ukraine, "", naf, "Donbass People's Militia") for _ in range(3)),
        row("Pastoralists (Nigeria)"),  # a primary actor itself once: keeps its own name
        *(row("Fulani Ethnic Militia (Nigeria)", "Pastoralists (Nigeria)") for _ in range(3)),
        row("KNDF: Karenni Nationalities Defense Force", "Karenni Army"),  # beside its primary only once: too few rows
        *(row(primary, "Popular Resistance") for primary in ("Military Forces of Yemen (2012-)",) * 3),  # beside state forces: no alias of theirs
    ]
    assert primaries_of_associates(rows) == {"Donbass People's Militia": naf}


def test_a_text_naming_an_associate_alone_names_its_primary_actor():
    assert (
        actors_in("the Ukrainian Forces fired mortars at the positions of the Donbass People's Militia")[-1].actor.name
        == "NAF: United Armed Forces of Novorossiya"
    )


@pytest.mark.parametrize("target", ["the governmental positions", "government positions"])
def test_positions_of_the_government_are_its_armed_forces(target):
    mention = actors_in(f"Rebel forces fired grenade launchers at {target} near the town.")[-1]
    assert mention.actor.role == "military"


@pytest.mark.parametrize(
    ("sentence", "name", "country_code"),
    [
        ("BSF troops fired at smugglers near the border.", "Military Forces", "IN"),
        ("CRPF personnel were deployed in the area.", "Police Forces of India (2014-) Central Reserve Police Force", "IN"),
        ("Assam Rifles personnel arrested two cadres.", "Police Forces of India (2014-) Assam Rifles", "IN"),
        ("PMF fighters clashed with IS militants.", "Military Forces of Iraq (2020-) Popular Mobilization Forces", "IQ"),
        ("Naxalites attacked a police camp.", "Naxal-Maoist Rebels", "IN"),
    ],
)
def test_indias_and_iraqs_forces_by_their_initials(sentence, name, country_code):
    actor = actors_in(sentence)[0].actor
    assert (actor.name, actor.country_code) == (name, country_code)


def test_a_branch_of_a_states_forces_is_on_its_side_and_a_rival_government_is_not():
    from eventwire.actors import Actor, same_party

    army = Actor("Military Forces", "state forces", 1, "military", "IQ")
    pmf = actors_in("PMF fighters clashed with IS militants.")[0].actor
    houthis = actors_in("Houthi forces shelled Marib.")[0].actor
    yemen = Actor("Military Forces", "state forces", 1, "military", "YE")
    assert same_party(army, pmf) and same_party(pmf, army)
    assert not same_party(yemen, houthis)
