from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inclusion_proof_public import InclusionProofPublic
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    position: int,
    tree_size: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["position"] = position

    params["tree_size"] = tree_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit/proofs/inclusion",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InclusionProofPublic | Problem | None:
    if response.status_code == 200:
        response_200 = InclusionProofPublic.from_dict(response.json())

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
) -> Response[InclusionProofPublic | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    position: int,
    tree_size: int,
) -> Response[InclusionProofPublic | Problem]:
    """Inclusion Proof

     That the event at ``position`` is in the tree of a checkpoint (RFC 9162 §2.1.3).

    Args:
        position (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofPublic | Problem]
    """

    kwargs = _get_kwargs(
        position=position,
        tree_size=tree_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    position: int,
    tree_size: int,
) -> InclusionProofPublic | Problem | None:
    """Inclusion Proof

     That the event at ``position`` is in the tree of a checkpoint (RFC 9162 §2.1.3).

    Args:
        position (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofPublic | Problem
    """

    return sync_detailed(
        client=client,
        position=position,
        tree_size=tree_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    position: int,
    tree_size: int,
) -> Response[InclusionProofPublic | Problem]:
    """Inclusion Proof

     That the event at ``position`` is in the tree of a checkpoint (RFC 9162 §2.1.3).

    Args:
        position (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InclusionProofPublic | Problem]
    """

    kwargs = _get_kwargs(
        position=position,
        tree_size=tree_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    position: int,
    tree_size: int,
) -> InclusionProofPublic | Problem | None:
    """Inclusion Proof

     That the event at ``position`` is in the tree of a checkpoint (RFC 9162 §2.1.3).

    Args:
        position (int):
        tree_size (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InclusionProofPublic | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            position=position,
            tree_size=tree_size,
        )
    ).parsed
