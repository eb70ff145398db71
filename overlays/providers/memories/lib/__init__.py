"""The hand-written layer of memories_ai_client: create_client, typed errors and the wait helper."""

from ._core import exports
from ._core.exports import *  # noqa: F403
from .waiters import DEFAULT_POLICIES, wait_for_screenplay_task, wait_for_screenplay_task_async

__all__ = ["DEFAULT_POLICIES", "wait_for_screenplay_task", "wait_for_screenplay_task_async"]
__all__ += exports.__all__
