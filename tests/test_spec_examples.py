"""Every documented example in every spec parses through the generated models, and to_dict() gives it back;
so does each job's task with each status value its spec lists.

Whole examples are a response's `examples`; where a spec has none, the schema and property `example`s are
assembled into a full body (tests/doubles/standin/examples.py). Operations and job kinds come from the one table.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest

from registry import providers
from tests.doubles.compare import normalise
from tests.doubles.endpoints import Job, Operation, jobs, operations, status_enum
from tests.doubles.standin import examples


def _responses() -> list[tuple[Operation, str, dict[str, Any]]]:
    """(operation, status, media object) for every JSON response of every operation."""
    found = []
    for op in operations():
        for status, response in op.definition["responses"].items():
            media = (response.get("content") or {}).get("application/json")
            if media is not None and media.get("schema"):
                found.append((op, str(status), media))
    return found


def _examples() -> list[Any]:
    cases = []
    for op, status, media in _responses():
        document = examples.spec(op.provider.key)
        for name, value in examples.media_examples(document, media).items():
            cases.append(pytest.param(op, status, value, id=f"{op}-{status}-{name}"))
        assembled = examples.assemble(document, media["schema"])
        if assembled is not None:
            cases.append(pytest.param(op, status, assembled, id=f"{op}-{status}-assembled"))
    return cases


def _task_parent(job: Job, body: dict[str, Any]) -> dict[str, Any]:
    return body if job.kind.task == "." else body[job.kind.task]


def _status_cases() -> list[Any]:
    """The job's documented 2xx body with each status value its spec lists, in turn."""
    cases = []
    for job in jobs():
        document = examples.spec(job.provider.key)
        body = examples.response_example(document, job.status.definition)
        if job.kind.field is None:
            continue  # a batch reports counts, not a status
        for value in status_enum(job):
            changed = copy.deepcopy(body)
            _task_parent(job, changed)[job.kind.field] = value
            cases.append(pytest.param(job.status, "200", changed, id=f"{job}-{value}"))
    return cases


def _parse(op: Operation, status: str, body: Any) -> Any:
    client = op.package.client.Client(base_url="https://example.invalid")
    response = httpx.Response(int(status), json=body)
    return op.module._parse_response(client=client, response=response)


def test_every_spec_operation_has_a_generated_endpoint() -> None:
    declared = {(p.key, m, path) for p in providers() for path, m, _op in examples.operations(examples.spec(p.key))}
    generated = {(op.provider.key, op.method.lower(), op.spec_path) for op in operations()}
    assert declared == generated


def test_every_provider_documents_examples() -> None:
    ids = [case.id for case in _examples()]
    for p in providers():
        assert any(i.startswith(f"{p.key}.") for i in ids), p.key


@pytest.mark.parametrize(("op", "status", "body"), _examples() + _status_cases())
def test_example_parses_and_round_trips(op: Operation, status: str, body: Any) -> None:
    parsed = _parse(op, status, body)
    assert parsed is not None
    dumped = parsed.to_dict()
    assert normalise(dumped) == normalise(body)
    assert type(parsed).from_dict(dumped) == parsed
