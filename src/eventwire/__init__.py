"""eventwire: noisy news articles about an armed conflict in, a sourced event dataset out.

The public API is small: ``run`` processes articles into a store and writes the outputs;
``load_settings`` resolves settings; the records in ``eventwire.models`` are what the
stages pass between them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import ConfigError, EventwireError, InputError, StoreError  # noqa: E402
from .models import RunSummary  # noqa: E402
from .pipeline import run  # noqa: E402
from .settings import load_settings  # noqa: E402

__all__ = ["ConfigError", "EventwireError", "InputError", "RunSummary", "StoreError", "__version__", "load_settings", "run"]
