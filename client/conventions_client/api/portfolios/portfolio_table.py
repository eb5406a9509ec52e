import datetime
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.table_form import TableForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    party_id: UUID,
    form: TableForm,
    *,
    as_of: datetime.date | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/parties/{party_id}/portfolio.{form}".format(
            party_id=quote(str(party_id), safe=""),
            form=quote(str(form), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    party_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[Any | Problem]:
    """Portfolio Table

     A party's portfolio as a table for people's tools (CSV or XLSX): its conventions (up to
    500), with their nature, status, period, parties and next deadline — the same portfolio as
    the office's, collectivité's or SC's JSON one.

    Args:
        party_id (UUID):
        form (TableForm): The form asked (the path's extension).
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        party_id=party_id,
        form=form,
        as_of=as_of,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    party_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Any | Problem | None:
    """Portfolio Table

     A party's portfolio as a table for people's tools (CSV or XLSX): its conventions (up to
    500), with their nature, status, period, parties and next deadline — the same portfolio as
    the office's, collectivité's or SC's JSON one.

    Args:
        party_id (UUID):
        form (TableForm): The form asked (the path's extension).
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        party_id=party_id,
        form=form,
        client=client,
        as_of=as_of,
    ).parsed


async def asyncio_detailed(
    party_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Response[Any | Problem]:
    """Portfolio Table

     A party's portfolio as a table for people's tools (CSV or XLSX): its conventions (up to
    500), with their nature, status, period, parties and next deadline — the same portfolio as
    the office's, collectivité's or SC's JSON one.

    Args:
        party_id (UUID):
        form (TableForm): The form asked (the path's extension).
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        party_id=party_id,
        form=form,
        as_of=as_of,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    party_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
) -> Any | Problem | None:
    """Portfolio Table

     A party's portfolio as a table for people's tools (CSV or XLSX): its conventions (up to
    500), with their nature, status, period, parties and next deadline — the same portfolio as
    the office's, collectivité's or SC's JSON one.

    Args:
        party_id (UUID):
        form (TableForm): The form asked (the path's extension).
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            party_id=party_id,
            form=form,
            client=client,
            as_of=as_of,
        )
    ).parsed
