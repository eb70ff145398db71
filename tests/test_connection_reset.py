"""A connection closed without an answer, against the live stand-in (a cassette cannot hold one)."""

from __future__ import annotations

import traceback

import pytest

from support.endpoints import ENDPOINTS
from support.helpers import HELPERS, MODES, PACKAGE
from support.recording import FAKE_KEY


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("helper", HELPERS, ids=str)
def test_wait_retries_after_a_reset_and_succeeds(helper, mode, standin, clock, task_id):
    client = helper.package.create_client(FAKE_KEY, base_url=standin.base_url(helper.provider))
    wanted = task_id("reset", mode)
    task = helper.run(mode, client, wanted)
    assert str(task.status) == helper.success
    assert standin.polls(helper.endpoint, wanted) == 2
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_single_call_retries_a_reset_within_max_retries(endpoint, standin, clock, task_id):
    client = PACKAGE[endpoint.provider].create_client(FAKE_KEY, base_url=standin.base_url(endpoint.provider))
    wanted = task_id("reset")
    response = endpoint.call("sync_detailed", client, wanted)
    assert response.status_code == 200
    assert standin.polls(endpoint.name, wanted) == 2


@pytest.mark.parametrize("form", ["sync_detailed", "asyncio_detailed"])
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_reset_without_retries_is_an_api_connection_error(endpoint, form, standin, clock, task_id):
    package = PACKAGE[endpoint.provider]
    client = package.create_client(FAKE_KEY, base_url=standin.base_url(endpoint.provider), max_retries=0)
    with pytest.raises(package.ApiConnectionError) as caught:
        endpoint.call(form, client, task_id("reset", form))
    assert FAKE_KEY not in "".join(traceback.format_exception(caught.value))
