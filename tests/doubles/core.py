"""The runtime core as tests drive it directly, one module at a time: every package carries the same core, so
the first package's copy stands for all (and `make mutate` tries a core mutant there first)."""

from __future__ import annotations

import importlib
from typing import Any

from .endpoints import packages

PACKAGE = next(iter(packages().values()))


def core(module: str) -> Any:
    """`lib._core.<module>` of PACKAGE."""
    return importlib.import_module(f"{PACKAGE.__name__}.lib._core.{module}")
