"""Reported: only real, literal, specific and recent events are coded; the rest are dropped
with their reason (loads spaCy). One test per pattern real news showed, in sentences
written for the purpose."""

from __future__ import annotations

import datetime as dt

import pytest
from builders import analysis_of_report

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2023, 6, 14)  # a Wednesday


def analysis_of(*sentences: str, published: dt.date = PUBLISHED):
    return analysis_of_report(*sentences, published=published)


def acled_events(*sentences: str, published: dt.date = PUBLISHED):
    return [m.sub_event_type for m in analysis_of(*sentences, published=published).event_mentions if m.event_type]


def dropped_reasons(*sentences: str):
    return {d.reason for d in analysis_of(*sentences).dropped}


# -- figures of speech --


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader moved quickly to rally support among lawmakers in Warsaw on Tuesday.",
        "The foreign minister blasted the decision of the court in a television interview on Monday.",
        "The president described the vote as an assault on Moldova's sovereignty.",
        "The chancellor struck a bellicose tone in his speech in Berlin on Tuesday.",
        "Kyiv hopes the new brigades will strike a knockout blow this summer.",
        "The mayor promised to fight climate change and corruption in the city.",
        "The past year has demonstrated that sanctions alone cannot change Moscow's course.",
        "The senator attacked the administration's plan for the budget on Monday.",
        "This is the face of Russian occupation: towns and cities turned into mass graves.",
    ],
)
def test_figures_of_speech_are_not_events(sentence):
    assert acled_events(sentence) == []


def test_a_figure_of_speech_is_dropped_with_its_reason():
    assert "figurative" in dropped_reasons("The foreign minister blasted the decision of the court in a television interview on Monday.")


def test_literal_uses_of_the_same_words_are_still_events():
    assert acled_events("Hundreds of people rallied in central Tbilisi on Tuesday against the new law.") == ["Peaceful protest"]
    assert acled_events("A Russian missile struck an apartment block in Dnipro on Tuesday, killing two people.") == ["Shelling/artillery/missile attack"]


# -- what did not happen: hypotheticals, warnings, recommendations, negations --


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said Moscow can look for an excuse to attack Moldova.",
        "The worst scenario for the region is a Russian attack on Kharkiv.",
        "Officials said there were no signs of a withdrawal of Russian troops from Kherson.",
        "Ukraine needs more air defence systems to defend its cities from Russian missile strikes.",
        "Generals are preparing for a potential offensive near Zaporizhzhia.",
        "Western officials warned of a possible Russian assault on Kyiv.",
        "Such weapons would allow Ukrainian troops to strike Russian bases in Crimea.",
        "The FSB said it had foiled two attacks on Russian territory planned by Ukrainian agents.",
        "The FSB said it foiled an attack on a power station in Kursk on Monday.",
    ],
)
def test_events_that_did_not_happen_are_not_coded(sentence):
    assert acled_events(sentence) == []


def test_an_attack_thwarted_at_the_front_is_fighting_that_happened():
    assert acled_events("On Monday, Ukrainian forces thwarted a Russian attack on their positions near Avdiivka.") == ["Armed clash"]


def test_the_event_that_foiled_another_happened():
    assert acled_events("The arrests of six men in Moscow on Monday foiled a bombing, the FSB said.") == ["Arrests"]


# -- generic, habitual and cumulative statements --


def test_events_told_as_a_series_are_none_of_them():
    assert acled_events("Kyiv and Moscow traded accusations over a series of strikes this month on the Zaporizhzhia plant.") == []
    assert acled_events("A spate of kidnappings hit Zamfara this month, residents said.") == []


def test_a_series_on_one_day_is_one_event():
    assert acled_events("On Monday, relatives took part in a series of one-person protests in Angarsk.") == ["Peaceful protest"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian forces are killing hundreds of Russian soldiers each day near Bakhmut, the commander said.",
        "Both sides have used cluster munitions in Donetsk during the war.",
        "Russia has been shelling towns in the Kharkiv region for months.",
        "More than 300,000 people died in ten years of war in Syria.",
        "Russian forces have been stealing children from occupied Kherson for years.",
        "The minister said strikes on supply lines in Belgorod were a legitimate part of war.",
        "Each of these Russian strikes on Kramatorsk is an argument for more rocket launchers.",
        "Shoigu kills children.",
        "Russian invaders shell and bomb Ukrainian cities, towns and villages in the Donbas.",
    ],
)
def test_habitual_and_cumulative_statements_are_not_events(sentence):
    assert acled_events(sentence) == []


def test_a_war_total_is_never_an_events_fatalities():
    analysis = analysis_of("Some 200 Ukrainian athletes have been killed since the start of the invasion, the sports minister said in Kyiv.")
    assert all(m.fatalities in (None, 0) for m in analysis.event_mentions)


