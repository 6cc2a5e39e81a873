"""Merge: many mentions of one real-world event become one event with a status."""

from __future__ import annotations

import itertools
from dataclasses import replace

from builders import IZIUM, KHARKIV, KUPIANSK, day, mention, week_before

from eventwire.actors import GUNMEN_HERE, NOT_NAMED, RUSSIA_MILITARY, UKRAINE_CIVILIANS, UKRAINE_MILITARY, placed
from eventwire.merge import block_of, merge_mentions
from eventwire.models import Place

SHELLING = "Shelling/artillery/missile attack"


def russian_shelling_of_kharkiv(article_id: str, **fields):
    return mention(article_id, sub_event_type=SHELLING, place=KHARKIV, actor1=RUSSIA_MILITARY, actor2=None, **fields)


def test_reports_of_one_recapture_in_several_articles_become_one_event():
    mentions = [
        mention("a1", date=day("2022-09-10")),
        mention("a2", date=week_before("2022-09-11")),
        mention("a3", sub_event_type="Non-violent transfer of territory", date=week_before("2022-09-14")),
    ]
    [event] = merge_mentions(mentions)
    assert {m.article_id for m in event.mentions} == {"a1", "a2", "a3"}
    assert event.sub_event_type == "Government regains territory"
    assert event.date.earliest.isoformat() == "2022-09-10"


def test_different_places_stay_different_events():
    events = merge_mentions([mention("a1", place=IZIUM), mention("a1", place=KUPIANSK, start=40)])
    assert sorted(e.place.place.name for e in events) == ["Izyum", "Kupyansk"]


def test_strikes_on_different_days_at_one_place_stay_two_events():
    events = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", date=day("2022-09-10")),
            russian_shelling_of_kharkiv("a2", date=day("2022-09-11")),
        ]
    )
    assert len(events) == 2


def test_an_undated_report_joins_the_dated_strike_it_overlaps_not_both():
    events = merge_mentions(
        [
            mention("a1", sub_event_type=SHELLING, place=KHARKIV, date=day("2022-09-10")),
            mention("a2", sub_event_type=SHELLING, place=KHARKIV, date=day("2022-09-11")),
            mention("a3", sub_event_type=SHELLING, place=KHARKIV, date=week_before("2022-09-12")),
        ]
    )
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_gains_by_opposite_sides_at_one_place_are_not_merged():
    events = merge_mentions(
        [
            mention("a1"),
            mention("a2", sub_event_type="Non-state actor overtakes territory", actor1=RUSSIA_MILITARY, actor2=UKRAINE_MILITARY),
        ]
    )
    assert len(events) == 2


def test_merging_is_independent_of_input_order_and_ids_are_stable():
    mentions = [mention("a1"), mention("a2", date=week_before("2022-09-11")), mention("a3", place=KUPIANSK)]
    results = {tuple(sorted(e.event_id for e in merge_mentions(list(p)))) for p in itertools.permutations(mentions)}
    assert len(results) == 1


def test_fatalities_keep_the_most_conservative_figure_and_show_the_conflict():
    attack = "Attack"
    [event] = merge_mentions(
        [
            mention("a1", sub_event_type=attack, place=KHARKIV, fatalities=7, actor1=RUSSIA_MILITARY, actor2=UKRAINE_CIVILIANS),
            mention("a2", sub_event_type=attack, place=KHARKIV, fatalities=9, actor1=RUSSIA_MILITARY, actor2=UKRAINE_CIVILIANS),
        ]
    )
    assert event.fatalities == 7
    assert event.fatalities_reported == (7, 9)
    [conflict] = [c for c in event.conflicts if c.field == "fatalities"]
    assert [value for value, _ in conflict.values] == ["7", "9"]


def test_an_admission_against_interest_confirms_the_event():
    [event] = merge_mentions(
        [
            mention("a1", sub_event_type="Non-violent transfer of territory", speaker="The Russian ministry of defence", party="russian_government"),
        ]
    )
    assert event.status == "confirmed"
    assert "admits" in event.status_rule


def test_one_sides_word_alone_is_claimed():
    [event] = merge_mentions([mention("a1", speaker="the general staff", party="ukrainian_government")])
    assert event.status == "claimed"


