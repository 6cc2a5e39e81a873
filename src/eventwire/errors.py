"""Exceptions raised by eventwire.

::

    EventwireError                 every error eventwire raises on purpose
    ├── ConfigError (E1xx)         bad settings, paths or arguments: exit code 2
    ├── InputError (E2xx)          one input cannot be read; becomes a Rejected record
    └── StoreError (E3xx)          the store cannot be opened or migrated

An ``InputError`` never stops a run: the pipeline turns it into a ``Rejected`` record
naming the file, the stage and the reason, and goes on with the other inputs.
Messages name the bad value and what was expected.
"""

from __future__ import annotations


class EventwireError(Exception):
    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ConfigError(EventwireError):
    code = "E100"


class InputError(EventwireError):
    """One input could not be read. ``stage`` says where it failed."""

    code = "E200"

    def __init__(self, reason: str, stage: str = "ingest") -> None:
        super().__init__(reason)
        self.reason = reason
        self.stage = stage


class StoreError(EventwireError):
    code = "E300"
