"""The stand-in server itself: scenarios by id prefix, per-task state, creates that hand out scenario ids, errors
in each provider's documented format, keep-alive, and a clean stop. Every provider and job kind comes from the
registry and the one table, so a new one is covered here with no edit."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from registry import providers
from tests.doubles.endpoints import Job, Operation, jobs
from tests.doubles.standin import answers
from tests.doubles.standin import scenarios as sc
from tests.doubles.standin.server import WRONG_KEY, StandInServer

JOBS = pytest.mark.parametrize("job", jobs(), ids=str)
CREATES = [pytest.param(job, op, id=f"{job}-{op.name}") for job in jobs() for _create, op in job.creates]


@pytest.fixture(scope="module")
def server() -> Iterator[StandInServer]:
    with StandInServer() as running:
        yield running


def _headers(job: Job, key: str = "k") -> dict[str, str]:
    return {job.provider.auth_header: key}


def _poll(server: StandInServer, job: Job, task_id: str, key: str = "k") -> httpx.Response:
    if job.kind.query_id:
        url = server.base_url(job.provider.key) + job.status.spec_path
        return httpx.get(url, params={job.kind.id_param: task_id}, headers=_headers(job, key), timeout=5)
    path = job.status.spec_path.replace("{" + job.status.spec_path.rsplit("{", 1)[1], task_id)
    return httpx.get(server.base_url(job.provider.key) + path, headers=_headers(job, key), timeout=5)


def _status(job: Job, response: httpx.Response) -> str:
    body = response.json()
    task = body if job.kind.task == "." else body[job.kind.task]
    return str(job.status_of(task))


def test_base_urls_keep_each_providers_path(server: StandInServer) -> None:
    for p in providers():
        assert server.base_url(p.key) == f"http://127.0.0.1:{server.port}{p.base_path}"


@JOBS
def test_progress_advances_per_task(server: StandInServer, job: Job) -> None:
    wanted = f"progress-{job}"
    seen = [_status(job, _poll(server, job, wanted)) for _ in range(4)]
    assert seen == [*job.statuses.progression, job.statuses.success]
    assert server.polls(wanted) == 4


@JOBS
def test_fields_appear_in_the_phase_the_docs_give_them(job: Job) -> None:
    for phase in (sc.PENDING, sc.WORKING, sc.SUCCESS, sc.FAILED):
        _, body = answers.task_body(job, "t-1", phase)
        task = body if job.kind.task == "." else body[job.kind.task]
        for name in job.kind.result:
            assert (task.get(name) is not None) == (phase == sc.SUCCESS), (phase, name)
        for name in job.kind.progress:
            assert (task.get(name) is not None) == (phase == sc.WORKING), (phase, name)
        for dotted in job.kind.failure_text:
            present = task.get(dotted.split(".", 1)[0]) is not None
            assert present == (phase == sc.FAILED), (phase, dotted)


@JOBS
def test_after_n_is_non_terminal_until_the_nth_poll(server: StandInServer, job: Job) -> None:
    wanted = f"after3-{job}"
    seen = [_status(job, _poll(server, job, wanted)) for _ in range(4)]
    assert seen == [job.statuses.working] * 2 + [job.statuses.success] * 2


@JOBS
def test_wrong_key_gets_the_providers_authentication_error(server: StandInServer, job: Job) -> None:
    wanted = f"done-wrongkey-{job}"
    answer = _poll(server, job, wanted, key=WRONG_KEY)
    entry = job.provider.error("AuthenticationError")
    assert answer.status_code == entry.http
    assert answer.json() == answers.error_body(job.provider, entry)
    assert server.polls(wanted) == 0


@JOBS
def test_rate_limit_then_success(server: StandInServer, job: Job) -> None:
    wanted = f"ratelimited-{job}"
    first = _poll(server, job, wanted)
    entry = job.provider.error("RateLimitError")
    assert (first.status_code, first.headers["Retry-After"]) == (entry.http, "1")
    assert first.json() == answers.error_body(job.provider, entry)
    assert _status(job, _poll(server, job, wanted)) == job.statuses.success


@pytest.mark.parametrize(("job", "op"), CREATES)
def test_create_hands_out_an_id_for_the_requested_scenario(server: StandInServer, job: Job, op: Operation) -> None:
    url = server.base_url(job.provider.key) + op.spec_path
    headers = {**_headers(job), answers.SCENARIO_HEADER: "failed"}
    created = httpx.request(op.method, url, json={}, headers=headers, timeout=5)
    assert 200 <= created.status_code < 300
    new_id = server.created[-1]
    assert new_id.startswith("failed-")
    assert new_id in created.text
    assert [_status(job, _poll(server, job, new_id)) for _ in range(2)][-1] == job.statuses.failed


def test_unknown_paths_and_methods(server: StandInServer) -> None:
    job = jobs()[0]
    base = server.base_url(job.provider.key)
    assert httpx.get(base + "/no/such/path", headers=_headers(job), timeout=5).status_code == 404
    known = job.status.spec_path.replace("{", "").replace("}", "")
    assert httpx.request("PATCH", base + known, headers=_headers(job), timeout=5).status_code == 405


def test_requests_are_recorded_with_raw_path_and_headers(server: StandInServer) -> None:
    job = next(j for j in jobs() if not j.kind.query_id)
    _poll(server, job, "a%2Fb-st7")
    seen = [r for r in server.requests if "st7" in r.path]
    assert seen[-1].method == "GET"
    assert seen[-1].path.endswith("/a%2Fb-st7")
    assert seen[-1].headers[job.provider.auth_header] == "k"


def test_keep_alive_reuses_one_connection_for_many_requests() -> None:
    job = jobs()[0]
    with StandInServer() as server, httpx.Client(headers=_headers(job)) as client:
        for _ in range(5):
            assert client.get(server.base_url(job.provider.key) + "/" + "x").status_code in (404, 200)
        assert len(server.requests) == 5
        assert server.connections_opened == 1


def test_stops_promptly_with_idle_keep_alive_connections_open() -> None:
    job = jobs()[0]
    server = StandInServer().start()
    client = httpx.Client(headers=_headers(job))
    url = server.base_url(job.provider.key) + "/x"
    client.get(url)
    thread = server._thread
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 2
    assert thread is not None and not thread.is_alive()
    with pytest.raises(httpx.TransportError):
        client.get(url)
    client.close()
