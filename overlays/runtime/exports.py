"""The names every package exports at its top level besides its own wait helpers, so code moves between providers.

`__all__ += module.__all__` is the form type checkers follow, so these names type-check at the top level too.
"""

from __future__ import annotations

from . import errors
from .client_factory import MissingApiKeyError, create_client
from .errors import *  # noqa: F403
from .pagination import paginate, paginate_async
from .policy import PollPolicy
from .schedule import DurationHistory, JobSchedule
from .transfers import IncompleteDownloadError, TransferError, download, download_async
from .waiting import PollResult
from .webhooks import WebhookVerificationError

__all__ = ["MissingApiKeyError", "PollPolicy", "create_client"]
__all__ += errors.__all__
# Transfers, lists and webhooks (issues 11 and 12): the same in every package.
__all__ += ["IncompleteDownloadError", "TransferError", "WebhookVerificationError", "download", "download_async"]
__all__ += ["paginate", "paginate_async"]
# Schedules that know the job, and one poll for outside schedulers (issue 13).
__all__ += ["DurationHistory", "JobSchedule", "PollResult"]
