"""A virtual clock for the wait helpers: sleeping advances it, nothing really sleeps.

Every package reads `<pkg>.lib._core.clock.DEFAULT` at call time, so `installed()` swaps it in all three
packages for the duration of a `with` block.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from contextlib import contextmanager

from .endpoints import PACKAGES


class VirtualClock:
    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


@contextmanager
def installed(clock: VirtualClock) -> Iterator[VirtualClock]:
    modules = [importlib.import_module(f"{name}.lib._core.clock") for name in PACKAGES]
    saved = [module.DEFAULT for module in modules]
    for module in modules:
        module.DEFAULT = clock
    try:
        yield clock
    finally:
        for module, before in zip(modules, saved, strict=True):
            module.DEFAULT = before
