"""A client library for accessing ViddyScribe Enterprise API"""

__version__ = "0.1.0"
__api_version__ = "1.0.0"

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
