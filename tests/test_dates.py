"""Specification of eventwire.dates.resolve_date.

Every sentence is resolved against a publication date of Wednesday 14 September 2022,
unless a test says otherwise.
"""

import datetime as dt

import pytest

from eventwire.dates import CUES, PATTERNS, resolve_date, time_expressions
from eventwire.models import DateRange

PUBLISHED = dt.date(2022, 9, 14)  # a Wednesday
DAY, WEEK, MONTH = 1, 2, 3  # ACLED time_precision


def day(d):
    return DateRange(d, d, DAY)


def sep(n):
    return dt.date(2022, 9, n)


def test_publication_date_used_in_these_tests_is_a_wednesday():
    assert PUBLISHED.strftime("%A") == "Wednesday"


# --- weekdays -----------------------------------------------------------------


def test_on_weekday_is_the_most_recent_such_day_before_publication():
    assert resolve_date("Ukrainian troops entered the town on Saturday.", PUBLISHED) == day(sep(10))


def test_on_weekday_of_publication_is_the_publication_day_itself():
    # wire copy: "Ukraine said on Wednesday" of the day it files
    assert resolve_date("Ukraine said on Wednesday it had recaptured the village.", PUBLISHED) == day(sep(14))


def test_late_on_weekday_is_that_day():
    assert resolve_date("The strike hit the depot late on Thursday.", PUBLISHED) == day(sep(8))


def test_weekday_night_is_that_day():
    assert resolve_date("Shelling resumed Saturday night.", PUBLISHED) == day(sep(10))


def test_weekday_is_matched_regardless_of_case():
    assert resolve_date("THE TOWN FELL ON SATURDAY", PUBLISHED) == day(sep(10))


# --- relative days --------------------------------------------------------------


def test_yesterday_is_the_day_before_publication():
    assert resolve_date("The governor said yesterday that two people had died.", PUBLISHED) == day(sep(13))


@pytest.mark.parametrize("sentence", ["Explosions were heard last night.", "Drones attacked the city overnight."])
def test_last_night_and_overnight_are_the_eve_of_publication_when_the_night_began(sentence):
    assert resolve_date(sentence, PUBLISHED) == day(sep(13))


def test_two_days_ago_counts_back_from_publication():
    assert resolve_date("Two days ago the bridge was destroyed.", PUBLISHED) == day(sep(12))


def test_days_ago_accepts_digits():
    assert resolve_date("The bridge was destroyed 3 days ago.", PUBLISHED) == day(sep(11))


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "precision"),
    [
        ("The bridge was destroyed two weeks ago.", dt.date(2022, 8, 29), dt.date(2022, 9, 4), 2),
        ("The bridge was destroyed three months ago.", dt.date(2022, 6, 1), dt.date(2022, 6, 30), 3),
        ("The bridge was destroyed a year ago.", dt.date(2021, 1, 1), dt.date(2021, 12, 31), 3),
    ],
)
def test_weeks_months_and_years_ago_are_that_week_month_or_year(sentence, earliest, latest, precision):
    assert resolve_date(sentence, PUBLISHED) == DateRange(earliest, latest, precision)


def test_today_is_the_publication_day():
    assert resolve_date("A missile hit the city today.", PUBLISHED) == day(sep(14))


# --- explicit dates -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The town fell on 10 September.",
        "The town fell on September 10, 2022.",
        "The town fell on 2022-09-10.",
        "The town fell on 10 September 2022.",
        "The town fell on the 10th of September.",
        "The town fell on Sept. 10.",
    ],
)
def test_explicit_dates_in_every_usual_spelling_resolve_to_that_day(sentence):
    assert resolve_date(sentence, PUBLISHED) == day(sep(10))


def test_day_and_month_after_publication_without_a_year_is_in_the_previous_year():
    assert resolve_date("The exchange took place on September 20.", PUBLISHED) == day(dt.date(2021, 9, 20))


