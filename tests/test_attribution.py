"""Specification of eventwire.attribution: who asserts a sentence, how, and how surely.

Sentence-level tests parse hand-written sentences with the real spaCy model (slow);
the regular-expression helpers (hedges, parties, sides) run without it.
"""

import pytest

from eventwire.attribution import SpeakerMemory, attribute, hedges_in, paragraph_hedges, party_of, side_of, side_of_claim


@pytest.fixture(scope="module")
def nlp():
    from eventwire.parse import load_nlp

    return load_nlp()


@pytest.fixture(scope="module")
def sentences(nlp):
    """The sentence spans of a hand-written paragraph."""

    def run(text):
        return list(nlp(text).sents)

    return run


@pytest.fixture(scope="module")
def claim_of(sentences):
    """The claim of a one-sentence text, with a fresh speaker memory."""

    def run(text, paragraph_hedges=()):
        (sentence,) = sentences(text)
        return attribute(sentence, SpeakerMemory(), paragraph_hedges)

    return run


# --- speaker, party and cue ------------------------------------------------------


@pytest.mark.slow
def test_russian_defence_ministry_said_is_a_russian_government_claim(claim_of):
    claim = claim_of("Russia's defence ministry said its troops had withdrawn.")
    assert claim.speaker == "Russia's defence ministry"
    assert claim.party == "russian_government"
    assert claim.cue == "said"
    assert claim.denial is False
    assert claim.cue_is_main is True


@pytest.mark.slow
def test_according_to_the_regional_governor_is_a_ukrainian_government_claim(claim_of):
    claim = claim_of("According to the regional governor, two people were killed.")
    assert "governor" in claim.speaker
    assert claim.party == "ukrainian_government"
    assert claim.cue == "According"


@pytest.mark.slow
def test_pro_russian_telegram_channels_are_pro_russian_media(claim_of):
    claim = claim_of("Pro-Russian Telegram channels claimed the town had fallen.")
    assert claim.speaker == "Pro-Russian Telegram channels"
    assert (claim.party, side_of_claim(claim)) == ("pro_russian_media", "russia")
    assert claim.cue == "claimed"


def test_a_nationality_before_a_medium_names_its_side_not_a_government(claim_of):
    claim = claim_of("Ukrainian bloggers and netizens said Russian missiles hit the plant.")
    assert (claim.party, side_of_claim(claim)) == ("social_media", "ukraine")
    officials = claim_of("Ukrainian officials said Russian missiles hit the plant.")
    assert (officials.party, side_of_claim(officials)) == ("ukrainian_government", "ukraine")


@pytest.mark.slow
def test_institute_for_the_study_of_war_is_an_analyst(claim_of):
    claim = claim_of("The Institute for the Study of War said Russian forces had retreated from Izyum.")
    assert claim.speaker == "The Institute for the Study of War"
    assert claim.party == "analyst"
    assert claim.cue == "said"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        ("Ukraine's general staff said its forces had retaken 20 villages.", "ukrainian_government"),
        ("Kharkiv governor Oleh Syniehubov said two civilians were killed.", "ukrainian_government"),
        ("Dmitry Peskov said the operation would continue.", "russian_government"),
        ("Denis Pushilin said the shelling killed three.", "russian_installed"),
        ("TASS reported that the troops had regrouped.", "pro_russian_media"),
        ("Military bloggers said Russian units were retreating.", "pro_russian_media"),
        ("NATO said it was monitoring the situation.", "international_org"),
        ("The Pentagon said Ukraine was making progress.", "other_government"),
        ("Officials said the strike killed two.", "anonymous"),
    ],
)
def test_the_speaker_party_follows_who_the_speaker_is(claim_of, sentence, party):
    assert claim_of(sentence).party == party


@pytest.mark.slow
def test_the_agent_of_a_passive_reporting_verb_is_the_speaker(claim_of):
    claim = claim_of("The claims were denied by Moscow.")
    assert claim.speaker == "Moscow"
    assert claim.party == "russian_government"
    assert claim.denial is True


@pytest.mark.slow
def test_a_sentence_without_reporting_verb_has_no_speaker(claim_of):
    claim = claim_of("Ukrainian troops entered the city on Saturday.")
    assert (claim.speaker, claim.party, claim.cue) == (None, None, None)
    assert claim.hedges == ()
    assert claim.denial is False


