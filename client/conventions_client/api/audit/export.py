import datetime
from http import HTTPStatus
from typing import Any, cast
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_format import ExportFormat
from ...models.export_scope_kind import ExportScopeKind
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    scope: ExportScopeKind,
    id: UUID,
    as_of: datetime.date | None | Unset = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_scope = scope.value
    params["scope"] = json_scope

    json_id = str(id)
    params["id"] = json_id

    json_as_of: None | str | Unset
    if isinstance(as_of, Unset):
        json_as_of = UNSET
    elif isinstance(as_of, datetime.date):
        json_as_of = as_of.isoformat()
    else:
        json_as_of = as_of
    params["as_of"] = json_as_of

    json_in_force_on: None | str | Unset
    if isinstance(in_force_on, Unset):
        json_in_force_on = UNSET
    elif isinstance(in_force_on, datetime.date):
        json_in_force_on = in_force_on.isoformat()
    else:
        json_in_force_on = in_force_on
    params["in_force_on"] = json_in_force_on

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/exports",
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
    *,
    client: AuthenticatedClient,
    scope: ExportScopeKind,
    id: UUID,
    as_of: datetime.date | None | Unset = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Any | Problem]:
    """Export

     The audit file of a convention, an office, a collectivité or an SC: the signed event log
    with proofs (JSON Lines), the flat file (CSV), the readable dossier (HTML), or all three in
    a signed archive (zip) — in force on `in_force_on`, as known at the end of `as_of` (two
    clocks: a situation of 2020 asked as the platform knows it today is `in_force_on=2020-12-31`).
    Verify offline with client/audit.py.

    Args:
        scope (ExportScopeKind):
        id (UUID):
        as_of (datetime.date | None | Unset): The recording clock: what the platform knew at the
            end of this day (UTC), events recorded up to then; today by default.
        in_force_on (datetime.date | None | Unset): The effective clock: the terms and standing in
            force on this date; as_of by default.
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        id=id,
        as_of=as_of,
        in_force_on=in_force_on,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scope: ExportScopeKind,
    id: UUID,
    as_of: datetime.date | None | Unset = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Any | Problem | None:
    """Export

     The audit file of a convention, an office, a collectivité or an SC: the signed event log
    with proofs (JSON Lines), the flat file (CSV), the readable dossier (HTML), or all three in
    a signed archive (zip) — in force on `in_force_on`, as known at the end of `as_of` (two
    clocks: a situation of 2020 asked as the platform knows it today is `in_force_on=2020-12-31`).
    Verify offline with client/audit.py.

    Args:
        scope (ExportScopeKind):
        id (UUID):
        as_of (datetime.date | None | Unset): The recording clock: what the platform knew at the
            end of this day (UTC), events recorded up to then; today by default.
        in_force_on (datetime.date | None | Unset): The effective clock: the terms and standing in
            force on this date; as_of by default.
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        client=client,
        scope=scope,
        id=id,
        as_of=as_of,
        in_force_on=in_force_on,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scope: ExportScopeKind,
    id: UUID,
    as_of: datetime.date | None | Unset = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Response[Any | Problem]:
    """Export

     The audit file of a convention, an office, a collectivité or an SC: the signed event log
    with proofs (JSON Lines), the flat file (CSV), the readable dossier (HTML), or all three in
    a signed archive (zip) — in force on `in_force_on`, as known at the end of `as_of` (two
    clocks: a situation of 2020 asked as the platform knows it today is `in_force_on=2020-12-31`).
    Verify offline with client/audit.py.

    Args:
        scope (ExportScopeKind):
        id (UUID):
        as_of (datetime.date | None | Unset): The recording clock: what the platform knew at the
            end of this day (UTC), events recorded up to then; today by default.
        in_force_on (datetime.date | None | Unset): The effective clock: the terms and standing in
            force on this date; as_of by default.
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        scope=scope,
        id=id,
        as_of=as_of,
        in_force_on=in_force_on,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scope: ExportScopeKind,
    id: UUID,
    as_of: datetime.date | None | Unset = UNSET,
    in_force_on: datetime.date | None | Unset = UNSET,
    format_: ExportFormat | Unset = UNSET,
) -> Any | Problem | None:
    """Export

     The audit file of a convention, an office, a collectivité or an SC: the signed event log
    with proofs (JSON Lines), the flat file (CSV), the readable dossier (HTML), or all three in
    a signed archive (zip) — in force on `in_force_on`, as known at the end of `as_of` (two
    clocks: a situation of 2020 asked as the platform knows it today is `in_force_on=2020-12-31`).
    Verify offline with client/audit.py.

    Args:
        scope (ExportScopeKind):
        id (UUID):
        as_of (datetime.date | None | Unset): The recording clock: what the platform knew at the
            end of this day (UTC), events recorded up to then; today by default.
        in_force_on (datetime.date | None | Unset): The effective clock: the terms and standing in
            force on this date; as_of by default.
        format_ (ExportFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            scope=scope,
            id=id,
            as_of=as_of,
            in_force_on=in_force_on,
            format_=format_,
        )
    ).parsed
