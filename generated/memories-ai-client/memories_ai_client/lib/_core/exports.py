# Layered in by `make regen` from overlays/runtime/exports.py: edit it there, never here.
"""The names every package exports at its top level besides its own wait helpers, so code moves between providers.

`__all__ += module.__all__` is the form type checkers follow, so these names type-check at the top level too.
"""

from __future__ import annotations

from . import errors
from .client_factory import MissingApiKeyError, create_client
from .errors import *  # noqa: F403
from .policy import PollPolicy

__all__ = ["MissingApiKeyError", "PollPolicy", "create_client"]
__all__ += errors.__all__
