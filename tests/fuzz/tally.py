"""The rule every fuzz input is held to, and the count of inputs and outcomes that `make fuzz` prints.

The rule: a public call on any server input ends in a return value (a model, or None) or in one of the
package's documented errors, never another exception and never a hang; and where the input determines the
error class, in exactly that class. What each input calls for is derived from the provider registry
(provider.yaml's envelope and documented error codes, jobs.yaml's statuses), the spec (is the operation's
success JSON?) and the README's retry table, never from a provider's name. For an operation whose success is
JSON, the body decides, whatever the Content-Type it is labelled with:

    2xx, body not JSON                          MalformedResponseError
    2xx, `code` envelope without its integer code, or `plain` JSON that is not an object
                                                MalformedResponseError
    2xx, `code` envelope saying failure         the class provider.yaml maps the code to; ApiError when the
                                                code is undocumented
    2xx, the provider's success                 a model (or None), or MalformedResponseError where a field
                                                does not match the schema
    not 2xx, a documented code in the body      the class provider.yaml maps it to (a `code` envelope that
    (the envelope not saying success)           says success names no error: the status decides)
    429                                         RateLimitError
    500-599                                     ServerError
    `plain` envelope, a status whose documented errors all raise one class (401, 404, 415, ...)
                                                that class
    any other status (1xx, 3xx, 600+, a status the provider documents no single class for)
                                                any ApiError                                    [fallback]
    2xx to an operation whose success is not JSON (a download)
                                                a value or any SDKError                         [fallback]
    a wait on an answer that repeats            a retried class (RateLimitError, ServerError,
                                                MalformedResponseError) or a task that never reaches a
                                                terminal status: WaitTimeoutError; a class not retried
                                                (Authentication, PermissionDenied, NotFound, BadRequest,
                                                InsufficientCredit): that class at once; the task at its
                                                success status: the task; at a failure status:
                                                TaskFailedError (TaskCancelledError when cancelled); a plain
                                                ApiError: it or WaitTimeoutError (retried by its status)

Only the rows marked [fallback] accept any class of a family, because the class depends on details the input
does not fix (the runtime's generic status table; how a download is read); the tally counts, per operation,
how many inputs had their class checked. An outcome outside the rule is counted and raised, so hypothesis
shrinks it to a minimal example.
"""

from __future__ import annotations

import importlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from registry import Envelope, Provider
from tests.doubles.endpoints import Job, Operation
from tests.doubles.schemas import declared, success

from .bodies import Scripted

RETRIED = frozenset({"RateLimitError", "ServerError", "MalformedResponseError"})
"""Retried by the wait helpers (README: "retried", "retried while waiting")."""
NOT_RETRIED = frozenset(
    {"AuthenticationError", "PermissionDeniedError", "NotFoundError", "BadRequestError", "InsufficientCreditError"}
)
"""Raised by the wait helpers at once (README: "not retried")."""

TRIED: Counter[str] = Counter()
STRICT: Counter[str] = Counter()
OUTSIDE: Counter[str] = Counter()
WRONG_CLASS: Counter[str] = Counter()


@dataclass(frozen=True)
class Expected:
    """What one call may end in for one input."""

    value: bool = False
    """A return value (a model, or None) is allowed."""
    classes: tuple[str, ...] = ()
    """Error classes allowed, each exactly (not their subclasses)."""
    family: str | None = None
    """Any subclass of this class is allowed too: the class depends on details the input does not fix."""
    why: str = ""

    @property
    def strict(self) -> bool:
        """The error class is checked, not only "some documented error"."""
        return self.family is None

    def admits(self, package: Any, outcome: object) -> bool:
        if not isinstance(outcome, BaseException):
            return self.value
        if type(outcome).__name__ in self.classes and isinstance(outcome, package.SDKError):
            return True
        return self.family is not None and isinstance(outcome, getattr(package, self.family))

    def __str__(self) -> str:
        allowed = [*(["a return value"] if self.value else []), *self.classes]
        if self.family is not None:
            allowed.append(f"any {self.family}")
        return f"{' or '.join(allowed)} ({self.why})"


class OutsideRule(AssertionError):
    """A call ended in something its input does not allow."""


