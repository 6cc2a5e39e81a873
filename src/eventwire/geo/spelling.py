"""Spelling: the key a place name is indexed and looked up under, whatever its spelling.

Imports nothing from the package, so the gazetteer and its importer can both use it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

NAME_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
ABBREVIATED_WORD = re.compile(r"(?<!\S)(st|ste|mt|ft)(?= )")  # a word of a name, not its last: 'Main St' stays
APOSTROPHES = re.compile(r"['’‘ʼʻʿʾ`´]")  # and the marks of 'ayn and hamza: 'Dar‘ā' is written 'Dara'
LATIN = re.compile(
    r"^[\x00-\u024f\u1e00-\u1eff\s'’‘ʼʻʿʾ.-]+$"
)  # with Latin Extended Additional and the marks of 'ayn: 'Tall Abyaḑ', 'Hải Châu', 'Al ‘Amādīyah'
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
FIRST_LETTERS = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
LETTERS = {  # Ukraine's official transliteration (2010); the last four letters are Russian
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "’": "",
    "'": "",
    "ʼ": "",
    "ы": "y",
    "э": "e",
    "ъ": "",
    "ё": "io",
}


def spelled_out(name: str) -> str:
    """A lower-case name with its abbreviated words written in full: 'St. Louis', 'Mt. Pleasant',
    'Ft. Worth', and inside a name, 'Sault Ste. Marie', 'Port St. Lucie', 'Fort St. John'."""
    return ABBREVIATED_WORD.sub(lambda m: NAME_ABBREVIATIONS[m.group(1)], name)


def fold(name: str) -> str:
    """A spelling-insensitive key: Izyum, Izium, Izioum, Ізюм, Изюм -> 'izium'; Lugansk -> 'luhansk';
    the Dutch 'Lysytsjansk' -> 'lisichansk', as Lysychansk."""
    if not name.isascii() and CYRILLIC.search(name):
        name = romanise(name)
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = APOSTROPHES.sub("", s).replace("ь", "")
    s = re.sub(r"[\s\-‐–—.]+", " ", s).strip()
    s = spelled_out(s)
    for old, new in (("tch", "ch"), ("tsj", "ch"), ("sch", "sh"), ("ou", "u"), ("w", "v"), ("kh", "h"), ("g", "h"), ("zhzh", "zh"), ("j", "i"), ("y", "i")):
        s = s.replace(old, new)
    s = re.sub(r"i+a", "ia", s)
    s = re.sub(r"i+e", "ie", s)
    return re.sub(r"(\w)\1+", r"\1", s)


def index_key(name: str) -> str | None:
    """The key a name is indexed under, or None for what is not indexed (non-Latin script,
    shorter than three letters, airport-style codes)."""
    if not name or not LATIN.match(name) or looks_like_a_code(name):
        return None
    key = fold(name)
    return key if len(key) >= 3 else None


cached_fold = functools.lru_cache(maxsize=200_000)(fold)  # the same names recur in every article


def looks_like_a_code(name: str) -> bool:
    """'SEA', 'TAS', 'KBP': airport codes among GeoNames' alternate names, not names."""
    return len(name) <= 4 and name.isupper()


def romanise(cyrillic: str) -> str:
    """Ukrainian national transliteration: 'Андріївка' -> 'Andriivka', 'Яблунівка' -> 'Yablunivka'."""
    words = []
    for word in cyrillic.strip().split():
        letters = []
        for i, char in enumerate(word):
            lower = char.lower()
            latin = FIRST_LETTERS[lower] if i == 0 and lower in FIRST_LETTERS else LETTERS.get(lower, char)
            if lower == "г" and i > 0 and word[i - 1].lower() == "з":
                latin = "gh"  # 'зг' is 'zgh', so it is not read as 'zh'
            letters.append(latin.capitalize() if char.isupper() and latin else latin)
        words.append("".join(letters))
    return " ".join(words)


ARABIC_ARTICLE_KEYS = frozenset("al el ar as ad an ash az at ed es ez adh".split())  # folded: 'al', 'ar', 'as' ...
ARABIC_DIGRAPHS = (("ou", "u"), ("kh", "x"), ("sh", "$"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("q", "k"))
TELL = re.compile(r"^(?:tell|tall|tal)(?=.)")
SKELETON_VOWELS = re.compile(r"[aeiouyw]")
DOUBLED = re.compile(r"(.)\1+")
FINAL_H = re.compile(r"(?<=[aeiou])h$")


def without_arabic_article(key: str) -> str:
    """A folded name without its Arabic article words ('al qamishli' -> 'qamishli')."""
    return " ".join(w for w in key.replace("-", " ").split() if w not in ARABIC_ARTICLE_KEYS)


def arabic_skeleton(key: str) -> str:
    """A folded Arabic place name with what transliterations disagree on taken out: the article,
    vowels after the first letter, doubled letters, digraphs ('Saraqab' and 'Saraqib', 'Quamishli'
    and 'Al Qamishli', 'Tal Tamer' and 'Tall Tamr' share one)."""
    text = TELL.sub("tl", without_arabic_article(key).replace(" ", ""))
    text = FINAL_H.sub("", text)  # 'Amadiya' and 'Al Amadiyah', 'Hasakeh' and 'Hasaka': the ending is written either way
    for digraph, letter in ARABIC_DIGRAPHS:
        text = text.replace(digraph, letter)
    if not text:
        return ""
    return DOUBLED.sub(r"\1", text[0] + SKELETON_VOWELS.sub("", text[1:]))
