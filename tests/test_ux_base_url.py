"""Base URLs explained (issue 10, 10): a 404 names the URL requested and the server's own message, and when the
client's base URL has another path than the provider's default (the host only where the API lives under a
path, or a path where the spec's paths already carry it), it says what the base URL must contain."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.doubles.clock import FakeClock
from tests.doubles.endpoints import Job, jobs
from tests.doubles.standin.server import StandInServer

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}
EACH = pytest.mark.parametrize("job", list(FIRST_JOB.values()), ids=lambda job: job.provider.key)


def _wrong_base_url(job: Job, standin: StandInServer) -> str:
    right = standin.base_url(job.provider.key)
    origin = right.removesuffix(job.provider.base_path) if job.provider.base_path else right
    return origin if job.provider.base_path else origin + "/api"


@EACH
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_404_from_a_wrong_base_url_says_what_the_base_url_must_hold(
    job: Job, mode: str, standin: StandInServer, clock: FakeClock
) -> None:
    base = _wrong_base_url(job, standin)
    client = job.package.create_client("k", base_url=base, clock=clock)
    with pytest.raises(job.package.NotFoundError) as caught:
        job.run(mode, client, "done-1")
    error = caught.value
    text = str(error)
    assert error.status_code == 404 and error.url is not None and error.url.startswith(base)
    assert f"GET {error.url}" in text, "the URL requested"
    assert "no GET /" in text, "the server's own message"
    assert "check base_url" in text and job.provider.base_url_note.split()[0] in text
    assert job.provider.base_url in text, "the default base URL, to compare with"
    assert clock.sleeps == [], "a 404 is not retried"


@EACH
def test_a_404_with_the_default_path_has_no_base_url_hint(
    job: Job, make_client: Callable[..., Any], task_id: Callable[..., str]
) -> None:
    with pytest.raises(job.package.NotFoundError) as caught:
        job.run("sync", make_client(job.provider.key), task_id("notfound"))
    assert caught.value.hint is None
    assert "check base_url" not in str(caught.value)
    assert caught.value.url is not None and caught.value.url in str(caught.value)
