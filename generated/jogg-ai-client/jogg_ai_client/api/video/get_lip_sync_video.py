from functools import partial
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._core.paths import path_segment
from ...lib._core.responses import build_response
from ...models.lip_sync_task_response import LipSyncTaskResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/lip_sync_video/{path_segment(task_id)}",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LipSyncTaskResponse | None:
    if response.status_code == 200:
        response_200 = LipSyncTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LipSyncTaskResponse]:
    return build_response(response, partial(_parse_response, client=client, response=response))


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LipSyncTaskResponse]:
    """Get lip sync task by task ID

     Query lip sync task status and result by task ID.

    Args:
        task_id (str):  Example: 3d5c6930-d0da-4f7b-826e-cd1530f6734f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LipSyncTaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> LipSyncTaskResponse | None:
    """Get lip sync task by task ID

     Query lip sync task status and result by task ID.

    Args:
        task_id (str):  Example: 3d5c6930-d0da-4f7b-826e-cd1530f6734f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LipSyncTaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[LipSyncTaskResponse]:
    """Get lip sync task by task ID

     Query lip sync task status and result by task ID.

    Args:
        task_id (str):  Example: 3d5c6930-d0da-4f7b-826e-cd1530f6734f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LipSyncTaskResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> LipSyncTaskResponse | None:
    """Get lip sync task by task ID

     Query lip sync task status and result by task ID.

    Args:
        task_id (str):  Example: 3d5c6930-d0da-4f7b-826e-cd1530f6734f.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LipSyncTaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
