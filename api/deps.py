"""Dependencies as Annotated aliases: the ledger and the authenticated actor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from application.ledger import ConventionLedger
from domain.values import Actor
from projections.read_models import ReadModels

Authenticator = Callable[[str], Actor | None]

bearer = HTTPBearer(auto_error=False)


def get_ledger(request: Request) -> ConventionLedger:
    ledger: ConventionLedger = request.app.state.ledger
    return ledger


def get_actor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Actor:
    if credentials is None:
        raise HTTPException(401, "Authentification requise : en-tête Authorization: Bearer <jeton>.")
    authenticate: Authenticator = request.app.state.authenticate
    actor = authenticate(credentials.credentials)
    if actor is None:
        raise HTTPException(401, "Jeton inconnu ou révoqué.")
    return actor


def get_reads(request: Request) -> ReadModels:
    reads: ReadModels = request.app.state.reads
    return reads


Ledger = Annotated[ConventionLedger, Depends(get_ledger)]
Reads = Annotated[ReadModels, Depends(get_reads)]
CurrentActor = Annotated[Actor, Depends(get_actor)]
