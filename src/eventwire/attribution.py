"""Attribution: who asserts a sentence, with which verb, and how sure they sound.

For each sentence: the reporting cue (a verb such as said, claimed, confirmed,
denied, shared, "according to", "as reported by"), the speaker it introduces (its
grammatical subject, the object of "according to", or the agent of "published by"),
the speaker's party (``party_of``) and side (``side_of_claim``: a party's side, or for
media the nation they are named by), the hedges around the claim, and whether it is a
denial. "He said", "the ministry said" and a quotation that runs on into a paragraph
of its own take the last named speaker of the article (``SpeakerMemory``).

``attributions_in`` finds attributions as spans (source, cue, content) in the style
of PolNeAR, which ``bench/attribution.py`` scores; it shares its subject and
"according to" helpers with the claims.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Container
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .actors import body_of_speaker, names_by_party
from .lexicon.attribution import (
    ATTRIBUTION_CUES,
    BASED_IN,
    BELIEF_CUES,
    CONTENT_DEPS,
    DENIAL_LEMMAS,
    DENIAL_PHRASE,
    GOVERNMENT_PARTIES,
    HEDGE_CUES,
    HEDGE_PATTERNS,
    INDEPENDENT_VOICES,
    LEAD_IN_ENDS,
    NATIONAL_PARTIES,
    NATIONALITY_WORD,
    PARTY_CUES,
    PRONOUNS,
    QUOTATION_MARKS,
    REPORTING_CUE_LEMMAS,
    SIDE_BY_NATIONALITY,
    SIDE_OF_PARTY,
    TOPIC_CUES,
    TOPIC_PREPOSITIONS,
    TRAILING_ATTRIBUTION,
)
from .models import Attribution, Claim
from .parse import paragraph_text, span_text

MAX_SPEAKER_CHARS = 120


@dataclass
class SpeakerMemory:
    """The last named speaker of an article, for "he said" in later sentences."""

    speaker: str | None = None
    party: str | None = None

    def remember(self, speaker: str | None, party: str | None) -> None:
        if speaker and speaker.casefold() not in PRONOUNS:
            self.speaker, self.party = speaker, party


def names_again(speaker: str, earlier: str | None) -> bool:
    """'the ministry', 'the governor': a bare definite noun naming an earlier speaker again."""
    words = speaker.casefold().split()
    return bool(earlier and len(words) == 2 and words[0] == "the" and words[1] in earlier.casefold().split() and speaker != earlier)


def attribute(sentence: Span, memory: SpeakerMemory, paragraph_hedges: tuple[str, ...] = (), offset: int = 0) -> Claim:
    """Who asserts ``sentence``, with hedges from the sentence and its paragraph; where the
    speaker and the cue are written is given as offsets into the paragraph plus ``offset``
    (the paragraph's offset in the article)."""
    cue, written = _cue_and_speaker(sentence)
    speaker = _text_at(sentence.doc, written)
    speaker_at, cue_at = _shifted(written, offset), _shifted(_token_span(cue), offset)
    if speaker and speaker.casefold() in PRONOUNS:
        speaker = memory.speaker or speaker  # written as the pronoun
        party = memory.party if memory.speaker else None
    elif speaker and names_again(speaker, memory.speaker):
        speaker, party = memory.speaker, memory.party  # 'the ministry' after 'The Russian ministry of defence'
        speaker_at = None  # the words written are not the speaker's name
    else:
        party = party_of(speaker) if speaker else None
        memory.remember(speaker, party)
    hedges = tuple(dict.fromkeys(hedges_in(span_text(sentence)) + paragraph_hedges))
    denial = bool(cue and cue.lemma_ in DENIAL_LEMMAS) or bool(DENIAL_PHRASE.search(span_text(sentence)))
    main = cue is not None and (
        cue.dep_ == "ROOT" or cue.lower_ == "according" or (cue.head.dep_ == "ROOT" and (cue.dep_ in ("conj", "parataxis", "ccomp") or _is_as_clause(cue)))
    )
    if cue is None or cue.dep_ != "ROOT":
        trailing = TRAILING_ATTRIBUTION.search(span_text(sentence))
        if trailing:  # "..., Ukraine's presidency said on Wednesday, in what ...": the parse lost it, the commas keep it
            speaker, party = trailing["speaker"], party_of(trailing["speaker"])
            memory.remember(speaker, party)
            at = offset + sentence.start_char
            return _with_body(
                Claim(
                    speaker,
                    party,
                    trailing["cue"],
                    hedges,
                    denial,
                    cue_is_main=True,
                    speaker_at=_shifted(trailing.span("speaker"), at),
                    cue_at=_shifted(trailing.span("cue"), at),
                )
            )
    if speaker is None and memory.speaker and continues_a_quotation(sentence):
        return _with_body(Claim(memory.speaker, memory.party, "quoted", hedges, denial, cue_is_main=True))
    cue_text = cue.text if cue is not None else None
    return _with_body(Claim(speaker, party, cue_text, hedges, denial, cue_is_main=main, speaker_at=speaker_at if speaker else None, cue_at=cue_at))


def _text_at(doc: Doc, span: tuple[int, int] | None) -> str | None:
    return paragraph_text(doc)[span[0] : span[1]] if span else None


def _token_span(token: Token | None) -> tuple[int, int] | None:
    return (token.idx, token.idx + len(token.text)) if token is not None else None


def _shifted(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span else None


def _is_as_clause(cue: Token) -> bool:
    """'..., as reported by the Kyiv Independent', 'as the ministry said': the cue covers its main clause."""
    as_clause = cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)
    return as_clause and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children)  # not 'as the guard reports arrests'


