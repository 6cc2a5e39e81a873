"""Table-driven stand-ins for two of spaCy's English components: same output, less time.

spaCy's ``attribute_ruler`` runs a ``Matcher`` of some 180 patterns over every token and
its rule ``lemmatizer`` makes a Python call per token; together they took a fifth of the
language model's time on news. Almost every pattern looks at one token only (its tag, its
lowercase form, its dependency label, whether it is white space), and a lemma depends only
on the token's form, part of speech and morphology. So both are answered here from tables
filled as the words are met, and written back in bulk (``Doc.to_array`` /
``Doc.from_array``):

* ``RuleTable`` (``eventwire_attribute_table``) takes the patterns of the pipeline's own
  attribute ruler; one-token patterns are resolved per distinct (tag, lowercase form,
  dependency, white space); the few longer ones ('there' + 'is', 'gon' + 'na') are matched
  step by step with each step's test answered from the same per-token table (a ``Matcher``
  runs only the patterns the table cannot answer: quantifiers, other attributes), and the
  attributes are applied in the ruler's order (a later rule wins), as the ruler does.
* ``LemmaTable`` (``eventwire_lemma_table``) asks the pipeline's own lemmatizer once per
  distinct (form, part of speech, morphology) and reuses its answer, as the lemmatizer's
  own cache does after its per-token call; the lemmatizer's word lists are made sets
  first, as it only asks whether a form is among them.

``use_token_tables`` swaps them into a loaded pipeline in place of the originals; the
original components are kept inside them, so the rules and tables are the model's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

TokenKey = tuple[int, int, int, int]  # the hashes of tag, lowercase form, dependency and white space
MATCHED_ATTRS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
KEY_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
SET_COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]  # every attribute the English ruler's rules set
TokenTest = Callable[[Mapping[int, Any]], bool]
KEYS_AT_FIRST = 4096  # rows of the per-key tables, doubled as new keys come


class RuleTable:
    """The attribute ruler's rules, answered per distinct token rather than matched per token."""

    def __init__(self, ruler: Any) -> None:
        self.vocab = ruler.vocab
        self.rules: list[dict[int, Any]] = list(ruler.attrs)
        self.tests: dict[int, list[TokenTest]] = {}  # the one-token rules, each with its patterns' tests
        self.by_word: dict[str, set[int]] = {}  # one-token rules that name the words they apply to
        self.any_word: list[int] = []  # one-token rules that do not look at the word
        self.some_words: list[int] = []  # one-token rules that test the word otherwise (a regex, a word excluded)
        self.longer = Matcher(self.vocab)
        self.longer_index: dict[int, int] = {}
        self.sequences: list[SequenceRule] = []  # longer patterns whose every step the table answers
        for rule, pattern in enumerate(ruler.patterns):
            sequences = pattern["patterns"]
            tests = _one_token_tests(sequences) if pattern["index"] == 0 else None
            if tests is None:
                self._add_longer(rule, sequences, pattern["index"])
                continue
            self.tests[rule] = tests
            words = [_words_named(sequence[0]) for sequence in sequences]
            if all(named is not None for named in words):
                for named in words:
                    for word in named or ():
                        self.by_word.setdefault(word, set()).add(rule)
            elif any("LOWER" in sequence[0] for sequence in sequences):
                self.some_words.append(rule)
            else:
                self.any_word.append(rule)
        self.rules_for_key: dict[TokenKey, tuple[int, ...]] = {}
        self.rules_for_context: dict[tuple[int, int, int], list[int]] = {}
        self.steps_for_key: dict[TokenKey, frozenset[tuple[int, int]]] = {}  # (sequence, step) a token of the key passes
        self.key_ids: dict[TokenKey, int] = {}  # each key met so far -> its row in the two tables below
        self.value_set = numpy.zeros((KEYS_AT_FIRST, len(SET_COLUMNS)), dtype=numpy.uint64)  # by key: what its rules set
        self.sets_column = numpy.zeros((KEYS_AT_FIRST, len(SET_COLUMNS)), dtype=bool)  # by key: which attributes they set
        self.steps_by_word: dict[str, list[tuple[int, int]]] = {}  # steps that name the words they pass
        self.steps_any_word: list[tuple[int, int]] = []  # steps that pass other words too
        for number, sequence in enumerate(self.sequences):
            for step, spec in enumerate(sequence.specs):
                named = _words_named(spec)
                for word in named or ():
                    self.steps_by_word.setdefault(word, []).append((number, step))
                if named is None:
                    self.steps_any_word.append((number, step))

    def _add_longer(self, rule: int, sequences: list[list[dict[str, Any]]], index: int) -> None:
        for sequence in sequences:
            steps = _step_tests(sequence)
            if steps is None:
                self.longer.add(str(rule), [sequence])
            else:
                self.sequences.append(SequenceRule(rule, index, steps, tuple(sequence)))
        self.longer_index[rule] = index

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        token_keys = list(map(tuple, doc.to_array(KEY_COLUMNS).tolist()))
        known = self.key_ids.get
        ids = [known(key) for key in token_keys]
        if None in ids:
            ids = [self._key_id(key) for key in token_keys]  # a new key may come twice in a paragraph
        before = doc.to_array(SET_COLUMNS)
        chosen = numpy.array(ids)
        after = numpy.where(self.sets_column[chosen], self.value_set[chosen], before)
        for i, rules in self._longer_matches(doc, token_keys).items():
            values_by_attr = dict(zip(SET_COLUMNS, before[i].tolist()))
            for rule in sorted(rules + list(self.rules_for_key[token_keys[i]])):
                values_by_attr.update(self.rules[rule])
            after[i] = [values_by_attr[attr] for attr in SET_COLUMNS]
        if not numpy.array_equal(before, after):
            doc.from_array(SET_COLUMNS, after)  # type: ignore[arg-type]  # uint64, as to_array gave it
        return doc

    def _key_id(self, key: TokenKey) -> int:
        number = self.key_ids.get(key)
        return self._new_key(key) if number is None else number

    def _new_key(self, key: TokenKey) -> int:
        """A row of the tables for a key met for the first time: what its rules set, and where."""
        number = self.key_ids[key] = len(self.key_ids)
        if number == len(self.value_set):  # full: twice the rows
            self.value_set = numpy.concatenate([self.value_set, numpy.zeros_like(self.value_set)])
            self.sets_column = numpy.concatenate([self.sets_column, numpy.zeros_like(self.sets_column)])
        for column, value in self._values_for(key):
            self.value_set[number, column] = value
            self.sets_column[number, column] = True
        return number

    def _values_for(self, key: TokenKey) -> list[tuple[int, Any]]:
        """The rules that apply to tokens of this key, in the ruler's order, and what they set."""
        strings = self.vocab.strings
        token = {TAG: strings[key[0]], LOWER: strings[key[1]], DEP: strings[key[2]], IS_SPACE: bool(key[3])}
        candidates = self._rules_for_context(key, token) + [rule for rule in self.some_words if self._applies(rule, token)]
        candidates += [rule for rule in self.by_word.get(token[LOWER], ()) if self._applies(rule, token)]
        rules = tuple(sorted(candidates))
        values: dict[int, Any] = {}
        for rule in rules:
            values.update(self.rules[rule])
        self.rules_for_key[key] = rules
        steps = self.steps_any_word + self.steps_by_word.get(token[LOWER], [])  # only these can pass: a new word costs few tests
        self.steps_for_key[key] = frozenset((number, step) for number, step in steps if self.sequences[number].steps[step](token))
        return [(SET_COLUMNS.index(attr), value) for attr, value in values.items()]

    def _rules_for_context(self, key: TokenKey, token: Mapping[int, Any]) -> list[int]:
        """The rules that do not look at the word, answered once per tag, dependency and white space."""
        context = (key[0], key[2], key[3])
        found = self.rules_for_context.get(context)
        if found is None:
            found = self.rules_for_context[context] = [rule for rule in self.any_word if self._applies(rule, token)]
        return found

    def _applies(self, rule: int, token: Mapping[int, Any]) -> bool:
        return any(test(token) for test in self.tests[rule])

    def _longer_matches(self, doc: Doc, token_keys: list[TokenKey]) -> dict[int, list[int]]:
        """The rules of more than one token, by the index of the token each one sets."""
        found: dict[int, list[int]] = {}
        matches = self._sequence_matches(token_keys)
        if len(self.longer):
            matches += [(int(self.vocab.strings[match_id]), start, end) for match_id, start, end in self.longer(doc, allow_missing=True)]
        for rule, start, end in matches:
            index = self.longer_index[rule]
            target = (start if index >= 0 else end) + index
            if start <= target < end and rule not in found.get(target, ()):
                found.setdefault(target, []).append(rule)
        return found

    def _sequence_matches(self, token_keys: list[TokenKey]) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every place where each step of a longer pattern passes in turn."""
        steps = [self.steps_for_key[key] for key in token_keys]
        matches = []
        for start, passed in enumerate(steps):
            for number, step in passed:
                if step:
                    continue
                sequence = self.sequences[number]
                end = start + len(sequence.steps)
                if end <= len(steps) and all((number, step) in steps[start + step] for step in range(1, len(sequence.steps))):
                    matches.append((sequence.rule, start, end))
        return matches


@dataclass(frozen=True)
class SequenceRule:
    """One pattern of a longer rule: a test per token, in order."""

    rule: int
    index: int  # the token of the match whose attributes the rule sets (negative: from the end)
    steps: tuple[TokenTest, ...]
    specs: tuple[Mapping[str, Any], ...]  # the token patterns the steps test


def _step_tests(sequence: list[dict[str, Any]]) -> tuple[TokenTest, ...] | None:
    """A test per token of a pattern of plain steps (no quantifier, attributes answered here)."""
    if not all(set(spec) <= set(MATCHED_ATTRS) for spec in sequence):
        return None
    try:
        return tuple(_token_test(spec) for spec in sequence)
    except UnsupportedPattern:
        return None


def _words_named(spec: Mapping[str, Any]) -> frozenset[str] | None:
    """The words a token pattern is limited to, if it names them (LOWER as a word or IN a list)."""
    wanted = spec.get("LOWER")
    if isinstance(wanted, str):
        return frozenset({wanted})
    if isinstance(wanted, dict) and list(wanted) == ["IN"]:
        return frozenset(wanted["IN"])
    return None


def _one_token_tests(sequences: list[list[dict[str, Any]]]) -> list[TokenTest] | None:
    """The tests of a rule whose every pattern is one token with attributes answered here."""
    if not all(len(sequence) == 1 and set(sequence[0]) <= set(MATCHED_ATTRS) for sequence in sequences):
        return None
    try:
        return [_token_test(sequence[0]) for sequence in sequences]
    except UnsupportedPattern:
        return None


def _token_test(spec: Mapping[str, Any]) -> TokenTest:
    """A test of one token's attributes (by attribute ID) for one token pattern."""
    checks = [(MATCHED_ATTRS[name], _value_test(wanted)) for name, wanted in spec.items()]
    return lambda token: all(check(token[attr]) for attr, check in checks)


