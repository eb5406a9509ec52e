from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.verification_public import VerificationPublic
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: int | Unset = 0,
    until: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    json_until: int | None | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    else:
        json_until = until
    params["until"] = json_until

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/verification",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | VerificationPublic | None:
    if response.status_code == 200:
        response_200 = VerificationPublic.from_dict(response.json())

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
) -> Response[Problem | VerificationPublic]:
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
    until: int | None | Unset = UNSET,
) -> Response[Problem | VerificationPublic]:
    """Verify

     Recompute the chain over the range and compare it with the store and, from the first
    event, with the signed checkpoints: the first position where anything differs, or all holds.

    Args:
        after (int | Unset): From the event after this position. Default: 0.
        until (int | None | Unset): Up to this position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationPublic]
    """

    kwargs = _get_kwargs(
        after=after,
        until=until,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    until: int | None | Unset = UNSET,
) -> Problem | VerificationPublic | None:
    """Verify

     Recompute the chain over the range and compare it with the store and, from the first
    event, with the signed checkpoints: the first position where anything differs, or all holds.

    Args:
        after (int | Unset): From the event after this position. Default: 0.
        until (int | None | Unset): Up to this position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationPublic
    """

    return sync_detailed(
        client=client,
        after=after,
        until=until,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    until: int | None | Unset = UNSET,
) -> Response[Problem | VerificationPublic]:
    """Verify

     Recompute the chain over the range and compare it with the store and, from the first
    event, with the signed checkpoints: the first position where anything differs, or all holds.

    Args:
        after (int | Unset): From the event after this position. Default: 0.
        until (int | None | Unset): Up to this position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VerificationPublic]
    """

    kwargs = _get_kwargs(
        after=after,
        until=until,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,
    until: int | None | Unset = UNSET,
) -> Problem | VerificationPublic | None:
    """Verify

     Recompute the chain over the range and compare it with the store and, from the first
    event, with the signed checkpoints: the first position where anything differs, or all holds.

    Args:
        after (int | Unset): From the event after this position. Default: 0.
        until (int | None | Unset): Up to this position.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VerificationPublic
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            until=until,
        )
    ).parsed
