import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convention_public import ConventionPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    convention_id: UUID,
    *,
    on: datetime.date | None | Unset = UNSET,
    version: int | None | Unset = UNSET,
    recorded_at: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    elif isinstance(on, datetime.date):
        json_on = on.isoformat()
    else:
        json_on = on
    params["on"] = json_on

    json_version: int | None | Unset
    if isinstance(version, Unset):
        json_version = UNSET
    else:
        json_version = version
    params["version"] = json_version

    json_recorded_at: None | str | Unset
    if isinstance(recorded_at, Unset):
        json_recorded_at = UNSET
    elif isinstance(recorded_at, datetime.datetime):
        json_recorded_at = recorded_at.isoformat()
    else:
        json_recorded_at = recorded_at
    params["recorded_at"] = json_recorded_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConventionPublic | Problem | None:
    if response.status_code == 200:
        response_200 = ConventionPublic.from_dict(response.json())

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
) -> Response[ConventionPublic | Problem]:
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
    on: datetime.date | None | Unset = UNSET,
    version: int | None | Unset = UNSET,
    recorded_at: datetime.datetime | None | Unset = UNSET,
) -> Response[ConventionPublic | Problem]:
    """Read Convention

     The convention and its whole record; its terms in force on a date. With `recorded_at`
    (or `version`), as the platform knew it then: in force on D as known at T.

    Args:
        convention_id (UUID):
        on (datetime.date | None | Unset): Terms in force on this date (default: today).
        version (int | None | Unset): The convention at this version of its stream.
        recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it at
            this instant (events recorded up to then).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConventionPublic | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        on=on,
        version=version,
        recorded_at=recorded_at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    version: int | None | Unset = UNSET,
    recorded_at: datetime.datetime | None | Unset = UNSET,
) -> ConventionPublic | Problem | None:
    """Read Convention

     The convention and its whole record; its terms in force on a date. With `recorded_at`
    (or `version`), as the platform knew it then: in force on D as known at T.

    Args:
        convention_id (UUID):
        on (datetime.date | None | Unset): Terms in force on this date (default: today).
        version (int | None | Unset): The convention at this version of its stream.
        recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it at
            this instant (events recorded up to then).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConventionPublic | Problem
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
        on=on,
        version=version,
        recorded_at=recorded_at,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    version: int | None | Unset = UNSET,
    recorded_at: datetime.datetime | None | Unset = UNSET,
) -> Response[ConventionPublic | Problem]:
    """Read Convention

     The convention and its whole record; its terms in force on a date. With `recorded_at`
    (or `version`), as the platform knew it then: in force on D as known at T.

    Args:
        convention_id (UUID):
        on (datetime.date | None | Unset): Terms in force on this date (default: today).
        version (int | None | Unset): The convention at this version of its stream.
        recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it at
            this instant (events recorded up to then).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConventionPublic | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        on=on,
        version=version,
        recorded_at=recorded_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    on: datetime.date | None | Unset = UNSET,
    version: int | None | Unset = UNSET,
    recorded_at: datetime.datetime | None | Unset = UNSET,
) -> ConventionPublic | Problem | None:
    """Read Convention

     The convention and its whole record; its terms in force on a date. With `recorded_at`
    (or `version`), as the platform knew it then: in force on D as known at T.

    Args:
        convention_id (UUID):
        on (datetime.date | None | Unset): Terms in force on this date (default: today).
        version (int | None | Unset): The convention at this version of its stream.
        recorded_at (datetime.datetime | None | Unset): The convention as the platform knew it at
            this instant (events recorded up to then).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConventionPublic | Problem
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
            on=on,
            version=version,
            recorded_at=recorded_at,
        )
    ).parsed
