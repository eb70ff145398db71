# Layered in by `make regen` from overlays/_core/exports.py: edit it there, never here.
"""The names every package exports at its top level besides its own wait helpers, so code moves between providers."""

from __future__ import annotations

from .client_factory import MissingApiKeyError, create_client
from .errors import *  # noqa: F403
from .errors import __all__ as _error_names
from .policy import PollPolicy

__all__ = ["MissingApiKeyError", "PollPolicy", "create_client", *_error_names]
