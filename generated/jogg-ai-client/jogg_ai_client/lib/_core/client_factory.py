# Layered in by `make regen` from overlays/runtime/client_factory.py: edit it there, never here.
"""`create_client`: the generated AuthenticatedClient, configured the way each provider expects.

The key comes from the argument or the provider's environment variable and is checked before any request;
it travels only in the auth header, which attrs' repr no longer shows (overlays/generator/templates/client.py.jinja)
and which never appears in an error message or a log record. Every request has a timeout: none is not an
option here. Every argument is checked here, before any request, and a wrong one raises InvalidArgumentError
naming it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

import httpx

from ...client import AuthenticatedClient
from ..profile import PROFILE
from . import redact
from .clock import Clock, ClockLike
from .errors import InvalidArgumentError
from .logs import configure_from_env
from .transport import RetryingTransport, check_max_retries, check_timeout


class MissingApiKeyError(InvalidArgumentError):
    """No API key was passed and the provider's environment variable is not set."""


TRANSPORT_OPTIONS = ("limits", "proxy", "http1", "http2", "cert", "trust_env", "local_address", "uds", "socket_options")
"""httpx_args that configure the connection pool: with a transport in front, httpx would ignore them on the
client, so they are handed to the transports the RetryingTransport creates."""

CLOCK_METHODS = ("monotonic", "sleep", "async_sleep")
_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


def user_agent() -> str:
    """The User-Agent every request carries: this package's distribution and version, and httpx's."""
    return f"{PROFILE.distribution}/{PROFILE.version} httpx/{httpx.__version__}"


def _headers(given: Mapping[str, str] | None) -> dict[str, str]:
    """The user's own headers, with this package's User-Agent unless they set one: header names are
    case-insensitive, so a `user-agent` of theirs replaces ours rather than going out beside it."""
    mine = dict(given or {})
    if any(name.lower() == "user-agent" for name in mine):
        return mine
    return {"User-Agent": user_agent(), **mine}


def check_base_url(value: object) -> str:
    """The base URL as given when a request can be made to it: http or https, and a valid host name or IP
    address; InvalidArgumentError saying what is wrong otherwise."""
    if not isinstance(value, str | httpx.URL) or not str(value).strip():
        raise InvalidArgumentError(
            f"base_url must be an http:// or https:// URL such as {PROFILE.default_base_url!r}, not {value!r}",
            argument="base_url",
        )
    text = str(value).strip()
    shown = redact.url(text)
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise InvalidArgumentError(f"base_url {shown!r} is not a valid URL: {exc}", argument="base_url") from None
    if url.scheme not in ("http", "https"):
        guess = f"; did you mean 'https://{text}'?" if "://" not in text else ""
        raise InvalidArgumentError(
            f"base_url {shown!r} must start with http:// or https://{guess} (the default is "
            f"{PROFILE.default_base_url!r})",
            argument="base_url",
        )
    try:  # httpx decodes an `xn--` label for `host`, and raises there (and on every later use) for a broken one
        named = bool(url.host)
    except UnicodeError:
        named = False
    if not named or not _valid_host(url.raw_host.decode("ascii", "replace")):
        raise InvalidArgumentError(f"base_url {shown!r} has no valid host name", argument="base_url")
    return text


