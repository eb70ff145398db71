"""Hypothesis profiles for the fuzz tests: `ci` (derandomized, the same inputs every run) runs in `make test`;
`fuzz` (random, many more) runs in `make fuzz`, which prints the tally of inputs and outcomes.

`mutate` (derandomized, 10 inputs) is what `make mutate` runs: a mutant that survives runs every test that reaches
its function, and at 80 inputs the fuzz properties alone cost a survivor of the wait loop about half a minute.

`ci` is sized for time, not thoroughness: every operation of every spec and every job kind gets its own
properties, so the total grows with the specs. At 80 inputs per property the passing tests cost 0.13-0.28 s
each on a 2-core machine, so tests/fuzz takes about 31 s for 58 operations and 13 job kinds
(docs/robustness.md), about 0.5 s more per new operation.
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
settings.register_profile("ci", max_examples=80, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("fuzz", max_examples=3000, **_COMMON)
settings.register_profile("mutate", max_examples=10, derandomize=True, print_blob=True, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if TRIED:
        terminalreporter.write_sep(
            "-", "fuzz inputs (rule: a model, or the documented error class the input calls for)"
        )
        for line in summary_lines():
            terminalreporter.write_line(line)
