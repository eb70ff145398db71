# Layered in by `make regen` from overlays/_core/profile.py: edit it there, never here.
"""What the core needs to know about one provider; each package supplies it as `lib/profile.py: PROFILE`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from .errors import ApiError


class Verdict(NamedTuple):
    """A provider's reading of a decoded JSON body: success or not, and its own code and message."""

    ok: bool
    code: int | str | None
    message: str | None


@dataclass(frozen=True)
class Profile:
    provider: str
    distribution: str
    version: str
    api_key_env: str
    base_url_env: str
    default_base_url: str
    auth_header: str
    code_errors: Mapping[int | str, type[ApiError]]
    inspect: Callable[[Any], Verdict]


def envelope_verdict(payload: Any, *, success_code: int, success_flag: str | None = None) -> Verdict:
    """`{code, msg, ...}` envelopes (JoggAI, Memories.ai): success is one integer code, and a flag where the
    provider sends one; anything without an integer `code` is not the documented shape."""
    code = payload.get("code") if isinstance(payload, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        return Verdict(False, None, None)
    ok = code == success_code and (success_flag is None or payload.get(success_flag) is True)
    return Verdict(ok, code, text_field(payload, "msg"))


def text_field(payload: Any, name: str) -> str | None:
    value = payload.get(name) if isinstance(payload, dict) else None
    return value if isinstance(value, str) else None
