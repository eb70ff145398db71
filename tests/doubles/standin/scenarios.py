"""What the stand-in answers on the n-th GET of one task, chosen by the id's prefix.

The prefix is the text before the first '-' (or the whole id). An id whose prefix names no scenario (the specs'
own example ids, `video_123456`) gets the operation's documented example exactly as the docs give it.

Every poll counts, faults included: `ratelimited-x` answers 429 on poll 1 and success on poll 2.
`after<N>` answers non-terminal on polls 1..N-1 and success on poll N (`after1` is `done`).
`code<C>` answers the provider's error with code C (one of its provider.yaml `errors`) on every poll: a
business code in an envelope (`code18025-x`), an HTTP-like code (`code403-x`) or an error string
(`codevideo_too_long-x`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Phases of a task (bodies built in standin.providers) and faults (answers that are not a task).
PENDING, WORKING, UNKNOWN = "pending", "working", "unknown"
SUCCESS, FAILED, CANCELLED, DOCUMENTED = "success", "failed", "cancelled", "documented"
RATE_LIMITED, UNAVAILABLE, HTML, NOT_FOUND, NO_CREDIT, RESET, CODE = (
    "ratelimited",
    "unavailable",
    "html",
    "notfound",
    "nocredit",
    "reset",
    "code",
)
FAULTS = frozenset({RATE_LIMITED, UNAVAILABLE, HTML, NOT_FOUND, NO_CREDIT, RESET, CODE})

UNLISTED_STATUS = "rendering"
"""The status the `unknown` scenario sends: listed in no spec."""

# Per scenario: the answer for polls 1, 2, ...; the last entry repeats for every later poll.
SEQUENCES: dict[str, tuple[str, ...]] = {
    "progress": (PENDING, WORKING, SUCCESS),
    "done": (SUCCESS,),
    "failed": (PENDING, FAILED),
    "cancelled": (PENDING, CANCELLED),
    "never": (WORKING,),
    "unknown": (UNKNOWN, SUCCESS),
    "ratelimited": (RATE_LIMITED, SUCCESS),
    "flaky": (UNAVAILABLE, SUCCESS),
    "html": (HTML, SUCCESS),
    "notfound": (NOT_FOUND,),
    "nocredit": (NO_CREDIT,),
    "reset": (RESET, SUCCESS),
}

_AFTER = re.compile(r"after(\d+)")
_CODE = re.compile(r"code(.+)")


@dataclass(frozen=True)
class Step:
    """One answer: a task phase or a fault; `code` is set for the `code<C>` scenario."""

    kind: str
    code: str | None = None


def prefix_of(task_id: str) -> str:
    return task_id.split("-", 1)[0]


def step(task_id: str, poll: int) -> Step:
    """The answer to poll number `poll` (from 1) of the task `task_id`."""
    prefix = prefix_of(task_id)
    if match := _AFTER.fullmatch(prefix):
        return Step(SUCCESS if poll >= int(match.group(1)) else WORKING)
    if match := _CODE.fullmatch(prefix):
        return Step(CODE, match.group(1))
    sequence = SEQUENCES.get(prefix, (DOCUMENTED,))
    return Step(sequence[min(poll, len(sequence)) - 1])
