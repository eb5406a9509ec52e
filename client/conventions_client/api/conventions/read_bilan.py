from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bilan_view import BilanView
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    convention_id: UUID,
    year: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}/bilans/{year}".format(
            convention_id=quote(str(convention_id), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BilanView | Problem | None:
    if response.status_code == 200:
        response_200 = BilanView.from_dict(response.json())

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
) -> Response[BilanView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    convention_id: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
) -> Response[BilanView | Problem]:
    """Read Bilan

     The year's bilan as it is presented to the office's board and the collectivité's
    assembly: objectives and results, actions realised, financial bilan per operation and the
    office's global one, contreparties owed and given, governance met, the year's alerts, and
    the effects on the territory of an evaluation at mid-term or at the end that year. The page
    `/convention/{id}/bilan/{year}` prints it.

    Args:
        convention_id (UUID):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BilanView | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        year=year,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
) -> BilanView | Problem | None:
    """Read Bilan

     The year's bilan as it is presented to the office's board and the collectivité's
    assembly: objectives and results, actions realised, financial bilan per operation and the
    office's global one, contreparties owed and given, governance met, the year's alerts, and
    the effects on the territory of an evaluation at mid-term or at the end that year. The page
    `/convention/{id}/bilan/{year}` prints it.

    Args:
        convention_id (UUID):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BilanView | Problem
    """

    return sync_detailed(
        convention_id=convention_id,
        year=year,
        client=client,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
) -> Response[BilanView | Problem]:
    """Read Bilan

     The year's bilan as it is presented to the office's board and the collectivité's
    assembly: objectives and results, actions realised, financial bilan per operation and the
    office's global one, contreparties owed and given, governance met, the year's alerts, and
    the effects on the territory of an evaluation at mid-term or at the end that year. The page
    `/convention/{id}/bilan/{year}` prints it.

    Args:
        convention_id (UUID):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BilanView | Problem]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    year: int,
    *,
    client: AuthenticatedClient,
) -> BilanView | Problem | None:
    """Read Bilan

     The year's bilan as it is presented to the office's board and the collectivité's
    assembly: objectives and results, actions realised, financial bilan per operation and the
    office's global one, contreparties owed and given, governance met, the year's alerts, and
    the effects on the territory of an evaluation at mid-term or at the end that year. The page
    `/convention/{id}/bilan/{year}` prints it.

    Args:
        convention_id (UUID):
        year (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BilanView | Problem
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            year=year,
            client=client,
        )
    ).parsed
