# Layered in by `make regen` from overlays/runtime/__init__.py: edit it there, never here.
"""The provider-independent core of every client: errors, retries, response checks and polling.

Written once in overlays/runtime/ and copied into each package by `make regen`, so each published wheel
works alone while the logic has a single source.
"""
