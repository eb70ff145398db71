"""Connection-pool and TLS options given to create_client reach the connections: httpx ignores them on a client
that has a transport, and every client from create_client has one (the retrying transport)."""

from __future__ import annotations

import ssl

import httpx
import pytest

from standin.server import StandInServer
from support.helpers import PACKAGE

HELPER = {"jogg": "wait_for_avatar_video", "viddyscribe": "wait_for_job", "memories": "wait_for_screenplay_task"}


@pytest.mark.parametrize("provider", sorted(PACKAGE))
def test_pool_limits_and_tls_settings_reach_the_real_transport(provider: str) -> None:
    package = PACKAGE[provider]
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    with StandInServer() as server:
        client = package.create_client(
            "k", base_url=server.base_url(provider), verify_ssl=False, httpx_args={"limits": limits}
        )
        getattr(package, HELPER[provider])(client, "done-1")
        pool = client.get_httpx_client()._transport._sync._pool
    assert pool._max_connections == 3
    assert pool._max_keepalive_connections == 1
    assert pool._ssl_context.verify_mode == ssl.CERT_NONE
