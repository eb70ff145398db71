# Layered in by `make regen` from overlays/providers/jogg/runtime/uploads.py: edit it there, never here.
"""`upload_asset`: a local file (a path or a binary file object) to JoggAI's storage, in two steps.

POST /v2/upload/asset asks for a signed URL for the file's name, type and size; the file is then PUT to that
`sign_url` by streaming (CHUNK_SIZE at a time, so a 2 GB video costs a few MB of memory) through a client with
no API key (the key never reaches the storage host), and the `asset_url` to use in a create request is returned.
"""

from __future__ import annotations

import os
from typing import IO

from ..api.asset import upload_asset as _upload_asset
from ..client import AuthenticatedClient, Client
from ..models import UploadAssetRequest
from ._core.clock import clock_of
from ._core.errors import InvalidArgumentError, MalformedResponseError
from ._core.transfers import UPLOAD_TIMEOUT, UploadSource, guess_type, upload, upload_async

Source = str | os.PathLike[str] | IO[bytes]


def _request(source: UploadSource, filename: str | None, content_type: str | None) -> UploadAssetRequest:
    name = filename if filename is not None else source.filename
    if not isinstance(name, str) or not name.strip():
        raise InvalidArgumentError("upload_asset: the file object has no name; pass filename=")
    if source.size < 1:
        raise InvalidArgumentError(f"upload_asset: {source.name!r} is empty; JoggAI takes files of 1 byte or more")
    kind = content_type if content_type is not None else guess_type(name)
    return UploadAssetRequest(filename=name, content_type=kind, file_size=source.size)


def _urls(response: object) -> tuple[str, str]:
    data = getattr(getattr(response, "parsed", None), "data", None)
    sign_url, asset_url = getattr(data, "sign_url", None), getattr(data, "asset_url", None)
    if not (isinstance(sign_url, str) and sign_url and isinstance(asset_url, str) and asset_url):
        raise MalformedResponseError(
            "upload_asset: JoggAI's answer has no sign_url and asset_url",
            status_code=int(getattr(response, "status_code", 200)),
            body=getattr(response, "content", b""),
        )
    return sign_url, asset_url


def upload_asset(
    client: AuthenticatedClient | Client,
    file: Source,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    timeout: float = UPLOAD_TIMEOUT,
) -> str:
    """Upload a file as a JoggAI asset and return its `asset_url` (for a create request's media fields).

    Args:
        client: the client from `create_client()`.
        file: a path, or a binary file object (seekable; read from its current position to its end).
        filename: the name JoggAI stores (default: the path's or the file object's name).
        content_type: its MIME type (default: guessed from the name, else application/octet-stream).
        timeout: seconds the upload's connection may stay silent (not a limit on the whole upload).

    Returns:
        The `asset_url` JoggAI gave for the file, to use in a create request.

    Raises:
        InvalidArgumentError: no such file, a text-mode or unseekable file object, no name to send, or an
            empty file; nothing is sent.
        ApiError: JoggAI refused the upload request (a wrong key, no credit, ...).
        TransferError: the storage host refused the file or the connection kept failing; its message names the
            file. The API key is never sent there.
    """
    source = UploadSource(file)
    body = _request(source, filename, content_type)
    sign_url, asset_url = _urls(_upload_asset.sync_detailed(client=client, body=body))
    upload(sign_url, source, content_type=body.content_type, timeout=timeout, clock=clock_of(client))
    return asset_url


async def upload_asset_async(
    client: AuthenticatedClient | Client,
    file: Source,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    timeout: float = UPLOAD_TIMEOUT,
) -> str:
    """Upload a file as a JoggAI asset without blocking the event loop: `upload_asset` for asyncio.

    Args:
        client: the client from `create_client()`.
        file: a path, or a binary file object (seekable; read from its current position to its end).
        filename: the name JoggAI stores (default: the path's or the file object's name).
        content_type: its MIME type (default: guessed from the name, else application/octet-stream).
        timeout: seconds the upload's connection may stay silent (not a limit on the whole upload).

    Returns:
        The `asset_url` JoggAI gave for the file.

    Raises:
        InvalidArgumentError: no such file, a file object that cannot be sent, no name, an empty file.
        ApiError: JoggAI refused the upload request.
        TransferError: the storage host refused the file or the connection kept failing; it names the file.
    """
    source = UploadSource(file)
    body = _request(source, filename, content_type)
    sign_url, asset_url = _urls(await _upload_asset.asyncio_detailed(client=client, body=body))
    await upload_async(sign_url, source, content_type=body.content_type, timeout=timeout, clock=clock_of(client))
    return asset_url


__all__ = ["upload_asset", "upload_asset_async"]
