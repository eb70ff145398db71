"""A local stand-in for the three providers' status endpoints, served from the specs' documented examples.

Use it as `from standin.server import StandInServer`; `with StandInServer() as server:` gives a live
HTTP/1.1 server on 127.0.0.1 whose behaviour each request picks through its id's prefix (see
`standin.scenarios`).
"""
