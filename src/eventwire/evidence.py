"""Evidence: the spans of a sentence that an event mention's facts rest on.

A mention keeps its sentence, its trigger's offset, its place mention and its claim,
whose speaker and cue carry the offsets where attribution read them. ``evidence_in``
gathers them with the hedges ("could not independently verify") and the death toll
found in the sentence, so the report can highlight them and ``events.jsonl`` can point
to them by offset. A mention stored before claims carried offsets has its speaker and
cue found again in the sentence's text.
"""

from __future__ import annotations

import re

from .attribution import HEDGE_PATTERNS
from .lexicon.events import PRONOUN_AFTER_TRIGGER, PRONOUN_BEFORE_TRIGGER, REFERRING_BACK
from .models import EventMention, Evidence
from .quantities import DEATH_AFTER, DEATH_BEFORE, DEATH_TOLL, ONE_DEATH, ONE_KILLED

TOLL_PATTERNS = (DEATH_AFTER, DEATH_BEFORE, DEATH_TOLL, ONE_DEATH, ONE_KILLED)


def evidence_in(mention: EventMention) -> tuple[Evidence, ...]:
    """Every evidence span of ``mention``, in text order, as offsets into the article."""
    sentence, offset = mention.sentence, mention.start
    found = [Evidence("trigger", mention.trigger_start, mention.trigger_start + len(mention.trigger))]
    place = mention.place
    if place is not None and mention.start <= place.start and place.end <= mention.end:
        found.append(Evidence("place", place.start, place.end))
    speaker, cue = _written(mention, mention.claim.speaker_at), _written(mention, mention.claim.cue_at)
    if mention.claim.speaker_at is None and mention.claim.cue_at is None:  # stored before claims carried offsets
        speaker, cue = _found_again(mention)
    if speaker is not None:
        found.append(Evidence("speaker", *speaker))
    if cue is not None:
        found.append(Evidence("cue", *cue))
    for name, pattern in HEDGE_PATTERNS:
        if name in mention.claim.hedges:
            found.extend(Evidence("hedge", offset + m.start(), offset + m.end()) for m in pattern.finditer(sentence))
    if mention.fatalities:
        found.extend(Evidence("fatalities", offset + m.start(), offset + m.end()) for pattern in TOLL_PATTERNS for m in pattern.finditer(sentence))
    return tuple(sorted(set(found), key=lambda e: (e.start, e.end, e.kind)))


def refers_back(mention: EventMention) -> bool:
    """The mention names its event as one already told ('his arrest', 'the explosions', 'this
    attack'), or tells what befell someone already told ('He was detained in his apartment',
    'police detained him')."""
    local = mention.trigger_start - mention.start
    before, after = mention.sentence[:local], mention.sentence[local:]
    named_as_told = REFERRING_BACK.search(before) and not _a_verb_in_the_past(mention.trigger)  # not 'the police detained'
    return bool(named_as_told or PRONOUN_BEFORE_TRIGGER.match(before) or PRONOUN_AFTER_TRIGGER.match(after))


def _a_verb_in_the_past(word: str) -> bool:
    """'detained', 'shelled': the words before such a trigger are its subject, not a name for its event."""
    return word.lower().endswith("ed")


def _written(mention: EventMention, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A claim's span, if it lies in the mention's sentence (a claim carried from elsewhere does not)."""
    return span if span is not None and mention.start <= span[0] and span[1] <= mention.end else None


def _found_again(mention: EventMention) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The speaker and cue of an older record, searched for in its sentence by their words."""
    sentence, offset = mention.sentence, mention.start
    speaker = _find(sentence, mention.claim.speaker) or _pronoun_before(sentence, mention.claim.cue)
    cue = _find(sentence, mention.claim.cue, after=speaker[1] if speaker else 0) or _find(sentence, mention.claim.cue)
    return _shifted(speaker, offset), _shifted(cue, offset)


def _shifted(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span else None


PRONOUN_BEFORE_CUE = r"\b(he|she|they|it|we)\s+(?:\w+\s+)?"


def _pronoun_before(sentence: str, cue: str | None) -> tuple[int, int] | None:
    """'He added that ...': a speaker carried from an earlier sentence is written here as a pronoun."""
    if not cue:
        return None
    match = re.search(PRONOUN_BEFORE_CUE + re.escape(cue) + r"\b", sentence, re.IGNORECASE)
    return (match.start(1), match.end(1)) if match else None


def _find(sentence: str, phrase: str | None, after: int = 0) -> tuple[int, int] | None:
    """Where ``phrase`` is written in ``sentence`` as whole words, at or after ``after``."""
    if not phrase:
        return None
    match = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)").search(sentence, after)
    return (match.start(), match.end()) if match else None
