from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_party_in import AddPartyIn
from ...models.change_period_in import ChangePeriodIn
from ...models.problem import Problem
from ...models.remove_party_in import RemovePartyIn
from ...models.set_axis_in import SetAxisIn
from ...models.set_charte_levels_in import SetCharteLevelsIn
from ...models.set_commitment_in import SetCommitmentIn
from ...models.set_contrepartie_in import SetContrepartieIn
from ...models.set_evaluation_scheme_in import SetEvaluationSchemeIn
from ...models.set_framework_in import SetFrameworkIn
from ...models.set_governance_body_in import SetGovernanceBodyIn
from ...models.set_operation_in import SetOperationIn
from ...models.withdraw_commitment_in import WithdrawCommitmentIn
from ...models.withdraw_contrepartie_in import WithdrawContrepartieIn
from ...models.withdraw_framework_in import WithdrawFrameworkIn
from ...models.withdraw_operation_in import WithdrawOperationIn
from ...models.write_result import WriteResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    convention_id: UUID,
    *,
    body: AddPartyIn
    | ChangePeriodIn
    | RemovePartyIn
    | SetAxisIn
    | SetCharteLevelsIn
    | SetCommitmentIn
    | SetContrepartieIn
    | SetEvaluationSchemeIn
    | SetFrameworkIn
    | SetGovernanceBodyIn
    | SetOperationIn
    | WithdrawCommitmentIn
    | WithdrawContrepartieIn
    | WithdrawFrameworkIn
    | WithdrawOperationIn,
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
        "url": "/conventions/{convention_id}/draft-changes".format(
            convention_id=quote(str(convention_id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, AddPartyIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, RemovePartyIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetAxisIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetCommitmentIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, WithdrawCommitmentIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetContrepartieIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, WithdrawContrepartieIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetGovernanceBodyIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetEvaluationSchemeIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, ChangePeriodIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetOperationIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, WithdrawOperationIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetCharteLevelsIn):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, SetFrameworkIn):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WriteResult | None:
    if response.status_code == 200:
        response_200 = WriteResult.from_dict(response.json())

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
) -> Response[Problem | WriteResult]:
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
    body: AddPartyIn
    | ChangePeriodIn
    | RemovePartyIn
    | SetAxisIn
    | SetCharteLevelsIn
    | SetCommitmentIn
    | SetContrepartieIn
    | SetEvaluationSchemeIn
    | SetFrameworkIn
    | SetGovernanceBodyIn
    | SetOperationIn
    | WithdrawCommitmentIn
    | WithdrawContrepartieIn
    | WithdrawFrameworkIn
    | WithdrawOperationIn,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WriteResult]:
    """Amend Draft

     Change the terms of a convention not yet in force (one change per request).

    Args:
        convention_id (UUID):
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (AddPartyIn | ChangePeriodIn | RemovePartyIn | SetAxisIn | SetCharteLevelsIn |
            SetCommitmentIn | SetContrepartieIn | SetEvaluationSchemeIn | SetFrameworkIn |
            SetGovernanceBodyIn | SetOperationIn | WithdrawCommitmentIn | WithdrawContrepartieIn |
            WithdrawFrameworkIn | WithdrawOperationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WriteResult]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
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
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPartyIn
    | ChangePeriodIn
    | RemovePartyIn
    | SetAxisIn
    | SetCharteLevelsIn
    | SetCommitmentIn
    | SetContrepartieIn
    | SetEvaluationSchemeIn
    | SetFrameworkIn
    | SetGovernanceBodyIn
    | SetOperationIn
    | WithdrawCommitmentIn
    | WithdrawContrepartieIn
    | WithdrawFrameworkIn
    | WithdrawOperationIn,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Problem | WriteResult | None:
    """Amend Draft

     Change the terms of a convention not yet in force (one change per request).

    Args:
        convention_id (UUID):
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (AddPartyIn | ChangePeriodIn | RemovePartyIn | SetAxisIn | SetCharteLevelsIn |
            SetCommitmentIn | SetContrepartieIn | SetEvaluationSchemeIn | SetFrameworkIn |
            SetGovernanceBodyIn | SetOperationIn | WithdrawCommitmentIn | WithdrawContrepartieIn |
            WithdrawFrameworkIn | WithdrawOperationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WriteResult
    """

    return sync_detailed(
        convention_id=convention_id,
        client=client,
        body=body,
        wait=wait,
        lag=lag,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPartyIn
    | ChangePeriodIn
    | RemovePartyIn
    | SetAxisIn
    | SetCharteLevelsIn
    | SetCommitmentIn
    | SetContrepartieIn
    | SetEvaluationSchemeIn
    | SetFrameworkIn
    | SetGovernanceBodyIn
    | SetOperationIn
    | WithdrawCommitmentIn
    | WithdrawContrepartieIn
    | WithdrawFrameworkIn
    | WithdrawOperationIn,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WriteResult]:
    """Amend Draft

     Change the terms of a convention not yet in force (one change per request).

    Args:
        convention_id (UUID):
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (AddPartyIn | ChangePeriodIn | RemovePartyIn | SetAxisIn | SetCharteLevelsIn |
            SetCommitmentIn | SetContrepartieIn | SetEvaluationSchemeIn | SetFrameworkIn |
            SetGovernanceBodyIn | SetOperationIn | WithdrawCommitmentIn | WithdrawContrepartieIn |
            WithdrawFrameworkIn | WithdrawOperationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WriteResult]
    """

    kwargs = _get_kwargs(
        convention_id=convention_id,
        body=body,
        wait=wait,
        lag=lag,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    convention_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AddPartyIn
    | ChangePeriodIn
    | RemovePartyIn
    | SetAxisIn
    | SetCharteLevelsIn
    | SetCommitmentIn
    | SetContrepartieIn
    | SetEvaluationSchemeIn
    | SetFrameworkIn
    | SetGovernanceBodyIn
    | SetOperationIn
    | WithdrawCommitmentIn
    | WithdrawContrepartieIn
    | WithdrawFrameworkIn
    | WithdrawOperationIn,
    wait: float | Unset = 0.0,
    lag: bool | Unset = False,
    if_match: None | str | Unset = UNSET,
) -> Problem | WriteResult | None:
    """Amend Draft

     Change the terms of a convention not yet in force (one change per request).

    Args:
        convention_id (UUID):
        wait (float | Unset): Seconds to wait for the read models to show this write (read-your-
            writes); 0 answers at once. With a wait, the answer tells the read side's lag too.
            Default: 0.0.
        lag (bool | Unset): Also tell how far each follower of the log is behind (read_side.lag).
            Default: False.
        if_match (None | str | Unset): The version of the convention the writer read (its ETag,
            e.g. "12"); 412 if it has moved since. Required (428) to change a draft's terms or propose
            an avenant.
        body (AddPartyIn | ChangePeriodIn | RemovePartyIn | SetAxisIn | SetCharteLevelsIn |
            SetCommitmentIn | SetContrepartieIn | SetEvaluationSchemeIn | SetFrameworkIn |
            SetGovernanceBodyIn | SetOperationIn | WithdrawCommitmentIn | WithdrawContrepartieIn |
            WithdrawFrameworkIn | WithdrawOperationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WriteResult
    """

    return (
        await asyncio_detailed(
            convention_id=convention_id,
            client=client,
            body=body,
            wait=wait,
            lag=lag,
            if_match=if_match,
        )
    ).parsed
