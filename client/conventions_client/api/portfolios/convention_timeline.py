from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.timeline_page import TimelinePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    convention_id: UUID,
    *,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    lag: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    params["lag"] = lag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}/timeline".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TimelinePage | None:
    if response.status_code == 200:
        response_200 = TimelinePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())

        return response_428

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | TimelinePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    lag: bool | Unset = False,
) -> Response[Problem | TimelinePage]:
    """Convention Timeline

     The convention's history in plain French, one line per event (its alerts included).

    Args:
        convention_id (UUID):
        after (int | Unset): Position after which to start (0: from the start). Default: 0.
        limit (int | Unset):  Default: 100.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinePage]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        after=after,
        limit=limit,
        lag=lag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    lag: bool | Unset = False,
) -> Problem | TimelinePage | None:
    """Convention Timeline

     The convention's history in plain French, one line per event (its alerts included).

    Args:
        convention_id (UUID):
        after (int | Unset): Position after which to start (0: from the start). Default: 0.
        limit (int | Unset):  Default: 100.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinePage
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
        after=after,
        limit=limit,
        lag=lag,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    lag: bool | Unset = False,
) -> Response[Problem | TimelinePage]:
    """Convention Timeline

     The convention's history in plain French, one line per event (its alerts included).

    Args:
        convention_id (UUID):
        after (int | Unset): Position after which to start (0: from the start). Default: 0.
        limit (int | Unset):  Default: 100.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinePage]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        after=after,
        limit=limit,
        lag=lag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    lag: bool | Unset = False,
) -> Problem | TimelinePage | None:
    """Convention Timeline

     The convention's history in plain French, one line per event (its alerts included).

    Args:
        convention_id (UUID):
        after (int | Unset): Position after which to start (0: from the start). Default: 0.
        limit (int | Unset):  Default: 100.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinePage
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
            after=after,
            limit=limit,
            lag=lag,
        )
    ).parsed
