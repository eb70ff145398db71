from functools import partial
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...lib._core.paths import path_segment
from ...lib._core.responses import build_response
from ...models.ai_script_task_response import AIScriptTaskResponse
from ...types import Response


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/ai_scripts/results/{path_segment(task_id)}",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AIScriptTaskResponse | None:
    if response.status_code == 200:
        response_200 = AIScriptTaskResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AIScriptTaskResponse]:
    return build_response(response, partial(_parse_response, client=client, response=response))


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AIScriptTaskResponse]:
    """Get AI script generation status

     Check the status and retrieve results of AI script generation task.
    Scripts are generated in multiple styles for variety.

    Args:
        task_id (str):  Example: task_123456789.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIScriptTaskResponse]
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
) -> AIScriptTaskResponse | None:
    """Get AI script generation status

     Check the status and retrieve results of AI script generation task.
    Scripts are generated in multiple styles for variety.

    Args:
        task_id (str):  Example: task_123456789.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIScriptTaskResponse
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AIScriptTaskResponse]:
    """Get AI script generation status

     Check the status and retrieve results of AI script generation task.
    Scripts are generated in multiple styles for variety.

    Args:
        task_id (str):  Example: task_123456789.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AIScriptTaskResponse]
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
) -> AIScriptTaskResponse | None:
    """Get AI script generation status

     Check the status and retrieve results of AI script generation task.
    Scripts are generated in multiple styles for variety.

    Args:
        task_id (str):  Example: task_123456789.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AIScriptTaskResponse
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
        )
    ).parsed