def within_rule(key: str, package: Any, call: Callable[[], Any], expected: Expected) -> Any:
    """Run one public call on one input; returns its value or the documented error it raised."""
    TRIED[key] += 1
    if expected.strict:
        STRICT[key] += 1
    try:
        outcome = call()
    except package.SDKError as error:
        outcome = error
    except BaseException:
        OUTSIDE[key] += 1
        raise
    if not expected.admits(package, outcome):
        OUTSIDE[key] += 1
        WRONG_CLASS[key] += 1
        got = f"{type(outcome).__name__}: {outcome}" if isinstance(outcome, BaseException) else repr(outcome)[:200]
        raise OutsideRule(f"{key}: expected {expected}, got {got}") from (
            outcome if isinstance(outcome, BaseException) else None
        )
    return outcome


def summary_lines() -> list[str]:
    header = (
        f"{'property / operation':<56} {'inputs':>8} {'class checked':>14} {'outside rule':>13} {'wrong class':>12}"
    )
    lines = [header]
    for key in sorted(TRIED):
        lines.append(f"{key:<56} {TRIED[key]:>8} {STRICT[key]:>14} {OUTSIDE[key]:>13} {WRONG_CLASS[key]:>12}")
    totals = (sum(TRIED.values()), sum(STRICT.values()), sum(OUTSIDE.values()), sum(WRONG_CLASS.values()))
    lines.append(f"{'total':<56} {totals[0]:>8} {totals[1]:>14} {totals[2]:>13} {totals[3]:>12}")
    return lines


# --- what each input calls for -------------------------------------------------------------------------------

NOT_JSON = object()