# --- "he said": the speaker memory ------------------------------------------------


@pytest.mark.slow
def test_he_added_takes_the_last_named_speaker(sentences):
    memory = SpeakerMemory()
    first, second = sentences("Ukraine's defence minister Oleksii Reznikov said the weapons had arrived. He added that more were needed.")
    named = attribute(first, memory)
    carried = attribute(second, memory)
    assert "Reznikov" in named.speaker
    assert carried.speaker == named.speaker
    assert carried.party == named.party == "ukrainian_government"
    assert carried.cue == "added"


@pytest.mark.slow
def test_it_added_carries_an_institution_across_paragraphs(sentences):
    memory = SpeakerMemory()
    (first,) = sentences("Russia's defence ministry said its troops had regrouped.")
    (second,) = sentences("It added that the strikes would continue.")
    attribute(first, memory)
    claim = attribute(second, memory)
    assert claim.speaker == "Russia's defence ministry"
    assert claim.party == "russian_government"


@pytest.mark.slow
def test_a_paragraph_that_closes_a_quotation_it_never_opened_is_still_the_quoted_speaker(sentences):
    memory = SpeakerMemory()
    (said,) = sentences("“This is the preparation for the next stage,” said Mr. Zelensky.")
    first, second = sentences("Izium and Kupiansk are the towns that we have liberated. You hear it everywhere.”")
    attribute(said, memory)
    claims = [attribute(first, memory), attribute(second, memory)]
    assert [(c.speaker, c.cue) for c in claims] == [("Mr. Zelensky", "quoted")] * 2


@pytest.mark.slow
def test_a_paragraph_with_its_own_quotation_marks_is_not_carried_over(sentences):
    memory = SpeakerMemory()
    (said,) = sentences("“We will win,” said Mr. Zelensky.")
    (other,) = sentences("Izium was retaken on Saturday, officials said in a statement.")
    (plain,) = sentences("The town of Izium was retaken on Saturday.")
    attribute(said, memory)
    assert attribute(other, memory).speaker == "officials"
    assert attribute(plain, memory).speaker is None


@pytest.mark.slow
def test_as_reported_by_a_medium_attributes_the_whole_sentence_to_it(claim_of):
    claim = claim_of("Russian forces shelled Kharkiv on Monday, as reported by the Kyiv Independent.")
    assert (claim.speaker, claim.party, claim.cue, claim.cue_is_main) == ("the Kyiv Independent", "media", "reported", True)


@pytest.mark.slow
def test_the_ministry_after_a_named_ministry_is_that_ministry(sentences):
    memory = SpeakerMemory()
    (named,) = sentences("The Russian ministry of defence said its troops had regrouped.")
    (again,) = sentences("In a statement published by state media, the ministry said the strikes would continue.")
    attribute(named, memory)
    claim = attribute(again, memory)
    assert (claim.speaker, claim.party) == ("The Russian ministry of defence", "russian_government")


@pytest.mark.slow
def test_a_blogger_who_shares_with_subscribers_that_something_happened_is_its_source(claim_of):
    claim = claim_of("The pro-Russia blogger Military Informant shared with his subscribers that Russian troops had left Izium.")
    assert (claim.speaker, claim.party, claim.cue) == ("The pro-Russia blogger Military Informant", "pro_russian_media", "shared")


def test_an_analyst_named_by_nationality_is_an_analyst_and_speaks_for_no_government(claim_of):
    claim = claim_of("James Rushton, a British defence analyst, said Russian troops had withdrawn from Izium.")
    assert (claim.party, claim.speaks_for) == ("analyst", None)
    assert claim_of("Russian Telegram channels said the town had fallen.").speaks_for is None


def test_a_medium_named_after_a_place_is_media_not_that_place_s_government():
    assert [party_of(s) for s in ("the Kyiv Independent", "the Kyiv Post", "local media", "Kharkiv Governor Ole Senhopov")] == [
        "media",
        "media",
        "media",
        "ukrainian_government",
    ]


