"""The hand-written layer of viddyscribe_client: create_client, typed errors and the wait helper."""

from ._core import exports
from ._core.exports import *  # noqa: F403
from .waiters import DEFAULT_POLICIES, wait_for_job, wait_for_job_async

__all__ = ["DEFAULT_POLICIES", "wait_for_job", "wait_for_job_async"]
__all__ += exports.__all__
