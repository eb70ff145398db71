# Layered in by `make regen` from overlays/providers/viddyscribe/runtime/uploads.py: edit it there, never here.
"""`upload_media`: a video to ViddyScribe by whichever of its three documented methods fits, returning the media
id to generate with.

- a URL (`http(s)://...`): ViddyScribe ingests it (`input.type` url);
- a local file of up to 32 MB (a path or a binary file object): one multipart request (`input.type` file);
- a larger one: the signed-URL flow of the large-local-file guide: request a signed URL (`input.type`
  signed_url), PUT the bytes to it by streaming (CHUNK_SIZE at a time, through a client with no API key: the key
  never reaches the storage host), `notify_upload_complete`, then wait for `get_upload_status` to say
  `completed` (the wait contract of `wait_for_upload`). A 409 `upload_not_ready` on the way is retried inside the
  same deadline. The id returned is the `canonical_media_id` when the server gives one that differs (the guide:
  "use canonical_media_id for generation").
"""

from __future__ import annotations

import dataclasses
import io
import os
from typing import IO, Any, BinaryIO, cast

from ..api.media import get_upload_status, notify_upload_complete
from ..api.media import upload_media as _upload_media
from ..client import AuthenticatedClient
from ..models import (
    FileInput,
    NotifyUploadCompleteRequest,
    SignedUrlInput,
    UploadMediaFileRequest,
    UploadMediaRequest,
    UploadStatusResponse,
    UrlInput,
)
from ..types import File
from ._core.clock import clock_of
from ._core.errors import ApiError, InvalidArgumentError, MalformedResponseError, WaitTimeoutError
from ._core.policy import PollPolicy
from ._core.transfers import UploadSource, guess_type, upload, upload_async
from ._core.waiting import TaskEndpoint, wait, wait_async
from .jobs import _UPLOAD, UPLOAD_POLICY, UPLOAD_TIMEOUT

MULTIPART_LIMIT = 32 * 1024 * 1024
"""The largest local file sent in one multipart request ("for local files up to 32 MB, multipart upload is
supported directly"); a larger one takes the signed-URL flow."""

NOT_READY = "upload_not_ready"
"""The 409 code for media whose upload ViddyScribe has not finished checking: it clears by waiting."""

Source = str | os.PathLike[str] | IO[bytes]


def _is_url(source: object) -> bool:
    return isinstance(source, str) and source.strip().lower().startswith(("http://", "https://"))


def _media_id(response: Any, what: str) -> str:
    media_id = getattr(response.parsed, "media_id", None)
    if not isinstance(media_id, str) or not media_id:
        raise MalformedResponseError(
            f"upload_media: ViddyScribe's answer to the {what} request has no media_id",
            status_code=int(response.status_code),
            body=response.content,
        )
    return media_id


def _multipart(source: UploadSource, content_type: str | None) -> UploadMediaFileRequest:
    if source.path is not None:
        payload: BinaryIO = source.path.open("rb")
    else:
        assert source.stream is not None
        source.stream.seek(source.start)
        # httpx rewinds a part to byte 0 before sending it; a file object read from elsewhere is copied (<= 32 MB)
        payload = cast(BinaryIO, source.stream) if source.start == 0 else io.BytesIO(source.stream.read(source.size))
    name = source.filename or "upload"
    return UploadMediaFileRequest(
        input_=FileInput(), file=File(payload=payload, file_name=name, mime_type=content_type or guess_type(name))
    )


def _signed_request(source: UploadSource, content_type: str | None) -> UploadMediaRequest:
    name = source.filename or "upload"
    return UploadMediaRequest(input_=SignedUrlInput(filename=name, content_type=content_type or guess_type(name)))


