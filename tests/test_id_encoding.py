"""Hostile ids reach exactly the declared path, as one percent-encoded segment (a query id: exactly its query
parameter), and an empty id is refused before any request. No network: httpx.MockTransport answers."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, unquote

import httpx
import pytest

from tests.doubles.endpoints import MODES, Job, jobs, packages
from tests.doubles.standin import answers, scenarios

PACKAGE = packages()
HELPERS = jobs()
ENDPOINTS = jobs()

HOSTILE = {
    "dot-dot-slash": "../x",
    "dot-dot": "..",
    "dot": ".",
    "query-and-fragment": "a/b?c#d",
    "ten-thousand-chars": "x" * 10_000,
    "non-ascii": "vidéo-日本語-🎬",
    "encoded-slash": "%2F",
    "double-encoded": "..%2F..%2Fv2%2Fuser",
    "spaces-and-plus": "a b+c&job_id=other",
}


class Recorder:
    """A MockTransport that answers every GET with the job's success body."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.answer)

    def answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        status, body = answers.task_body(self.job, "echo", scenarios.SUCCESS)
        return httpx.Response(status, json=body)


def _client(provider: str, recorder: Recorder) -> Any:
    return PACKAGE[provider].create_client(
        "k", base_url="https://api.example.test", httpx_args={"transport": recorder.transport}
    )


def _assert_reached_only(endpoint: Job, request: httpx.Request, task_id: str) -> None:
    raw = request.url.raw_path.decode("ascii")
    assert request.url.host == "api.example.test"
    if endpoint.kind.query_id:
        path, _, query = raw.partition("?")
        assert path == endpoint.status.spec_path
        assert parse_qs(query, keep_blank_values=True) == {endpoint.kind.id_param: [task_id]}
        return
    prefix = endpoint.status.spec_path.rsplit("/", 1)[0] + "/"
    assert raw.startswith(prefix)
    segment = raw[len(prefix) :]
    assert not set("/?#") & set(segment)
    assert segment not in (".", "..")
    assert unquote(segment) == task_id
    assert request.url.fragment == ""


@pytest.mark.parametrize("task_id", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_generated_call_sends_the_id_as_one_segment(endpoint: Job, task_id: str) -> None:
    recorder = Recorder(endpoint)
    endpoint.fetch("sync_detailed", _client(endpoint.provider.key, recorder), task_id)
    (request,) = recorder.requests
    _assert_reached_only(endpoint, request, task_id)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("task_id", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("helper", HELPERS, ids=str)
def test_wait_helper_sends_the_id_as_one_segment(helper: Job, task_id: str, mode: str) -> None:
    recorder = Recorder(helper)
    helper.run(mode, _client(helper.provider.key, recorder), task_id)
    (request,) = recorder.requests
    _assert_reached_only(helper, request, task_id)


@pytest.mark.parametrize("task_id", ["", "   "], ids=["empty", "blank"])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("helper", HELPERS, ids=str)
def test_wait_helper_refuses_an_empty_id_before_any_request(helper: Job, mode: str, task_id: str) -> None:
    recorder = Recorder(helper)
    with pytest.raises(helper.package.InvalidArgumentError):
        helper.run(mode, _client(helper.provider.key, recorder), task_id)
    assert recorder.requests == []


PATH_ENDPOINTS = [e for e in ENDPOINTS if not e.kind.query_id]
QUERY_ENDPOINTS = [e for e in ENDPOINTS if e.kind.query_id]


@pytest.mark.parametrize("form", ["sync_detailed", "asyncio_detailed"])
@pytest.mark.parametrize("endpoint", PATH_ENDPOINTS, ids=str)
def test_generated_call_refuses_an_empty_path_id_before_any_request(endpoint: Job, form: str) -> None:
    recorder = Recorder(endpoint)
    with pytest.raises(endpoint.package.InvalidArgumentError):
        endpoint.fetch(form, _client(endpoint.provider.key, recorder), "")
    assert recorder.requests == []


@pytest.mark.parametrize("endpoint", QUERY_ENDPOINTS, ids=str)
def test_generated_call_refuses_an_empty_query_id_before_any_request(endpoint: Job) -> None:
    recorder = Recorder(endpoint)
    with pytest.raises(endpoint.package.InvalidArgumentError):
        endpoint.fetch("sync_detailed", _client(endpoint.provider.key, recorder), "")
    assert recorder.requests == []