def test_a_toll_since_the_war_began_is_never_an_events_fatalities():
    from eventwire.events.reported import fatalities_of_the_event

    assert fatalities_of_the_event("More than 200 athletes have been killed since Russia launched its full-scale invasion, the minister said.") is None
    assert fatalities_of_the_event("A missile strike killed 12 people in Dnipro on Saturday.") == 12


def test_an_event_of_last_year_is_history():
    assert "history" in {
        d.reason for d in analysis_of("In Bucha, hundreds of civilians were killed last year by Russian troops, the visitors were told.").dropped
    }


def test_a_headline_in_the_simple_present_is_still_one_event():
    assert acled_events("Russia shells Kharkiv overnight, killing three") == ["Shelling/artillery/missile attack"]


def test_what_one_named_strike_was_is_still_said_of_an_event():
    assert acled_events("Three strikes on Kramatorsk were the heaviest attack on the city this year, officials said on Tuesday.") != []


def test_a_dated_event_in_a_habitual_sounding_sentence_is_still_an_event():
    assert acled_events("Russian artillery shelled Kupiansk again on Tuesday, killing one man, the governor said.") == ["Shelling/artillery/missile attack"]


# -- the war as a whole, and history --


@pytest.mark.parametrize(
    "sentence",
    [
        "Read our live coverage of Russia's attack on Ukraine.",
        "The United States announced more aid to help Ukraine in its fight against Russia's invasion.",
        "The lethal aid is critical to the ongoing fight.",
        "Its World War II battles on the eastern front were won by a coalition.",
        "The airport in Donetsk was destroyed in 2014 after months of fighting.",
    ],
)
def test_the_war_as_a_whole_and_history_are_not_events(sentence):
    assert acled_events(sentence) == []


def test_history_dated_to_the_publication_week_is_dropped():
    assert acled_events("Russian forces captured Izium in early April.", published=dt.date(2022, 9, 14)) == []


# -- political candidates that are no interaction between actors --


def test_a_call_with_reporters_is_no_talks():
    assert "a press briefing" in dropped_reasons(
        "The worst case would involve attacks on the capital, the official told reporters during a phone call on Saturday."
    )


def test_the_grounds_of_sanctions_are_no_act_of_their_own():
    analysis = analysis_of("The European Union imposed sanctions on Belarus on Monday for supporting Russian aggression towards Ukraine.")
    assert [m.plover_type for m in analysis.event_mentions] == ["SANCTION"]
    assert "the grounds of another act" in {d.reason for d in analysis.dropped}


def test_what_happened_at_a_site_a_visitor_is_shown_describes_the_site():
    assert acled_events("The Taoiseach toured an apartment block in Horenka that was heavily shelled.") == []
    assert acled_events("He visited a bridge in Irpin where Russian forces bombed civilians fleeing the conflict.") == []
    assert acled_events("He visited a bridge in Irpin where Russian forces bombed civilians on Monday.") == ["Air/drone strike"]


def test_what_happened_later_than_an_act_of_no_date_is_part_of_a_story_told():
    story = "He visited a bridge in Irpin where Russian forces bombed civilians. The bridge was later blown up by Ukrainian troops to stop Russian tanks."
    assert acled_events(story) == []
    assert "after an act of no date" in dropped_reasons(story)
    assert acled_events("Police dispersed the protesters in Nairobi. They later arrested ten people.") == ["Protest with intervention", "Arrests"]
    assert acled_events("The bridge in Irpin was later blown up by Ukrainian troops on Monday.") != []
    assert len(acled_events("Russian forces shelled Kharkiv on Monday.", "Later, a missile hit a school in Kharkiv.")) == 2  # the paragraph before told it


def test_a_fragment_of_no_verb_or_date_reports_nothing():
    speech = "We are constantly making proposals in Mariupol. And what do we see? Shells and bullets from the other side."
    assert acled_events(speech) == []
    assert "a fragment of no verb or date" in dropped_reasons(speech)
    assert acled_events("Heavy shelling in Kharkiv on Monday.") == ["Shelling/artillery/missile attack"]


def test_an_act_a_speaker_argues_from_is_not_the_speakers_act():
    sentence = "Ukrainian President Volodymyr Zelensky said on Tuesday that the urgent request proves that the counterattack frightened the invaders."
    analysis = analysis_of(sentence)
    assert [m.plover_type for m in analysis.event_mentions] == []
    assert "an act argued from" in {d.reason for d in analysis.dropped}
    assert [m.plover_type for m in analysis_of("Zelensky made an urgent request for air defence systems on Tuesday.").event_mentions] == ["REQUEST"]


