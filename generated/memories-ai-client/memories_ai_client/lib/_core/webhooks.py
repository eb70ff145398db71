# Layered in by `make regen` from overlays/runtime/webhooks.py: edit it there, never here.
"""The error every package's webhook helpers raise for a request they refuse (`<package>.webhooks`, where the
provider documents webhooks): one class in all three packages, so a handler catches one name."""

from __future__ import annotations

from .errors import SDKError


class WebhookVerificationError(SDKError, ValueError):
    """A webhook request was refused: its signature is missing, malformed or wrong, its timestamp is too far from
    now, or its body is not the documented JSON. Answer it with HTTP 400 and do not act on it."""


__all__ = ["WebhookVerificationError"]
