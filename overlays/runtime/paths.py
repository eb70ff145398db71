"""Path parameters as exactly one URL segment.

`quote(value, safe="")` alone leaves `.` and `..` as they are, and httpx then resolves them as dot segments
(`/v2/avatar_video/..` is `/v2/`): a hostile or mistaken id would reach another endpoint. Dots are encoded
here, and an empty id, which would turn `/tasks/{id}` into `/tasks/`, is refused before any request.
"""

from __future__ import annotations

from urllib.parse import quote

from .errors import InvalidArgumentError


def require_id(value: object, name: str = "id") -> str:
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


def path_segment(value: object) -> str:
    """`value` as exactly one URL path segment: percent-encoded, dots included; an empty id is refused."""
    text = require_id(value if isinstance(value, str) else str(value))
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        return encoded.replace(".", "%2E")
    return encoded
