"""Specification of eventwire.actors: actor phrases in ACLED's names, sides and inter codes."""

import re

import pytest

from eventwire.actors import (
    CIVILIANS_HERE,
    HERE_PATTERNS,
    NOVOROSSIYA,
    RUSSIA_MILITARY,
    RUSSIA_NATIONAL_GUARD,
    STATE_POLICE,
    UKRAINE_CIVILIANS,
    UKRAINE_MILITARY,
    UKRAINE_POLICE,
    WAR_PATTERNS,
    actor_for_name,
    actors_in,
    opponent_of,
    placed,
)

STATE_FORCES, CIVILIANS, EXTERNAL_FORCES = 1, 7, 8  # ACLED inter codes


def only_actor(sentence):
    mentions = actors_in(sentence)
    assert len(mentions) == 1, mentions
    return mentions[0]


def phrase(sentence, mention):
    return sentence[mention.start : mention.end]


# --- the canonical actors -------------------------------------------------------------


def test_ukrainian_military_is_state_forces_under_acled_name():
    assert UKRAINE_MILITARY.name == "Military Forces of Ukraine (2019-)"
    assert UKRAINE_MILITARY.inter == STATE_FORCES


def test_russian_military_is_external_forces_under_acled_name():
    assert RUSSIA_MILITARY.name == "Military Forces of Russia (2000-)"
    assert RUSSIA_MILITARY.inter == EXTERNAL_FORCES


def test_ukrainian_civilians_have_civilian_inter_code():
    assert UKRAINE_CIVILIANS.name == "Civilians (Ukraine)"
    assert UKRAINE_CIVILIANS.inter == CIVILIANS


# --- actors_in ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected_phrase"),
    [
        ("Ukrainian troops entered the town on Saturday.", "Ukrainian troops"),
        ("Kyiv's forces advanced towards the river.", "Kyiv's forces"),
        ("Ukraine's armed forces said the village was retaken.", "Ukraine's armed forces"),
        ("Ukrainian artillery hit the bridge.", "Ukrainian artillery"),
    ],
)
def test_ukrainian_force_phrases_name_the_ukrainian_military(sentence, expected_phrase):
    mention = only_actor(sentence)
    assert mention.actor == UKRAINE_MILITARY
    assert mention.actor.inter == STATE_FORCES
    assert phrase(sentence, mention) == expected_phrase


@pytest.mark.parametrize(
    ("sentence", "expected_phrase"),
    [
        ("Russian forces shelled the city overnight.", "Russian forces"),
        ("The invaders fled in a hurry.", "The invaders"),
        ("Moscow's troops withdrew from the town.", "Moscow's troops"),
        ("The occupiers looted homes before leaving.", "The occupiers"),
        ("Russian missiles hit the power station.", "Russian missiles"),
        ("The Russian army retreated east.", "Russian army"),
    ],
)
def test_russian_force_phrases_name_the_russian_military(sentence, expected_phrase):
    mention = only_actor(sentence)
    assert mention.actor == RUSSIA_MILITARY
    assert mention.actor.inter == EXTERNAL_FORCES
    assert phrase(sentence, mention) == expected_phrase


def test_russias_national_guard_is_the_national_guard_actor_not_the_army():
    sentence = "Russia's national guard set up a checkpoint."
    mention = only_actor(sentence)
    assert mention.actor == RUSSIA_NATIONAL_GUARD
    assert mention.actor.side == "Russia"
    assert "national guard" in phrase(sentence, mention)


def test_rosgvardia_is_the_national_guard_actor():
    assert only_actor("Rosgvardia officers arrived in the town.").actor == RUSSIA_NATIONAL_GUARD


def test_civilians_are_the_civilians_of_the_country_the_event_happens_in():
    sentence = "Two civilians were killed in the strike."
    mention = only_actor(sentence)
    assert mention.actor == CIVILIANS_HERE
    assert placed(mention.actor, "UA", 2022) == UKRAINE_CIVILIANS
    assert placed(mention.actor, "UA", 2022).inter == CIVILIANS
    assert phrase(sentence, mention) == "civilians"


def test_ukrainian_police_are_police_not_military():
    assert only_actor("Ukrainian police found the bodies.").actor == UKRAINE_POLICE


def test_separatists_are_the_novorossiya_forces():
    assert only_actor("Separatists shelled the outskirts of the city.").actor == NOVOROSSIYA


def test_separatists_named_by_their_own_group_are_that_group_not_the_novorossiya_forces():
    first = actors_in("Members of the Ambazonian separatists raped a woman in Bamenda.")[0]
    assert first.actor != NOVOROSSIYA
    assert first.actor.name.startswith("Ambazonian Separatists")


def test_actors_are_listed_left_to_right_with_offsets_slicing_each_phrase():
    sentence = "Residents said Ukrainian troops pushed Russian forces out of the village."
    mentions = actors_in(sentence)
    assert [m.actor for m in mentions] == [CIVILIANS_HERE, UKRAINE_MILITARY, RUSSIA_MILITARY]
    assert [phrase(sentence, m) for m in mentions] == ["Residents", "Ukrainian troops", "Russian forces"]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_overlapping_phrases_are_one_actor_chosen_by_table_order():
    # "Pro-Russian separatist forces" also reads as "pro-Russian ... forces"; the separatists win
    mentions = actors_in("Pro-Russian separatist forces shelled the village.")
    assert [m.actor for m in mentions] == [NOVOROSSIYA]


