"""The data registry: every shipped data file has its row in data/README.md, and every row its file."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.data_registry import COLUMNS, REGISTRY_FILE, data_file, data_folder, registry, version_of
from eventwire.geo.gazetteer import GAZETTEER_DATA_FILES

DATA = Path(str(data_folder()))


def shipped_files() -> set[str]:
    return {str(p.relative_to(DATA)) for p in DATA.rglob("*") if p.is_file() and p.name != REGISTRY_FILE and "__pycache__" not in p.parts}


def test_every_shipped_data_file_has_a_row_and_every_row_a_file():
    assert shipped_files() == set(registry())


@pytest.mark.parametrize("name", sorted(registry()))
def test_every_row_says_what_the_file_holds_who_makes_it_its_source_licence_and_version(name):
    row = registry()[name]

    assert all([row.holds, row.produced_by, row.source, row.licence, row.version]), row


def test_reading_a_file_the_registry_does_not_list_is_refused():
    with pytest.raises(KeyError, match="not in the registry"):
        data_file("secret.csv")


def test_the_gazetteer_is_built_only_from_registered_files_with_versions():
    assert all(version_of(name) for name in GAZETTEER_DATA_FILES)


def test_the_registry_table_has_the_columns_the_code_reads():
    header = next(line for line in (DATA / REGISTRY_FILE).read_text("utf-8").splitlines() if line.startswith("| file"))

    assert tuple(cell.strip() for cell in header.strip("|").split("|")) == COLUMNS
