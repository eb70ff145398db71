"""How cassettes are recorded and replayed: one VCR configuration for every provider.

Recording talks to the local stand-in (tests/standin) unless the provider's key is in the environment,
in which case it talks to the live API. Either way the cassette holds the production URL (the stand-in's
origin is rewritten before anything is written) and no key (every key header spelling and key-like query
or body parameter is scrubbed). Replay uses the production base URL and FAKE_KEY, and never the network.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from registry import provider, providers

from .standin.answers import SCENARIO_HEADER, provider_of_path

FAKE_KEY = "fake-key-7c1e5a90d2b4-for-cassettes"
"""The key every test uses unless it is testing keys; the leak test searches for it everywhere."""

KEY_HEADERS = tuple(sorted({p.auth_header for p in providers()} | {"x-api-key", "X-API-Key", "Authorization"}))
KEY_PARAMETERS = ("api_key", "apikey", "api-key", "key", "token", "access_token", "x-api-key")
VERSION_HEADERS = ("User-Agent",)
"""Request headers that carry the package version: filtered, so a release does not rewrite every cassette."""
DROPPED_RESPONSE_HEADERS = ("Date", "Set-Cookie", "Server")

_STANDIN_ORIGIN = re.compile(r"^http://127\.0\.0\.1:\d+(?=/)")


def to_production(request: Any) -> Any:
    """VCR `before_record_request`: a stand-in URL becomes the provider's production URL (and Host)."""
    match = _STANDIN_ORIGIN.match(request.uri)
    if match is None:
        return request
    rest = request.uri[match.end() :]
    owner = provider_of_path(urlsplit(rest).path)
    if owner is None:
        return request
    request.uri = owner.origin + rest
    if "Host" in request.headers:
        request.headers["Host"] = urlsplit(request.uri).netloc
    return request


def drop_volatile_headers(response: dict[str, Any]) -> dict[str, Any]:
    """VCR `before_record_response`: no Date or Server, so a recording says nothing about when or what served it."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in {h.lower() for h in DROPPED_RESPONSE_HEADERS}:
            del headers[name]
    return response


VCR_CONFIG: dict[str, Any] = {
    "filter_headers": [*KEY_HEADERS, *VERSION_HEADERS, SCENARIO_HEADER],
    "filter_query_parameters": list(KEY_PARAMETERS),
    "filter_post_data_parameters": list(KEY_PARAMETERS),
    "before_record_request": to_production,
    "before_record_response": drop_volatile_headers,
    "decode_compressed_response": True,
}


@dataclass(frozen=True)
class Target:
    """Where a test's client points and with which key."""

    base_url: str
    api_key: str
    live: bool = False


def live_key(key: str) -> str | None:
    value = os.environ.get(provider(key).api_key_env, "").strip()
    return value or None
