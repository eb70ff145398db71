# Layered in by `make regen` from overlays/runtime/profile.py: edit it there, never here.
"""What the core needs to know about one provider; each package's `lib/profile.py: PROFILE` is rendered from the
provider's folder (overlays/providers/<name>/provider.yaml), so the facts have one source.

Providers disagree on how a body says "error": JoggAI and Memories.ai wrap everything in a `{code, msg, ...}`
envelope (`Envelope.kind == "code"`), ViddyScribe sends the result itself and errors as `{error, message}`
(`"plain"`). `Profile.inspect` reads either kind into one `Verdict`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from .errors import ApiError


class Verdict(NamedTuple):
    """A provider's reading of a decoded JSON body: success or not, and its own code and message."""

    ok: bool
    code: int | str | None
    message: str | None


@dataclass(frozen=True)
class Envelope:
    kind: str
    success_code: int | None
    success_flag: str | None
    code_fields: tuple[str, ...]
    message_fields: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    provider: str
    distribution: str
    package: str
    version: str
    env_prefix: str
    default_base_url: str
    base_url_note: str
    auth_header: str
    envelope: Envelope
    code_errors: Mapping[int | str, type[ApiError]]
    status_errors: Mapping[int, type[ApiError]]
    message_errors: tuple[tuple[int | str, re.Pattern[str], type[ApiError]], ...] = ()

    @property
    def api_key_env(self) -> str:
        return f"{self.env_prefix}_API_KEY"

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def log_env(self) -> str:
        return f"{self.env_prefix}_LOG"

    def inspect(self, payload: Any) -> Verdict:
        if self.envelope.kind == "code":
            return _envelope_verdict(payload, self.envelope)
        return _plain_verdict(payload, self.envelope)


def _envelope_verdict(payload: Any, envelope: Envelope) -> Verdict:
    """Success is one integer code, and a flag where the provider sends one; anything without an integer
    `code` is not the documented shape."""
    code = payload.get("code") if isinstance(payload, dict) else None
    if not isinstance(code, int) or isinstance(code, bool):
        return Verdict(False, None, None)
    flag = envelope.success_flag
    ok = code == envelope.success_code and (flag is None or payload.get(flag) is True)
    return Verdict(ok, code, _first_text(payload, envelope.message_fields))


def _plain_verdict(payload: Any, envelope: Envelope) -> Verdict:
    """No envelope: a 2xx object is the result itself (which may carry `error` too, as a failed job does);
    errors come with 4xx/5xx, so the HTTP status decides and the fields only name the code and message."""
    if not isinstance(payload, dict):
        return Verdict(False, None, None)
    return Verdict(True, _first_text(payload, envelope.code_fields), _first_text(payload, envelope.message_fields))


def _first_text(payload: Any, names: tuple[str, ...]) -> str | None:
    for name in names:
        value = payload.get(name) if isinstance(payload, dict) else None
        if isinstance(value, str):
            return value
    return None