OPENING_QUOTES = "“«"
CLOSING_QUOTES = "”»"


def continues_a_quotation(sentence: Span) -> bool:
    """A sentence of a paragraph that closes a quotation it never opened: the quoted speaker of
    the paragraphs before is still speaking ('... that we have liberated. You hear everywhere.”')."""
    paragraph = paragraph_text(sentence.doc)
    before = paragraph[: sentence.start_char]
    if any(q in before for q in OPENING_QUOTES + CLOSING_QUOTES):
        return False
    return any(q in paragraph[sentence.start_char :] for q in CLOSING_QUOTES) and not any(
        q in paragraph[sentence.start_char : sentence.end_char] for q in OPENING_QUOTES
    )


def claim_for_trigger(trigger: Token, sentence_claim: Claim, offset: int = 0) -> Claim:
    """The claim of the reporting verb that governs ``trigger``, else the sentence's (offsets
    as for ``attribute``)."""
    for ancestor in trigger.ancestors:
        if ancestor.pos_ == "VERB" and ancestor.lemma_ in REPORTING_CUE_LEMMAS:
            if _is_negated(ancestor):
                return Claim(None, None, None, sentence_claim.hedges, False)  # "neither confirmed nor denied"
            written = _subject_span(ancestor)
            speaker = _text_at(ancestor.doc, written)
            if not speaker or speaker.casefold() in PRONOUNS or names_again(speaker, sentence_claim.speaker):
                return sentence_claim  # its speaker is already resolved ('he', 'the ministry')
            denial = ancestor.lemma_ in DENIAL_LEMMAS or sentence_claim.denial
            at = _shifted(written, offset), _shifted(_token_span(ancestor), offset)
            return _with_body(Claim(speaker, party_of(speaker), ancestor.text, sentence_claim.hedges, denial, speaker_at=at[0], cue_at=at[1]))
    if sentence_claim.cue_is_main:
        return sentence_claim
    return Claim(None, None, None, sentence_claim.hedges, False)


def _with_body(claim: Claim) -> Claim:
    """The claim with the public figure its speaker names and the body they speak for."""
    if claim.speaker is None:
        return claim
    person, body = _person_and_body(claim.speaker)
    if claim.party in INDEPENDENT_VOICES:
        body = None  # 'Ukrainian bloggers', 'Russian Telegram channels': named by a nation, speaking for no government
    return replace(claim, person=person, speaks_for=body)


@functools.lru_cache(maxsize=4096)
def _person_and_body(speaker: str) -> tuple[str | None, str | None]:
    person, body = body_of_speaker(speaker)
    return person, body.name if body is not None else None


def _is_negated(verb: Token) -> bool:
    words = {c.lower_ for c in verb.children if c.dep_ in ("neg", "preconj", "cc")}
    head_words = {c.lower_ for c in verb.head.children if c.dep_ in ("neg", "preconj")} if verb.dep_ == "conj" else set()
    return bool(words & {"not", "n't", "never", "neither", "nor"} or head_words & {"neither", "not"})


