"""What a benchmark hands back: a table, the targets it was judged on, and notes; plus the statistics used."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    """One target: `measured <= limit` (or `>=` when `higher_is_better`), and what was done about a miss."""

    name: str
    measured: float
    limit: float
    unit: str = ""
    higher_is_better: bool = False
    fix_tried: str = ""

    @property
    def met(self) -> bool:
        return self.measured >= self.limit if self.higher_is_better else self.measured <= self.limit

    def verdict(self) -> str:
        """`met`, or by how much the target was missed (and by what share of the limit, unless that is 0)."""
        if self.met:
            return "met"
        gap = abs(self.measured - self.limit)
        if not self.limit:
            return f"missed by {gap:.3g}{self.unit}"
        side = "under" if self.higher_is_better else "over"
        return f"missed by {gap:.3g}{self.unit} ({gap / abs(self.limit):.0%} {side} the limit)"


@dataclass
class Section:
    """One benchmark's report."""

    title: str
    method: str
    columns: list[str]
    rows: list[list[str]]
    targets: list[Target] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra_tables: list[tuple[str, list[str], list[list[str]]]] = field(default_factory=list)
    data: dict[str, object] = field(default_factory=dict)


def mean(values: Sequence[float]) -> float:
    return float(statistics.fmean(values))


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = (len(ordered) - 1) * q / 100
    low = math.floor(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def p95(values: Sequence[float]) -> float:
    return percentile(values, 95)
