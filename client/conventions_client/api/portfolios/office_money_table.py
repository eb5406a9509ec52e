from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.table_form import TableForm
from ...types import Response


def _get_kwargs(
    office_id: UUID,
    form: TableForm,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offices/{office_id}/contreparties.{form}".format(
            office_id=quote(str(office_id), safe=""),
            form=quote(str(form), safe=""),
        ),
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
    office_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Office Money Table

     The contreparties the office receives (and gives), per convention, giver and year, as CSV
    or XLSX.

    Args:
        office_id (UUID):
        form (TableForm): The form asked (the path's extension).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        office_id=office_id,
        form=form,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    office_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Office Money Table

     The contreparties the office receives (and gives), per convention, giver and year, as CSV
    or XLSX.

    Args:
        office_id (UUID):
        form (TableForm): The form asked (the path's extension).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        office_id=office_id,
        form=form,
        client=client,
    ).parsed


async def asyncio_detailed(
    office_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Problem]:
    """Office Money Table

     The contreparties the office receives (and gives), per convention, giver and year, as CSV
    or XLSX.

    Args:
        office_id (UUID):
        form (TableForm): The form asked (the path's extension).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        office_id=office_id,
        form=form,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    office_id: UUID,
    form: TableForm,
    *,
    client: AuthenticatedClient,
) -> Any | Problem | None:
    """Office Money Table

     The contreparties the office receives (and gives), per convention, giver and year, as CSV
    or XLSX.

    Args:
        office_id (UUID):
        form (TableForm): The form asked (the path's extension).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            office_id=office_id,
            form=form,
            client=client,
        )
    ).parsed
