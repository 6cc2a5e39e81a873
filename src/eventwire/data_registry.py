"""The registry of the data files eventwire ships: the table in ``data/README.md``.

Every loader reads its file through ``data_file(name)``, which refuses a name the
registry does not list, so a data file is never added, read or shipped without its row:
what it holds, who or what produces it, its source, its licence and its version. The
gazetteer's cache fingerprint includes ``version_of`` each file it is built from.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

REGISTRY_FILE = "README.md"
COLUMNS = ("file", "holds", "produced by", "source", "licence", "version")


@dataclass(frozen=True)
class DataFile:
    """One row of the registry."""

    file: str  # its path under data/
    holds: str
    produced_by: str
    source: str
    licence: str
    version: str


def data_folder() -> Traversable:
    return resources.files("eventwire") / "data"


@functools.cache
def registry() -> dict[str, DataFile]:
    """The registry's rows by file name, read from the table in ``data/README.md``."""
    text = (data_folder() / REGISTRY_FILE).read_text("utf-8")
    rows = [_cells(line) for line in text.splitlines() if line.startswith("| `")]
    return {row[0]: DataFile(*row) for row in rows if len(row) == len(COLUMNS)}


def _cells(line: str) -> list[str]:
    return [cell.strip().strip("`") for cell in line.strip().strip("|").split(" | ")]


def data_file(name: str) -> Traversable:
    """The shipped data file ``name`` (a path under data/); a name the registry does not
    list is a programming error, caught by the tests."""
    if name not in registry():
        raise KeyError(f"data file {name!r} is not in the registry (src/eventwire/data/README.md); add its row there")
    return data_folder().joinpath(*name.split("/"))


def version_of(name: str) -> str:
    return registry()[name].version
