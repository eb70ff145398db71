"""Connection-pool and TLS options given to create_client reach the connections: httpx ignores them on a client
that has a transport, and every client from create_client has one (the retrying transport)."""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.doubles.endpoints import Job, jobs

FIRST_JOB = {job.provider.key: job for job in reversed(jobs())}


@pytest.mark.parametrize("job", FIRST_JOB.values(), ids=lambda job: job.provider.key)
def test_pool_limits_and_tls_settings_reach_the_real_transport(job: Job, make_client: Callable[..., Any]) -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    client = make_client(job.provider.key, verify_ssl=False, httpx_args={"limits": limits})
    job.run("sync", client, "done-1")
    pool = client.get_httpx_client()._transport._sync._pool
    assert pool._max_connections == 3
    assert pool._max_keepalive_connections == 1
    assert pool._ssl_context.verify_mode == ssl.CERT_NONE
