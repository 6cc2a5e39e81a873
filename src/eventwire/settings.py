"""Settings, declared once as a table of name, default and help.

Layers, later ones winning: the defaults below, a TOML file (``eventwire.toml`` in the
working directory, or the file named by ``EVENTWIRE_CONFIG``), environment variables
(``EVENTWIRE_<NAME>`` in upper case), then explicit arguments (CLI flags).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "eventwire.db", "SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...)"),
    Setting("workers", 1, "worker processes that parse and analyse articles"),
    Setting("batch_size", 32, "paragraphs per spaCy nlp.pipe batch"),
    Setting("max_input_mb", 20, "inputs larger than this many megabytes are rejected"),
    Setting("spacy_model", "", "spaCy pipeline to load; empty picks en_core_web_sm, then its PyPI copy"),
    Setting("merge_window_days", 14, "territory reports this many days apart may describe one event"),
)
SETTING_NAMES = frozenset(s.name for s in SETTINGS)


@dataclass(frozen=True)
class Settings:
    db: str = "eventwire.db"
    workers: int = 1
    batch_size: int = 32
    max_input_mb: int = 20
    spacy_model: str = ""
    merge_window_days: int = 14

    @property
    def max_input_bytes(self) -> int:
        return self.max_input_mb * MEGABYTE

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Resolve settings from defaults, file, environment and ``overrides`` (None ignored)."""
    values: dict[str, Any] = {}
    values.update(_from_file(config_file))
    values.update(_from_environment())
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - SETTING_NAMES
    if unknown:
        raise ConfigError(f"unknown setting(s) {sorted(unknown)}; expected one of {sorted(SETTING_NAMES)}")
    return replace(Settings(), **{k: _coerce(k, v) for k, v in values.items()})


def _from_file(config_file: str | Path | None) -> dict[str, Any]:
    path = Path(config_file or os.environ.get("EVENTWIRE_CONFIG") or "eventwire.toml")
    if not path.is_file():
        if config_file:
            raise ConfigError(f"config file {str(path)!r} does not exist")
        return {}
    try:
        return dict(tomllib.loads(path.read_text("utf-8")).get("eventwire", {}))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {str(path)!r} is not valid TOML: {exc}") from exc


def _from_environment() -> dict[str, Any]:
    found = {}
    for setting in SETTINGS:
        value = os.environ.get(f"EVENTWIRE_{setting.name.upper()}")
        if value is not None:
            found[setting.name] = value
    return found


def _coerce(name: str, value: Any) -> Any:
    default = next(s.default for s in SETTINGS if s.name == name)
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting {name!r} must be an integer, got {value!r}") from exc
    return str(value)