@pytest.mark.slow
def test_a_pronoun_speaker_with_nobody_named_before_stays_a_pronoun_without_party(sentences):
    (sentence,) = sentences("He said the town was retaken.")
    claim = attribute(sentence, SpeakerMemory())
    assert claim.speaker == "He"
    assert claim.party is None


@pytest.mark.slow
def test_a_pronoun_does_not_overwrite_the_remembered_speaker(sentences):
    memory = SpeakerMemory()
    for sentence in sentences("Dmitry Peskov said the operation would continue. He said it was going to plan."):
        attribute(sentence, memory)
    assert memory.speaker == "Dmitry Peskov"
    assert memory.party == "russian_government"


# --- hedges --------------------------------------------------------------------------


@pytest.mark.slow
def test_reportedly_is_a_hedge(claim_of):
    assert "reportedly" in claim_of("Russian forces reportedly withdrew from Kupiansk.").hedges


@pytest.mark.slow
def test_appears_is_a_hedge(claim_of):
    assert "appears" in claim_of("It appears that Russian troops left the city.").hedges


@pytest.mark.slow
def test_could_not_independently_verify_is_an_unverified_hedge(claim_of):
    assert "unverified" in claim_of("Reuters could not independently verify the reports.").hedges


@pytest.mark.slow
def test_paragraph_hedges_colour_a_sentence_that_has_none_of_its_own(claim_of):
    paragraph = "Russian forces withdrew from Izyum. Reuters could not independently verify the reports."
    claim = claim_of("Russian forces withdrew from Izyum.", paragraph_hedges(paragraph))
    assert claim.hedges == ("unverified",)


@pytest.mark.slow
def test_a_hedge_in_both_sentence_and_paragraph_is_listed_once(claim_of):
    claim = claim_of("The footage could not be independently verified.", ("unverified",))
    assert claim.hedges == ("unverified",)


def test_paragraph_hedges_keep_only_the_unverified_hedge():
    text = "Russian forces reportedly withdrew. It appears the town fell. Reuters could not independently verify the reports."
    assert paragraph_hedges(text) == ("unverified",)


def test_paragraph_without_verification_caveat_has_no_paragraph_hedges():
    assert paragraph_hedges("Russian forces reportedly withdrew from the town.") == ()


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Russian forces reportedly withdrew.", "reportedly"),
        ("Troops allegedly looted the shops.", "reportedly"),
        ("The town appeared to have been abandoned.", "appears"),
        ("The BBC has not been able to independently verify the footage.", "unverified"),
        ("The footage could not be independently verified.", "unverified"),
        ("The report has not been independently confirmed.", "unverified"),
        ("There were unconfirmed reports of explosions.", "unconfirmed"),
        ("Russian forces likely withdrew from the town.", "probably"),
        ("Ukraine claimed the town.", "claims"),
        ("The convoy was apparently hit by a drone.", "appears"),
        ("The strike seems to have missed.", "appears"),
        ("RUSSIAN FORCES REPORTEDLY WITHDREW.", "reportedly"),
        ("The Claims Could Not Be Verified.", "unverified"),
        ("Troops possibly withdrew.", "probably"),
    ],
)
def test_hedges_in_names_each_kind_of_hedge(text, hedge):
    assert hedge in hedges_in(text)


def test_a_plain_statement_has_no_hedges():
    assert hedges_in("Ukrainian troops entered the town on Saturday.") == ()


@pytest.mark.parametrize(
    "text",
    ["Reuters could not immediately verify the report.", "The claims cannot be independently verified."],
)
def test_common_verification_caveats_are_unverified_hedges(text):
    assert "unverified" in hedges_in(text)


# --- denials -------------------------------------------------------------------------


@pytest.mark.slow
def test_the_kremlin_denied_is_a_denial_by_the_russian_government(claim_of):
    claim = claim_of("The Kremlin denied the claims.")
    assert claim.denial is True
    assert claim.cue == "denied"
    assert claim.speaker == "The Kremlin"
    assert claim.party == "russian_government"


@pytest.mark.slow
def test_a_denial_that_something_happened_is_a_denial(claim_of):
    claim = claim_of("Ukraine denied that its troops had shelled the plant.")
    assert claim.denial is True
    assert claim.party == "ukrainian_government"


