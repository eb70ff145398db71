# Layered in by `make regen` from overlays/runtime/redact.py: edit it there, never here.
"""What may be shown of a request or a response: URLs and headers with anything that could hold a secret
replaced, and the server's request id.

Used for every log record and every error's `url` and `headers`, so the API key (which travels only in the
auth header) and any key-like query parameter or header never reach a log or an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

HIDDEN = "***"

SECRET_WORDS = frozenset(
    {
        "auth",
        "authorization",
        "cookie",
        "credential",
        "credentials",
        "key",
        "password",
        "passwd",
        "secret",
        "session",
        "sig",
        "signature",
        "token",
    }
)
"""A header or query parameter whose name has one of these words (or ends in `key` or `token`, as `apikey`
does) may hold a secret: its value is never shown."""

REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "x-trace-id",
    "x-cloud-trace-context",
    "cf-ray",
)
"""Response headers that carry a server's id for a request, in the order they are looked for. The providers do
not document one, so these are the names in common use (generic, API gateways, AWS, Google Cloud, Cloudflare):
the first one an answer carries is the error's `request_id`."""

_WORD = re.compile(r"[^a-z0-9]+")


def is_secret(name: str) -> bool:
    """Whether a header or parameter called `name` may hold a secret."""
    words = [word for word in _WORD.split(name.lower()) if word]
    return any(word in SECRET_WORDS or word.endswith(("key", "token")) for word in words)


def url(value: object) -> str:
    """The URL with its user info and every key-like query parameter's value replaced by `***`."""
    text = str(value)
    try:
        parts = urlsplit(text)
    except ValueError:
        return HIDDEN
    netloc = parts.netloc
    if "@" in netloc:
        netloc = f"{HIDDEN}@{netloc.rpartition('@')[2]}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = "&".join(
            f"{quote(name, safe='')}={HIDDEN if is_secret(name) else quote(item, safe='')}" for name, item in pairs
        )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def headers(found: Mapping[str, str], *, also: Iterable[str] = ()) -> dict[str, str]:
    """The headers without those that may hold a secret (and without any named in `also`)."""
    extra = {name.lower() for name in also}
    return {name: text for name, text in found.items() if not is_secret(name) and name.lower() not in extra}


def request_id(found: Mapping[str, str]) -> str | None:
    """The server's id for the request: the first of REQUEST_ID_HEADERS the answer carries."""
    lowered = {name.lower(): text for name, text in found.items()}
    for name in REQUEST_ID_HEADERS:
        text = lowered.get(name)
        if text:
            return text
    return None
