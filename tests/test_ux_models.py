"""Results typed as users use them (issue 10, 7): in a response model, a field the answer did not carry reads
None (typed `X | None`), never the `Unset` sentinel; request models keep `Unset`, where leaving a field out
differs from sending null; `to_dict` still omits what was absent and gives a null back as a null, so round
trips stay exact; no repr prints `<...Unset object at 0x...>`.

Which models are request models is found here from the generated endpoint functions (the type of each `body`
argument, and every model nested in it), not from the templates' own reckoning."""

from __future__ import annotations

import copy
import inspect
import sys
import typing
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

from tests.doubles.endpoints import Job, jobs, operations, packages
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc

PACKAGES = packages()


def _namespace(package: ModuleType, cls: type) -> dict[str, Any]:
    models = sys.modules[f"{package.__name__}.models"]
    types = sys.modules[f"{package.__name__}.types"]
    return {**vars(types), **vars(models), **vars(sys.modules[cls.__module__])}


def hints(package: ModuleType, cls: Any) -> dict[str, Any]:
    return typing.get_type_hints(cls, globalns=_namespace(package, cls))


def _models_in(annotation: Any) -> set[type]:
    found: set[type] = set()
    for arg in typing.get_args(annotation) or (annotation,):
        if inspect.isclass(arg) and attrs.has(arg):
            found.add(arg)
        elif typing.get_args(arg):
            found |= _models_in(arg)
    return found


def request_models(key: str) -> set[type]:
    package = PACKAGES[key]
    todo: set[type] = set()
    for op in operations():
        if op.provider.key == key and op.takes_body:
            namespace = {**vars(op.module)}
            annotation = typing.get_type_hints(op.module.sync_detailed, globalns=namespace)["body"]
            todo |= _models_in(annotation)
    seen: set[type] = set()
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, annotation in hints(package, cls).items():
            if name != "additional_properties":
                todo |= _models_in(annotation)
    return seen


def all_models(key: str) -> set[type]:
    models = sys.modules[f"{PACKAGES[key].__name__}.models"]
    return {getattr(models, name) for name in models.__all__ if attrs.has(getattr(models, name))}


def _has_unset(package: ModuleType, annotation: Any) -> bool:
    return any(arg is package.types.Unset for arg in typing.get_args(annotation))


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_response_models_read_none_for_absent_fields(key: str) -> None:
    package = PACKAGES[key]
    sent = request_models(key)
    responses = all_models(key) - sent
    assert responses, "no response model: the test proves nothing"
    problems = []
    for cls in sorted(responses, key=lambda c: c.__name__):
        types = hints(package, cls)
        for field in attrs.fields(cls):
            if not field.init:
                continue
            if _has_unset(package, types[field.name]):
                problems.append(f"{cls.__name__}.{field.name}: {types[field.name]}")
            elif field.default is not attrs.NOTHING and type(None) not in typing.get_args(types[field.name]):
                problems.append(f"{cls.__name__}.{field.name}: optional but not `| None`")
    assert problems == []


@pytest.mark.parametrize("key", sorted(PACKAGES), ids=str)
def test_request_models_keep_unset_and_their_repr_leaves_it_out(key: str) -> None:
    package = PACKAGES[key]
    sent = request_models(key)
    optional = [
        cls for cls in sent if any(_has_unset(package, annotation) for annotation in hints(package, cls).values())
    ]
    if not sent:
        pytest.skip("no operation of this package sends a model")
    assert optional, "request models have optional fields left as Unset"
    for cls in optional:
        required = {f.name: None for f in attrs.fields(cls) if f.init and f.default is attrs.NOTHING}
        shown = repr(cls(**required))
        assert "Unset object" not in shown and "UNSET" not in shown, shown
        assert shown.startswith(f"{cls.__name__}(")


def _task(job: Job, body: Any) -> Any:
    return job.task_of(job.status.module._parse_response(client=None, response=httpx.Response(200, json=body)))


def _parent(job: Job, body: Any) -> Any:
    return body if job.kind.task == "." else body[job.kind.task]


@pytest.mark.parametrize("job", jobs(), ids=str)
def test_a_task_without_its_optional_fields_reads_none_and_round_trips(job: Job) -> None:
    """The documented task with each field it carries taken out in turn (the optional ones parse), then one of
    them sent as null."""
    _, body = answers.task_body(job, "task-1", sc.SUCCESS)
    full = _task(job, body)
    fields = [f.name for f in attrs.fields(type(full)) if f.init]
    found = []
    for key in list(_parent(job, body)):
        absent = copy.deepcopy(body)
        del _parent(job, absent)[key]
        try:
            task = _task(job, absent)
        except (KeyError, TypeError, ValueError):
            continue  # a required field
        assert "Unset" not in repr(task)
        assert key not in task.to_dict(), "what was absent stays absent"
        assert type(task).from_dict(task.to_dict()) == task
        gone = [name for name in fields if getattr(full, name) is not None and getattr(task, name) is None]
        if gone:
            assert len(gone) == 1, f"{key}: {gone}"
            found.append((key, gone[0]))
        else:  # the documented task sends it as null: parsed None, and given back as null
            assert full.to_dict()[key] is None
    for key, name in found:
        nulled = copy.deepcopy(body)
        _parent(job, nulled)[key] = None
        try:
            task = _task(job, nulled)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # a field whose type refuses null (an enum, a nested model): malformed, as before
        assert getattr(task, name) is None
        assert task.to_dict()[key] is None, "a null comes back as a null"
        assert type(task).from_dict(task.to_dict()).to_dict() == task.to_dict()
