"""Permanent failures end a wait after exactly one request: a wrong key, an unknown task, no credit."""

from __future__ import annotations

import pytest

from support.helpers import HELPERS, MODES
from support.request_log import RequestLog

pytestmark = pytest.mark.vcr

ALL = pytest.mark.parametrize("helper", HELPERS, ids=str)
BOTH = pytest.mark.parametrize("mode", MODES)
NO_CREDIT = [h for h in HELPERS if h.provider in ("jogg", "memories")]


def _one_request_then(helper, mode, error_name, client_log, task):
    client, log = client_log
    with pytest.raises(getattr(helper.package, error_name)) as caught:
        helper.run(mode, client, task)
    assert len(log) == 1
    return caught.value


@pytest.fixture
def logged(make_client):
    def make(provider, **kwargs):
        log = RequestLog()
        return make_client(provider, httpx_args={"transport": log}, **kwargs), log

    return make


@ALL
@BOTH
def test_wrong_key_raises_authentication_error_after_one_request(helper, mode, logged, clock, task_id):
    error = _one_request_then(
        helper, mode, "AuthenticationError", logged(helper.provider, api_key="wrong-key"), task_id("done")
    )
    assert clock.sleeps == []
    assert "wrong-key" not in str(error)


@ALL
@BOTH
def test_not_found_raises_after_one_request(helper, mode, logged, clock, task_id):
    error = _one_request_then(helper, mode, "NotFoundError", logged(helper.provider), task_id("notfound"))
    assert error.code == {"jogg": 10104, "viddyscribe": "not_found", "memories": 404}[helper.provider]
    assert clock.sleeps == []


@pytest.mark.parametrize("helper", NO_CREDIT, ids=str)
@BOTH
def test_no_credit_raises_after_one_request(helper, mode, logged, clock, task_id):
    error = _one_request_then(helper, mode, "InsufficientCreditError", logged(helper.provider), task_id("nocredit"))
    assert error.code == {"jogg": 18020, "memories": 402}[helper.provider]
    assert clock.sleeps == []