@functools.cache
def party_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each party's pattern: its cues (``lexicon.attribution.PARTY_CUES``) or any spelling of
    one of its public figures (``data/people.csv``), as whole words."""
    patterns = []
    for party, cues in PARTY_CUES:
        people = sorted(names_by_party().get(party, ()), key=len, reverse=True)
        named = r"|(?<!\w)(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in people) + r")(?!\w)" if people else ""
        patterns.append((party, re.compile(cues + named, re.IGNORECASE)))
    return tuple(patterns)


@functools.lru_cache(maxsize=4096)
def party_of(speaker: str) -> str:
    """The party of the speaker's head words: the earliest cue wins ('the UN mission in Ukraine');
    a nationality before a medium names its side, not its party ('Ukrainian bloggers' are social
    media), and so does a place in a medium's name ('the Kyiv Independent')."""
    text = BASED_IN.sub(" ", speaker)
    party = _matched_party(text) or ("media" if speaker[:1].isupper() else "anonymous")
    if party in GOVERNMENT_PARTIES:
        for voice in (_matched_party(NATIONALITY_WORD.sub(" ", text)), _matched_party(text.split()[-1])):
            if voice in ("media", "social_media", "analyst"):
                return voice  # 'a British defence analyst', 'Ukrainian bloggers', 'the Kyiv Independent'
    return party


def _matched_party(text: str) -> str | None:
    found = [(m.start(), order, party) for order, (party, pattern) in enumerate(party_patterns()) if (m := pattern.search(text))]
    return min(found)[2] if found else None


def side_of(party: str | None) -> str:
    return SIDE_OF_PARTY.get(party or "", "neutral")


def side_of_claim(claim: Claim) -> str:
    """The side a claim comes from: its party's, or for media, social media and anonymous
    sources the nationality they are named by ('Russian Telegram channels', 'Ukrainian bloggers')."""
    side = side_of(claim.party)
    if side == "neutral" and claim.party in NATIONAL_PARTIES and claim.speaker:
        for nation, pattern in SIDE_BY_NATIONALITY:
            if pattern.search(claim.speaker):
                return nation
    return side


PARAGRAPH_HEDGES = frozenset({"unverified"})


def hedges_in(text: str, named: Container[str] = HEDGE_CUES) -> tuple[str, ...]:
    """The hedges of ``HEDGE_PATTERNS`` (of those ``named``) the text shows; a hedge none of
    whose cue words the text holds is not looked for."""
    lowered = text.lower()
    return tuple(name for name, pattern in HEDGE_PATTERNS if name in named and any(cue in lowered for cue in HEDGE_CUES[name]) and pattern.search(text))


def paragraph_hedges(text: str) -> tuple[str, ...]:
    """Hedges that colour every sentence of a paragraph ("could not independently verify")."""
    return hedges_in(text, PARAGRAPH_HEDGES)


def _cue_and_speaker(sentence: Span) -> tuple[Token | None, tuple[int, int] | None]:
    """The reporting cue of the sentence and where its speaker is written (paragraph offsets)."""
    according = _according_to(sentence)
    if according:
        return according
    for token in sorted(sentence, key=lambda t: (t.dep_ != "ROOT", t.i)):
        if token.pos_ == "VERB" and token.lemma_ in REPORTING_CUE_LEMMAS:
            speaker = _subject_span(token)
            if speaker:
                return token, speaker
    return None, None


def _according_to(sentence: Span) -> tuple[Token, tuple[int, int]] | None:
    for token in sentence:
        source = _according_object(token, sentence)
        if source is not None:
            return token, _phrase_span(source)
    return None


def _according_object(token: Token, sentence: Span) -> Token | None:
    """The head of X in 'according to X', when ``token`` is 'according'."""
    if token.lower_ != "according" or token.i + 1 >= sentence.end or token.doc[token.i + 1].lower_ != "to":
        return None
    return next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)


def _subject_span(verb: Token) -> tuple[int, int] | None:
    """Where the verb's subject (or passive agent) is written, as paragraph offsets."""
    head = _subject_head(verb)
    return _phrase_span(head) if head is not None else None


def _subject_head(verb: Token) -> Token | None:
    """Who the verb says does it: its subject, or the agent of a passive ('reported by X')."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _phrase_span(head: Token) -> tuple[int, int]:
    """The phrase ``head`` heads, without its relative clauses, as paragraph offsets; the head
    word alone when the phrase is longer than a speaker's name can be."""
    clauses = {t for c in head.subtree if c.dep_ in ("relcl", "acl") and c is not head for t in c.subtree}
    tokens = [t for t in head.subtree if t not in clauses and (t.dep_ != "punct" or t is head)]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return (start, end) if end - start <= MAX_SPEAKER_CHARS else (head.idx, head.idx + len(head.text))


