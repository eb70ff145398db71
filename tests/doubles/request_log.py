"""A transport that remembers every request it sends, for counting requests in any record mode.

It sits under the overlay's RetryingTransport (`create_client(httpx_args={"transport": log})`) and sends
through httpx's own transports, which VCR patches, so it counts replayed requests as well as real ones.
"""

from __future__ import annotations

import httpx


class RequestLog(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._sync: httpx.HTTPTransport | None = None
        self._async: httpx.AsyncHTTPTransport | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._sync is None:
            self._sync = httpx.HTTPTransport()
        return self._sync.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport()
        return await self._async.handle_async_request(request)

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()

    def __len__(self) -> int:
        return len(self.requests)