def test_day_and_month_on_the_publication_day_stays_in_the_publication_year():
    assert resolve_date("The attack was on 14 September.", PUBLISHED) == day(sep(14))


def test_impossible_calendar_date_resolves_to_nothing():
    assert resolve_date("The town fell on 31 September.", PUBLISHED) is None


# --- ranges with ACLED precision ---------------------------------------------------


def test_earlier_this_month_is_the_month_so_far_with_month_precision():
    assert resolve_date("Earlier this month Ukraine launched a counteroffensive.", PUBLISHED) == DateRange(sep(1), sep(14), MONTH)


def test_since_the_beginning_of_the_month_is_the_month_so_far_with_month_precision():
    found = resolve_date("Since the beginning of September, Ukrainian troops have advanced.", PUBLISHED)
    assert found == DateRange(sep(1), sep(14), MONTH)


def test_this_week_runs_from_monday_to_publication_with_week_precision():
    assert resolve_date("Fighting intensified this week.", PUBLISHED) == DateRange(sep(12), sep(14), WEEK)


def test_in_recent_days_has_week_precision_and_ends_on_publication():
    found = resolve_date("Several villages were retaken in recent days.", PUBLISHED)
    assert found.time_precision == WEEK
    assert found.latest == PUBLISHED
    assert found.earliest < PUBLISHED


def test_last_week_is_the_previous_monday_to_sunday():
    assert resolve_date("Last week shelling killed five people.", PUBLISHED) == DateRange(sep(5), sep(11), WEEK)


def test_in_a_month_is_that_month_up_to_publication():
    assert resolve_date("Troops arrived in September.", PUBLISHED) == DateRange(sep(1), sep(14), MONTH)


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The bridge was hit in early August.", dt.date(2022, 8, 1), dt.date(2022, 8, 10)),
        ("The depot was attacked in mid-August.", dt.date(2022, 8, 11), dt.date(2022, 8, 20)),
        ("The depot was attacked also in mid -August.", dt.date(2022, 8, 11), dt.date(2022, 8, 20)),  # as machine translation spaces it
        ("Russian troops stormed the town in late August.", dt.date(2022, 8, 21), dt.date(2022, 8, 31)),
        ("The depot was attacked in early September.", sep(1), sep(10)),
    ],
)
def test_early_mid_and_late_in_a_month_are_its_thirds_with_week_precision(sentence, first, last):
    assert resolve_date(sentence, PUBLISHED) == DateRange(first, last, WEEK)


def test_last_month_and_last_year_are_the_calendar_month_and_year_before_publication():
    assert resolve_date("Troops withdrew from the village last month.", PUBLISHED) == DateRange(dt.date(2022, 8, 1), dt.date(2022, 8, 31), MONTH)
    assert resolve_date("Hundreds of civilians were killed there last year.", PUBLISHED) == DateRange(dt.date(2021, 1, 1), dt.date(2021, 12, 31), MONTH)


def test_recently_done_is_within_the_two_weeks_before_publication():
    assert resolve_date("Izium, a town recently liberated by Ukrainian troops.", PUBLISHED) == DateRange(sep(14) - dt.timedelta(days=14), sep(14), MONTH)
    assert resolve_date("He has just said so.", PUBLISHED) is None


def test_a_part_of_the_month_still_to_come_is_no_date():
    assert resolve_date("Talks will resume in late September.", PUBLISHED) is None


# --- dates relative to the previous date of the article ------------------------------


def test_two_days_later_counts_from_the_previous_date():
    previous = day(sep(10))
    assert resolve_date("Two days later the bridge was blown up.", PUBLISHED, previous) == day(sep(12))


def test_the_same_night_is_the_previous_date():
    previous = day(sep(10))
    assert resolve_date("On the same night a fuel depot burned.", PUBLISHED, previous) == previous


