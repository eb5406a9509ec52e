import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.convention_kind import ConventionKind
from ...models.convention_page import ConventionPage
from ...models.convention_status import ConventionStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    party_id: None | Unset | UUID = UNSET,
    kind: ConventionKind | None | Unset = UNSET,
    status: ConventionStatus | None | Unset = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    ends_from: datetime.date | None | Unset = UNSET,
    ends_until: datetime.date | None | Unset = UNSET,
    expiring_within_days: int | None | Unset = UNSET,
    title: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_party_id: None | str | Unset
    if isinstance(party_id, Unset):
        json_party_id = UNSET
    elif isinstance(party_id, UUID):
        json_party_id = str(party_id)
    else:
        json_party_id = party_id
    params["party_id"] = json_party_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ConventionKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ConventionStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_starts_from: None | str | Unset
    if isinstance(starts_from, Unset):
        json_starts_from = UNSET
    elif isinstance(starts_from, datetime.date):
        json_starts_from = starts_from.isoformat()
    else:
        json_starts_from = starts_from
    params["starts_from"] = json_starts_from

    json_starts_until: None | str | Unset
    if isinstance(starts_until, Unset):
        json_starts_until = UNSET
    elif isinstance(starts_until, datetime.date):
        json_starts_until = starts_until.isoformat()
    else:
        json_starts_until = starts_until
    params["starts_until"] = json_starts_until

    json_ends_from: None | str | Unset
    if isinstance(ends_from, Unset):
        json_ends_from = UNSET
    elif isinstance(ends_from, datetime.date):
        json_ends_from = ends_from.isoformat()
    else:
        json_ends_from = ends_from
    params["ends_from"] = json_ends_from

    json_ends_until: None | str | Unset
    if isinstance(ends_until, Unset):
        json_ends_until = UNSET
    elif isinstance(ends_until, datetime.date):
        json_ends_until = ends_until.isoformat()
    else:
        json_ends_until = ends_until
    params["ends_until"] = json_ends_until

    json_expiring_within_days: int | None | Unset
    if isinstance(expiring_within_days, Unset):
        json_expiring_within_days = UNSET
    else:
        json_expiring_within_days = expiring_within_days
    params["expiring_within_days"] = json_expiring_within_days

    json_title: None | str | Unset
    if isinstance(title, Unset):
        json_title = UNSET
    else:
        json_title = title
    params["title"] = json_title

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params["limit"] = limit

    params["offset"] = offset

    params["lag"] = lag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConventionPage | Problem | None:
    if response.status_code == 200:
        response_200 = ConventionPage.from_dict(response.json())

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
) -> Response[ConventionPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    kind: ConventionKind | None | Unset = UNSET,
    status: ConventionStatus | None | Unset = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    ends_from: datetime.date | None | Unset = UNSET,
    ends_until: datetime.date | None | Unset = UNSET,
    expiring_within_days: int | None | Unset = UNSET,
    title: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> Response[ConventionPage | Problem]:
    """Search Conventions

     Convention summaries (kind, status, parties, period, next deadline), by start date.

    Args:
        party_id (None | Unset | UUID): Party to the convention, directly or through its SC.
        kind (ConventionKind | None | Unset):
        status (ConventionStatus | None | Unset):
        starts_from (datetime.date | None | Unset):
        starts_until (datetime.date | None | Unset):
        ends_from (datetime.date | None | Unset):
        ends_until (datetime.date | None | Unset):
        expiring_within_days (int | None | Unset): In force and ending within so many days.
        title (None | str | Unset):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConventionPage | Problem]
    """

    kwargs = _get_kwargs(
        party_id=party_id,
        kind=kind,
        status=status,
        starts_from=starts_from,
        starts_until=starts_until,
        ends_from=ends_from,
        ends_until=ends_until,
        expiring_within_days=expiring_within_days,
        title=title,
        as_of=as_of,
        limit=limit,
        offset=offset,
        lag=lag,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    kind: ConventionKind | None | Unset = UNSET,
    status: ConventionStatus | None | Unset = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    ends_from: datetime.date | None | Unset = UNSET,
    ends_until: datetime.date | None | Unset = UNSET,
    expiring_within_days: int | None | Unset = UNSET,
    title: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> ConventionPage | Problem | None:
    """Search Conventions

     Convention summaries (kind, status, parties, period, next deadline), by start date.

    Args:
        party_id (None | Unset | UUID): Party to the convention, directly or through its SC.
        kind (ConventionKind | None | Unset):
        status (ConventionStatus | None | Unset):
        starts_from (datetime.date | None | Unset):
        starts_until (datetime.date | None | Unset):
        ends_from (datetime.date | None | Unset):
        ends_until (datetime.date | None | Unset):
        expiring_within_days (int | None | Unset): In force and ending within so many days.
        title (None | str | Unset):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConventionPage | Problem
    """

    return sync_detailed(
        client=client,
        party_id=party_id,
        kind=kind,
        status=status,
        starts_from=starts_from,
        starts_until=starts_until,
        ends_from=ends_from,
        ends_until=ends_until,
        expiring_within_days=expiring_within_days,
        title=title,
        as_of=as_of,
        limit=limit,
        offset=offset,
        lag=lag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    kind: ConventionKind | None | Unset = UNSET,
    status: ConventionStatus | None | Unset = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    ends_from: datetime.date | None | Unset = UNSET,
    ends_until: datetime.date | None | Unset = UNSET,
    expiring_within_days: int | None | Unset = UNSET,
    title: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> Response[ConventionPage | Problem]:
    """Search Conventions

     Convention summaries (kind, status, parties, period, next deadline), by start date.

    Args:
        party_id (None | Unset | UUID): Party to the convention, directly or through its SC.
        kind (ConventionKind | None | Unset):
        status (ConventionStatus | None | Unset):
        starts_from (datetime.date | None | Unset):
        starts_until (datetime.date | None | Unset):
        ends_from (datetime.date | None | Unset):
        ends_until (datetime.date | None | Unset):
        expiring_within_days (int | None | Unset): In force and ending within so many days.
        title (None | str | Unset):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConventionPage | Problem]
    """

    kwargs = _get_kwargs(
        party_id=party_id,
        kind=kind,
        status=status,
        starts_from=starts_from,
        starts_until=starts_until,
        ends_from=ends_from,
        ends_until=ends_until,
        expiring_within_days=expiring_within_days,
        title=title,
        as_of=as_of,
        limit=limit,
        offset=offset,
        lag=lag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    kind: ConventionKind | None | Unset = UNSET,
    status: ConventionStatus | None | Unset = UNSET,
    starts_from: datetime.date | None | Unset = UNSET,
    starts_until: datetime.date | None | Unset = UNSET,
    ends_from: datetime.date | None | Unset = UNSET,
    ends_until: datetime.date | None | Unset = UNSET,
    expiring_within_days: int | None | Unset = UNSET,
    title: None | str | Unset = UNSET,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> ConventionPage | Problem | None:
    """Search Conventions

     Convention summaries (kind, status, parties, period, next deadline), by start date.

    Args:
        party_id (None | Unset | UUID): Party to the convention, directly or through its SC.
        kind (ConventionKind | None | Unset):
        status (ConventionStatus | None | Unset):
        starts_from (datetime.date | None | Unset):
        starts_until (datetime.date | None | Unset):
        ends_from (datetime.date | None | Unset):
        ends_until (datetime.date | None | Unset):
        expiring_within_days (int | None | Unset): In force and ending within so many days.
        title (None | str | Unset):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConventionPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            party_id=party_id,
            kind=kind,
            status=status,
            starts_from=starts_from,
            starts_until=starts_until,
            ends_from=ends_from,
            ends_until=ends_until,
            expiring_within_days=expiring_within_days,
            title=title,
            as_of=as_of,
            limit=limit,
            offset=offset,
            lag=lag,
        )
    ).parsed
