"""`make standin` (`python -m tests.doubles.standin`): the stand-in as a process of its own, to try a package by
hand as a user would, with nothing but its README and the environment variables printed here.

It prints, for each provider of the registry, the lines that point a client at it (`<PREFIX>_BASE_URL`, and any
key but "wrong-key" in `<PREFIX>_API_KEY`), then serves on 127.0.0.1 until interrupted or, with `--seconds`,
until that many seconds have passed. Creates answer with ids of the `progress` scenario unless the request names
another in its `X-Stand-In-Scenario` header (scenarios.py).
"""

from __future__ import annotations

import argparse
import contextlib
import threading

from registry import providers

from .server import StandInServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.doubles.standin", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=None, help="stop by itself after this many seconds")
    options = parser.parse_args(argv)
    with StandInServer() as server:
        for provider in providers():
            print(f"export {provider.base_url_env}={server.base_url(provider.key)}")
            print(f"export {provider.api_key_env}=any-key-but-wrong-key")
        print(f"# storage host (signed upload and result URLs): {server.storage.origin}", flush=True)
        stop = threading.Event()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait(options.seconds)
        print(f"# served {len(server.requests)} API requests; stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
