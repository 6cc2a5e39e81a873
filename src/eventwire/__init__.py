"""eventwire: noisy news articles about an armed conflict in, a sourced event dataset out.

The public API is small: ``run`` processes articles into a store and writes the outputs;
``load_settings`` resolves settings; the records in ``eventwire.models`` are what the
stages pass between them.
"""

from __future__ import annotations

__version__ = "0.1.0"

import logging
from typing import TYPE_CHECKING

from .errors import ConfigError, EventwireError, InputError, StoreError
from .models import RunSummary
from .settings import load_settings

logging.getLogger(__name__).addHandler(logging.NullHandler())  # a library logs; the application (the CLI) decides where to

if TYPE_CHECKING:
    from .pipeline import run


def __getattr__(name: str) -> object:
    """``run`` is imported on first use: the pipeline loads spaCy and SQLAlchemy, which a
    command such as ``eventwire --version`` never needs."""
    if name == "run":
        from .pipeline import run

        return run
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")


__all__ = ["ConfigError", "EventwireError", "InputError", "RunSummary", "StoreError", "__version__", "load_settings", "run"]