def test_russian_national_guard_is_one_national_guard_mention():
    sentence = "Russian national guard troops were seen near the bridge."
    mention = only_actor(sentence)
    assert mention.actor == RUSSIA_NATIONAL_GUARD
    assert phrase(sentence, mention) == "Russian national guard troops"


def test_sentence_without_actor_phrase_has_no_actors():
    assert actors_in("The bridge collapsed after heavy rain.") == []


def test_ukrainian_national_guard_is_not_the_russian_national_guard():
    mention = only_actor("Ukrainian National Guard units advanced on the village.")
    assert mention.actor.side == "Ukraine"


# --- countries and capitals used as actors -----------------------------------------


@pytest.mark.parametrize(
    ("name", "actor"),
    [("Ukraine", UKRAINE_MILITARY), ("Kyiv", UKRAINE_MILITARY), ("Russia", RUSSIA_MILITARY), (" MOSCOW ", RUSSIA_MILITARY)],
)
def test_a_country_or_its_capital_stands_for_its_military(name, actor):
    assert actor_for_name(name) == actor


def test_a_name_that_is_no_country_or_capital_is_no_actor():
    assert actor_for_name("Springfield") is None


# --- opponent_of ------------------------------------------------------------------


def test_opponent_of_ukrainian_military_is_russian_military():
    assert opponent_of(UKRAINE_MILITARY) == RUSSIA_MILITARY


def test_opponent_of_russian_military_is_ukrainian_military():
    assert opponent_of(RUSSIA_MILITARY) == UKRAINE_MILITARY


@pytest.mark.parametrize("actor", [RUSSIA_NATIONAL_GUARD, NOVOROSSIYA])
def test_opponent_of_any_russian_side_actor_is_ukrainian_military(actor):
    assert opponent_of(actor) == UKRAINE_MILITARY


def test_opponent_of_ukrainian_police_is_russian_military():
    assert opponent_of(UKRAINE_POLICE) == RUSSIA_MILITARY


def test_civilians_have_no_opponent():
    assert opponent_of(UKRAINE_CIVILIANS) is None


def test_no_actor_has_no_opponent():
    assert opponent_of(None) is None


# --- named forces of other wars ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Military forces of Armenia fired on the positions of Azerbaijan.", "Military Forces of Armenia ("),
        ("LNA forces shelled the airport.", "Military Forces of Libya (2014-) Haftar Faction"),
        ("Six Saudi-led coalition airstrikes hit the district.", "Operation Restoring Hope"),
        ("Pro-Hadi forces repelled the attack.", "Military Forces of Yemen (2012-)"),
        ("The Military Police carried out an operation in the favela.", "Military Forces of Brazil (2019-) Military Police"),
    ],
)
def test_the_forces_of_other_wars_have_their_acled_names(sentence, expected):
    assert actors_in(sentence)[0].actor.name.startswith(expected)


def test_a_force_named_as_against_a_group_is_not_that_group():
    names = [m.actor.name for m in actors_in("Anti-Houthi National Resistance forces fired on Hodeidah.")]
    assert names == ["National Resistance Forces"]


def test_a_period_in_a_name_is_no_country_to_replace():
    [mention] = actors_in("Military forces of Artsakh fired with unspecified weapons.")
    assert placed(mention.actor, "AZ", 2020).name == "Military Forces of Artsakh (2007-)"


def test_actor_patterns_are_written_in_lower_case_so_lower_cased_text_matches_them_as_ignoring_case():
    for pattern in WAR_PATTERNS + HERE_PATTERNS:
        words = re.sub(r"\\[a-zA-Z]", "", pattern.lower_case.pattern)  # '\b', '\s', '\w' are no letters
        assert words == words.lower(), pattern.actor


def test_a_text_whose_lower_case_is_longer_is_matched_as_written():
    sentence = "In İzmir, Russian troops and POLICE clashed with protesters."
    assert len(sentence.lower()) != len(sentence)
    found = [(m.actor, sentence[m.start : m.end]) for m in actors_in(sentence)]
    assert (RUSSIA_MILITARY, "Russian troops") in found
    assert (STATE_POLICE, "POLICE") in found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Suspected IS Sahel fighters burned a market near Menaka.", "Islamic State (Sahel)"),
        ("ISSP militants ambushed a convoy near Tillia.", "Islamic State (Sahel)"),
        ("Suspected ISGS militants raided a village near Ayorou.", "Islamic State (Greater Sahara)"),
        ("OLF-Shane militants burned a school.", "OLF: Oromo Liberation Front (Shane Splinter Faction)"),
    ],
)
def test_a_faction_named_by_its_own_name_keeps_acled_s_name_of_that_faction(sentence, name):
    assert only_actor(sentence).actor.name == name


def test_a_group_named_without_its_faction_is_the_group():
    assert only_actor("Islamic State militants attacked a checkpoint.").actor.name == "Islamic State"


def test_every_named_phrase_of_the_tables_opens_with_one_of_their_opening_words() -> None:
    from eventwire.actors import ROLE_WORDS, _tables

    tables = _tables()
    for table in (tables.names, tables.militias, tables.people, tables.nations, ROLE_WORDS):
        assert all(key.split(" ", 1)[0] in tables.opening_words for key in table)
    assert {"kenyan", "government", "al", "shabaab"} <= tables.opening_words  # "al shabaab": keys are words
    assert "shelled" not in tables.opening_words
