"""The hand-written layer of memories_ai_client, rendered from overlays/providers/memories/: what the package exports at its top level.

The shared names (create_client, the errors, PollPolicy) come from `_core.exports`, the same in every package;
the wait helpers from `jobs` (rendered from the provider's jobs.yaml).
"""

from ._core import exports
from ._core.exports import *  # noqa: F403
from . import jobs
from .jobs import *  # noqa: F403

__all__: list[str] = []
__all__ += exports.__all__
__all__ += jobs.__all__
