"""Each provider's own tests (overlays/providers/<name>/tests/) use the shared fixtures of tests/conftest.py."""

from tests.conftest import *  # noqa: F403
