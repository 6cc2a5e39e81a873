"""Settings: declared once, layered, validated, and every one documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.settings import SETTINGS, load_settings

README = Path(__file__).parent.parent / "README.md"


def test_every_setting_is_documented_in_the_readme():
    text = README.read_text("utf-8")
    assert [s.name for s in SETTINGS if f"`{s.name}`" not in text] == []


def test_the_readme_gives_each_setting_its_default():
    rows = [line.strip("|").split(" | ") for line in README.read_text("utf-8").splitlines() if line.startswith("| `")]
    documented = {cells[0].strip(" `"): cells[1].strip(" `*") for cells in rows if len(cells) >= 4}
    wrong = {
        s.name: (documented[s.name], s.default)
        for s in SETTINGS
        if s.name in documented and documented[s.name] not in (str(s.default).lower(), str(s.default), "(empty)")
    }
    assert wrong == {}  # README value, declared default


def test_defaults_then_file_then_environment_then_flags(tmp_path, monkeypatch):
    config = tmp_path / "eventwire.toml"
    config.write_text('[eventwire]\nworkers = 3\nbatch_size = 8\ndb = "file.db"\n')
    monkeypatch.setenv("EVENTWIRE_BATCH_SIZE", "16")
    settings = load_settings(config, db="flag.db")
    assert (settings.workers, settings.batch_size, settings.db, settings.max_input_mb) == (3, 16, "flag.db", 20)


def test_an_unknown_setting_is_an_error_naming_it(tmp_path):
    config = tmp_path / "eventwire.toml"
    config.write_text("[eventwire]\nwrokers = 3\n")
    with pytest.raises(ConfigError, match="wrokers"):
        load_settings(config)


def test_a_setting_of_the_wrong_type_is_an_error_naming_the_value(tmp_path):
    config = tmp_path / "eventwire.toml"
    config.write_text('[eventwire]\nworkers = "many"\n')
    with pytest.raises(ConfigError, match="many"):
        load_settings(config)


@pytest.mark.parametrize("value", ["1.5", "-0.1", "sure", "nan"])
def test_a_confidence_outside_0_to_1_or_no_number_is_an_error_naming_the_setting(monkeypatch, value):
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", value)
    with pytest.raises(ConfigError, match="min_confidence"):
        load_settings()


def test_a_confidence_reads_as_a_number(monkeypatch):
    monkeypatch.setenv("EVENTWIRE_MIN_CONFIDENCE", "0.25")
    assert load_settings().min_confidence == 0.25
