"""Hypothesis profiles for the fuzz tests: `ci` (derandomized, a few hundred inputs per property) runs in
`make test`; `fuzz` (random, many more) runs in `make fuzz`, which prints the tally of inputs and outcomes."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, settings

from fuzz.tally import TRIED, summary_lines

_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
}
settings.register_profile("ci", max_examples=300, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=3000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TRIED:
        terminalreporter.write_sep("-", "fuzz inputs (rule: a model or a documented SDKError)")
        for line in summary_lines():
            terminalreporter.write_line(line)
