"""How a wait reads a job out of an answer (the runtime's `task_at`, `field_status`, `batch_status`,
`failure_text`): the building blocks every job kind's helpers are rendered from (jobs.yaml `status:`), so a new
kind's wait reads its task right or wrongly through them. Each package renders its helpers at import, before
a test runs, so these are called here directly (killing the mutants `make mutate` found alive: docs/robustness.md).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from tests.doubles.endpoints import packages

CORES = {key: importlib.import_module(f"{package.__name__}.lib._core.waiting") for key, package in packages().items()}
EACH = pytest.mark.parametrize("waiting", list(CORES.values()), ids=list(CORES))


@dataclass
class Task:
    status: Any = None
    error: Any = None
    message: Any = None


@dataclass
class Envelope:
    data: Any = None


@dataclass
class Counts:
    queued: Any = 0
    running: Any = 0
    done: Any = 0


@dataclass
class Batch:
    counts: Any = None


@EACH
def test_the_task_is_read_where_the_kind_says_and_only_when_it_is_the_model(waiting: ModuleType) -> None:
    task = Task("running")
    assert waiting.task_at(".", Task)(task) is task
    assert waiting.task_at(".", Task)(Envelope(task)) is None
    assert waiting.task_at("data", Task)(Envelope(task)) is task
    assert waiting.task_at("data", Task)(Envelope(None)) is None, "null data is no task"
    assert waiting.task_at("data", Task)(Envelope({"status": "running"})) is None, "a wrong shape is no task"
    assert waiting.task_at("data", Task)(task) is None, "no such attribute is no task, not AttributeError"
    assert waiting.task_at("data.data", Task)(Envelope(Envelope(task))) is task
    assert waiting.task_at("data.data", Task)(Envelope(None)) is None


@EACH
def test_the_status_is_the_tasks_own_field(waiting: ModuleType) -> None:
    assert waiting.field_status("status")(Task("done")) == "done"
    assert waiting.field_status("error")(Task("done", error="boom")) == "boom"
    assert waiting.field_status("status")(Envelope()) is None, "a task without the field has no status"


@EACH
def test_a_batch_is_processing_while_any_is_waiting_then_failed_or_completed(waiting: ModuleType) -> None:
    status_of = waiting.batch_status("counts", ("queued", "running"), "done")
    assert status_of(Batch(Counts(queued=1))) == "processing"
    assert status_of(Batch(Counts(running=2, done=3))) == "processing"
    assert status_of(Batch(Counts(done=3))) == "completed"
    assert status_of(Batch(Counts())) == "failed", "nothing succeeded"
    assert status_of(Batch(Counts(queued=None))) is None, "counts that are not numbers give no status"
    assert status_of(Batch(Counts(done=True))) is None, "a boolean is not a count"
    assert status_of(Batch(None)) is None
    assert status_of(Task()) is None, "no counts at all"


@EACH
def test_a_failure_is_told_in_the_providers_own_words(waiting: ModuleType) -> None:
    describe = waiting.failure_text(("error", "message", "status.detail"), "no detail")
    assert describe(Task("failed", error="E42", message="render failed")) == "E42: render failed"
    assert describe(Task("failed", message="render failed")) == "render failed"
    assert describe(Task(Task(message="x"), error="", message=7)) == "no detail", "empty and non-text fields skipped"
    assert describe(Task(Envelope(), error="E1")) == "E1", "a dotted path that ends nowhere adds nothing"
    nested = Task(status=type("S", (), {"detail": "deep"})())
    assert describe(nested) == "deep"