@pytest.mark.slow
def test_a_plain_statement_is_not_a_denial(claim_of):
    assert claim_of("Ukraine's general staff said its forces had advanced.").denial is False


@pytest.mark.slow
@pytest.mark.parametrize("sentence", ["The Kremlin rejected the claims.", "Moscow dismissed the reports."])
def test_rejected_and_dismissed_are_denials(claim_of, sentence):
    claim = claim_of(sentence)
    assert claim.denial is True
    assert claim.party == "russian_government"


# --- parties that are misread ------------------------------------------------------


@pytest.mark.slow
def test_a_un_mission_in_ukraine_is_an_international_organisation(claim_of):
    claim = claim_of("The UN human rights monitoring mission in Ukraine said at least 20 civilians were killed.")
    assert claim.party == "international_org"


def test_britains_defence_ministry_is_another_government():
    assert party_of("Britain's defence ministry") == "other_government"


def test_an_unknown_capitalised_speaker_is_media_and_a_lowercase_one_anonymous():
    assert party_of("Zorya Weekly") == "media"
    assert party_of("a man in the queue") == "anonymous"


# --- side_of -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("party", "side"),
    [
        ("ukrainian_government", "ukraine"),
        ("russian_government", "russia"),
        ("russian_installed", "russia"),
        ("pro_russian_media", "russia"),
        ("analyst", "neutral"),
        ("international_org", "neutral"),
        ("media", "neutral"),
        ("anonymous", "neutral"),
        ("social_media", "neutral"),
        (None, "neutral"),
    ],
)
def test_side_of_maps_each_party_to_the_side_it_speaks_for(party, side):
    assert side_of(party) == side


# --- attribution spans: source, cue, content ------------------------------------------


def spans_of(nlp, text):
    from eventwire.attribution import attributions_in

    def cut(start, end):
        return text[start:end] if start is not None else None

    return [(cut(a.source_start, a.source_end), cut(a.cue_start, a.cue_end), cut(a.content_start, a.content_end)) for a in attributions_in(nlp(text))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The New York Post reports that the team avoided the emergency room.", ("The New York Post", "reports", "that the team avoided the emergency room")),
        ("The town was retaken on Saturday, the general staff said.", ("the general staff", "said", "The town was retaken on Saturday")),
        ("According to local officials, the bridge was destroyed overnight.", ("local officials", "According to", "the bridge was destroyed overnight")),
        (
            "Hillary Clinton was headed to an emergency room, The Post has learned.",
            ("The Post", "has learned", "Hillary Clinton was headed to an emergency room"),
        ),
        ("Pat Caddell: Democrat voters worried about the race.", ("Pat Caddell", ":", "Democrat voters worried about the race.")),
    ],
)
def test_an_attribution_is_found_as_source_cue_and_content_spans(nlp, text, expected):
    assert expected in spans_of(nlp, text)


@pytest.mark.slow
def test_a_participle_of_saying_takes_the_subject_of_its_verb(nlp):
    found = spans_of(nlp, "Trump hit back on Monday, saying the reports were false.")
    assert ("Trump", "saying", "the reports were false") in found


@pytest.mark.slow
def test_a_sentence_without_cue_has_no_attribution(nlp):
    assert spans_of(nlp, "The bridge collapsed after heavy rain.") == []


@pytest.mark.slow
def test_a_quotation_dash_attributes_the_quotation(nlp):
    found = spans_of(nlp, "We will win this war ― Volodymyr Zelensky")
    assert ("Volodymyr Zelensky", "―", "We will win this war") in found


@pytest.mark.slow
def test_what_i_think_inside_a_quotation_is_no_attribution(nlp):
    assert [s for s in spans_of(nlp, "“I don’t know what happened,” the driver said.") if s[1] in ("know",)] == []


@pytest.mark.slow
def test_a_time_stamp_run_into_the_sentence_is_no_part_of_the_source(nlp):
    found = spans_of(nlp, "5:45 p.m.\n\nDonald Trump says the debate was rigged.")
    assert ("Donald Trump", "says", "the debate was rigged") in found


@pytest.mark.slow
def test_talking_about_something_attributes_the_topic(nlp):
    found = spans_of(nlp, "Clinton talked about the economy at the rally.")
    assert ("Clinton", "talked about", "the economy") in found


