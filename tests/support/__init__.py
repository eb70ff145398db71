"""Helpers shared by this repository's own tests: the fake clock, the table of wait helpers, and the
recording setup behind the one `vcr_config` in tests/conftest.py."""