class _Signed:
    """The signed-URL flow's state: what the signed-URL request answered, and the deadline of what follows."""

    def __init__(self, client: Any, response: Any, content_type: str, timeout: float | None) -> None:
        parsed = response.parsed
        self.media_id = _media_id(response, "signed-URL")
        upload_url, gcs_path = getattr(parsed, "upload_url", None), getattr(parsed, "gcs_path", None)
        if not (isinstance(upload_url, str) and upload_url and isinstance(gcs_path, str) and gcs_path):
            raise MalformedResponseError(
                "upload_media: ViddyScribe's signed-URL answer lacks upload_url or gcs_path",
                status_code=int(response.status_code),
                body=response.content,
            )
        self.upload_url, self.gcs_path = upload_url, gcs_path
        given = getattr(parsed, "content_type", None)
        self.content_type = given if isinstance(given, str) and given else content_type  # what the URL was signed for
        self.clock = clock_of(client)
        self.timeout = timeout
        self.started = 0.0
        self.notifies = 0
        self.endpoint: TaskEndpoint[UploadStatusResponse] = dataclasses.replace(
            _UPLOAD,
            fetch=lambda c, media_id: get_upload_status.sync_detailed(client=c, media_id=media_id, gcs_path=gcs_path),
            fetch_async=lambda c, media_id: get_upload_status.asyncio_detailed(
                client=c, media_id=media_id, gcs_path=gcs_path
            ),
        )

    def start(self) -> None:
        """The deadline runs from here: after the bytes are in storage."""
        self.started = self.clock.monotonic()

    def left(self) -> float | None:
        return None if self.timeout is None else max(0.0, self.timeout - (self.clock.monotonic() - self.started))

    def notify_body(self) -> NotifyUploadCompleteRequest:
        self.notifies += 1
        return NotifyUploadCompleteRequest(media_id=self.media_id, gcs_path=self.gcs_path)

    def not_ready(self, error: ApiError, policy: PollPolicy) -> float:
        """After a 409 upload_not_ready: the delay before notifying again; raises past the deadline."""
        delay = policy.next_delay(self.notifies)
        left = self.left()
        if left is not None and delay >= left:
            raise WaitTimeoutError(
                f"media {self.media_id!r}: ViddyScribe still answered {NOT_READY} after {self.timeout:g}s "
                f"({self.notifies} notifications)",
                task_id=self.media_id,
                last_status=NOT_READY,
                elapsed=self.clock.monotonic() - self.started,
            ) from error
        return delay

    def result(self, status: UploadStatusResponse) -> str:
        canonical = getattr(status, "canonical_media_id", None)
        return canonical if isinstance(canonical, str) and canonical else self.media_id


def _not_ready(error: ApiError) -> bool:
    return error.status_code == 409 and error.code == NOT_READY


def _check_options(content_type: str | None, timeout: float | None) -> None:
    if content_type is not None and (not isinstance(content_type, str) or not content_type.strip()):
        raise InvalidArgumentError("content_type must be a MIME type such as 'video/mp4', or None")
    if timeout is not None and (isinstance(timeout, bool) or not timeout >= 0):
        raise InvalidArgumentError("timeout must be >= 0 seconds, or None for no limit")