@pytest.mark.slow
def test_an_aim_in_the_infinitive_is_no_attribution(nlp):
    assert [s for s in spans_of(nlp, "Investigators are trying to find the cause of the crash.") if s[1].endswith("find")] == []


@pytest.mark.slow
def test_a_cue_inside_a_quotation_belongs_to_the_quoted_speaker_and_is_no_attribution(nlp):
    found = spans_of(nlp, "“Our neighbours expect the plan to fail,” the mayor said.")
    assert [s[1] for s in found] == ["said"]
    assert found[0][0] == "the mayor"


@pytest.mark.slow
def test_a_left_quotation_mark_typed_after_a_comma_still_ends_the_quotation(nlp):
    found = spans_of(nlp, "“Our neighbours expect the plan to fail,“ said the mayor of the town.")
    assert ("the mayor of the town", "said", "Our neighbours expect the plan to fail") in found


@pytest.mark.slow
def test_what_a_source_says_others_think_is_part_of_the_content_not_an_attribution(nlp):
    found = spans_of(nlp, "Most farmers said they support the new law.")
    assert found == [("Most farmers", "said", "they support the new law")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator decried the new tax.", ("The senator", "decried", "the new tax")),
        ("The governor hoped the bill would pass.", ("The governor", "hoped", "the bill would pass")),
        ("The union expressed concern about the closures.", ("The union", "expressed", "concern about the closures")),
    ],
)
def test_verbs_of_judging_and_hoping_are_cues(nlp, text, expected):
    assert expected in spans_of(nlp, text)


def test_quoted_text_knows_which_offsets_are_inside_quotation_marks():
    from eventwire.attribution import QuotedText

    text = "He said “yes” and ''no''.\n\"Open to the end of the line\nout"
    quoted = QuotedText(text)
    assert quoted.holds(text.index("yes")) and quoted.holds(text.index("no"))
    assert not quoted.holds(text.index("said")) and not quoted.holds(text.index("and"))
    assert quoted.holds(text.index("line")) and not quoted.holds(text.index("out"))


@pytest.mark.slow
def test_a_dateline_given_as_a_second_subject_is_not_the_source(nlp):
    found = spans_of(nlp, "PARIS, May 3 (AFP) — The committee said the vote would go ahead.")
    assert ("The committee", "said", "the vote would go ahead") in found


@pytest.mark.slow
def test_a_dateline_before_a_dash_is_no_part_of_the_source(nlp):
    (found,) = spans_of(nlp, "WASHINGTON — Sen. Jane Smith (D-Ore.) defended the plan on Monday.")
    assert found[0].startswith("Sen. Jane Smith")


@pytest.mark.slow
def test_a_cue_after_a_paragraph_break_stands_even_when_spacy_runs_the_paragraphs_together(nlp):
    text = "“They say there is a problem, but they don’t have a solution.”\n\nHumphrey, for example, said he was hopeful that the effort would succeed."
    assert ("Humphrey", "said", "he was hopeful that the effort would succeed") in spans_of(nlp, text)


@pytest.mark.slow
def test_a_relative_that_for_a_thing_names_no_source(nlp):
    found = spans_of(nlp, "The council passed rules that suggest a ban on cars.")
    assert (None, "suggest", "a ban on cars") in found


@pytest.mark.slow
def test_backing_a_plan_attributes_a_stance(nlp):
    assert ("The mayor", "backed", "the plan") in spans_of(nlp, "The mayor backed the plan.")


@pytest.mark.slow
def test_as_someone_reports_something_else_is_no_attribution_of_the_main_clause(claim_of):
    claim = claim_of("A mass grave was found near Izium as the Russian guard reported sweeping arrests in the south.")
    assert claim.cue_is_main is False


@pytest.mark.parametrize(
    "speaker, party",
    [
        ("Kuleba", "ukrainian_government"),  # every public figure of people.csv names their party
        ("Valery Gerasimov", "russian_government"),
        ("Ole Senhopov", "ukrainian_government"),  # a spelling people.csv lists for Oleh Syniehubov
        ("Ursula von der Leyen", "international_org"),
    ],
)
def test_a_public_figure_of_people_csv_names_the_party_they_belong_to(speaker, party):
    assert party_of(speaker) == party
