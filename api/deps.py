"""Dependencies as Annotated aliases: the ledger, the read side, the authenticated actor,
and how a write answers (waiting for the read side when asked)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated
from uuid import UUID

import structlog
from fastapi import Depends, Header, HTTPException, Path, Query, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers as StarletteHeaders
from starlette.types import Scope

from api.schemas import ReadSideState, WriteResult
from application.audit import AuditTrail
from application.authorization import sees_everything
from application.base import CommandKey, CommandResult, WriteRequest
from application.ledger import ConventionLedger
from domain.errors import InvalidValueError, PreconditionRequiredError
from domain.values import Actor, check_day
from projections.read_models import ReadModels

Authenticator = Callable[[str], Actor | None]

bearer = HTTPBearer(auto_error=False)


async def get_ledger(request: Request) -> ConventionLedger:
    ledger: ConventionLedger = request.app.state.ledger
    return ledger


COMMAND_KEY_STATE = "command_key"
BEARER_ACTOR = "bearer_actor"
"""Where the guards leave the bearer token's actor (``scope["state"]``), looked up once."""
"""Where the idempotency middleware leaves a request's key (``scope["state"]``)."""


def bearer_actor(scope: Scope, authenticate: Authenticator) -> Actor | None:
    """The actor of the request's bearer token, looked up once per request."""
    state = scope.setdefault("state", {})
    if BEARER_ACTOR not in state:
        authorization = StarletteHeaders(scope=scope).get("authorization", "")
        state[BEARER_ACTOR] = (
            authenticate(authorization[7:]) if authorization.lower().startswith("bearer ") else None
        )
    actor: Actor | None = state[BEARER_ACTOR]
    return actor


async def get_actor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    if credentials is None:
        raise HTTPException(401, "Authentification requise : en-tête Authorization: Bearer <jeton>.")
    state = request.scope.setdefault("state", {})
    actor: Actor | None
    if BEARER_ACTOR in state:  # the guards looked it up
        actor = state[BEARER_ACTOR]
    else:
        authenticate: Authenticator = request.app.state.authenticate
        actor = await run_in_threadpool(authenticate, credentials.credentials)  # a store's read
    if actor is None:
        raise HTTPException(401, "Jeton inconnu ou révoqué.")
    return actor


async def get_audit(request: Request) -> AuditTrail:
    audit: AuditTrail = request.app.state.audit
    return audit


async def get_reads(request: Request) -> ReadModels:
    reads: ReadModels = request.app.state.reads
    return reads


Ledger = Annotated[ConventionLedger, Depends(get_ledger)]
Reads = Annotated[ReadModels, Depends(get_reads)]
Audit = Annotated[AuditTrail, Depends(get_audit)]
CurrentActor = Annotated[Actor, Depends(get_actor)]


MAX_WAIT_SECONDS = 30.0
FAILURE_MAX_AGE = 1.0
"""A write's answer tells what stops the read side as known at most a second before: a
query less per write. A follower that stops stays stopped until fixed, so the answer is late
by a second at most, never wrong for longer (reads, /health and ``?wait=`` read it afresh)."""


log = structlog.get_logger("api")


class WriteAnswer:
    """Turns a command's result into the write's answer; with ``?wait=``, first waits (up to
    that many seconds) for the alert process and the read models to handle the write."""

    def __init__(
        self, reads: ReadModels, wait: float, response: Response | None = None, *, lag: bool = False
    ) -> None:
        self.reads = reads
        self.wait = wait
        self.response = response
        self.lag = lag or wait > 0

    def __call__(self, result: CommandResult) -> WriteResult:
        if self.response is not None:
            self.response.headers["ETag"] = etag(result.version)
            if result.replayed:  # carried out before, under the same idempotency key
                self.response.headers["Idempotent-Replayed"] = "true"
        return WriteResult(
            id=result.aggregate_id,
            version=result.version,
            notification_id=result.notification_id,
            warnings=list(result.warnings),
            read_side=self.read_side(result.notification_id),
            **result.detail,
        )

    def read_side(self, notification_id: int | None) -> ReadSideState | None:
        """How fresh the read side is: after the commit, so a failure to tell is logged and
        the answer goes without it (the write is done; never a 500 for it)."""
        try:
            caught_up = None
            if self.wait > 0 and notification_id is not None:
                caught_up = self.reads.wait_for(notification_id, self.wait)
            return ReadSideState(
                caught_up=caught_up,
                lag=self.reads.lag() if self.lag else None,
                failure=self.reads.failure(max_age=0 if self.wait > 0 else FAILURE_MAX_AGE),
            )
        except Exception:
            log.exception("write.read_side_unknown", notification_id=notification_id)
            return None


