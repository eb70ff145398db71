from functools import partial
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._core.paths import path_segment
from ...lib._core.responses import build_response
from ...models.screenplay_task_response import ScreenplayTaskResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/screenplay/tasks/{path_segment(task_id)}",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ScreenplayTaskResponse | None:
    if response.status_code == 200:
        response_200 = ScreenplayTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScreenplayTaskResponse]:
    return build_response(response, partial(_parse_response, client=client, response=response))


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ScreenplayTaskResponse]:
    """Get Task Status

     This endpoint returns the current status of a screenplay extraction task, including progress
    information for running tasks and error details for failed tasks.

    Notes:
    - Poll this endpoint to track progress of long-running tasks
    - When status is "completed", use the Download Task Result endpoint to download the output files
    - The progress field is only available when the task is in "running" status

    Args:
        task_id (str): The screenplay task ID Example: ros-sd-20260313-a3f8c2b1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScreenplayTaskResponse]
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
) -> ScreenplayTaskResponse | None:
    """Get Task Status

     This endpoint returns the current status of a screenplay extraction task, including progress
    information for running tasks and error details for failed tasks.

    Notes:
    - Poll this endpoint to track progress of long-running tasks
    - When status is "completed", use the Download Task Result endpoint to download the output files
    - The progress field is only available when the task is in "running" status

    Args:
        task_id (str): The screenplay task ID Example: ros-sd-20260313-a3f8c2b1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScreenplayTaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ScreenplayTaskResponse]:
    """Get Task Status

     This endpoint returns the current status of a screenplay extraction task, including progress
    information for running tasks and error details for failed tasks.

    Notes:
    - Poll this endpoint to track progress of long-running tasks
    - When status is "completed", use the Download Task Result endpoint to download the output files
    - The progress field is only available when the task is in "running" status

    Args:
        task_id (str): The screenplay task ID Example: ros-sd-20260313-a3f8c2b1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScreenplayTaskResponse]
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
) -> ScreenplayTaskResponse | None:
    """Get Task Status

     This endpoint returns the current status of a screenplay extraction task, including progress
    information for running tasks and error details for failed tasks.

    Notes:
    - Poll this endpoint to track progress of long-running tasks
    - When status is "completed", use the Download Task Result endpoint to download the output files
    - The progress field is only available when the task is in "running" status

    Args:
        task_id (str): The screenplay task ID Example: ros-sd-20260313-a3f8c2b1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScreenplayTaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
