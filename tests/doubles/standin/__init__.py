"""A local stand-in for every provider in the registry, served from the specs' documented examples.

`from tests.doubles.standin.server import StandInServer`; `with StandInServer() as server:` gives a live
HTTP/1.1 server on 127.0.0.1 whose behaviour each request picks through its task id's prefix (scenarios.py)
or, for creates, its `X-Stand-In-Scenario` header.
"""
