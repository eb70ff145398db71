"""JoggAI's facts for the runtime core, rendered from overlays/providers/jogg/provider.yaml: edit them there."""

from __future__ import annotations

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
from ._core.profile import Envelope, Profile

PROFILE = Profile(
    provider="JoggAI",
    distribution="jogg-ai-client",
    package="jogg_ai_client",
    version=__version__,
    env_prefix="JOGG",
    default_base_url="https://api.jogg.ai",
    base_url_note="the host only: every path in JoggAI's spec starts with /v2 (the docs' \"https://api.jogg.ai/v2\" would give /v2/v2/...)",
    auth_header="x-api-key",
    envelope=Envelope(
        kind="code",
        success_code=0,
        success_flag=None,
        code_fields=("code",),
        message_fields=("msg",),
    ),
    code_errors={
        10104: NotFoundError,
        10105: AuthenticationError,
        18020: InsufficientCreditError,
        18025: PermissionDeniedError,
        40000: BadRequestError,
        50000: ServerError,
        429: RateLimitError,
    },
    status_errors={
        429: RateLimitError,
    },
)