def attributions_in(doc: Doc) -> list[Attribution]:
    """Every attribution in a parsed text: 'X said (that) ...', '..., X said', 'according to X, ...'.

    The cue is the reporting verb (or 'according to'); the source its subject (or the
    agent of a passive, or the object of 'according to'); the content the clause it
    governs, else the rest of the sentence around the source and cue.
    """
    found = []
    quoted = QuotedText(paragraph_text(doc))
    for sentence in doc.sents:
        found.append(_colon_attribution(sentence))
        found.append(_dash_attribution(sentence))
        for token in sentence:
            if quoted.holds(token.idx):
                continue  # '“... we think ...,” she said': talk inside a quotation is the quoted speaker's, not reported anew
            source = _according_object(token, sentence)
            if source is not None:
                found.append(_according_attribution(token, source, sentence))
            elif _is_cue_verb(token) and not _is_reported_by_another_cue(token):
                found.append(_verb_attribution(token, sentence))
    return [a for a in found if a is not None]


class QuotedText:
    """Where a text is inside quotation marks, paragraph by paragraph.

    '“' opens and '”' closes; a straight '"' or a doubled "''" opens or closes by turns. A
    quotation still open at the end of a paragraph ends there (the next paragraph of a long
    quotation opens it again).
    """

    def __init__(self, text: str):
        self.spans: list[tuple[int, int]] = []
        start = 0
        for paragraph in text.split("\n"):
            self.spans.extend(_quotations_in(paragraph, start))
            start += len(paragraph) + 1
        self.starts = [s for s, _ in self.spans]

    def holds(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.spans[i][1]


def _quotations_in(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """The (start, end) of each quotation of one paragraph, as offsets into the whole text."""
    found, opened = [], None
    for mark in QUOTATION_MARKS.finditer(paragraph):
        if opened is None and mark.group() != "”":
            opened = mark.start()
        elif opened is not None and (mark.group() != "“" or _closes_like_a_right_mark(paragraph, mark.start())):
            found.append((offset + opened, offset + mark.end()))
            opened = None
    if opened is not None:
        found.append((offset + opened, offset + len(paragraph)))
    return found


def _closes_like_a_right_mark(paragraph: str, at: int) -> bool:
    """'... for her here,“ said Jim': a left mark typed after punctuation and before a space ends a quotation."""
    return paragraph[at - 1 : at] in (",", ".", "!", "?") and paragraph[at + 1 : at + 2] in (" ", "")


def _is_cue_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_ in ATTRIBUTION_CUES


def _is_reported_by_another_cue(verb: Token) -> bool:
    """'Most voters said they support the plan': 'support' is part of what is said, not an attribution of its own.

    A cue in another paragraph is no part of it, however spaCy ran the paragraphs together.
    """
    clause = verb
    while clause.dep_ != "ROOT":
        if clause.dep_ == "ccomp" and _is_cue_verb(clause.head):
            return not _line_break_between(clause.head, verb)
        clause = clause.head
    return False


def _line_break_between(one: Token, other: Token) -> bool:
    first, last = sorted((one, other), key=lambda t: t.i)
    return "\n" in paragraph_text(one.doc)[first.idx : last.idx]


MAX_COLON_SOURCE_TOKENS = 6


def _dash_attribution(sentence: Span) -> Attribution | None:
    """'“We will win.” ― Volodymyr Zelensky': a quotation, a dash, and who said it."""
    dash = next((t for t in sentence if t.text == "―"), None)
    if dash is None:
        return None
    source = [t for t in sentence if t.i > dash.i and not t.is_space]
    content = [t for t in sentence if t.i < dash.i and not t.is_space]
    if not source or not content or len(source) > MAX_COLON_SOURCE_TOKENS or not source[0].is_title:
        return None
    return _attribution([dash], source, content)


def _colon_attribution(sentence: Span) -> Attribution | None:
    """'Pat Caddell: Democrat voters worried...': a short name before a colon says the rest."""
    colon = next((t for t in sentence if t.text == ":"), None)
    if colon is None or not 0 < colon.i - sentence.start <= MAX_COLON_SOURCE_TOKENS:
        return None
    source = [t for t in sentence if t.i < colon.i]
    if not (source[0].is_title or source[0].ent_type_ in ("PERSON", "ORG", "NORP", "GPE")) or any(t.pos_ in ("VERB", "AUX") for t in source):
        return None
    content = [t for t in sentence if t.i > colon.i and not (t.is_space)]
    return _attribution([colon], source, content) if content else None


def _according_attribution(according: Token, source_head: Token, sentence: Span) -> Attribution:
    to = according.doc[according.i + 1]
    source = list(source_head.subtree)
    return _attribution([according, to], source, _rest_of(sentence, {according, to, *source}))


def _verb_attribution(cue: Token, sentence: Span) -> Attribution | None:
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children) and cue.head.lemma_ not in ATTRIBUTION_CUES:
        return None  # 'hoping to find', 'wants to see': an aim, not an attribution
    source_head = _speaker_head(cue)
    if source_head is None and cue.dep_ in ("advcl", "conj", "xcomp"):
        source_head = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)  # 'Trump hit back, saying...': the subject of the verb it goes with
    if source_head is None:
        return None
    if cue.lemma_ in BELIEF_CUES and source_head.lower_ in ("i", "we", "you"):
        return None  # 'I don't know', 'we want': talk inside a quotation, not an attribution
    source = _source_words(source_head)
    if _stands_for_a_thing(source_head):
        source = []  # the cue and its content stand; the speaker is unnamed
    clauses = [c for c in cue.children if c.dep_ in CONTENT_DEPS]
    topics = [
        c
        for c in cue.children
        if cue.lemma_ in TOPIC_CUES and c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS and any(o.dep_ == "pobj" for o in c.children)
    ]
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.pos_ != "PRON"]
    cue_words = [cue, *(c for c in cue.children if c.dep_ == "prt")]
    if clauses:
        content = [t for c in clauses for t in c.subtree]  # 'that ...' included, as PolNeAR marks it
    elif topics:
        cue_words.append(topics[0])  # 'talked about the economy': the cue is 'talked about'
        content = [t for o in topics[0].children if o.dep_ == "pobj" for t in o.subtree]
    elif objects and cue.lemma_ not in REPORTING_CUE_LEMMAS:
        content = list(objects[0].subtree)  # 'cited derogatory comments
    else:
        content = _rest_of(sentence, {cue, *source, *(c for c in cue.children if c.dep_ in ("aux", "neg", "advmod", "prep", "npadvmod"))})
    auxiliaries = [c for c in cue.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < cue.i and c.i >= cue.i - 3]
    return _attribution([*auxiliaries, *cue_words], source, content)  # 'has learned', 'pointed out'