def test_demands_a_response_answers_are_told_before_not_news():
    analysis = analysis_of("On Wednesday, the United States and NATO delivered their written responses to Russian security demands.")
    assert "REQUEST" not in [m.plover_type for m in analysis.event_mentions]
    assert "an act another answers" in {d.reason for d in analysis.dropped}


def test_an_event_whose_consequences_are_foretold_is_not_given():
    sentence = "Analysts said on Thursday that its recapture would severely degrade Russia's supply lines to Izyum."
    assert acled_events(sentence) == []
    assert acled_events("The arrest of the commander in Moscow on June 12 may be a sign of a power struggle.") == ["Arrests"]


# -- a place the gazetteer lacks is still a place of the event's own --


def test_a_place_spacy_sees_but_the_gazetteer_lacks_gives_a_sentence_substance(nlp):
    from spacy.tokens import Span

    from eventwire.events.assertion import has_own_substance

    doc = nlp("A chlorine attack on Zorbaville injured dozens of people.")
    attack = doc[2]
    doc.ents = []
    assert not has_own_substance(doc[:], attack)
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    assert has_own_substance(doc[:], attack)


def test_an_event_at_a_place_no_gazetteer_holds_is_coded_without_a_place():
    mentions = [m for m in analysis_of("A chlorine attack on Zorbaville injured dozens of people.").event_mentions if m.event_type]
    assert [m.sub_event_type for m in mentions] == ["Chemical weapon"]
    assert mentions[0].place is None or mentions[0].place.place is None or mentions[0].geo_precision == 3


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("A suicide bomber killed 15 people at a funeral.", "Suicide bomb"),
        ("An airstrike killed 10 fighters.", "Air/drone strike"),
        ("The regime used sarin gas against civilians, killing dozens.", "Chemical weapon"),
    ],
)
def test_a_report_naming_no_place_actor_or_date_is_still_an_event_placed_nowhere(sentence, sub_event_type):
    mentions = [m for m in analysis_of(sentence).event_mentions if m.event_type]
    assert [m.sub_event_type for m in mentions] == [sub_event_type]
    assert mentions[0].place is None
    assert dict(mentions[0].confidence_features)["no_place"] == 1.0


def test_an_undated_act_an_article_places_nowhere_by_no_one_is_dropped_beside_its_placed_reports():
    text = ("Hundreds of protesters rallied in Kyiv on Monday against corruption.", "She ran to a shelter, only to hear another enormous blast.")
    analysis = analysis_of(*text)
    assert [m.sub_event_type for m in analysis.event_mentions if m.event_type] == ["Peaceful protest"]
    assert "no place and no one acting" in {d.reason for d in analysis.dropped}


def test_a_contrast_drawn_in_a_speech_is_no_report_but_a_dated_correction_is():
    analysis = analysis_of("And Grad rockets hit Mariupol, not European cities.")
    assert [m.sub_event_type for m in analysis.event_mentions if m.event_type] == []
    assert "a contrast drawn" in {d.reason for d in analysis.dropped}
    found = analysis_of("Russian missiles hit Kharkiv, not Kyiv, on Monday, officials said.").event_mentions
    assert [m.place.place.name for m in found if m.event_type] == ["Kharkiv"]


# -- what a court judges --


@pytest.mark.parametrize(
    "sentence",
    [
        "He was sentenced to 10 years in prison for his role in the 2019 attack.",
        "A court in Kyiv convicted a Russian soldier of killing a civilian.",
    ],
)
def test_the_act_a_court_judges_is_no_new_event(sentence):
    assert acled_events(sentence) == []
    assert {"history", "background"} & set(dropped_reasons(sentence))  # 'in the 2019 attack' dates it years back, as background


def test_an_attack_told_in_a_clause_of_its_own_beside_a_charge_is_still_an_event():
    assert acled_events("The suspects were charged after gunmen attacked a bus in Kano, killing five.") != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukrainian authorities announced the discovery of two mass graves in towns of the Donetsk region, recently retaken by Russian forces.",
        "Aid convoys reached villages near Kherson newly liberated by Ukrainian troops.",
    ],
)
def test_a_participle_describing_a_place_is_no_event(sentence):
    assert acled_events(sentence) in ([], ["Other"])  # the graves may be coded; the retaking is what the towns are, not news
    assert "a description of a place" in dropped_reasons(sentence)


@pytest.mark.parametrize(
    ("sentence", "sub_event_type"),
    [
        ("The town was recently captured by al-Shabaab militants, residents said on Monday.", "Non-state actor overtakes territory"),
        ("Russian forces shelled the newly liberated city of Kherson on Monday, killing two people.", "Shelling/artillery/missile attack"),
    ],
)
def test_an_act_told_with_its_auxiliary_or_beside_a_described_place_is_still_an_event(sentence, sub_event_type):
    assert sub_event_type in acled_events(sentence)
