"""Dating: the date of a trigger's own clause, else its antecedent's or the paragraph's,
else the week before publication.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..dates import WEEK, resolve_expression, time_expressions
from ..lexicon.events import (
    BACKGROUND_MARKERS,
)
from ..models import DateRange
from .places import is_participle, place_scope

UNDATED_LOOKBACK_DAYS = 7  # an undated report of an event places it in the week before publication


def date_for(
    trigger: Token, sentence: Span, background: set[Token], carried: DateRange | None, published: dt.date | None, antecedent: DateRange | None = None
) -> DateRange | None:
    """The date of the trigger's own clause; else its antecedent's or the paragraph's; else the week before publication.

    A time expression in another clause ("since the February 24 invasion", or the main
    clause of a sentence whose trigger sits in a relative clause) does not date it.
    """
    in_modifier = any(t.dep_ in ("acl", "relcl") or (t.dep_ == "advcl" and is_participle(t)) for t in [trigger, *trigger.ancestors])
    others = _modifier_clauses(sentence, trigger)
    scopes = [set(trigger.subtree)] if in_modifier else [place_scope(trigger, sentence) - others, set(sentence) - others]
    dates = _sentence_dates(sentence, background, published, carried)
    for scope in scopes:
        for token, resolved in dates:
            if token in scope:
                return resolved
    named = {resolved for token, resolved in dates if not any(a.lower_ in BACKGROUND_MARKERS for a in token.ancestors)}
    if len(named) == 1 and not in_modifier:
        return named.pop()  # 'shot dead a man riding a bicycle in Bucha on 5 March': the parser hung the one date on another clause
    if antecedent is not None:
        return antecedent
    if carried is not None and not in_modifier:
        return carried
    if published is None:
        return None
    return DateRange(published - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), published, WEEK)


def _sentence_dates(sentence: Span, background: set[Token], published: dt.date | None, carried: DateRange | None) -> list[tuple[Token, DateRange]]:
    """The sentence's resolved time expressions, each with the token it starts at, outside background phrases."""
    dates = []
    for found in time_expressions(sentence.text):
        token = token_at_char(sentence, found[1].start())
        if token is not None and not background & {token, *token.ancestors}:
            resolved = resolve_expression(found, published, carried)
            if resolved is not None:
                dates.append((token, resolved))
    return dates


def _modifier_clauses(sentence: Span, trigger: Token) -> set[Token]:
    """Relative and participle clauses that do not hold the trigger: their dates are their own."""
    return {t for c in sentence if c.dep_ in ("relcl", "acl") and trigger not in c.subtree for t in c.subtree}


def token_at_char(sentence: Span, local: int) -> Token | None:
    """The token of ``sentence`` starting at or after character ``local`` of the sentence."""
    return next((t for t in sentence if t.idx - sentence.start_char >= local), None)