def _stands_for_a_thing(subject: Token) -> bool:
    """'issues that have challenged polls', 'That said': a relative 'that' or 'which' for no named body speaks for nobody.

    ('who' stays: PolNeAR takes it as the source itself.)
    """
    if subject.lower_ not in ("that", "which"):
        return False
    clause = subject.head
    return clause.dep_ != "relcl" or not clause.head.ent_type_


def _speaker_head(cue: Token) -> Token | None:
    """The head of who speaks through ``cue``: its subject or passive agent, as for claims.

    'PHILADELPHIA, July 25 (UPI) — The committee said...': when spaCy gives the verb two
    subjects, a dateline and the speaker, the speaker is the one nearer the verb.
    """
    subjects = [c for c in cue.lefts if c.dep_ == "nsubj"]
    return subjects[-1] if len(subjects) > 1 else _subject_head(cue)


def _source_words(head: Token) -> list[Token]:
    """The words of the source ``head`` heads, without inner punctuation and without a lead-in spaCy ran into it.

    '5:45 p.m. \n\n Donald Trump says...', 'WASHINGTON (AP) — Donald Trump said...': what comes
    before a line break (a time stamp, a headline), or a dateline before a dash, is no part of the source.
    """
    tokens = list(head.subtree)
    lead_in = [i for i, t in enumerate(tokens) if (t.is_space and "\n" in t.text) or (t.i < head.i and t.text in LEAD_IN_ENDS)]
    if lead_in:
        tokens = tokens[lead_in[-1] + 1 :]
    return [t for t in tokens if not (t.dep_ == "punct" and t is not head)]


def _rest_of(sentence: Span, taken: set[Token]) -> list[Token]:
    """The longest run of the sentence's tokens outside ``taken``, without edge punctuation: what is reported."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in sentence:
        if token in taken:
            runs.append(current)
            current = []
        else:
            current.append(token)
    runs.append(current)
    best = max(runs, key=len)
    while best and best[0].is_punct and best[0].text not in ("“", '"', "‘"):
        best = best[1:]
    while best and best[-1].is_punct and best[-1].text not in ("”", '"', "’"):
        best = best[:-1]
    return best


def _attribution(cue: list[Token], source: list[Token], content: list[Token]) -> Attribution:
    def extent(tokens: list[Token]) -> tuple[int, int]:
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)

    def bounds(tokens: list[Token]) -> tuple[int | None, int | None]:
        if not tokens:
            return None, None
        return extent(tokens)

    cue_start, cue_end = extent(cue)  # every caller names at least one cue word
    source_start, source_end = bounds(source)
    content_start, content_end = bounds(content)
    return Attribution(cue_start, cue_end, source_start, source_end, content_start, content_end)
