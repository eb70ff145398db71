# Layered in by `make regen` from overlays/runtime/exports.py: edit it there, never here.
"""The names every package exports at its top level besides its own wait helpers, so code moves between providers.

`__all__ += module.__all__` is the form type checkers follow, so these names type-check at the top level too.
The errors are imported with this module (every other module needs them); each other name is imported on first
use (PEP 562, `_LAZY`), so `create_client` does not import the wait loop, the schedules, the transfers, the
pagination and the webhooks with it (bench/RESULTS.md, first use). Type checkers see ordinary imports (the
TYPE_CHECKING block) and no module __getattr__, so a misspelt name is still an error for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import errors
from .errors import *  # noqa: F403

if TYPE_CHECKING:
    from .client_factory import MissingApiKeyError, create_client
    from .pagination import paginate, paginate_async
    from .policy import PollPolicy
    from .schedule import DurationHistory, JobSchedule
    from .transfers import IncompleteDownloadError, TransferError, download, download_async
    from .waiting import PollResult
    from .webhooks import WebhookVerificationError
else:
    from importlib import import_module as _import_module

    _LAZY = {
        "MissingApiKeyError": ".client_factory",
        "create_client": ".client_factory",
        "paginate": ".pagination",
        "paginate_async": ".pagination",
        "PollPolicy": ".policy",
        "DurationHistory": ".schedule",
        "JobSchedule": ".schedule",
        "IncompleteDownloadError": ".transfers",
        "TransferError": ".transfers",
        "download": ".transfers",
        "download_async": ".transfers",
        "PollResult": ".waiting",
        "WebhookVerificationError": ".webhooks",
    }

    def __getattr__(name: str) -> object:
        source = _LAZY.get(name)
        if source is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(source, __package__), name)
        globals()[name] = value
        return value


__all__ = ["MissingApiKeyError", "PollPolicy", "create_client"]
__all__ += errors.__all__
# Transfers, lists and webhooks (issues 11 and 12): the same in every package.
__all__ += ["IncompleteDownloadError", "TransferError", "WebhookVerificationError", "download", "download_async"]
__all__ += ["paginate", "paginate_async"]
# Schedules that know the job, and one poll for outside schedulers (issue 13).
__all__ += ["DurationHistory", "JobSchedule", "PollResult"]