def test_partial_against_complete_control_is_disputed():
    [event] = merge_mentions(
        [
            mention("a1", speaker="pro-Russian channels", party="pro_russian_media", sentence="Channels said Ukrainian forces control half of Izium."),
            mention("a2", speaker="Ukrainian sources", party="ukrainian_government", sentence="Sources said Izium was completely liberated."),
        ]
    )
    assert event.status == "disputed"
    assert [c.field for c in event.conflicts] == ["extent"]


def test_reporting_that_says_it_could_not_verify_is_unverified():
    [event] = merge_mentions([mention("a1", hedges=("unverified",))])
    assert event.status == "unverified"


def test_a_denial_by_the_accused_side_marks_the_event_denied():
    [event] = merge_mentions(
        [
            mention(
                "a1",
                sub_event_type="Attack",
                place=KHARKIV,
                actor1=RUSSIA_MILITARY,
                actor2=UKRAINE_CIVILIANS,
                speaker="The Kremlin",
                party="russian_government",
                denial=True,
            ),
        ]
    )
    assert event.status == "denied"


def test_an_event_every_source_denies_is_denied_whoever_denies_it():
    [event] = merge_mentions(
        [
            mention(
                "a1",
                sub_event_type="Shelling/artillery/missile attack",
                place=KHARKIV,
                actor1=RUSSIA_MILITARY,
                actor2=None,
                speaker="Ukraine's southern command",
                party="ukrainian_government",
                denial=True,
            ),
        ]
    )
    assert (event.status, event.status_rule) == ("denied", "every source denies it")


def test_a_denial_against_a_report_of_the_same_event_is_not_the_last_word():
    [event] = merge_mentions(
        [
            mention(
                "a1",
                sub_event_type="Shelling/artillery/missile attack",
                place=KHARKIV,
                actor1=RUSSIA_MILITARY,
                actor2=None,
                speaker="the governor",
                party="ukrainian_government",
            ),
            mention(
                "a2",
                sub_event_type="Shelling/artillery/missile attack",
                place=KHARKIV,
                actor1=RUSSIA_MILITARY,
                actor2=None,
                speaker="a Reuters correspondent",
                party="media",
                denial=True,
                start=80,
            ),
        ]
    )
    assert event.status != "denied"


def test_sources_that_disagree_on_the_day_give_the_day_most_of_them_report():
    [event] = merge_mentions(
        [
            mention("a1", date=day("2022-09-09")),
            mention("a2", date=day("2022-09-10")),
            mention("a3", date=day("2022-09-10")),
        ]
    )
    assert event.date.day.isoformat() == "2022-09-10"
    assert [c.field for c in event.conflicts] == ["event_date"]


def test_blocks_group_by_family_and_place():
    assert block_of(mention()) == block_of(mention(sub_event_type="Non-violent transfer of territory"))
    assert block_of(mention()) != block_of(mention(place=KUPIANSK))


def test_strikes_on_a_market_and_a_power_plant_at_one_place_on_one_day_stay_two_events():
    events = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", sentence="A missile hit a market in Kharkiv."),
            russian_shelling_of_kharkiv("a2", sentence="A missile struck the central market of Kharkiv."),
            russian_shelling_of_kharkiv("a3", sentence="A missile hit a power plant in Kharkiv."),
        ]
    )
    assert sorted(len(e.mentions) for e in events) == [1, 2]
    tower_and_hospital = [
        russian_shelling_of_kharkiv("a1", sentence="Russian missiles destroyed the TV tower in Kharkiv."),
        russian_shelling_of_kharkiv("a2", sentence="An S-300 missile hit the grounds of a psychiatric hospital in Kharkiv."),
    ]
    assert len(merge_mentions(tower_and_hospital)) == 2


def test_a_report_that_names_no_target_joins_the_strike_it_overlaps():
    [event] = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", sentence="A missile hit a market in Kharkiv."),
            russian_shelling_of_kharkiv("a2", sentence="Russia shelled Kharkiv on Monday."),
        ]
    )
    assert len(event.mentions) == 2


