"""Hypothesis profiles for the fuzz tests: `ci` (derandomized, the same inputs every run) runs in `make test`;
`fuzz` (random, many more) runs in `make fuzz`, which prints the tally of inputs and outcomes.

`ci` is sized for time, not thoroughness: every operation of every spec gets its own properties, so the total
grows with the specs. At 60 inputs per property the whole of tests/fuzz took about 10 s on 2 cores for the 5
operations the specs have today (docs/robustness.md), which extrapolates to well under a minute for 60.
"""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

from .tally import TRIED, summary_lines

_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}
settings.register_profile("ci", max_examples=100, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TRIED:
        terminalreporter.write_sep(
            "-", "fuzz inputs (rule: a model, or the documented error class the input calls for)"
        )
        for line in summary_lines():
            terminalreporter.write_line(line)
