"""Every generated endpoint, in all four forms, answered through a cassette."""

from __future__ import annotations

import pytest

from support.endpoints import ENDPOINTS, FORMS

pytestmark = pytest.mark.vcr


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_endpoint_answers(endpoint, form, make_client, clock, task_id):
    wanted = task_id("done")
    result = endpoint.call(form, make_client(endpoint.provider), wanted)
    if form.endswith("_detailed"):
        assert result.status_code == 200
        assert result.content
        result = result.parsed
    body = result.to_dict()
    task = body if endpoint.provider == "viddyscribe" else body["data"]
    assert wanted in task.values()
    assert task["status"] in ("completed", "success", "done")