def test_a_report_that_fits_two_strikes_joins_the_one_whose_days_it_shares_most():
    airbase = russian_shelling_of_kharkiv("a1", sentence="Explosions hit an airbase near Kharkiv.", date=week_before("2022-08-10"))
    depot = russian_shelling_of_kharkiv("a2", sentence="Explosions hit a munitions depot in Kharkiv.", date=week_before("2022-08-17"))
    retold = russian_shelling_of_kharkiv("a3", sentence="The explosions caused panic.", date=week_before("2022-08-17"))
    events = merge_mentions([airbase, depot, retold])
    [joined] = [e for e in events if len(e.mentions) == 2]
    assert {m.article_id for m in joined.mentions} == {"a2", "a3"}  # 10-17 August, not the airbase's 3-10


def test_copies_of_an_unplaced_report_in_two_articles_are_one_event_other_unplaced_reports_stay_apart():
    copy = "Last month his protege, deputy defence minister Timur Ivanov, was detained on charges of bribery."
    other = "A senior tax official was detained on charges of fraud, the ministry said."
    arrest = dict(sub_event_type="Arrests", place=None, date=week_before("2024-04-30"), actor1=None, actor2=None)
    events = merge_mentions([mention("a1", sentence=copy, **arrest), mention("a2", sentence=copy, **arrest), mention("a3", sentence=other, **arrest)])
    assert sorted(len({m.article_id for m in e.mentions}) for e in events) == [1, 2]


def test_almost_the_entire_region_claims_no_full_control_of_a_town():
    [event] = merge_mentions(
        [
            mention("a1", speaker="pro-Russian channels", party="pro_russian_media", sentence="Channels said Ukrainian forces control half of Izium."),
            mention("a2", sentence="The counter-offensive enabled the reconquest of almost the entire Kharkiv region, including Izium."),
        ]
    )
    assert not [c for c in event.conflicts if c.field == "extent"]


def test_a_wider_area_named_past_the_claims_window_is_still_no_claim_on_the_town():
    retreat = "Russian troops retreat from their positions that surrounded the entire northern region of Kharkiv, including Izium."
    [event] = merge_mentions(
        [
            mention("a1", speaker="pro-Russian channels", party="pro_russian_media", sentence="Channels said Ukrainian forces control half of Izium."),
            mention("a2", sentence=retreat),  # the trigger, third word: the window ends inside "northern region"
        ]
    )
    assert not [c for c in event.conflicts if c.field == "extent"]


def test_a_denial_beside_a_report_is_listed_as_a_conflict_with_each_side_s_sources():
    reported = russian_shelling_of_kharkiv("a1", speaker="the governor", party="ukrainian_government")
    denied = russian_shelling_of_kharkiv("a2", speaker="The Kremlin", party="russian_government", denial=True)
    [event] = merge_mentions([reported, denied])
    [conflict] = [c for c in event.conflicts if c.field == "denial"]
    assert dict(conflict.values) == {"denied": (denied.mention_id,), "reported": (reported.mention_id,)}


def blast_blamed_on_each_side():
    """One blast in Kharkiv: the Kremlin blames Ukraine's army, Ukraine's intelligence Russia's."""
    blast = "Remote explosive/landmine/IED"
    kremlin = mention("a1", sub_event_type=blast, place=KHARKIV, actor1=UKRAINE_MILITARY, actor2=None, speaker="The Kremlin", party="russian_government")
    kyiv = mention(
        "a2", sub_event_type=blast, place=KHARKIV, actor1=RUSSIA_MILITARY, actor2=None, speaker="Ukraine's intelligence service", party="ukrainian_government"
    )
    return [kremlin, kyiv]


def test_sources_that_blame_different_sides_for_one_blast_are_a_conflict():
    [event] = merge_mentions(blast_blamed_on_each_side())
    assert [c.field for c in event.conflicts] == ["actor1"]


def test_reports_in_other_articles_worded_as_another_story_stay_apart():
    events = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", sentence="Russian artillery shelled residential districts of Kharkiv overnight, the governor said."),
            russian_shelling_of_kharkiv("a2", sentence="Kharkiv was shelled by Russian artillery during the night, local officials said."),
            russian_shelling_of_kharkiv("a3", sentence="The Kharkiv city council voted to rename twelve streets after the bombardment."),
        ]
    )
    assert sorted(sorted(m.article_id for m in e.mentions) for e in events) == [["a1", "a2"], ["a3"]]


