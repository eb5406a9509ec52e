import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.terms_diff import TermsDiff
from ...types import UNSET, Response, Unset


def _get_kwargs(
    convention_id: UUID,
    *,
    from_version: int | None | Unset = UNSET,
    from_recorded_at: datetime.datetime | None | Unset = UNSET,
    from_on: datetime.date | None | Unset = UNSET,
    to_version: int | None | Unset = UNSET,
    to_recorded_at: datetime.datetime | None | Unset = UNSET,
    to_on: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_version: int | None | Unset
    if isinstance(from_version, Unset):
        json_from_version = UNSET
    else:
        json_from_version = from_version
    params["from_version"] = json_from_version

    json_from_recorded_at: None | str | Unset
    if isinstance(from_recorded_at, Unset):
        json_from_recorded_at = UNSET
    elif isinstance(from_recorded_at, datetime.datetime):
        json_from_recorded_at = from_recorded_at.isoformat()
    else:
        json_from_recorded_at = from_recorded_at
    params["from_recorded_at"] = json_from_recorded_at

    json_from_on: None | str | Unset
    if isinstance(from_on, Unset):
        json_from_on = UNSET
    elif isinstance(from_on, datetime.date):
        json_from_on = from_on.isoformat()
    else:
        json_from_on = from_on
    params["from_on"] = json_from_on

    json_to_version: int | None | Unset
    if isinstance(to_version, Unset):
        json_to_version = UNSET
    else:
        json_to_version = to_version
    params["to_version"] = json_to_version

    json_to_recorded_at: None | str | Unset
    if isinstance(to_recorded_at, Unset):
        json_to_recorded_at = UNSET
    elif isinstance(to_recorded_at, datetime.datetime):
        json_to_recorded_at = to_recorded_at.isoformat()
    else:
        json_to_recorded_at = to_recorded_at
    params["to_recorded_at"] = json_to_recorded_at

    json_to_on: None | str | Unset
    if isinstance(to_on, Unset):
        json_to_on = UNSET
    elif isinstance(to_on, datetime.date):
        json_to_on = to_on.isoformat()
    else:
        json_to_on = to_on
    params["to_on"] = json_to_on

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}/diff".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TermsDiff | None:
    if response.status_code == 200:
        response_200 = TermsDiff.from_dict(response.json())

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
) -> Response[Problem | TermsDiff]:
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
    from_version: int | None | Unset = UNSET,
    from_recorded_at: datetime.datetime | None | Unset = UNSET,
    from_on: datetime.date | None | Unset = UNSET,
    to_version: int | None | Unset = UNSET,
    to_recorded_at: datetime.datetime | None | Unset = UNSET,
    to_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | TermsDiff]:
    """Diff Terms

     What changed in the terms between two points (each a version or an instant recorded,
    and a date in force; absent: as they now stand), and the events that made it.

    Args:
        convention_id (UUID):
        from_version (int | None | Unset): The convention at this version of its stream.
        from_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew
            it at this instant (events recorded up to then).
        from_on (datetime.date | None | Unset): Terms in force on this date (default: today).
        to_version (int | None | Unset): The convention at this version of its stream.
        to_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it
            at this instant (events recorded up to then).
        to_on (datetime.date | None | Unset): Terms in force on this date (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TermsDiff]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        from_version=from_version,
        from_recorded_at=from_recorded_at,
        from_on=from_on,
        to_version=to_version,
        to_recorded_at=to_recorded_at,
        to_on=to_on,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | None | Unset = UNSET,
    from_recorded_at: datetime.datetime | None | Unset = UNSET,
    from_on: datetime.date | None | Unset = UNSET,
    to_version: int | None | Unset = UNSET,
    to_recorded_at: datetime.datetime | None | Unset = UNSET,
    to_on: datetime.date | None | Unset = UNSET,
) -> Problem | TermsDiff | None:
    """Diff Terms

     What changed in the terms between two points (each a version or an instant recorded,
    and a date in force; absent: as they now stand), and the events that made it.

    Args:
        convention_id (UUID):
        from_version (int | None | Unset): The convention at this version of its stream.
        from_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew
            it at this instant (events recorded up to then).
        from_on (datetime.date | None | Unset): Terms in force on this date (default: today).
        to_version (int | None | Unset): The convention at this version of its stream.
        to_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it
            at this instant (events recorded up to then).
        to_on (datetime.date | None | Unset): Terms in force on this date (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TermsDiff
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
        from_version=from_version,
        from_recorded_at=from_recorded_at,
        from_on=from_on,
        to_version=to_version,
        to_recorded_at=to_recorded_at,
        to_on=to_on,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | None | Unset = UNSET,
    from_recorded_at: datetime.datetime | None | Unset = UNSET,
    from_on: datetime.date | None | Unset = UNSET,
    to_version: int | None | Unset = UNSET,
    to_recorded_at: datetime.datetime | None | Unset = UNSET,
    to_on: datetime.date | None | Unset = UNSET,
) -> Response[Problem | TermsDiff]:
    """Diff Terms

     What changed in the terms between two points (each a version or an instant recorded,
    and a date in force; absent: as they now stand), and the events that made it.

    Args:
        convention_id (UUID):
        from_version (int | None | Unset): The convention at this version of its stream.
        from_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew
            it at this instant (events recorded up to then).
        from_on (datetime.date | None | Unset): Terms in force on this date (default: today).
        to_version (int | None | Unset): The convention at this version of its stream.
        to_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it
            at this instant (events recorded up to then).
        to_on (datetime.date | None | Unset): Terms in force on this date (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TermsDiff]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        from_version=from_version,
        from_recorded_at=from_recorded_at,
        from_on=from_on,
        to_version=to_version,
        to_recorded_at=to_recorded_at,
        to_on=to_on,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    from_version: int | None | Unset = UNSET,
    from_recorded_at: datetime.datetime | None | Unset = UNSET,
    from_on: datetime.date | None | Unset = UNSET,
    to_version: int | None | Unset = UNSET,
    to_recorded_at: datetime.datetime | None | Unset = UNSET,
    to_on: datetime.date | None | Unset = UNSET,
) -> Problem | TermsDiff | None:
    """Diff Terms

     What changed in the terms between two points (each a version or an instant recorded,
    and a date in force; absent: as they now stand), and the events that made it.

    Args:
        convention_id (UUID):
        from_version (int | None | Unset): The convention at this version of its stream.
        from_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew
            it at this instant (events recorded up to then).
        from_on (datetime.date | None | Unset): Terms in force on this date (default: today).
        to_version (int | None | Unset): The convention at this version of its stream.
        to_recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it
            at this instant (events recorded up to then).
        to_on (datetime.date | None | Unset): Terms in force on this date (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TermsDiff
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
            from_version=from_version,
            from_recorded_at=from_recorded_at,
            from_on=from_on,
            to_version=to_version,
            to_recorded_at=to_recorded_at,
            to_on=to_on,
        )
    ).parsed
