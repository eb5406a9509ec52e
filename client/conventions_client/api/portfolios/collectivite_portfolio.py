import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.collectivite_portfolio import CollectivitePortfolio
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    collectivite_id: UUID,
    *,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
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

    params["limit"] = limit

    params["offset"] = offset

    params["lag"] = lag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/collectivites/{collectivite_id}/portfolio".format(
            collectivite_id=quote(str(collectivite_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CollectivitePortfolio | Problem | None:
    if response.status_code == 200:
        response_200 = CollectivitePortfolio.from_dict(response.json())

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
) -> Response[CollectivitePortfolio | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    collectivite_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> Response[CollectivitePortfolio | Problem]:
    """Collectivite Portfolio

     The conventions on the collectivité's territory (as party, through an office attached to
    it, through a commune or EPCI within it) and their landlords; contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines.

    Args:
        collectivite_id (UUID):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectivitePortfolio | Problem]
    """

    kwargs = _get_kwargs(
        collectivite_id=collectivite_id,
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
    collectivite_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> CollectivitePortfolio | Problem | None:
    """Collectivite Portfolio

     The conventions on the collectivité's territory (as party, through an office attached to
    it, through a commune or EPCI within it) and their landlords; contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines.

    Args:
        collectivite_id (UUID):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectivitePortfolio | Problem
    """

    return sync_detailed(
        collectivite_id=collectivite_id,
        client=client,
        as_of=as_of,
        limit=limit,
        offset=offset,
        lag=lag,
    ).parsed


async def asyncio_detailed(
    collectivite_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> Response[CollectivitePortfolio | Problem]:
    """Collectivite Portfolio

     The conventions on the collectivité's territory (as party, through an office attached to
    it, through a commune or EPCI within it) and their landlords; contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines.

    Args:
        collectivite_id (UUID):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CollectivitePortfolio | Problem]
    """

    kwargs = _get_kwargs(
        collectivite_id=collectivite_id,
        as_of=as_of,
        limit=limit,
        offset=offset,
        lag=lag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    collectivite_id: UUID,
    *,
    client: AuthenticatedClient,
    as_of: datetime.date | None | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    lag: bool | Unset = False,
) -> CollectivitePortfolio | Problem | None:
    """Collectivite Portfolio

     The conventions on the collectivité's territory (as party, through an office attached to
    it, through a commune or EPCI within it) and their landlords; contreparties it committed
    and paid per year and per beneficiary; results per year; open alerts; next deadlines.

    Args:
        collectivite_id (UUID):
        as_of (datetime.date | None | Unset): The day deadlines are counted from (default: today).
        limit (int | Unset):  Default: 50.
        offset (int | Unset):  Default: 0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CollectivitePortfolio | Problem
    """

    return (
        await asyncio_detailed(
            collectivite_id=collectivite_id,
            client=client,
            as_of=as_of,
            limit=limit,
            offset=offset,
            lag=lag,
        )
    ).parsed
