import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    convention_id: None | Unset | UUID = UNSET,
    party_id: None | Unset | UUID = UNSET,
    type_: list[str] | None | Unset = UNSET,
    recorded_from: datetime.datetime | None | Unset = UNSET,
    recorded_until: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_convention_id: None | str | Unset
    if isinstance(convention_id, Unset):
        json_convention_id = UNSET
    elif isinstance(convention_id, UUID):
        json_convention_id = str(convention_id)
    else:
        json_convention_id = convention_id
    params["convention_id"] = json_convention_id

    json_party_id: None | str | Unset
    if isinstance(party_id, Unset):
        json_party_id = UNSET
    elif isinstance(party_id, UUID):
        json_party_id = str(party_id)
    else:
        json_party_id = party_id
    params["party_id"] = json_party_id

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = type_

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_recorded_from: None | str | Unset
    if isinstance(recorded_from, Unset):
        json_recorded_from = UNSET
    elif isinstance(recorded_from, datetime.datetime):
        json_recorded_from = recorded_from.isoformat()
    else:
        json_recorded_from = recorded_from
    params["recorded_from"] = json_recorded_from

    json_recorded_until: None | str | Unset
    if isinstance(recorded_until, Unset):
        json_recorded_until = UNSET
    elif isinstance(recorded_until, datetime.datetime):
        json_recorded_until = recorded_until.isoformat()
    else:
        json_recorded_until = recorded_until
    params["recorded_until"] = json_recorded_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
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
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    convention_id: None | Unset | UUID = UNSET,
    party_id: None | Unset | UUID = UNSET,
    type_: list[str] | None | Unset = UNSET,
    recorded_from: datetime.datetime | None | Unset = UNSET,
    recorded_until: datetime.datetime | None | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Read Feed

     One page of the log in commit order after the cursor, filtered; `next_after` is the
    cursor of the next page.

    Args:
        after (int | Unset): Cursor: the last position already seen (0: from the start). Default:
            0.
        limit (int | Unset):  Default: 100.
        convention_id (None | Unset | UUID): Only this convention (and its alerts).
        party_id (None | Unset | UUID): Only this party and the conventions it is party to,
            directly or through its SC.
        type_ (list[str] | None | Unset): Event types (`Signed` or `Convention.Signed`),
            repeatable.
        recorded_from (datetime.datetime | None | Unset):
        recorded_until (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        convention_id=convention_id,
        party_id=party_id,
        type_=type_,
        recorded_from=recorded_from,
        recorded_until=recorded_until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    convention_id: None | Unset | UUID = UNSET,
    party_id: None | Unset | UUID = UNSET,
    type_: list[str] | None | Unset = UNSET,
    recorded_from: datetime.datetime | None | Unset = UNSET,
    recorded_until: datetime.datetime | None | Unset = UNSET,
) -> EventPage | Problem | None:
    """Read Feed

     One page of the log in commit order after the cursor, filtered; `next_after` is the
    cursor of the next page.

    Args:
        after (int | Unset): Cursor: the last position already seen (0: from the start). Default:
            0.
        limit (int | Unset):  Default: 100.
        convention_id (None | Unset | UUID): Only this convention (and its alerts).
        party_id (None | Unset | UUID): Only this party and the conventions it is party to,
            directly or through its SC.
        type_ (list[str] | None | Unset): Event types (`Signed` or `Convention.Signed`),
            repeatable.
        recorded_from (datetime.datetime | None | Unset):
        recorded_until (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        convention_id=convention_id,
        party_id=party_id,
        type_=type_,
        recorded_from=recorded_from,
        recorded_until=recorded_until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    convention_id: None | Unset | UUID = UNSET,
    party_id: None | Unset | UUID = UNSET,
    type_: list[str] | None | Unset = UNSET,
    recorded_from: datetime.datetime | None | Unset = UNSET,
    recorded_until: datetime.datetime | None | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """Read Feed

     One page of the log in commit order after the cursor, filtered; `next_after` is the
    cursor of the next page.

    Args:
        after (int | Unset): Cursor: the last position already seen (0: from the start). Default:
            0.
        limit (int | Unset):  Default: 100.
        convention_id (None | Unset | UUID): Only this convention (and its alerts).
        party_id (None | Unset | UUID): Only this party and the conventions it is party to,
            directly or through its SC.
        type_ (list[str] | None | Unset): Event types (`Signed` or `Convention.Signed`),
            repeatable.
        recorded_from (datetime.datetime | None | Unset):
        recorded_until (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        convention_id=convention_id,
        party_id=party_id,
        type_=type_,
        recorded_from=recorded_from,
        recorded_until=recorded_until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    limit: int | Unset = 100,
    convention_id: None | Unset | UUID = UNSET,
    party_id: None | Unset | UUID = UNSET,
    type_: list[str] | None | Unset = UNSET,
    recorded_from: datetime.datetime | None | Unset = UNSET,
    recorded_until: datetime.datetime | None | Unset = UNSET,
) -> EventPage | Problem | None:
    """Read Feed

     One page of the log in commit order after the cursor, filtered; `next_after` is the
    cursor of the next page.

    Args:
        after (int | Unset): Cursor: the last position already seen (0: from the start). Default:
            0.
        limit (int | Unset):  Default: 100.
        convention_id (None | Unset | UUID): Only this convention (and its alerts).
        party_id (None | Unset | UUID): Only this party and the conventions it is party to,
            directly or through its SC.
        type_ (list[str] | None | Unset): Event types (`Signed` or `Convention.Signed`),
            repeatable.
        recorded_from (datetime.datetime | None | Unset):
        recorded_until (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            convention_id=convention_id,
            party_id=party_id,
            type_=type_,
            recorded_from=recorded_from,
            recorded_until=recorded_until,
        )
    ).parsed
