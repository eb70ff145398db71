"""The hand-written layer of viddyscribe_client: create_client, typed errors and the wait helper."""

from ._core.exports import *  # noqa: F403
from ._core.exports import __all__ as _core_names
from .waiters import DEFAULT_POLICIES, wait_for_job, wait_for_job_async

__all__ = [*_core_names, "DEFAULT_POLICIES", "wait_for_job", "wait_for_job_async"]
