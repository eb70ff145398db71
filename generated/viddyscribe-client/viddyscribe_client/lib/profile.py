"""ViddyScribe's facts for the runtime core, rendered from overlays/providers/viddyscribe/provider.yaml: edit them there."""

from __future__ import annotations

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
    provider="ViddyScribe",
    distribution="viddyscribe-client",
    package="viddyscribe_client",
    version=__version__,
    env_prefix="VIDDYSCRIBE",
    default_base_url="https://api.viddyscribe.com",
    base_url_note="the host only; every path starts with /enterprise/api",
    auth_header="X-API-Key",
    envelope=Envelope(
        kind="plain",
        success_code=None,
        success_flag=None,
        code_fields=("code", "error"),
        message_fields=("message", "error"),
    ),
    code_errors={
        "invalid_input": BadRequestError,
        "unauthorized": AuthenticationError,
        "invalid_api_key": AuthenticationError,
        "feature_not_available": PermissionDeniedError,
        "video_too_long": PermissionDeniedError,
        "file_too_large": PermissionDeniedError,
        "not_found": NotFoundError,
        "rate_limit_exceeded": RateLimitError,
        "concurrency_limit_exceeded": RateLimitError,
        "queue_limit_exceeded": RateLimitError,
        "plan_limit_exceeded": InsufficientCreditError,
        "limit_reached": InsufficientCreditError,
        "no_video_stream": BadRequestError,
        "upload_not_ready": ApiError,
        "upload_failed": BadRequestError,
        "service_unavailable": ServerError,
    },
    status_errors={
        400: BadRequestError,
        401: AuthenticationError,
        404: NotFoundError,
        415: BadRequestError,
        503: ServerError,
    },
)
