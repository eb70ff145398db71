"""The package's logger, the standard library's: `logging.getLogger("<package>")` (`jogg_ai_client`, ...).

At DEBUG it records each request (method, URL without secrets, status, duration), each retry (its reason and
delay) and each poll (task id, status, next delay); at INFO, the end of each wait. Nothing is printed unless
the application configures logging, or sets `<PREFIX>_LOG=debug` (or `info`) in the environment
(`JOGG_LOG`, ...: the provider's prefix), which `create_client` reads to attach a handler to stderr.

No record carries the API key: URLs and headers go through redact.py, and the auth header is never logged.
"""

from __future__ import annotations

import logging
import os
from typing import TextIO

from .errors import PUBLIC_MODULE

logger = logging.getLogger(PUBLIC_MODULE)
"""The package's logger; its children are not used, so one name configures everything."""

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


class _EnvHandler(logging.StreamHandler[TextIO]):
    """The handler `<PREFIX>_LOG` attaches (marked, so it is attached once and can be told from the app's)."""


def configure_from_env(variable: str) -> int | None:
    """Attach a stderr handler at the level `variable` names (`debug`, `info`, ...), once; returns the level
    set, or None when the variable is unset or names no level (then nothing changes)."""
    level = LEVELS.get(os.environ.get(variable, "").strip().lower())
    if level is None:
        return None
    if not any(isinstance(handler, _EnvHandler) for handler in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter(FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
    return level