def _value_test(wanted: Any) -> Callable[[Any], bool]:
    """The Matcher's test of one attribute: a value, or one of IN, NOT_IN, REGEX."""
    if not isinstance(wanted, dict):
        return lambda value: value == wanted
    (operator, operand), *rest = wanted.items()
    if operator == "IN" and not rest:
        chosen = frozenset(operand)
        return lambda value: value in chosen
    if operator == "NOT_IN" and not rest:
        excluded = frozenset(operand)
        return lambda value: value not in excluded
    if operator == "REGEX" and not rest:
        pattern = re.compile(operand)
        return lambda value: isinstance(value, str) and pattern.search(value) is not None
    raise UnsupportedPattern(wanted)


class UnsupportedPattern(ValueError):
    """A token test this table does not answer; its rule is left to the Matcher."""


class LemmaTable:
    """The lemmatizer's answers, asked once per distinct form, part of speech and morphology."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            if found is None:
                found = self.lemmas[key] = self.lemmatizer.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]  # uint64, as to_array gave it
        return doc


def _index_as_sets(lemmatizer: Any) -> None:
    """The rule lemmatizer asks whether a form is a known word of its part of speech (``form in
    index``) against lists of up to 57,000 words, a scan per rule tried: most of the time a new
    word costs. The same words as sets give the same answers (only membership is asked)."""
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)


@Language.factory("eventwire_attribute_table")
def make_rule_table(nlp: Language, name: str, replaces: str) -> RuleTable:
    return RuleTable(nlp.get_pipe(replaces))


@Language.factory("eventwire_lemma_table")
def make_lemma_table(nlp: Language, name: str, replaces: str) -> LemmaTable:
    return LemmaTable(nlp.get_pipe(replaces))


def use_token_tables(nlp: Language) -> Language:
    """``nlp`` with its attribute ruler and lemmatizer answered from tables (same output)."""
    for original, table in (("attribute_ruler", "eventwire_attribute_table"), ("lemmatizer", "eventwire_lemma_table")):
        if original in nlp.pipe_names and table not in nlp.pipe_names:
            nlp.add_pipe(table, name=table, before=original, config={"replaces": original})
            nlp.remove_pipe(original)
    return nlp
