"""A finished ViddyScribe job's results: `job_output` types its `output`, `download_job_result` fetches its video or
audio track.

A signed result URL lives 15 minutes (get_results). `download_job_result` reads the job for its URL and streams
it into a file (`download`'s temporary file, atomic rename and Range resume); when the storage host refuses the
link as expired, it reads the job once more for a fresh URL and resumes where it stopped.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..api.results import get_results
from ..client import AuthenticatedClient, Client
from ..models import Job, JobOutput, SegmentsOutput, TextOutput
from ._core.clock import clock_of
from ._core.errors import InvalidArgumentError, MalformedResponseError, TaskFailedError
from ._core.paths import require_id
from ._core.transfers import (
    DOWNLOAD_TIMEOUT,
    ProgressCallback,
    check_url,
    fetch,
    fetch_async,
    file_name_of,
    storage_client,
    storage_client_async,
    target_path,
)

TRACKS = {"video": "video_signed_url", "audio": "audio_signed_url"}
"""`track` -> the Job field with its signed URL (`audio_signed_url`: standard_ad video jobs only)."""


def job_output(job: Job) -> SegmentsOutput | TextOutput | JobOutput | None:
    """The job's `output`, typed for its documented format.

    Args:
        job: a Job, as `wait_for_job` or a generate-and-wait helper returned it.

    Returns:
        SegmentsOutput for `json` (a `segments` list); TextOutput for `vtt` and `edl` (`format` and `content`);
        an output of any other shape as the JobOutput it came in, every key kept; None when there is no output.

    Raises:
        Nothing: an output that does not fit its documented model is returned as it came.
    """
    output = getattr(job, "output", None)
    if not isinstance(output, JobOutput):
        return None
    raw = output.to_dict()
    for model, keys in ((SegmentsOutput, ("segments",)), (TextOutput, ("format", "content"))):
        if all(key in raw for key in keys):
            try:
                return model.from_dict(raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                return output  # the documented keys with undocumented values: kept as sent
    return output


def _job(response: Any, job_id: str) -> Job:
    parsed = response.parsed
    if not isinstance(parsed, Job):
        raise MalformedResponseError(
            f"get_results for {job_id!r} did not answer with a job",
            status_code=int(response.status_code),
            body=response.content,
        )
    return parsed


def _url(job: Job, job_id: str, track: str) -> str:
    status = str(getattr(job, "status", None) or "unknown")
    if status == "failed":
        detail = ": ".join(str(v) for v in (getattr(job, "error", None), getattr(job, "message", None)) if v)
        raise TaskFailedError(f"job {job_id!r} failed: {detail or 'no detail'}", task_id=job_id, status=status)
    if status != "done":
        raise InvalidArgumentError(f"job {job_id!r} is {status}, not done: wait for it first (wait_for_job)")
    url = getattr(job, TRACKS[track], None)
    if not isinstance(url, str) or not url:
        raise InvalidArgumentError(f"job {job_id!r} has no {track} result (no {TRACKS[track]})")
    return check_url(url)


def _check(job_id: object, track: object) -> str:
    checked = require_id(job_id, "job_id")
    if track not in TRACKS:
        raise InvalidArgumentError(f"track must be one of {', '.join(map(repr, TRACKS))}, not {track!r}")
    return checked


def download_job_result(
    client: AuthenticatedClient | Client,
    job_id: str,
    dest: str | os.PathLike[str],
    *,
    track: str = "video",
    timeout: float = DOWNLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a finished job's video (`track="video"`) or audio track (`"audio"`) into a file.

    Args:
        client: the client from `create_client()` (used for the job reads; the download itself carries no key).
        job_id: the job, finished (`done`).
        dest: the file to write, or a directory (existing, or ending with a separator) to put the URL's file
            name in.
        track: "video" (`video_signed_url`) or "audio" (`audio_signed_url`, standard_ad video jobs only).
        timeout: seconds the connection may stay silent before it counts as dropped (default 60).
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete file.

    Raises:
        TaskFailedError: the job failed.
        InvalidArgumentError: the job is not done, or has no URL for the track.
        TransferError, IncompleteDownloadError: as `download` raises them; an expired link is renewed once
            (the job read again) before one is raised.
        ApiError: reading the job failed.
    """
    checked = _check(job_id, track)

    def fresh_url() -> str:
        return _url(_job(get_results.sync_detailed(client=client, job_id=checked), checked), checked, track)

    url = fresh_url()
    final = target_path(dest, file_name_of(url, f"{checked}-{track}"))
    with storage_client(timeout) as http:
        return fetch(
            url,
            final,
            lambda target, headers: http.stream("GET", target, headers=headers),
            clock=clock_of(client),
            on_progress=on_progress,
            renew=fresh_url,
            what=f"download of job {checked!r} ({track})",
        )


async def download_job_result_async(
    client: AuthenticatedClient | Client,
    job_id: str,
    dest: str | os.PathLike[str],
    *,
    track: str = "video",
    timeout: float = DOWNLOAD_TIMEOUT,
    on_progress: ProgressCallback | None = None,
) -> Path:
    """Download a finished job's video or audio track without blocking the event loop: `download_job_result`
    for asyncio.

    Args:
        client: the client from `create_client()` (for the job reads; the download carries no key).
        job_id: the job, finished (`done`).
        dest: the file to write, or a directory (existing, or ending with a separator).
        track: "video" (`video_signed_url`) or "audio" (`audio_signed_url`).
        timeout: seconds the connection may stay silent, as for `download`.
        on_progress: called as `on_progress(bytes_done, bytes_total_or_None)` after every chunk written.

    Returns:
        The path of the complete file.

    Raises:
        TaskFailedError: the job failed.
        InvalidArgumentError: the job is not done, or has no URL for the track.
        TransferError, IncompleteDownloadError: as `download` raises them, after renewing an expired link once.
        ApiError: reading the job failed.
    """
    checked = _check(job_id, track)

    async def fresh_url() -> str:
        return _url(_job(await get_results.asyncio_detailed(client=client, job_id=checked), checked), checked, track)

    url = await fresh_url()
    final = target_path(dest, file_name_of(url, f"{checked}-{track}"))
    async with storage_client_async(timeout) as http:
        return await fetch_async(
            url,
            final,
            lambda target, headers: http.stream("GET", target, headers=headers),
            clock=clock_of(client),
            on_progress=on_progress,
            renew=fresh_url,
            what=f"download of job {checked!r} ({track})",
        )


__all__ = ["download_job_result", "download_job_result_async", "job_output"]