def test_an_article_s_own_later_sentences_elaborate_its_report_whatever_their_words():
    [event] = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", sentence="Russian shelling of Kharkiv killed three civilians on Tuesday."),
            russian_shelling_of_kharkiv("a1", sentence="He said a school and several private houses were damaged in the attack.", start=90),
        ]
    )
    assert len(event.mentions) == 2


def test_reports_placed_only_by_the_article_s_focus_must_be_worded_alike_to_merge():
    unplaced = [
        replace(russian_shelling_of_kharkiv("a1", sentence=text, start=start), geo_precision=3)
        for text, start in (
            ("Putin presented the strikes as retaliation for the bridge attack.", 0),
            ("Russia announced the arrest of eight people over the attack.", 100),
        )
    ]
    assert len(merge_mentions(unplaced)) == 2


def told_at_a_whole_country(article_id: str, sentence: str, trigger: str, start: int = 0):
    """An arrest report placed only at Belarus, its trigger the word given."""
    belarus = Place(630336, "Belarus", "country", "BY", "Belarus", None, None, 53.0, 28.0)
    told = mention(article_id, sub_event_type="Arrests", place=belarus, sentence=sentence, actor1=None, actor2=None, start=start)
    return replace(told, trigger=trigger, trigger_start=start + sentence.index(trigger), geo_precision=3)


def test_a_later_sentence_that_refers_back_to_an_article_s_country_level_report_is_the_same_event():
    detained = told_at_a_whole_country("a1", "Alexey Moskalyov was detained in Belarus after failing to turn up for a hearing.", "detained")
    his_arrest = told_at_a_whole_country("a1", "His arrest was made possible because he activated a cell phone.", "arrest", start=200)
    [event] = merge_mentions([detained, his_arrest])
    assert len(event.mentions) == 2


def test_a_later_sentence_telling_what_befell_someone_already_told_is_the_same_event():
    detained = told_at_a_whole_country("a1", "On Saturday evening the police detained a 57-year-old suspect.", "detained")
    he_was = told_at_a_whole_country("a1", "He was detained in his apartment.", "detained", start=200)
    [event] = merge_mentions([detained, he_was])
    assert len(event.mentions) == 2
    police_held_him = told_at_a_whole_country("a1", "Border guards detained him at the crossing.", "detained", start=200)
    assert len(merge_mentions([detained, police_held_him])) == 1


def test_two_arrests_told_by_their_own_subjects_in_one_article_stay_apart():
    """'the police detained' names who acted, not an arrest told before."""
    first = told_at_a_whole_country("a1", "On Saturday the police detained a journalist.", "detained")
    second = told_at_a_whole_country("a1", "The security service arrested a blogger.", "arrested", start=200)
    assert len(merge_mentions([first, second])) == 2


def test_two_country_level_reports_that_both_refer_back_to_something_else_stay_apart():
    first = told_at_a_whole_country("a1", "Officials said the arrests had been planned for weeks.", "arrests")
    second = told_at_a_whole_country("a1", "Lawyers said the detentions broke the law.", "detentions", start=200)
    assert len(merge_mentions([first, second])) == 2
    in_another_article = told_at_a_whole_country("a2", "His arrest was made possible because he activated a cell phone.", "arrest")
    assert len(merge_mentions([told_at_a_whole_country("a1", "A man was detained in Belarus.", "detained"), in_another_article])) == 2


def test_a_lone_report_is_the_claim_of_whoever_makes_it_and_the_rule_says_whose():
    [event] = merge_mentions([mention("a1")])
    assert (event.status, event.status_rule) == ("claimed", "one article reports it in its own voice, naming no source")
    [event] = merge_mentions([mention("a1", speaker="an AFP journalist", party="media")])
    assert (event.status, event.status_rule) == ("claimed", "only media sources report it; no other party confirms it")


def test_one_article_quoting_an_independent_source_and_another_party_does_not_confirm_alone():
    pentagon = mention("a1", speaker="The Pentagon", party="other_government")
    ministry = mention("a1", speaker="The Ukrainian defence ministry", party="ukrainian_government", sentence="The ministry said Izium was retaken.", start=300)
    [event] = merge_mentions([pentagon, ministry])
    assert event.status == "claimed"
    [event] = merge_mentions([pentagon, replace(ministry, article_id="a2")])
    assert (event.status, event.status_rule) == ("confirmed", "independent sources of different parties agree")


