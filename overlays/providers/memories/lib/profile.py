"""Memories.ai: the raw key in `Authorization` (no "Bearer"), and an envelope whose `code` mirrors the HTTP
status; success is `code == 200` with `success: true` (error-codes page)."""

from __future__ import annotations

from typing import Any

from .. import __version__
from ._core.errors import (
    ApiError,
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
    return envelope_verdict(payload, success_code=200, success_flag="success")


PROFILE = Profile(
    provider="Memories.ai",
    distribution="memories-ai-client",
    version=__version__,
    api_key_env="MEMORIES_API_KEY",
    base_url_env="MEMORIES_BASE_URL",
    default_base_url="https://mavi-backend.memories.ai/serve/api/v2",
    auth_header="Authorization",
    code_errors={
        200: ApiError,  # code 200 with success false: the call failed though nothing else says why
        400: BadRequestError,
        401: AuthenticationError,
        402: InsufficientCreditError,
        403: PermissionDeniedError,
        404: NotFoundError,
        405: BadRequestError,
        415: BadRequestError,
        429: RateLimitError,
        500: ServerError,
    },
    inspect=_inspect,
)