def decoded(body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return NOT_JSON


def provider_code(envelope: Envelope, payload: Any) -> int | str | None:
    """The provider's own code in a body: a `code` envelope's integer code, a `plain` body's first text field
    among its code fields (provider.yaml `envelope`)."""
    if not isinstance(payload, dict):
        return None
    for name in envelope.code_fields:
        value = payload.get(name)
        if envelope.kind == "code" and isinstance(value, int) and not isinstance(value, bool):
            return value
        if envelope.kind == "plain" and isinstance(value, str):
            return value
    return None


def says_success(envelope: Envelope, payload: Any, code: int | str | None) -> bool:
    """A `code` envelope's own success: its success code, and its success flag `true` where it has one."""
    if envelope.kind != "code" or code != envelope.success_code:
        return False
    return envelope.success_flag is None or payload.get(envelope.success_flag) is True


def documented_class(provider: Provider, code: int | str | None) -> str | None:
    """The class provider.yaml maps a code to (the same type of code: 404 is not "404")."""
    if code is None:
        return None
    for entry in provider.errors:
        if type(entry.code) is type(code) and entry.code == code:
            return entry.error_class
    return None


def _status_class(provider: Provider, status: int) -> Expected:
    if status == 429:
        return Expected(classes=("RateLimitError",), why="HTTP 429")
    if 500 <= status <= 599:
        return Expected(classes=("ServerError",), why=f"HTTP {status}")
    if provider.envelope.kind == "plain":
        classes = {entry.error_class for entry in provider.errors if entry.http == status}
        if len(classes) == 1:
            (only,) = classes
            return Expected(classes=(only,), why=f"HTTP {status}: every documented error with it is {only}")
    return Expected(family="ApiError", why=f"HTTP {status}: no documented class for this status")


def expected_call(op: Operation, scripted: Scripted) -> Expected:
    """What a single call of `op` (any of its four forms) may end in when the server sends `scripted`."""
    provider, envelope = op.provider, op.provider.envelope
    payload = decoded(scripted.body)
    code = provider_code(envelope, payload) if payload is not NOT_JSON else None
    if 200 <= scripted.status < 300:
        documented = declared(op, success(op).status)
        if documented is None or not documented.is_json:
            return Expected(value=True, family="SDKError", why="a 2xx to an operation whose success is not JSON")
        if payload is NOT_JSON:
            return Expected(classes=("MalformedResponseError",), why="a 2xx body that is not JSON")
        if envelope.kind == "code":
            if code is None:
                return Expected(classes=("MalformedResponseError",), why="a 2xx body without the envelope's code")
            if not says_success(envelope, payload, code):
                cls = documented_class(provider, code)
                return Expected(
                    classes=(cls or "ApiError",),
                    why=f"a 2xx envelope with {'documented' if cls else 'undocumented'} code {code!r}",
                )
        elif not isinstance(payload, dict):
            return Expected(classes=("MalformedResponseError",), why="a 2xx body that is not a JSON object")
        return Expected(
            value=True,
            classes=("MalformedResponseError",),
            why="the provider's success: a model, unless a field is off",
        )
    if code is not None and not says_success(envelope, payload, code):
        cls = documented_class(provider, code)
        if cls is not None:
            return Expected(classes=(cls,), why=f"HTTP {scripted.status} with documented code {code!r}")
    return _status_class(provider, scripted.status)


def expected_wait(job: Job, first: object, call: Expected) -> Expected:
    """What a wait helper may end in when every poll gets the answer a single call got (`first`, which ended
    as `call` allowed)."""
    if isinstance(first, BaseException):
        name = type(first).__name__
        if not call.strict:
            return Expected(
                classes=("WaitTimeoutError",), family=call.family, why=f"a poll ends in {name}, retried or not"
            )
        if name in RETRIED and not answered_in_api_terms(first):
            # README "fail fast": a server that never once answered as the API does is given the client's retry
            # budget, not the whole deadline; whichever ends first ends the wait.
            return Expected(
                classes=(name, "WaitTimeoutError"), why=f"every poll ends in {name}: no answer of the API's"
            )
        if name in RETRIED:
            return Expected(classes=("WaitTimeoutError",), why=f"every poll ends in {name}, which is retried")
        if name in NOT_RETRIED:
            return Expected(classes=(name,), why=f"{name} is not retried")
        return Expected(classes=(name, "WaitTimeoutError"), why=f"{name}: retried or not by its status")
    task = _task(job, getattr(first, "parsed", None))
    found = [_for_status(job, status) for status in task_statuses(job, task)]
    return Expected(
        value=any(e.value for e in found),
        classes=tuple(dict.fromkeys(c for e in found for c in e.classes)),
        why="; ".join(e.why for e in found),
    )


def answered_in_api_terms(error: BaseException) -> bool:
    """Whether a failed poll still heard the API (a 429, or an error as a JSON object), as against no answer, a
    body that is not the documented shape, or an error page."""
    if type(error).__name__ == "RateLimitError":
        return True
    if type(error).__name__ == "MalformedResponseError":
        return False
    return isinstance(decoded(getattr(error, "body", b"") or b""), dict)


def _for_status(job: Job, status: str | None) -> Expected:
    if status is None:
        return Expected(classes=("WaitTimeoutError",), why="no task status in the answer: malformed, retried")
    if status in job.kind.success:
        return Expected(value=True, why=f"the task is at success status {status!r}")
    if status in job.kind.cancelled:
        return Expected(classes=("TaskCancelledError",), why=f"the task is at cancelled status {status!r}")
    if status in job.kind.failure:
        return Expected(classes=("TaskFailedError",), why=f"the task is at failure status {status!r}")
    return Expected(classes=("WaitTimeoutError",), why=f"status {status!r} is never terminal")


def task_statuses(job: Job, task: Any) -> tuple[str | None, ...]:
    """The status a task is at, as jobs.yaml defines it (None: no status). One status, except for a batch
    with negative counts, which the definition leaves open (both readings are allowed)."""
    if task is None:
        return (None,)
    if job.kind.field is not None:
        status = getattr(task, job.kind.field, None)
        if not isinstance(status, str):
            return (None,)
        value = getattr(status, "value", status)
        return (value if isinstance(value, str) else str(status),)
    # A batch (jobs.yaml `batch`): working (no terminal status) while any waiting count is above zero, then its
    # failure status when nothing succeeded, else its success status; counts that are missing or not whole
    # numbers give no status.
    batch = job.kind.batch or {}
    holder = getattr(task, str(batch["counts"]), None)
    found = [getattr(holder, str(name), None) for name in (*batch["waiting"], batch["succeeded"])]
    numbers = [n for n in found if isinstance(n, int) and not isinstance(n, bool)]
    if len(numbers) != len(found):
        return (None,)
    *waiting, succeeded = numbers
    working, done, failed = "processing", job.kind.success[0], job.kind.failure[0]
    if any(n > 0 for n in waiting):
        return (working,)
    ends = (done,) if succeeded > 0 else (failed,) if succeeded == 0 else (done, failed)
    return (working, *ends) if any(n < 0 for n in waiting) else ends


def _task(job: Job, parsed: Any) -> Any:
    """The task in a parsed answer, or None where there is no instance of the job's model there."""
    node = parsed
    for name in () if job.kind.task == "." else job.kind.task.split("."):
        node = getattr(node, name, None)
    model = getattr(importlib.import_module(f"{job.package.__name__}.models"), job.kind.model)
    return node if isinstance(node, model) else None
