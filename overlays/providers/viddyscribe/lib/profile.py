"""ViddyScribe: the `X-API-Key` header; no envelope on success, `{error, message}` on failure.

`error` values from the provider's authentication page. `plan_limit_exceeded` comes with a 429 but will not
clear by waiting a few seconds, so it maps to InsufficientCreditError (not retried) rather than RateLimitError.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from ._core.errors import (
    AuthenticationError,
    BadRequestError,
    InsufficientCreditError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._core.profile import Profile, Verdict, text_field


def _inspect(payload: Any) -> Verdict:
    if not isinstance(payload, dict):
        return Verdict(False, None, None)
    error = text_field(payload, "error")
    code = text_field(payload, "code") or error
    # No envelope: a 2xx object is the job itself (a failed job carries `error` too); errors come as 4xx/5xx.
    return Verdict(True, code, text_field(payload, "message") or error)


PROFILE = Profile(
    provider="ViddyScribe",
    distribution="viddyscribe-client",
    version=__version__,
    api_key_env="VIDDYSCRIBE_API_KEY",
    base_url_env="VIDDYSCRIBE_BASE_URL",
    default_base_url="https://api.viddyscribe.com",
    auth_header="X-API-Key",
    code_errors={
        "unauthorized": AuthenticationError,
        "invalid_api_key": AuthenticationError,
        "feature_not_available": PermissionDeniedError,
        "video_too_long": PermissionDeniedError,
        "file_too_large": PermissionDeniedError,
        "rate_limit_exceeded": RateLimitError,
        "concurrency_limit_exceeded": RateLimitError,
        "queue_limit_exceeded": RateLimitError,
        "plan_limit_exceeded": InsufficientCreditError,
        "invalid_input": BadRequestError,
        "not_found": NotFoundError,
    },
    inspect=_inspect,
)
