from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    convention_id: UUID,
    *,
    from_version: int | Unset = 1,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from_version"] = from_version

    params["after"] = after

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}/events".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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
) -> Response[EventPage | Problem]:
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
    from_version: int | Unset = 1,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[EventPage | Problem]:
    """Read Events

     The convention's own events in order, in the feed's envelope, from a version.

    Args:
        convention_id (UUID):
        from_version (int | Unset): From this version of the convention. Default: 1.
        after (int | Unset): Cursor: the last position already seen. Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        from_version=from_version,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | Unset = 1,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> EventPage | Problem | None:
    """Read Events

     The convention's own events in order, in the feed's envelope, from a version.

    Args:
        convention_id (UUID):
        from_version (int | Unset): From this version of the convention. Default: 1.
        after (int | Unset): Cursor: the last position already seen. Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
        from_version=from_version,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | Unset = 1,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[EventPage | Problem]:
    """Read Events

     The convention's own events in order, in the feed's envelope, from a version.

    Args:
        convention_id (UUID):
        from_version (int | Unset): From this version of the convention. Default: 1.
        after (int | Unset): Cursor: the last position already seen. Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        from_version=from_version,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | Unset = 1,
    after: int | Unset = 0,
    limit: int | Unset = 100,
) -> EventPage | Problem | None:
    """Read Events

     The convention's own events in order, in the feed's envelope, from a version.

    Args:
        convention_id (UUID):
        from_version (int | Unset): From this version of the convention. Default: 1.
        after (int | Unset): Cursor: the last position already seen. Default: 0.
        limit (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
            from_version=from_version,
            after=after,
            limit=limit,
        )
    ).parsed
