"""JoggAI: the `x-api-key` header, and a `{code, msg, data}` envelope whose `code` must be 0.

Business codes from the provider's error-handling page; a 200 carrying any other code is an error.
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
    ServerError,
)
from ._core.profile import Profile, Verdict, envelope_verdict


def _inspect(payload: Any) -> Verdict:
    return envelope_verdict(payload, success_code=0)


PROFILE = Profile(
    provider="JoggAI",
    distribution="jogg-ai-client",
    version=__version__,
    api_key_env="JOGG_API_KEY",
    base_url_env="JOGG_BASE_URL",
    default_base_url="https://api.jogg.ai",
    auth_header="x-api-key",
    code_errors={
        10104: NotFoundError,
        10105: AuthenticationError,
        18020: InsufficientCreditError,
        18025: PermissionDeniedError,
        40000: BadRequestError,
        50000: ServerError,
        429: RateLimitError,
    },
    inspect=_inspect,
)