def upload_media(
    client: AuthenticatedClient,
    source: Source,
    *,
    content_type: str | None = None,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: PollPolicy | None = None,
) -> str:
    """Upload a video to ViddyScribe and return the media id to generate with.

    Args:
        client: the client from `create_client()`.
        source: a public `http(s)://` URL for ViddyScribe to fetch, a path, or a binary file object (seekable;
            read from its current position to its end).
        content_type: the file's MIME type (default: guessed from its name, else application/octet-stream).
        timeout: for a file over 32 MB, seconds to wait for ViddyScribe to verify it once its bytes are stored
            (default `UPLOAD_TIMEOUT`, 15 minutes); None waits without limit.
        policy: the delays between upload-status polls and between notifications answered upload_not_ready
            (default `DEFAULT_POLICIES["wait_for_upload"]`).

    Returns:
        The media id: the `canonical_media_id` when verification gave one that differs from the first id.

    Raises:
        InvalidArgumentError: no such file, a text-mode or unseekable file object; nothing is sent.
        ApiError: ViddyScribe refused a request (BadRequestError for upload_failed: upload again).
        TransferError: the storage host refused the bytes; its message names the file.
        TaskFailedError, WaitTimeoutError: verification failed or did not finish in time (`task_id` is the
            media id; resume with `wait_for_upload`).
    """
    _check_options(content_type, timeout)
    if _is_url(source):
        assert isinstance(source, str)
        request = UploadMediaRequest(input_=UrlInput(url=source.strip()))
        return _media_id(_upload_media.sync_detailed(client=client, body=request), "URL")
    file = UploadSource(source)
    if file.size <= MULTIPART_LIMIT:
        body = _multipart(file, content_type)
        try:
            return _media_id(_upload_media.sync_detailed(client=client, body=body), "file")
        finally:
            if file.path is not None:
                body.file.payload.close()
    chosen = policy or UPLOAD_POLICY
    response = _upload_media.sync_detailed(client=client, body=_signed_request(file, content_type))
    flow = _Signed(client, response, content_type or guess_type(file.filename), timeout)
    upload(flow.upload_url, file, content_type=flow.content_type, clock=flow.clock)
    flow.start()
    while True:
        try:
            notify_upload_complete.sync_detailed(client=client, body=flow.notify_body())
            break
        except ApiError as error:
            if not _not_ready(error):
                raise
            flow.clock.sleep(flow.not_ready(error, chosen))
    status = wait(flow.endpoint, client, flow.media_id, timeout=flow.left(), policy=chosen)
    return flow.result(status)


async def upload_media_async(
    client: AuthenticatedClient,
    source: Source,
    *,
    content_type: str | None = None,
    timeout: float | None = UPLOAD_TIMEOUT,
    policy: PollPolicy | None = None,
) -> str:
    """Upload a video to ViddyScribe without blocking the event loop: `upload_media` for asyncio.

    Args:
        client: the client from `create_client()`.
        source: a public `http(s)://` URL, a path, or a binary file object (seekable).
        content_type: the file's MIME type (default: guessed from its name).
        timeout: for a file over 32 MB, seconds to wait for verification once its bytes are stored; None: no limit.
        policy: the delays between upload-status polls and between notifications answered upload_not_ready.

    Returns:
        The media id to generate with (the `canonical_media_id` when verification gave one that differs).

    Raises:
        InvalidArgumentError: no such file, or a file object that cannot be sent; nothing is sent.
        ApiError: ViddyScribe refused a request (BadRequestError for upload_failed).
        TransferError: the storage host refused the bytes; its message names the file.
        TaskFailedError, WaitTimeoutError: verification failed or did not finish in time.
    """
    _check_options(content_type, timeout)
    if _is_url(source):
        assert isinstance(source, str)
        request = UploadMediaRequest(input_=UrlInput(url=source.strip()))
        return _media_id(await _upload_media.asyncio_detailed(client=client, body=request), "URL")
    file = UploadSource(source)
    if file.size <= MULTIPART_LIMIT:
        body = _multipart(file, content_type)
        try:
            return _media_id(await _upload_media.asyncio_detailed(client=client, body=body), "file")
        finally:
            if file.path is not None:
                body.file.payload.close()
    chosen = policy or UPLOAD_POLICY
    response = await _upload_media.asyncio_detailed(client=client, body=_signed_request(file, content_type))
    flow = _Signed(client, response, content_type or guess_type(file.filename), timeout)
    await upload_async(flow.upload_url, file, content_type=flow.content_type, clock=flow.clock)
    flow.start()
    while True:
        try:
            await notify_upload_complete.asyncio_detailed(client=client, body=flow.notify_body())
            break
        except ApiError as error:
            if not _not_ready(error):
                raise
            await flow.clock.async_sleep(flow.not_ready(error, chosen))
    status = await wait_async(flow.endpoint, client, flow.media_id, timeout=flow.left(), policy=chosen)
    return flow.result(status)


__all__ = ["upload_media", "upload_media_async"]
