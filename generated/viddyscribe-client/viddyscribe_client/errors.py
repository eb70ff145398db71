"""Errors raised by this package: one hierarchy under SDKError, defined in lib/_core/errors.py."""

from .lib._core.errors import (
    ApiConnectionError,
    ApiError,
    AuthenticationError,
    BadRequestError,
    InsufficientCreditError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SDKError,
    ServerError,
    TaskCancelledError,
    TaskFailedError,
    UnexpectedStatus,
    WaitTimeoutError,
)

__all__ = [
    "ApiConnectionError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "InsufficientCreditError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SDKError",
    "ServerError",
    "TaskCancelledError",
    "TaskFailedError",
    "UnexpectedStatus",
    "WaitTimeoutError",
]