def test_days_later_without_a_previous_date_resolves_to_nothing():
    assert resolve_date("Two days later the bridge was blown up.", PUBLISHED, None) is None


# --- without a publication date -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian troops entered the town on Saturday.",
        "The governor said yesterday that two people had died.",
        "Explosions were heard last night.",
        "Two days ago the bridge was destroyed.",
        "Earlier this month Ukraine launched a counteroffensive.",
        "Fighting intensified this week.",
        "The town fell on 10 September.",
    ],
)
def test_without_publication_date_relative_expressions_are_not_guessed(sentence):
    assert resolve_date(sentence, None) is None


def test_without_publication_date_a_full_explicit_date_still_resolves():
    assert resolve_date("The town fell on 10 September 2022.", None) == day(sep(10))


# --- no time expression ------------------------------------------------------------


def test_may_as_a_verb_is_not_a_month():
    assert resolve_date("Russian troops may withdraw from the city.", PUBLISHED) is None


def test_sentence_without_time_expression_resolves_to_nothing():
    assert resolve_date("Ukrainian troops entered the city.", PUBLISHED) is None


def test_first_time_expression_of_the_sentence_wins():
    found = resolve_date("On Saturday officials said the town had fallen two days ago.", PUBLISHED)
    assert found == day(sep(10))


def test_number_followed_by_may_as_a_verb_is_not_a_date():
    assert resolve_date("As many as 30 may have been killed in the strike.", PUBLISHED) is None


def test_march_as_a_verb_followed_by_a_distance_is_not_a_date():
    assert resolve_date("Conscripts were forced to march 20 kilometres to the front.", PUBLISHED) is None


@pytest.mark.parametrize("sentence", ["His body was found in Colonia Corona del Mar. 1 fatality.", "Fishermen protested in Vila do Mar 2 on Monday."])
def test_a_month_s_short_name_ending_a_place_s_name_is_no_date(sentence):
    found = resolve_date(sentence, PUBLISHED)
    assert found is None or found.earliest.month != 3


def test_a_short_month_name_before_a_day_is_a_date():
    assert resolve_date("On Mar. 1, 2022, a man was killed.", PUBLISHED) == DateRange(dt.date(2022, 3, 1), dt.date(2022, 3, 1), 1)


# -- every pattern is tried where it can match ---------------------------------------------

EXAMPLE_OF_EACH_PATTERN = {
    "iso": "The report is dated 2022-09-10.",
    "day_month": "It happened on 10th of SEPT, 2022.",
    "month_day": "On Sept. 10 the town fell.",
    "same_time": "On the same night a second strike hit.",
    "days_later": "Three days later the town fell.",
    "next_day": "The following day they withdrew.",
    "days_ago": "Two days ago the town fell.",
    "units_ago": "A week ago the town fell.",
    "yesterday": "YESTERDAY the town fell.",
    "last_night": "Drones attacked Overnight.",
    "today": "Sirens sounded Tonight.",
    "since_month_start": "Since the start of September, 40 were killed.",
    "this_month": "Earlier this month the town fell.",
    "last_week": "Last week the town fell.",
    "last_month": "Last month the town fell.",
    "last_year": "Last year the town fell.",
    "this_week": "This week the town fell.",
    "recent_days": "Over the past few days the town was shelled.",
    "recently": "The recently liberated town was shelled.",
    "weekday": "On Friday the town fell.",
    "in_month": "In mid-Feb 2022 the town fell.",
}


def test_every_time_pattern_has_its_cue_words_and_an_example():
    assert set(CUES) == {name for name, _ in PATTERNS} == set(EXAMPLE_OF_EACH_PATTERN)


@pytest.mark.parametrize(("name", "sentence"), sorted(EXAMPLE_OF_EACH_PATTERN.items()))
def test_each_time_pattern_is_found_in_any_case_past_its_word_test(name, sentence):
    assert name in [found for found, _ in time_expressions(sentence)]
