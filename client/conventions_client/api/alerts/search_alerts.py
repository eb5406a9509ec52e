from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_kind import AlertKind
from ...models.alert_page import AlertPage
from ...models.alert_status import AlertStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["lag"] = lag

    json_party_id: None | str | Unset
    if isinstance(party_id, Unset):
        json_party_id = UNSET
    elif isinstance(party_id, UUID):
        json_party_id = str(party_id)
    else:
        json_party_id = party_id
    params["party_id"] = json_party_id

    json_convention_id: None | str | Unset
    if isinstance(convention_id, Unset):
        json_convention_id = UNSET
    elif isinstance(convention_id, UUID):
        json_convention_id = str(convention_id)
    else:
        json_convention_id = convention_id
    params["convention_id"] = json_convention_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, AlertStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, AlertKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alerts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertPage | Problem | None:
    if response.status_code == 200:
        response_200 = AlertPage.from_dict(response.json())

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
) -> Response[AlertPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Response[AlertPage | Problem]:
    """Search Alerts

     Alerts of the conventions a party is party to (or about that party), by convention,
    status, kind and year; most recent first; from the alert board as it is (its lag with
    ?lag=true: pass ?wait= on a write to read it here).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        lag=lag,
        party_id=party_id,
        convention_id=convention_id,
        status=status,
        kind=kind,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> AlertPage | Problem | None:
    """Search Alerts

     Alerts of the conventions a party is party to (or about that party), by convention,
    status, kind and year; most recent first; from the alert board as it is (its lag with
    ?lag=true: pass ?wait= on a write to read it here).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        lag=lag,
        party_id=party_id,
        convention_id=convention_id,
        status=status,
        kind=kind,
        year=year,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Response[AlertPage | Problem]:
    """Search Alerts

     Alerts of the conventions a party is party to (or about that party), by convention,
    status, kind and year; most recent first; from the alert board as it is (its lag with
    ?lag=true: pass ?wait= on a write to read it here).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        lag=lag,
        party_id=party_id,
        convention_id=convention_id,
        status=status,
        kind=kind,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> AlertPage | Problem | None:
    """Search Alerts

     Alerts of the conventions a party is party to (or about that party), by convention,
    status, kind and year; most recent first; from the alert board as it is (its lag with
    ?lag=true: pass ?wait= on a write to read it here).

    Args:
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            lag=lag,
            party_id=party_id,
            convention_id=convention_id,
            status=status,
            kind=kind,
            year=year,
        )
    ).parsed
