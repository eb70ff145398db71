"""A client library for accessing Memories.ai Screenplay API"""

__version__ = "0.1.0"
__api_version__ = "v2"

from .client import AuthenticatedClient, Client  # noqa: E402
from .lib import *  # noqa: F403
from .lib import __all__ as _lib_all

__all__ = (
    "__api_version__",
    "__version__",
    "AuthenticatedClient",
    "Client",
    *_lib_all,
)
