from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_kind import AlertKind
from ...models.alert_status import AlertStatus
from ...models.problem import Problem
from ...models.table_form import TableForm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    form: TableForm,
    *,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
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
        "url": "/alerts.{form}".format(
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
    form: TableForm,
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Response[Any | Problem]:
    """Alert Table

     The alert board as a table for people's tools (CSV or XLSX, French headers), with the
    filters of ``/alerts``, every matching alert (up to 10,000), most recent first.

    Args:
        form (TableForm): The form asked (the path's extension).
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        form=form,
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
    form: TableForm,
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Any | Problem | None:
    """Alert Table

     The alert board as a table for people's tools (CSV or XLSX, French headers), with the
    filters of ``/alerts``, every matching alert (up to 10,000), most recent first.

    Args:
        form (TableForm): The form asked (the path's extension).
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        form=form,
        client=client,
        party_id=party_id,
        convention_id=convention_id,
        status=status,
        kind=kind,
        year=year,
    ).parsed


async def asyncio_detailed(
    form: TableForm,
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Response[Any | Problem]:
    """Alert Table

     The alert board as a table for people's tools (CSV or XLSX, French headers), with the
    filters of ``/alerts``, every matching alert (up to 10,000), most recent first.

    Args:
        form (TableForm): The form asked (the path's extension).
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        form=form,
        party_id=party_id,
        convention_id=convention_id,
        status=status,
        kind=kind,
        year=year,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form: TableForm,
    *,
    client: AuthenticatedClient,
    party_id: None | Unset | UUID = UNSET,
    convention_id: None | Unset | UUID = UNSET,
    status: AlertStatus | None | Unset = UNSET,
    kind: AlertKind | None | Unset = UNSET,
    year: int | None | Unset = UNSET,
) -> Any | Problem | None:
    """Alert Table

     The alert board as a table for people's tools (CSV or XLSX, French headers), with the
    filters of ``/alerts``, every matching alert (up to 10,000), most recent first.

    Args:
        form (TableForm): The form asked (the path's extension).
        party_id (None | Unset | UUID):
        convention_id (None | Unset | UUID):
        status (AlertStatus | None | Unset):
        kind (AlertKind | None | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            form=form,
            client=client,
            party_id=party_id,
            convention_id=convention_id,
            status=status,
            kind=kind,
            year=year,
        )
    ).parsed
