from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.person_create import PersonCreate
from ...models.person_public import PersonPublic
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PersonCreate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["if-match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/people",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PersonPublic | Problem | None:
    if response.status_code == 201:
        response_201 = PersonPublic.from_dict(response.json())

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
) -> Response[PersonPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonCreate,
    if_match: None | str | Unset = UNSET,
) -> Response[PersonPublic | Problem]:
    """Register Person

     The administrator, or an editor or signatory of the party, registers one of its people.

    Args:
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: PersonCreate,
    if_match: None | str | Unset = UNSET,
) -> PersonPublic | Problem | None:
    """Register Person

     The administrator, or an editor or signatory of the party, registers one of its people.

    Args:
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonPublic | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PersonCreate,
    if_match: None | str | Unset = UNSET,
) -> Response[PersonPublic | Problem]:
    """Register Person

     The administrator, or an editor or signatory of the party, registers one of its people.

    Args:
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PersonPublic | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PersonCreate,
    if_match: None | str | Unset = UNSET,
) -> PersonPublic | Problem | None:
    """Register Person

     The administrator, or an editor or signatory of the party, registers one of its people.

    Args:
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (PersonCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PersonPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
