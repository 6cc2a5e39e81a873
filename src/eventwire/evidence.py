"""Evidence: the spans of a sentence that an event mention's facts rest on.

A mention keeps its sentence, its trigger's offset, its place mention and its claim;
``evidence_in`` finds where in the sentence each of them is written (the speaker, the
reporting cue, hedges such as "could not independently verify", the death toll), so
the report can highlight them and ``events.jsonl`` can point to them by offset.
"""

from __future__ import annotations

import re

from .attribution import HEDGE_PATTERNS
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
    speaker = _find(sentence, mention.claim.speaker) or _pronoun_before(sentence, mention.claim.cue)
    if speaker is not None:
        found.append(Evidence("speaker", offset + speaker[0], offset + speaker[1]))
    cue = _find(sentence, mention.claim.cue, after=speaker[1] if speaker else 0) or _find(sentence, mention.claim.cue)
    if cue is not None:
        found.append(Evidence("cue", offset + cue[0], offset + cue[1]))
    for name, pattern in HEDGE_PATTERNS:
        if name in mention.claim.hedges:
            found.extend(Evidence("hedge", offset + m.start(), offset + m.end()) for m in pattern.finditer(sentence))
    if mention.fatalities:
        found.extend(Evidence("fatalities", offset + m.start(), offset + m.end()) for pattern in TOLL_PATTERNS for m in pattern.finditer(sentence))
    return tuple(sorted(set(found), key=lambda e: (e.start, e.end, e.kind)))


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
