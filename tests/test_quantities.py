"""Specification of eventwire.quantities: death tolls and bodies as ACLED counts them."""

import pytest

from eventwire.quantities import bodies_in, fatalities_in, number_value

# --- number_value -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("1,200", 1200),
        ("seven", 7),
        ("Seven", 7),
        ("eleven", 11),
        ("thirty", 30),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("Twenty-Five", 25),
        ("ninety-nine", 99),
        ("a dozen", 12),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("thousands", 1000),
    ],
)
def test_number_value_reads_numerals_number_words_and_vague_amounts(text, value):
    assert number_value(text) == value


def test_number_value_of_a_word_that_is_no_number_is_none():
    assert number_value("soldiers") is None


# --- fatalities_in: numbers tied to death ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Three people were killed in the strike.", 3),
        ("The strike killed 4 civilians.", 4),
        ("Twenty-five soldiers were killed near the bridge.", 25),
        ("Two people died when the shell hit their house.", 2),
        ("Thirty-one people were killed.", 31),
        ("Officials said 1,200 soldiers were killed.", 1200),
        ("1,200 killed.", 1200),
        ("A protester died after being hit by a tear gas canister.", 1),
        ("A woman detonated an explosive vest, killing herself and two soldiers.", 3),
    ],
)
def test_fatalities_read_digits_and_number_words_tied_to_a_word_for_death(sentence, deaths):
    assert fatalities_in(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("At least seven people were killed.", 7),
        ("More than 50 people died in the shelling.", 50),
        ("Nearly 1,000 people were killed.", 1000),
        ("Over twenty people died.", 20),
    ],
)
def test_qualified_tolls_keep_the_stated_number(sentence, deaths):
    assert fatalities_in(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Dozens of people were killed.", 12),
        ("A dozen soldiers were killed.", 12),
        ("Hundreds of soldiers were killed.", 100),
    ],
)
def test_vague_amounts_use_acled_conventional_values(sentence, deaths):
    assert fatalities_in(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("The missile hit a school, killing 3.", 3),
        ("The explosion hit a market, leaving 12 dead.", 12),
        ("The attack left 7 people dead.", 7),
        ("Shelling hit the square, killing twenty-five.", 25),
    ],
)
def test_killing_and_leaving_dead_before_the_number_count(sentence, deaths):
    assert fatalities_in(sentence) == deaths


# --- the wounded are not fatalities -------------------------------------------------


def test_only_the_killed_count_when_killed_and_wounded_are_both_given():
    assert fatalities_in("Two were killed and five wounded.") == 2


def test_killed_after_wounded_still_counts_only_the_killed():
    assert fatalities_in("Seven people were injured and two killed.") == 2


def test_a_strike_that_kills_and_wounds_counts_only_the_killed():
    assert fatalities_in("The shelling killed two people and wounded five others.") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were wounded in the attack.",
        "Shelling left 5 wounded.",
        "Shelling left five injured.",
    ],
)
def test_a_sentence_with_only_wounded_has_no_fatality_figure(sentence):
    assert fatalities_in(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling left 1,200 wounded.",
        "The blast left twenty-five injured.",
    ],
)
def test_left_a_comma_or_hyphen_number_wounded_is_not_a_death_toll(sentence):
    assert fatalities_in(sentence) is None


# --- nobody killed -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["No one was killed in the attack.", "No civilians were killed.", "Nobody was killed, but three were wounded."],
)
def test_nobody_killed_is_zero_not_unknown(sentence):
    assert fatalities_in(sentence) == 0


def test_sentence_without_casualty_words_has_no_figure():
    assert fatalities_in("Ukrainian troops entered the town on Saturday.") is None


# --- the most conservative figure ----------------------------------------------------


def test_two_tolls_in_one_sentence_give_the_smaller():
    assert fatalities_in("Kyiv said 40 soldiers were killed, while Moscow said 12 died.") == 12


# --- bodies are reported apart from fatalities -----------------------------------------


def test_bodies_found_are_counted_as_bodies_not_fatalities():
    sentence = "More than 400 bodies were found in a forest near the town."
    assert bodies_in(sentence) == 400
    assert fatalities_in(sentence) is None


def test_a_single_body_counts_one():
    assert bodies_in("One body was found in the basement.") == 1


