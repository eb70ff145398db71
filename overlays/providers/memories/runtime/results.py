"""`download_screenplay_result`: a completed screenplay task's zip, streamed into a file.

GET /screenplay/tasks/{task_id}/download is the API itself (the key goes there, as on every call), and answers
the zip (`application/zip`) on success and a JSON error otherwise, under any status, 200 included. The zip is
streamed through the client's own transport (its retries, proxy and pool) into a temporary file beside the
destination and renamed into place when complete; a JSON error raises its typed error and leaves no file.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path

import httpx

from ..client import AuthenticatedClient, Client
from ._core.clock import clock_of
from ._core.errors import MalformedResponseError
from ._core.paths import path_segment, require_id
from ._core.responses import is_binary, response_error
from ._core.transfers import ProgressCallback, fetch, fetch_async, target_path
from ._core.transport import STREAMED

_JSON = {"content-type": "application/json"}


def _json_error(status_code: int, body: bytes) -> Exception:
    """The error a JSON body stands for where a zip was expected."""
    error = response_error(status_code, _JSON, body)
    if error is not None:
        return error
    return MalformedResponseError(
        "Memories.ai answered the download with JSON, not a zip", status_code=status_code, body=body
    )


def _zip_only(response: httpx.Response) -> None:
    """A 2xx that is not a file has been read and checked by the transport already: it is the error."""
    if not is_binary(response.headers):
        raise _json_error(response.status_code, response.read())


def _path(task_id: object) -> tuple[str, str]:
    checked = require_id(task_id, "task_id")
    return checked, f"/screenplay/tasks/{path_segment(checked, 'task_id')}/download"


def download_screenplay_result(
    client: AuthenticatedClient | Client,
    task_id: str,
    dest: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a completed screenplay task's result zip.

    Args:
        client: the client from `create_client()`.
        task_id: the task, completed.
        dest: the file to write, or a directory (existing, or ending with a separator), where the file is
            `{task_id}.zip`.
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete zip (written through a temporary file and renamed into place).

    Raises:
        ApiError: Memories.ai answered with a JSON error (a task not completed, no credit, ...), whatever the
            HTTP status; no file is left.
        TransferError, IncompleteDownloadError: the connection kept dropping mid-body, or the body stayed
            shorter than announced; no file is left.
        InvalidArgumentError: an empty task id, or one that cannot be a file name in a directory `dest`.
    """
    checked, path = _path(task_id)
    final = target_path(dest, f"{checked}.zip")
    http = client.get_httpx_client()

    @contextmanager
    def send(url: str, headers: dict[str, str]) -> Iterator[httpx.Response]:
        with http.stream("GET", url, headers=headers, extensions={STREAMED: True}) as response:
            _zip_only(response)
            yield response

    return fetch(
        path,
        final,
        send,
        clock=clock_of(client),
        on_progress=on_progress,
        json_errors=_json_error,
        what=f"download of screenplay task {checked!r}",
    )


async def download_screenplay_result_async(
    client: AuthenticatedClient | Client,
    task_id: str,
    dest: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a completed screenplay task's zip without blocking the event loop: `download_screenplay_result`
    for asyncio.

    Args:
        client: the client from `create_client()`.
        task_id: the task, completed.
        dest: the file to write, or a directory (existing, or ending with a separator) for `{task_id}.zip`.
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete zip.

    Raises:
        ApiError: Memories.ai answered with a JSON error, whatever the HTTP status; no file is left.
        TransferError, IncompleteDownloadError: the connection kept dropping, or the body stayed short.
        InvalidArgumentError: an empty task id, or one that cannot be a file name in a directory `dest`.
    """
    checked, path = _path(task_id)
    final = target_path(dest, f"{checked}.zip")
    http = client.get_async_httpx_client()

    @asynccontextmanager
    async def send(url: str, headers: dict[str, str]) -> AsyncIterator[httpx.Response]:
        async with http.stream("GET", url, headers=headers, extensions={STREAMED: True}) as response:
            if not is_binary(response.headers):
                raise _json_error(response.status_code, await response.aread())
            yield response

    return await fetch_async(
        path,
        final,
        send,
        clock=clock_of(client),
        on_progress=on_progress,
        json_errors=_json_error,
        what=f"download of screenplay task {checked!r}",
    )


__all__ = ["download_screenplay_result", "download_screenplay_result_async"]
