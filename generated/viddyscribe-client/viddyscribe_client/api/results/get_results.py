from functools import partial
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._core.responses import build_response
from ...models.error import Error
from ...models.job import Job
from ...types import UNSET, Response


def _get_kwargs(
    *,
    job_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["job_id"] = job_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/enterprise/api/get_results",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Job | None:
    if response.status_code == 200:
        response_200 = Job.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Job]:
    return build_response(response, partial(_parse_response, client=client, response=response))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[Error | Job]:
    """Get job results

     Check the status of a processing job and retrieve results when complete.

    **Job statuses:**
    - `queued` - Job is waiting to be processed
    - `processing` - Job is currently being processed
    - `done` - Job finished successfully
      - `video_signed_url`: Signed URL to download result (video/audio jobs, expires in 15 min)
      - `audio_signed_url`: Signed URL to download audio track (standard_ad video jobs only, expires in
    15 min)
      - `output`: JSON/Text with generated descriptions (if available)
    - `failed` - Job failed, error message available

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Error | Job | None:
    """Get job results

     Check the status of a processing job and retrieve results when complete.

    **Job statuses:**
    - `queued` - Job is waiting to be processed
    - `processing` - Job is currently being processed
    - `done` - Job finished successfully
      - `video_signed_url`: Signed URL to download result (video/audio jobs, expires in 15 min)
      - `audio_signed_url`: Signed URL to download audio track (standard_ad video jobs only, expires in
    15 min)
      - `output`: JSON/Text with generated descriptions (if available)
    - `failed` - Job failed, error message available

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return sync_detailed(
        client=client,
        job_id=job_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Response[Error | Job]:
    """Get job results

     Check the status of a processing job and retrieve results when complete.

    **Job statuses:**
    - `queued` - Job is waiting to be processed
    - `processing` - Job is currently being processed
    - `done` - Job finished successfully
      - `video_signed_url`: Signed URL to download result (video/audio jobs, expires in 15 min)
      - `audio_signed_url`: Signed URL to download audio track (standard_ad video jobs only, expires in
    15 min)
      - `output`: JSON/Text with generated descriptions (if available)
    - `failed` - Job failed, error message available

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Job]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    job_id: str,
) -> Error | Job | None:
    """Get job results

     Check the status of a processing job and retrieve results when complete.

    **Job statuses:**
    - `queued` - Job is waiting to be processed
    - `processing` - Job is currently being processed
    - `done` - Job finished successfully
      - `video_signed_url`: Signed URL to download result (video/audio jobs, expires in 15 min)
      - `audio_signed_url`: Signed URL to download audio track (standard_ad video jobs only, expires in
    15 min)
      - `output`: JSON/Text with generated descriptions (if available)
    - `failed` - Job failed, error message available

    Args:
        job_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Job
    """

    return (
        await asyncio_detailed(
            client=client,
            job_id=job_id,
        )
    ).parsed