async def if_match(
    if_match: Annotated[
        str | None,
        Header(
            description='The version of the convention the writer read (its ETag, e.g. "12"); 412 if it '
            "has moved since. Required (428) to change a draft's terms or propose an avenant."
        ),
    ] = None,
) -> int | None:
    if if_match is None:
        return None
    text = if_match.strip().removeprefix("W/").strip('"')
    if not text.isascii() or not text.isdigit() or len(text) > 18:
        raise InvalidValueError(
            'If-Match : la version lue est attendue, ex. "12" (l\'ETag de la convention).'
        )
    return int(text)


IfMatch = Annotated[int | None, Depends(if_match)]


async def get_writer(request: Request, expected: IfMatch) -> ConventionLedger:
    """The ledger serving this write: with the version the writer read (If-Match) and its
    idempotency key (left by the middleware in the request's state), given explicitly."""
    key: CommandKey | None = request.scope.get("state", {}).get(COMMAND_KEY_STATE)
    ledger: ConventionLedger = request.app.state.ledger
    return ledger.for_request(WriteRequest(expected_version=expected, command_key=key))


Writer = Annotated[ConventionLedger, Depends(get_writer)]
"""The ledger of a write route (every POST handler takes this one, never ``Ledger``: a test
walks the routes)."""


async def require_if_match(actor: CurrentActor, expected: IfMatch) -> None:
    """Authenticated first (401 before 428)."""
    if expected is None:
        raise PreconditionRequiredError(
            "Indiquez la version lue (en-tête If-Match, l'ETag de la convention) : cette écriture "
            "change des termes que vous avez lus."
        )


Lag = Annotated[
    bool,
    Query(description="Also tell how far each follower of the log is behind (read_side.lag)."),
]


async def get_write_answer(
    response: Response,
    reads: Reads,
    wait: Annotated[
        float,
        Query(
            ge=0,
            le=MAX_WAIT_SECONDS,
            description="Seconds to wait for the read models to show this write (read-your-writes); "
            "0 answers at once. With a wait, the answer tells the read side's lag too.",
        ),
    ] = 0,
    lag: Lag = False,
) -> WriteAnswer:
    return WriteAnswer(reads, wait, response, lag=lag)


Written = Annotated[WriteAnswer, Depends(get_write_answer)]


def freshness(reads: ReadModels, lag: bool = False) -> ReadSideState:
    """The read side's state for an answer: what stops it (always: one query), how far behind
    it is (when asked: a few)."""
    return ReadSideState(lag=reads.lag() if lag else None, failure=reads.failure())


NOBODY = UUID(int=0)


def viewer_of(actor: Actor) -> UUID | None:
    """Whose conventions the actor may read in lists and feeds: None for everything
    (administrators, auditors, the system), else its party (no party: none)."""
    if sees_everything(actor):
        return None
    return actor.party_id or NOBODY


def etag(version: int) -> str:
    """A strong entity tag: the aggregate's version."""
    return f'"{version}"'


def aware(moment: datetime | None, name: str) -> datetime | None:
    """An instant given by a client must say its time zone (recording times are UTC)."""
    if moment is not None and moment.tzinfo is None:
        raise InvalidValueError(f"{name} : indiquez le fuseau (ex. 2022-01-01T00:00:00Z).")
    if moment is not None:
        check_day(moment.date(), name)
    return moment


def acting_party(actor: Actor, party_id: UUID | None) -> UUID:
    chosen = party_id or actor.party_id
    if chosen is None:
        raise InvalidValueError("Indiquez party_id : cet acteur n'agit pour aucune partie.")
    return chosen


# Integers from clients are bounded by what the stores hold (signed 64-bit columns) and what
# dates allow: beyond, a request is a 422 naming the parameter, never a database error.
MAX_INT = 2**63 - 1
AvenantOrAlertNumber = Annotated[int, Path(ge=1, le=MAX_INT)]
Year = Annotated[int, Path(ge=1990, le=2100)]  # as in bodies (api/schemas.py)
Offset = Annotated[int, Query(ge=0, le=MAX_INT)]


def _query_parameters(dependant: Dependant) -> set[str]:
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_parameters(sub)
    return names


_KNOWN_QUERY_PARAMETERS: dict[int, set[str]] = {}
"""Each route's query parameters, walked once (the routes live as long as the app)."""


async def no_unknown_query_parameters(request: Request) -> None:
    """A query parameter the route does not declare is refused (422), like an unknown field in
    a body: a misspelt filter (``?partie_id=``) must not silently answer the unfiltered list."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known = _KNOWN_QUERY_PARAMETERS.get(id(dependant))
    if known is None:
        known = _KNOWN_QUERY_PARAMETERS[id(dependant)] = _query_parameters(dependant)
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise InvalidValueError(
            f"Paramètre de requête inconnu : {', '.join(unknown)[:200]}. "
            f"Paramètres acceptés : {', '.join(sorted(known)) or 'aucun'}."
        )
