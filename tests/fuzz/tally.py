"""Counts every fuzz input and every outcome outside the rule, for the summary `make fuzz` prints.

The rule: a public call on any server input ends in a model (or None) or in one of the package's documented
errors (SDKError). Anything else is counted and re-raised, so hypothesis shrinks it to a minimal example.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

TRIED: Counter[str] = Counter()
OUTSIDE: Counter[str] = Counter()


def within_rule(key: str, package: Any, call: Callable[[], Any], *, errors_allowed: bool = True) -> Any:
    """Run one public call on one input; `errors_allowed=False` where the input is valid and must parse."""
    TRIED[key] += 1
    try:
        return call()
    except package.SDKError as error:
        if not errors_allowed:
            OUTSIDE[key] += 1
            raise
        return error
    except BaseException:
        OUTSIDE[key] += 1
        raise


def summary_lines() -> list[str]:
    lines = [f"{'property / endpoint':<48} {'inputs':>8} {'outside rule':>13}"]
    for key in sorted(TRIED):
        lines.append(f"{key:<48} {TRIED[key]:>8} {OUTSIDE[key]:>13}")
    lines.append(f"{'total':<48} {sum(TRIED.values()):>8} {sum(OUTSIDE.values()):>13}")
    return lines