def test_sentence_without_bodies_has_no_body_count():
    assert bodies_in("Three people were killed in the strike.") is None


def test_bodies_of_a_number_of_people_are_counted():
    assert bodies_in("The bodies of 17 soldiers were recovered from the river.") == 17


# --- 'left' is not always about the dead ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    ["Retreating Russian troops left 20 tanks behind.", "Russian forces left 3 villages in the Kharkiv region."],
)
def test_left_followed_by_things_or_places_is_not_a_death_toll(sentence):
    assert fatalities_in(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Ukrainian shelling killed a man in the border town of Shebekino.", 1),
        ("Russian troops opened fire on a car, killing a woman and her son.", 2),
        ("Al-Shabaab militants publicly executed two men accused of spying.", 2),
        ("A 10-year-old boy was killed and his brother wounded when a mine exploded.", 1),
        ("The death toll from Saturday's missile strike on Dnipro has risen to 40, officials said.", 40),
        ("Rescuers have pulled twenty-five bodies from the rubble of the apartment building.", 25),
    ],
)
def test_deaths_told_in_the_ways_reports_tell_them(sentence, deaths):
    assert fatalities_in(sentence) == deaths


def test_a_wounded_victim_is_no_death():
    assert fatalities_in("A man was wounded when the shell hit his house.") is None


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Security forces fired on protesters in Khartoum, killing 15, according to the Central Committee of Sudan Doctors.", 15),
        ("Police fired live rounds at the crowd, killing 4, Amnesty International said.", 4),
        ("Gendarmes fired live ammunition on demonstrators, killing a 16-year-old.", 1),
        ("The blast killed 12, wounding 30.", 12),
    ],
)
def test_a_toll_before_a_comma_and_its_source_still_counts(sentence, deaths):
    assert fatalities_in(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("Soldiers beat a young protester to death in Monywa.", 1),
        ("A man was beaten to death by a mob.", 1),
        ("The mob stabbed two men to death.", 2),
        ("Three protesters were beaten to death.", 3),
        ("They beat him to death.", 1),
        ("Villagers burned two suspected thieves to death.", 2),
    ],
)
def test_people_beaten_stabbed_or_burned_to_death_are_killed(sentence, deaths):
    assert fatalities_in(sentence) == deaths


def test_houses_burned_to_the_ground_are_no_toll():
    assert fatalities_in("Militants burned 5 houses to the ground.") is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("TROOPS EXECUTED THREE PRISONERS.", 3),
        ("Gunmen Murdered Two Farmers.", 2),
        ("Twelve people perished in the fire.", 12),
        ("The strike claimed the lives of four soldiers.", 4),
        ("Nobody was hurt.", None),
    ],
)
def test_death_words_in_any_case_are_counted(sentence, killed):
    assert fatalities_in(sentence) == killed


@pytest.mark.parametrize(
    ("sentence", "deaths"),
    [
        ("The army said it had neutralised 12 terrorists near Djibo.", 12),
        ("Three militants were neutralised by the army.", 3),
        ("Sappers neutralised 120 explosive objects in the region.", None),
    ],
)
def test_armed_men_neutralised_are_dead_and_explosives_neutralised_are_not(sentence, deaths):
    assert fatalities_in(sentence) == deaths


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Soldiers pulled two young men from their homes in Djibo and shot them dead.", 2),
        ("Gunmen abducted three farmers near Zamfara and later killed them.", 3),
        ("Police arrested five suspects and released them the next day.", None),
        ("Two men were arrested; soldiers shot them in the leg.", None),
    ],
)
def test_people_counted_before_and_killed_as_them(sentence, dead):
    assert fatalities_in(sentence) == dead


def test_a_prisoner_killed_is_one_dead():
    assert fatalities_in("A prison riot broke out in the centre, in which a prisoner was killed and another injured with a knife.") == 1


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("In Juiz de Fora, a man was shot to death by three armed men.", 1),
        ("An adolescent was shot to death and two children were shot and injured.", 1),
        ("Gunmen shot two men to death near the market.", 2),
        ("He was shot in the leg.", None),
    ],
)
def test_shot_to_death_is_killed(sentence, dead):
    assert fatalities_in(sentence) == dead
