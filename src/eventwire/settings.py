"""Settings, declared once: each field of ``Settings`` with its default, help and range.

``SETTINGS``, the table of name, default, help and accepted range that the validation,
the README test and the CLI read, is derived from the fields, and every module takes its
defaults from ``DEFAULTS`` (``DEFAULTS.merge_window_days``), so no default is written twice.

Layers, later ones winning: the defaults below, a TOML file (``eventwire.toml`` in the
working directory, or the file named by ``EVENTWIRE_CONFIG``), environment variables
(``EVENTWIRE_<NAME>`` in upper case), then explicit arguments (CLI flags).

Every value is checked against its declaration, whatever layer it comes from: its type,
and for numbers the range that makes sense (``batch_size = 0`` would store articles with
no events found, and a later correct run would skip them as known). A bad value is a
``ConfigError`` naming the setting, the value and what is expected.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError

MEGABYTE = 1024 * 1024
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
FALSE_WORDS = frozenset({"0", "false", "no", "off"})


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    minimum: float | None = None  # for numbers: the smallest and largest value accepted
    maximum: float | None = None
    required: bool = False  # for strings: must not be empty


def _setting(default: Any, help: str, minimum: float | None = None, maximum: float | None = None, required: bool = False) -> Any:
    """A field of ``Settings``: its default, and the rest of its declaration as metadata."""
    return field(default=default, metadata={"help": help, "minimum": minimum, "maximum": maximum, "required": required})


@dataclass(frozen=True)
class Settings:
    db: str = _setting("eventwire.db", "SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...)", required=True)
    workers: int = _setting(1, "worker processes that parse and analyse articles", minimum=1, maximum=256)
    batch_size: int = _setting(128, "paragraphs per spaCy nlp.pipe batch", minimum=1, maximum=100_000)
    max_input_mb: int = _setting(20, "inputs larger than this many megabytes are rejected", minimum=1, maximum=4096)
    spacy_model: str = _setting("", "spaCy pipeline to load; empty picks en_core_web_sm, then its PyPI copy")
    merge_window_days: int = _setting(14, "territory reports this many days apart may describe one event", minimum=0, maximum=366)
    follow_symlinks: bool = _setting(False, "read files that symbolic links in an input folder point to outside it")
    min_confidence: float = _setting(0.8, "outputs list only the ACLED-typed events at least this sure (0 lists every event)", minimum=0.0, maximum=1.0)
    min_interaction_confidence: float = _setting(
        0.7, "outputs list only the political interactions at least this sure (0 lists every one)", minimum=0.0, maximum=1.0
    )

    @property
    def max_input_bytes(self) -> int:
        return self.max_input_mb * MEGABYTE

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


SETTINGS: tuple[Setting, ...] = tuple(Setting(f.name, f.default, **f.metadata) for f in fields(Settings))
SETTING_NAMES = frozenset(s.name for s in SETTINGS)
DEFAULTS = Settings()


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
    """``value`` as the type of the setting ``name``, checked against its declared range."""
    setting = next(s for s in SETTINGS if s.name == name)
    if isinstance(setting.default, bool):
        return _as_bool(name, value)
    if isinstance(setting.default, int):
        return _in_range(setting, _as_int(name, value))
    if isinstance(setting.default, float):
        return _in_range(setting, _as_float(name, value))
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ConfigError(f"setting {name!r} must be a string, got {value!r}")
    text = str(value)
    if setting.required and not text.strip():
        raise ConfigError(f"setting {name!r} must not be empty")
    return text


def _as_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS | FALSE_WORDS:
        return word in TRUE_WORDS
    raise ConfigError(f"setting {name!r} must be true or false, got {value!r}")


def _as_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ConfigError(f"setting {name!r} must be an integer, got {value!r}")
    try:
        return int(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ConfigError(f"setting {name!r} must be an integer, got {value!r}") from exc


def _as_float(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise ConfigError(f"setting {name!r} must be a number, got {value!r}")
    try:
        number = float(value.strip() if isinstance(value, str) else value)
    except (TypeError, ValueError, OverflowError) as exc:
        raise ConfigError(f"setting {name!r} must be a number, got {value!r}") from exc
    if number != number:
        raise ConfigError(f"setting {name!r} must be a number, got {value!r}")
    return number


N = TypeVar("N", int, float)


def _in_range(setting: Setting, value: N) -> N:
    low = setting.minimum if setting.minimum is not None else value
    high = setting.maximum if setting.maximum is not None else value
    if not low <= value <= high:
        raise ConfigError(f"setting {setting.name!r} must be between {setting.minimum} and {setting.maximum}, got {value}")
    return value


def cut_offs(min_confidence: float | None, min_interaction_confidence: float | None) -> tuple[float, float]:
    """The outputs' cut-offs for ACLED-typed events and for political interactions from the flags
    given: one flag alone sets both (``--min-confidence 0`` lists everything); none, the defaults."""
    if min_confidence is None and min_interaction_confidence is None:
        return DEFAULTS.min_confidence, DEFAULTS.min_interaction_confidence
    events = min_confidence if min_confidence is not None else DEFAULTS.min_confidence
    return events, min_interaction_confidence if min_interaction_confidence is not None else events
