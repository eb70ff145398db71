"""Memories.ai's facts for the runtime core, rendered from overlays/providers/memories/provider.yaml: edit them there."""

from __future__ import annotations

import re

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
from ._core.profile import Envelope, Profile

PROFILE = Profile(
    provider="Memories.ai",
    distribution="memories-ai-client",
    package="memories_ai_client",
    version=__version__,
    env_prefix="MEMORIES",
    default_base_url="https://mavi-backend.memories.ai/serve/api/v2",
    base_url_note="host and path: the API lives under /serve/api/v2, and the spec's paths (/screenplay/...) are relative to it; a base URL of only the host gives 404 on every call",
    auth_header="Authorization",
    envelope=Envelope(
        kind="code",
        success_code=200,
        success_flag="success",
        code_fields=("code",),
        message_fields=("msg",),
    ),
    code_errors={
        200: ApiError,
        400: BadRequestError,
        401: AuthenticationError,
        402: InsufficientCreditError,
        403: PermissionDeniedError,
        404: NotFoundError,
        405: BadRequestError,
        409: ApiError,
        415: BadRequestError,
        429: RateLimitError,
        500: ServerError,
        503: ServerError,
    },
    status_errors={
        400: BadRequestError,
        401: AuthenticationError,
        402: InsufficientCreditError,
        403: PermissionDeniedError,
        404: NotFoundError,
        405: BadRequestError,
        409: ApiError,
        415: BadRequestError,
        429: RateLimitError,
        500: ServerError,
        503: ServerError,
    },
    message_errors=((400, re.compile("(?i)\\bnot found\\b"), NotFoundError),),
)
