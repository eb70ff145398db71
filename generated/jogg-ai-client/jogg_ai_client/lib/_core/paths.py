# Layered in by `make regen` from overlays/runtime/paths.py: edit it there, never here.
"""Path parameters as exactly one URL segment.

`quote(value, safe="")` alone leaves `.` and `..` as they are, and httpx then resolves them as dot segments
(`/v2/avatar_video/..` is `/v2/`): a hostile or mistaken id would reach another endpoint. Dots are encoded
here, and an empty id, which would turn `/tasks/{id}` into `/tasks/`, is refused before any request.
"""

from __future__ import annotations

from urllib.parse import quote

from .errors import InvalidArgumentError


def require_id(value: object, name: str = "id") -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(f"{name} must not be empty")
    return value


def path_segment(value: object) -> str:
    text = require_id(value if isinstance(value, str) else str(value))
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        return encoded.replace(".", "%2E")
    return encoded