def _valid_host(host: str) -> bool:
    """Judged on the ASCII form httpx sends (an international name already encoded by its IDNA 2008 rules), so
    a name httpx can reach is never refused by older rules."""
    if ":" in host:  # an IPv6 address: httpx has checked it already
        return True
    labels = host.rstrip(".").split(".")
    return len(host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


def not_found_hint(url: str) -> str | None:
    """What a 404 should add when the base URL's path is not the default's: where the API lives."""
    default = httpx.URL(PROFILE.default_base_url)
    if httpx.URL(url).path.rstrip("/") == default.path.rstrip("/"):
        return None
    return (
        f"check base_url: it is {redact.url(url)!r}, whose path is not that of {PROFILE.provider}'s "
        f"{PROFILE.default_base_url!r} ({PROFILE.base_url_note})"
    )


def create_client(
    api_key: str | None = None,
    *,
    base_url: str | None = None,
    timeout: float | httpx.Timeout = 30.0,
    max_retries: int = 2,
    clock: ClockLike | None = None,
    **client_kwargs: Any,
) -> AuthenticatedClient:
    """A client for the provider's API, ready for every call and wait helper of this package.

    Args:
        api_key: the API key; by default the provider's `<PREFIX>_API_KEY` environment variable. It is sent
            only in the provider's auth header, and never shown in a repr, an error or a log record.
        base_url: where the API lives; by default `<PREFIX>_BASE_URL`, else the spec's server. What it must
            contain (the host only, or host and path) is the provider's `PROFILE.base_url_note`; a path that
            differs from the default's is named in every 404's message.
        timeout: seconds each request may take (or an httpx.Timeout); a wait helper cuts it to what is left
            of its own deadline.
        max_retries: how many times a failed idempotent call is sent again (connection errors, timeouts, 429,
            5xx, a malformed answer), with backoff and the server's Retry-After up to 60 s; a create is sent
            again only when the server provably did not act on it. 0 turns retries off. A wait that has never
            had an answer from the server gives up after this many retries too.
        clock: what waits and retries read and sleep on (a virtual clock in tests); the real one by default.
        **client_kwargs: passed to the generated `AuthenticatedClient` (`headers`, `cookies`, `verify_ssl`,
            `follow_redirects`, `raise_on_unexpected_status`, `httpx_args`); connection-pool options in
            `httpx_args` (`limits`, `proxy`, `http2`, ...) and a `transport` reach the real transport.

    Returns:
        The configured AuthenticatedClient. Use it in a `with` block, or alone; `client.with_options(...)`
        gives a copy with another timeout or retry budget that shares its connection pool.

    Raises:
        MissingApiKeyError: no key was passed and the environment variable is not set (or is blank).
        InvalidArgumentError: the key holds a line break or NUL; `base_url` is not an http(s) URL with a valid
            host; `timeout` is not a number of seconds > 0; `max_retries` is not a whole number >= 0; `clock`
            lacks `monotonic`, `sleep` or `async_sleep`.

    `<PREFIX>_LOG=debug` (or `info`) in the environment logs what the client does to stderr (see the
    package's logger, named after the package).
    """
    configure_from_env(PROFILE.log_env)
    key = api_key if api_key is not None else os.environ.get(PROFILE.api_key_env)
    if api_key is not None and not isinstance(api_key, str):
        raise InvalidArgumentError(f"api_key must be a string, not {type(api_key).__name__}", argument="api_key")
    if not isinstance(key, str) or not key.strip():
        raise MissingApiKeyError(
            f"no {PROFILE.provider} API key: pass api_key= or set {PROFILE.api_key_env}", argument="api_key"
        )
    if any(ch in key for ch in "\r\n\0"):
        raise InvalidArgumentError(
            f"the {PROFILE.provider} API key contains a line break or NUL; check {PROFILE.api_key_env}",
            argument="api_key",
        )
    url = check_base_url(base_url or os.environ.get(PROFILE.base_url_env) or PROFILE.default_base_url)
    chosen_timeout = check_timeout(timeout)
    retries = check_max_retries(max_retries)
    if clock is not None and not all(callable(getattr(clock, name, None)) for name in CLOCK_METHODS):
        raise InvalidArgumentError(
            "clock must have monotonic(), sleep() and async_sleep() (a Clock), not " + type(clock).__name__,
            argument="clock",
        )
    httpx_args = dict(client_kwargs.pop("httpx_args", None) or {})
    inner = httpx_args.pop("transport", None)
    options = {name: httpx_args.pop(name) for name in TRANSPORT_OPTIONS if name in httpx_args}
    options["verify"] = client_kwargs.get("verify_ssl", True)
    chosen = clock if clock is not None else Clock()
    httpx_args["transport"] = RetryingTransport(
        retries, inner, clock=chosen, not_found_hint=not_found_hint(url), **options
    )
    headers = _headers(client_kwargs.pop("headers", None))
    return AuthenticatedClient(
        base_url=url,
        token=key.strip(),
        prefix="",
        auth_header_name=PROFILE.auth_header,
        timeout=chosen_timeout if isinstance(chosen_timeout, httpx.Timeout) else httpx.Timeout(chosen_timeout),
        headers=headers,
        httpx_args=httpx_args,
        clock=chosen,
        **client_kwargs,
    )
