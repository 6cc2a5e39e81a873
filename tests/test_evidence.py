"""Evidence: where in its sentence each fact of a mention is written, as article offsets."""

from __future__ import annotations

from dataclasses import replace

from builders import KHARKIV, mention

from eventwire.evidence import evidence_in
from eventwire.models import Claim, PlaceMention


def spans(m) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for e in evidence_in(m):
        found.setdefault(e.kind, []).append(m.sentence[e.start - m.start : e.end - m.start])
    return found


def kharkiv_strike(sentence: str, speaker: str | None, cue: str | None, hedges=(), fatalities=None, start=100):
    m = mention("a1", sub_event_type="Attack", place=KHARKIV, sentence=sentence, fatalities=fatalities, start=start)
    at = sentence.index("Kharkiv")
    trigger = "struck" if "struck" in sentence else "hit"
    return replace(
        m,
        trigger=trigger,
        trigger_start=start + sentence.index(trigger),
        place=PlaceMention("Kharkiv", start + at, start + at + 7, KHARKIV, 1.0, "exact"),
        claim=Claim(speaker, "ukrainian_government" if speaker else None, cue, hedges, False),
    )


def test_the_trigger_place_speaker_and_cue_are_found_as_offsets_into_the_article():
    m = kharkiv_strike("The governor said a missile struck Kharkiv, killing three people.", "The governor", "said", fatalities=3)
    assert spans(m) == {"speaker": ["The governor"], "cue": ["said"], "trigger": ["struck"], "place": ["Kharkiv"], "fatalities": ["killing three"]}
    assert all(m.start <= e.start < e.end <= m.end for e in evidence_in(m))


def test_hedges_are_marked_where_the_sentence_says_them():
    m = kharkiv_strike("A missile reportedly hit Kharkiv, but this could not be independently verified.", None, None, hedges=("unverified", "reportedly"))
    assert spans(m)["hedge"] == ["reportedly", "could not be independently verified"]


def test_an_unattributed_report_has_no_speaker_or_cue():
    assert set(spans(kharkiv_strike("A missile struck Kharkiv.", None, None))) == {"trigger", "place"}


def test_a_speaker_carried_from_an_earlier_sentence_is_marked_where_its_pronoun_stands():
    m = kharkiv_strike("He added that another missile hit Kharkiv.", "the regional governor", "added")
    assert spans(m)["speaker"] == ["He"] and spans(m)["cue"] == ["added"]


def test_a_mention_stored_before_claims_carried_offsets_has_its_speaker_and_cue_found_again():
    from eventwire.evidence import evidence_in
    from eventwire.models import Claim

    sentence = "Shelling hit Kharkiv, the governor said."
    mention = mention_in(sentence, Claim("the governor", "ukrainian_government", "said"))

    kinds = {(e.kind, sentence[e.start - mention.start : e.end - mention.start]) for e in evidence_in(mention)}

    assert ("speaker", "the governor") in kinds and ("cue", "said") in kinds


def test_a_claims_offsets_are_the_evidence_even_where_its_words_stand_twice():
    from eventwire.evidence import evidence_in
    from eventwire.models import Claim

    sentence = "The EU sees no grounds for an attack, it said."
    at = sentence.index("it said")
    mention = mention_in(sentence, Claim("The EU", "international_org", "said", speaker_at=(at, at + 2), cue_at=(at + 3, at + 7)))

    kinds = {(e.kind, sentence[e.start - mention.start : e.end - mention.start]) for e in evidence_in(mention)}

    assert ("speaker", "it") in kinds and ("speaker", "The EU") not in kinds


def mention_in(sentence, claim):
    import dataclasses

    from builders import mention

    made = mention("a1", "Shelling/artillery/missile attack", sentence=sentence)
    return dataclasses.replace(made, claim=claim, start=0, end=len(sentence), trigger="Shelling", trigger_start=0, place=None)
