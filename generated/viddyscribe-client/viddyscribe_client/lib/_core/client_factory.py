# Layered in by `make regen` from overlays/runtime/client_factory.py: edit it there, never here.
"""`create_client`: the generated AuthenticatedClient, configured the way each provider expects.

The key comes from the argument or the provider's environment variable and is checked before any request;
it travels only in the auth header, which attrs' repr no longer shows (overlays/templates/client.py.jinja)
and which never appears in an error message. Every request has a timeout: none is not an option here.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

from ...client import AuthenticatedClient
from ..profile import PROFILE
from .clock import Clock
from .errors import InvalidArgumentError
from .transport import RetryingTransport


class MissingApiKeyError(InvalidArgumentError):
    """No API key was passed and the provider's environment variable is not set."""


TRANSPORT_OPTIONS = ("limits", "proxy", "http1", "http2", "cert", "trust_env", "local_address", "uds", "socket_options")
"""httpx_args that configure the connection pool: with a transport in front, httpx would ignore them on the
client, so they are handed to the transports the RetryingTransport creates."""


def user_agent() -> str:
    return f"{PROFILE.distribution}/{PROFILE.version} httpx/{httpx.__version__}"


def create_client(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout = 30.0,
    max_retries: int = 2,
    clock: Clock | None = None,
    **client_kwargs: Any,
) -> AuthenticatedClient:
    key = api_key if api_key is not None else os.environ.get(PROFILE.api_key_env)
    if not isinstance(key, str) or not key.strip():
        raise MissingApiKeyError(f"no {PROFILE.provider} API key: pass api_key= or set {PROFILE.api_key_env}")
    if any(ch in key for ch in "\r\n\0"):
        raise InvalidArgumentError(
            f"the {PROFILE.provider} API key contains a line break or NUL; check {PROFILE.api_key_env}"
        )
    url = base_url or os.environ.get(PROFILE.base_url_env) or PROFILE.default_base_url
    if timeout is None or (not isinstance(timeout, httpx.Timeout) and not timeout > 0):
        raise InvalidArgumentError("timeout must be a positive number of seconds: requests never wait forever")
    httpx_args = dict(client_kwargs.pop("httpx_args", None) or {})
    inner = httpx_args.pop("transport", None)
    options = {name: httpx_args.pop(name) for name in TRANSPORT_OPTIONS if name in httpx_args}
    options["verify"] = client_kwargs.get("verify_ssl", True)
    chosen = clock if clock is not None else Clock()
    httpx_args["transport"] = RetryingTransport(max_retries, inner, clock=chosen, **options)
    headers = {"User-Agent": user_agent(), **dict(client_kwargs.pop("headers", None) or {})}
    return AuthenticatedClient(
        base_url=url,
        token=key.strip(),
        prefix="",
        auth_header_name=PROFILE.auth_header,
        timeout=timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout),
        headers=headers,
        httpx_args=httpx_args,
        clock=chosen,
        **client_kwargs,
    )