def test_reports_that_call_themselves_unconfirmed_are_unverified():
    [event] = merge_mentions([mention("a1", hedges=("unconfirmed",)), mention("a2", hedges=("unverified", "reportedly"))])
    assert event.status == "unverified"


def test_sides_that_blame_each_other_for_one_blast_dispute_it():
    [event] = merge_mentions(blast_blamed_on_each_side())
    assert (event.status, event.status_rule) == ("disputed", "the sides blame different perpetrators")


def test_an_independent_report_outweighs_the_accused_side_s_denial_which_stays_visible():
    [event] = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", speaker="The UN monitoring mission", party="international_org"),
            russian_shelling_of_kharkiv("a2", speaker="The Kremlin", party="russian_government", denial=True),
        ]
    )
    assert event.status == "confirmed"
    assert "The Kremlin" in event.status_rule and "denies" in event.status_rule
    assert [c.field for c in event.conflicts] == ["denial"]


def test_strikes_by_different_perpetrators_reported_as_fact_are_two_events():
    events = merge_mentions(
        [
            russian_shelling_of_kharkiv("a1", sentence="Russian artillery shelled the outskirts of Kharkiv."),
            replace(russian_shelling_of_kharkiv("a2", sentence="Ukrainian artillery shelled the outskirts of Kharkiv."), actor1=UKRAINE_MILITARY),
        ]
    )
    assert len(events) == 2


def test_an_article_s_sentences_placed_only_at_a_whole_country_must_be_worded_alike_to_merge():
    ukraine = Place(690791, "Ukraine", "country", "UA", "Ukraine", None, None, 49.0, 32.0)
    events = merge_mentions(
        [
            mention("a1", sub_event_type="Armed clash", place=ukraine, sentence="Ukraine is only the first battle of that conflict."),
            mention("a1", sub_event_type="Armed clash", place=ukraine, sentence="Americans fear the war will spread beyond Ukraine.", start=300),
        ]
    )
    assert len(events) == 2


def test_a_side_that_merely_reports_the_other_side_gaining_is_no_admission():
    [event] = merge_mentions(
        [
            mention(
                "a1",
                sub_event_type="Non-state actor overtakes territory",
                actor1=RUSSIA_MILITARY,
                actor2=UKRAINE_MILITARY,
                speaker="Ukrainian authorities",
                party="ukrainian_government",
            )
        ]
    )
    assert event.status == "claimed"
    ministry = mention("a1", actor1=UKRAINE_MILITARY, actor2=RUSSIA_MILITARY, speaker="The Russian ministry of defence", party="russian_government")
    [event] = merge_mentions([replace(ministry, claim=replace(ministry.claim, cue="acknowledged"))])
    assert event.status == "confirmed"


def test_accusations_by_different_actors_are_different_events():
    accusation = dict(place=KHARKIV, actor2=None, sentence="The minister accused the West of waging a proxy war.")
    events = merge_mentions([plover(mention("a1", **accusation, actor1=RUSSIA_MILITARY)), plover(mention("a2", **accusation, actor1=UKRAINE_MILITARY))])
    assert len(events) == 2


def plover(m, plover_type: str = "ACCUSE"):
    return replace(m, event_type=None, sub_event_type=None, disorder_type=None, plover_type=plover_type)


def test_an_article_s_reports_of_one_kind_at_one_place_on_the_same_days_are_one_event():
    fighting = russian_shelling_of_kharkiv("a1", sentence="Russian artillery shelled Kharkiv through the night.")
    far = russian_shelling_of_kharkiv("a1", sentence="Shelling damaged a school in the city, the governor said.", start=3000)
    borrowing = replace(far, place=replace(far.place, start=0, end=7))  # the place is named in the first sentence only
    assert len(merge_mentions([fighting, borrowing])) == 1
    another_day = replace(borrowing, date=day("2022-09-05"))
    assert len(merge_mentions([fighting, another_day])) == 2


def test_reports_placed_only_by_their_article_s_focus_merge_as_near_copies_of_one_sentence():
    wire = "Russian missiles struck energy facilities across the country overnight, officials said."
    copies = [
        replace(russian_shelling_of_kharkiv(article, sentence=text), geo_precision=3)
        for article, text in (
            ("a1", wire),
            ("a2", wire.replace("officials said", "Ukrainian officials said")),
            ("a3", "Russian missiles hit power stations across the country overnight."),
        )
    ]
    assert sorted(len(e.mentions) for e in merge_mentions(copies)) == [1, 2]


