from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.state_service_create import StateServiceCreate
from ...models.write_result import WriteResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StateServiceCreate,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    params: dict[str, Any] = {}

    params["wait"] = wait

    params["lag"] = lag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services-de-l-etat",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WriteResult | None:
    if response.status_code == 201:
        response_201 = WriteResult.from_dict(response.json())

        return response_201

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
) -> Response[Problem | WriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StateServiceCreate,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WriteResult]:
    """Register State Service

     A service of the State (a préfet, the ANRU, a service déconcentré): party to a contrat
    territorial with the State, or to an operation's convention.

    Args:
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (StateServiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WriteResult]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
        lag=lag,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StateServiceCreate,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Problem | WriteResult | None:
    """Register State Service

     A service of the State (a préfet, the ANRU, a service déconcentré): party to a contrat
    territorial with the State, or to an operation's convention.

    Args:
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (StateServiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WriteResult
    """

    return sync_detailed(
        client=client,
        body=body,
        wait=wait,
        lag=lag,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StateServiceCreate,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WriteResult]:
    """Register State Service

     A service of the State (a préfet, the ANRU, a service déconcentré): party to a contrat
    territorial with the State, or to an operation's convention.

    Args:
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (StateServiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WriteResult]
    """

    kwargs = _get_kwargs(
        body=body,
        wait=wait,
        lag=lag,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StateServiceCreate,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Problem | WriteResult | None:
    """Register State Service

     A service of the State (a préfet, the ANRU, a service déconcentré): party to a contrat
    territorial with the State, or to an operation's convention.

    Args:
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (StateServiceCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WriteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            wait=wait,
            lag=lag,
            if_match=if_match,
        )
    ).parsed
