"""The hand-written layer of jogg_ai_client: create_client, typed errors and the wait helpers."""

from ._core import exports
from ._core.exports import *  # noqa: F403
from .waiters import (
    DEFAULT_POLICIES,
    wait_for_ai_scripts,
    wait_for_ai_scripts_async,
    wait_for_avatar_video,
    wait_for_avatar_video_async,
    wait_for_lip_sync_video,
    wait_for_lip_sync_video_async,
)

__all__ = [
    "DEFAULT_POLICIES",
    "wait_for_ai_scripts",
    "wait_for_ai_scripts_async",
    "wait_for_avatar_video",
    "wait_for_avatar_video_async",
    "wait_for_lip_sync_video",
    "wait_for_lip_sync_video_async",
]
__all__ += exports.__all__