def test_syndicated_copies_of_one_story_are_one_source_not_a_confirmation():
    story = "Ukrainian forces recaptured Izium on Saturday, the ministry said."
    [copied] = merge_mentions([mention("a1", sentence=story), mention("a2", sentence=story.replace("Saturday", "Saturday,"))])
    assert copied.status == "claimed"
    [confirmed] = merge_mentions(
        [mention("a1", sentence=story), mention("a2", sentence="Izium is back in Ukrainian hands after a swift advance by Kyiv's troops.")]
    )
    assert (confirmed.status, confirmed.status_rule) == ("confirmed", "reported as fact by several independent articles")


def test_an_events_confidence_combines_its_independent_accounts():
    one = replace(mention("a1"), confidence=0.5)
    other = replace(mention("a2", sentence="Izium is back in Ukrainian hands after a swift advance by Kyiv's troops."), confidence=0.5)
    copy = replace(mention("a3"), confidence=0.5)  # the same sentence as the first: a copy, no new account
    assert merge_mentions([one])[0].confidence == 0.5
    assert merge_mentions([one, other])[0].confidence == 0.75
    assert merge_mentions([one, other, copy])[0].confidence == 0.75


def test_a_tie_of_sub_event_types_goes_to_the_surer_reports_and_an_unnamed_attacker_to_the_one_another_report_names():
    bombing = replace(
        mention(
            "a1",
            sub_event_type="Air/drone strike",
            place=KHARKIV,
            actor1=None,
            actor2=None,
            sentence="after two days of intense bombing",
            date=day("2022-10-10"),
        ),
        confidence=0.3,
    )
    strikes = replace(
        russian_shelling_of_kharkiv("a1", start=200, sentence="Putin presented the strikes as retaliation", date=day("2022-10-10")), confidence=0.9
    )
    [event] = merge_mentions([bombing, strikes])
    assert event.sub_event_type == SHELLING
    [event] = merge_mentions([bombing, replace(bombing, mention_id="b2", start=300, confidence=0.9), strikes])
    assert event.sub_event_type == "Air/drone strike"  # two reports against one: the majority still decides
    assert event.actor1 == RUSSIA_MILITARY  # the one report that names who struck


BOMBING = "Remote explosive/landmine/IED"


def test_a_report_of_an_unclaimed_bomb_joins_the_report_that_names_who_set_it_off():
    unclaimed = replace(placed(GUNMEN_HERE, "UA", 2022), side=NOT_NAMED)  # 'a car bomb exploded in Kharkiv': ACLED's unidentified armed group, no one named
    events = merge_mentions(
        [
            mention("a1", sub_event_type=BOMBING, place=KHARKIV, actor1=unclaimed, actor2=None, sentence="A car bomb exploded in Kharkiv."),
            mention(
                "a2", sub_event_type=BOMBING, place=KHARKIV, actor1=RUSSIA_MILITARY, actor2=None, sentence="Russian saboteurs set off a car bomb in Kharkiv."
            ),
        ]
    )
    [event] = events
    assert event.actor1 == RUSSIA_MILITARY  # the report that names the bomber, not the one that names no one
    assert not [c for c in event.conflicts if c.field == "actor1"]


def test_unknown_gunmen_a_report_tells_of_are_told_and_stay_apart_from_a_named_attacker():
    gunmen = placed(GUNMEN_HERE, "UA", 2022)  # 'gunmen attacked', 'the bodies were found': the text's own doer
    events = merge_mentions(
        [
            mention("a1", sub_event_type="Attack", place=KHARKIV, actor1=gunmen, actor2=UKRAINE_CIVILIANS, sentence="Gunmen killed two men in Kharkiv."),
            mention(
                "a2",
                sub_event_type="Attack",
                place=KHARKIV,
                actor1=RUSSIA_MILITARY,
                actor2=UKRAINE_CIVILIANS,
                sentence="Russian troops killed two men in Kharkiv.",
            ),
        ]
    )
    assert len(events) == 2
