from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_public import DocumentPublic
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    convention_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conventions/{convention_id}/documents".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[DocumentPublic] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = DocumentPublic.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[DocumentPublic]]:
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
) -> Response[Problem | list[DocumentPublic]]:
    """List Documents

     The documents attached, erased ones included (their record and digest stay).

    Args:
        convention_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DocumentPublic]]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[DocumentPublic] | None:
    """List Documents

     The documents attached, erased ones included (their record and digest stay).

    Args:
        convention_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DocumentPublic]
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | list[DocumentPublic]]:
    """List Documents

     The documents attached, erased ones included (their record and digest stay).

    Args:
        convention_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DocumentPublic]]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Problem | list[DocumentPublic] | None:
    """List Documents

     The documents attached, erased ones included (their record and digest stay).

    Args:
        convention_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DocumentPublic]
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
        )
    ).parsed
