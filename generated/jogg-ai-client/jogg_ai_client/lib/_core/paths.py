# Layered in by `make regen` from overlays/runtime/paths.py: edit it there, never here.
"""Path parameters as exactly one URL segment, and query parameters written into the URL.

`quote(value, safe="")` alone leaves `.` and `..` as they are, and httpx then resolves them as dot segments
(`/v2/avatar_video/..` is `/v2/`): a hostile or mistaken id would reach another endpoint. Dots are encoded
here, and an empty id, which would turn `/tasks/{id}` into `/tasks/`, is refused before any request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlencode

from .errors import InvalidArgumentError


def require_id(value: object, name: str) -> str:
    """`value` when it is a usable id: a string with something in it; InvalidArgumentError naming `name`
    otherwise."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}", argument=name)
    if not value.strip():
        raise InvalidArgumentError(f"{name} must not be empty", argument=name)
    return value


def require_client(client: object) -> None:
    """InvalidArgumentError unless `client` is a client of this package (from create_client, or a generated
    Client or AuthenticatedClient)."""
    if not callable(getattr(client, "get_httpx_client", None)):
        raise InvalidArgumentError(
            f"client must be a client from create_client(), not {type(client).__name__}", argument="client"
        )


def path_segment(value: object, name: str) -> str:
    """`value` as exactly one URL path segment: percent-encoded, dots included; an empty id is refused by the
    name of the argument the caller passed it as."""
    text = require_id(value if isinstance(value, str) else str(value), name)
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        return encoded.replace(".", "%2E")
    return encoded


def _query_text(value: object) -> str:
    """A query value as httpx writes it (`primitive_value_to_str`): true/false for booleans, "" for None."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    return "" if value is None else str(value)


def with_query(url: str, params: Mapping[str, Any]) -> str:
    """`url` with `params` as its query string, encoded exactly as httpx encodes `params=` (QueryParams: a list
    repeats its key, booleans as true/false, then urlencode), so the request sent is the same; httpx then parses
    the URL once instead of parsing it, building QueryParams and parsing the merged URL again (about a tenth of
    a status poll's own time: bench/RESULTS.md, per call)."""
    if not params:
        return url
    items = [
        (str(key), _query_text(item))
        for key, value in params.items()
        for item in (value if isinstance(value, list | tuple) else (value,))
    ]
    return f"{url}?{urlencode(items)}"
