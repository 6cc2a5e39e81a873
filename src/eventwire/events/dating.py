"""Dating: the date of a trigger's own clause, else its antecedent's or the paragraph's,
else the week before publication.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from ..dates import DAY, MONTH, WEEK, resolve_expression, time_expressions
from ..lexicon.events import (
    BACKGROUND_MARKERS,
    TIMED_BY_ANOTHER_EVENT,
)
from ..models import DateRange
from ..quantities import number_value
from .places import is_participle, place_scope

UNDATED_LOOKBACK_DAYS = 7  # an undated report of an event places it in the week before publication

# 'comes a week after X': how many days before its governor X happened, per unit ('a week',
# 'two days'); a bare plural says only roughly ('days after': two to six days).
LAG_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}
MAX_ANSWER_CLIMB = 4  # words between a trigger and the 'for' of 'retaliation for'
ANSWERED_WITHIN_DAYS = 30  # 'in retaliation for X', 'after X' told undated: X within the month before
ANSWER_NOUNS = frozenset({"retaliation", "revenge", "reprisal", "response", "retribution", "vengeance"})
VAGUE_LAG_DAYS = {"hour": (0, 1), "day": (2, 6), "week": (14, 35), "month": (60, 180), "year": (730, 3650), "decade": (7300, 36500)}


def date_for(
    trigger: Token, sentence: Span, background: set[Token], carried: DateRange | None, published: dt.date | None, antecedent: DateRange | None = None
) -> DateRange | None:
    """The date of the trigger's own clause; else its antecedent's or the paragraph's; else the week before publication.

    A time expression in another clause ("since the February 24 invasion", or the main
    clause of a sentence whose trigger sits in a relative clause) does not date it. An
    event told as coming some time after another ('The explosions come a week after a
    person was killed in similar explosions at an airbase') dates the other that much
    earlier, unless the other's clause has a date of its own. What another event answers
    ('retaliation for the bomb attack on the bridge') happened some time in the month before
    it, unless its phrase gives the day; so did what an undated report tells plainly as
    coming before ('The US used leverage after an Israeli strike killed aid workers').
    """

    def own_date(part: set[Token]) -> DateRange | None:  # the first of the sentence's dates named inside ``part``
        return next((resolved for token, resolved in _sentence_dates(sentence, background, published, carried) if token in part), None)

    def date_of(word: Token) -> DateRange | None:
        return _date_as_told(word, sentence, background, carried, published, antecedent)

    answered = answered_in(trigger)
    if answered is not None:
        return own_date(set(answered.subtree)) or _before(date_of(answered.head), 0, ANSWERED_WITHIN_DAYS, MONTH)
    lag = time_before(trigger)
    if lag is not None:
        governor, fewest, most = lag
        return own_date(_clause_under(governor, trigger)) or _before(date_of(governor), fewest, most)
    before = plainly_after(trigger)
    if before is not None and own_date(_clause_under(before, trigger)) is None:
        anchor = date_of(before)
        if anchor is not None and anchor.time_precision != DAY:
            return _before(anchor, 0, ANSWERED_WITHIN_DAYS, MONTH)
    return date_of(trigger)


def _date_as_told(
    trigger: Token, sentence: Span, background: set[Token], carried: DateRange | None, published: dt.date | None, antecedent: DateRange | None
) -> DateRange | None:
    in_modifier = any(
        t.dep_ in ("acl", "relcl") or (t.dep_ == "advcl" and is_participle(t) and not _at_the_same_time(t)) for t in [trigger, *trigger.ancestors]
    ) and not _predicate_of_a_verbless_parse(trigger)
    others = _modifier_clauses(sentence, trigger)
    scopes = [set(trigger.subtree)] if in_modifier else [place_scope(trigger, sentence) - others, set(sentence) - others]
    dates = _sentence_dates(sentence, background, published, carried)
    for scope in scopes:
        for token, resolved in dates:
            if token in scope:
                return resolved
    named = {
        resolved for token, resolved in dates if not any(a.lower_ in BACKGROUND_MARKERS for a in (token, *token.ancestors))
    }  # not 'an outpost that had been in resistance hands since January'
    if len(named) == 1 and not in_modifier:
        return named.pop()  # 'shot dead a man riding a bicycle in Bucha on 5 March': the parser hung the one date on another clause
    opening = _opening_date(sentence, dates)
    if in_modifier and opening is not None:
        return opening  # 'On 15 September, authorities found a burial site containing 440 graves': the sentence's day
    if antecedent is not None:
        return antecedent
    if carried is not None and not in_modifier:
        return carried
    if published is None:
        return None
    if TIMED_BY_ANOTHER_EVENT.search(sentence.text):  # 'the night of Iran's massive attack on Israel': some night before
        return DateRange(published - dt.timedelta(days=ANSWERED_WITHIN_DAYS), published, MONTH)
    return DateRange(published - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), published, WEEK)


def _opening_date(sentence: Span, dates: list[tuple[Token, DateRange]]) -> DateRange | None:
    """The day a sentence opens with ('On 15 September 2022, ...', 'Around 8 May ...'), set on its main clause."""
    if not dates or sentence[0].lower_ not in ("on", "around") or dates[0][0].i - sentence.start > 1:
        return None
    return dates[0][1] if sentence[0].head == sentence.root else None


def _at_the_same_time(participle: Token) -> bool:
    """'Scholz spoke to Putin on Tuesday, calling for a withdrawal', 'shelling hit Kharkiv on Monday,
    killing two': a present participle after its clause tells what went with it, on its day
    ('Having captured Izium in April, ...' and 'retaken from the Russians' tell an earlier act)."""
    return participle.tag_ == "VBG" and participle.i > participle.head.i


def _sentence_dates(sentence: Span, background: set[Token], published: dt.date | None, carried: DateRange | None) -> list[tuple[Token, DateRange]]:
    """The sentence's resolved time expressions, each with the token it starts at, outside background phrases."""
    dates: list[tuple[Token, DateRange]] = []
    previous_end = -1
    for found in time_expressions(sentence.text):
        token = token_at_char(sentence, found[1].start())
        if token is not None and not background & {token, *token.ancestors}:
            resolved = resolve_expression(found, published, carried)
            if resolved is not None and dates and _one_span_of_days(dates[-1][1], resolved, sentence.text[previous_end : found[1].start()]):
                first, earlier = dates[-1]
                dates[-1] = (first, DateRange(earlier.earliest, resolved.latest, WEEK))  # 'on Monday and Tuesday': both days
            elif resolved is not None:
                dates.append((token, resolved))
        previous_end = found[1].end()
    return dates


def date_told_after(sentence: Span, start: int, end: int, background: set[Token], published: dt.date | None, carried: DateRange | None) -> DateRange | None:
    """The first of the sentence's dates that starts between two character positions of its
    paragraph: 'rallied in Kyiv on Monday and in Lviv on Tuesday' gives Lviv its Tuesday."""
    return next((resolved for token, resolved in _sentence_dates(sentence, background, published, carried) if start <= token.idx < end), None)


def _one_span_of_days(first: DateRange, second: DateRange, between: str) -> bool:
    """'on Monday and Tuesday', 'on 10 and 11 October': two days told together, the second soon after the first."""
    days = (second.earliest - first.latest).days
    return first.time_precision == second.time_precision == DAY and 0 < days <= MAX_DAYS_TOLD_TOGETHER and between.strip() in ("and", "and on")


MAX_DAYS_TOLD_TOGETHER = 6


def _modifier_clauses(sentence: Span, trigger: Token) -> set[Token]:
    """Relative, participle and purpose clauses that do not hold the trigger: their dates are
    their own ('protested against its decision to hold elections in June')."""
    return {t for c in sentence if (c.dep_ in ("relcl", "acl") or _purpose(c)) and trigger not in c.subtree for t in c.subtree}


def _purpose(clause: Token) -> bool:
    """An infinitive clause of purpose: 'to hold elections in June'."""
    return clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _predicate_of_a_verbless_parse(trigger: Token) -> bool:
    """'On 6 June, a group of people protested in Riga': the parser made the sentence a noun
    phrase and its verb a modifier of the noun; that verb is what the sentence tells, and the
    sentence's opening date is its date."""
    root = trigger.sent.root
    outermost = next((t for t in reversed([trigger, *trigger.ancestors]) if t.pos_ == "VERB"), None)
    return root.pos_ in ("NOUN", "PROPN") and outermost is not None and outermost.dep_ == "acl"  # 'paramilitary Rangers travelling in a convoy fired on ...'


def token_at_char(sentence: Span, local: int) -> Token | None:
    """The token of ``sentence`` starting at or after character ``local`` of the sentence."""
    return next((t for t in sentence if t.idx - sentence.start_char >= local), None)


def time_before(trigger: Token) -> tuple[Token, int, int] | None:
    """'(X comes) a week after <trigger>', 'two days after <trigger>', 'hours after <trigger>': the
    word the trigger's clause is told against, and the fewest and most days it came before it."""
    found = _after_clause(trigger)
    if found is None:
        return None
    token, after, governor = found
    for amount in (*after.children, *token.children, *governor.children):  # the parser hangs 'a week' on any of the three
        if amount.dep_ == "npadvmod" and 0 < after.i - amount.i <= 2:
            days = _lag_days(amount)
            if days is not None:
                return governor, *days
    if governor.dep_ == "npadvmod" and 0 < after.i - governor.i <= 2:  # 'a day after FNDC demonstrations, ... were arrested': 'after' hangs on 'day'
        days = _lag_days(governor)
        if days is not None:
            return governor.head, *days
    return None  # plainly 'after' (``plainly_after``)


def plainly_after(trigger: Token) -> Token | None:
    """'(The US used leverage) after <trigger>', with no span of time between: the word the
    trigger's clause is told before."""
    found = _after_clause(trigger)
    return found[2] if found is not None and time_before(trigger) is None else None


def _after_clause(trigger: Token) -> tuple[Token, Token, Token] | None:
    """The nearest phrase or clause 'after ...' that holds the trigger: its head word, its
    'after', and the word it hangs on."""
    for token in [trigger, *trigger.ancestors]:
        after = _after_of(token)
        if after is not None:
            return token, after, token.head
    return None


def _after_of(token: Token) -> Token | None:
    """The 'after' that ``token`` is ('after the explosion') or that opens its clause ('after a drone hit')."""
    if token.lower_ == "after" and token.dep_ == "prep":
        return token
    if token.dep_ == "advcl":
        return next((c for c in token.children if c.lower_ == "after" and c.dep_ == "mark"), None)
    if token.dep_ == "ccomp" and token.pos_ == "VERB":  # 'hours after a ceasefire took effect, they clashed': an 'after' left without its clause
        return next((t for t in token.subtree if t.i < token.i and t.lower_ == "after" and t.dep_ == "prep" and not any(t.children)), None)
    return None


def _lag_days(amount: Token) -> tuple[int, int] | None:
    """'a week' (7, 7), 'two days' (2, 2), 'days' (2, 6), 'hours' (0, 1); None for what is no span of time."""
    unit = amount.lemma_.lower()
    if unit not in LAG_UNIT_DAYS:
        return None
    count = next((c for c in amount.children if c.dep_ in ("nummod", "det")), None)
    if count is None:
        return VAGUE_LAG_DAYS[unit] if amount.tag_ == "NNS" else None
    number = 1 if count.lower_ in ("a", "an", "one") else number_value(count.text)
    if number is None:
        return VAGUE_LAG_DAYS[unit]
    days = number * LAG_UNIT_DAYS[unit]
    return (0, 1) if unit == "hour" else (days, days)


def _clause_under(governor: Token, trigger: Token) -> set[Token]:
    """The clause that holds ``trigger`` below ``governor`` (empty when there is none)."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.head == governor), None)
    return set(clause.subtree) if clause is not None else set()


def _before(anchor: DateRange | None, fewest: int, most: int, precision: int | None = None) -> DateRange | None:
    """``anchor`` moved ``fewest`` to ``most`` days earlier, at ``precision`` (else the anchor's)."""
    if anchor is None:
        return None
    return DateRange(anchor.earliest - dt.timedelta(days=most), anchor.latest - dt.timedelta(days=fewest), precision or anchor.time_precision)


def answered_in(trigger: Token) -> Token | None:
    """The 'for' or 'to' of 'in retaliation for <trigger>', 'a response to <trigger>' that the
    trigger lies in, or None: what another event answers, told as its reason."""
    for word in list(trigger.ancestors)[:MAX_ANSWER_CLIMB]:
        if word.dep_ != "prep" or word.lower_ not in ("for", "to"):
            continue
        if word.head.lemma_.lower() in ANSWER_NOUNS or (word.i > 0 and word.nbor(-1).lemma_.lower() in ANSWER_NOUNS):  # the parser may hang 'for' on the verb
            return word
    return None
