"""The audit trail: the platform's public key, signed checkpoints, verification of the hash
chain, Merkle proofs. Specification: docs/audit.md."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any
from uuid import UUID

from fastapi import Query, Request, Response
from pydantic import BaseModel, Field

from api import routing
from api.deps import MAX_INT, Audit, CurrentActor, Ledger, Reads
from api.rendering import render_dossier
from api.schemas import Day
from application.audit import AuditorReads, AuditTrail, check_may_sign_checkpoints, check_may_verify
from application.exports import AuditExports, ExportScope, scope_for
from application.ledger import ConventionLedger
from client.audit import key_id_of_pem
from domain.errors import InvalidValueError
from domain.values import Actor
from projections import portfolio_queries
from projections.read_models import ReadModels

router = routing.router(prefix="/audit", tags=["audit"])


class PublicKeyPublic(BaseModel):
    algorithm: str = "Ed25519"
    key_id: str = Field(description="SHA-256 of the raw public key, first 16 hex digits.")
    public_key_pem: str


class CheckpointPublic(BaseModel):
    log: str
    tree_size: int = Field(description="Events covered: leaves 0 … tree_size − 1 of the Merkle tree.")
    root: str = Field(description="RFC 9162 Merkle tree hash, hex.")
    head_position: int
    head_hash: str
    signed_at: str
    key_id: str
    signature: str = Field(description="Ed25519 over the canonical JSON of the other fields, base64.")


class DiscrepancyPublic(BaseModel):
    position: int
    kind: str
    detail: str
    seq: int | None


class VerificationPublic(BaseModel):
    ok: bool
    events_checked: int
    seconds: float
    after: int
    until: int | None
    checkpoints_checked: int
    first_position: int | None = Field(description="The first position where the store differs.")
    discrepancies: list[DiscrepancyPublic] = Field(description="The first 50, in position order.")
    discrepancies_total: int


class InclusionProofPublic(BaseModel):
    position: int
    leaf_index: int
    tree_size: int
    chain_hash: str
    proof: list[str]


class ConsistencyProofPublic(BaseModel):
    first: int
    second: int
    proof: list[str]


@router.get("/public-key")
def public_key(audit: Audit) -> PublicKeyPublic:
    """The key that signs the checkpoints (public: anyone may verify)."""
    pem = audit.public_key_pem()
    return PublicKeyPublic(key_id=key_id_of_pem(pem), public_key_pem=pem)


@router.get("/checkpoints")
def list_checkpoints(audit: Audit, actor: CurrentActor) -> list[CheckpointPublic]:
    return [CheckpointPublic(**c) for c in audit.checkpoints()]


@router.post("/checkpoints", status_code=201)
def sign_checkpoint(audit: Audit, actor: CurrentActor) -> CheckpointPublic:
    """Sign the chain's head now (the administrator; the worker also closes each day)."""
    check_may_sign_checkpoints(actor)
    return CheckpointPublic(**audit.checkpoint())


@router.get("/verification")
def verify(
    audit: Audit,
    actor: CurrentActor,
    after: Annotated[int, Query(ge=0, le=MAX_INT, description="From the event after this position.")] = 0,
    until: Annotated[int | None, Query(ge=1, le=MAX_INT, description="Up to this position.")] = None,
) -> VerificationPublic:
    """Recompute the chain over the range and compare it with the store and, from the first
    event, with the signed checkpoints: the first position where anything differs, or all holds."""
    check_may_verify(actor)
    try:
        report = audit.verify(after, until)
    except ValueError as error:
        raise InvalidValueError(f"Vérification impossible : {error}.") from None
    body: dict[str, Any] = {**report.__dict__, "discrepancies": [d.__dict__ for d in report.discrepancies]}
    return VerificationPublic(**body)


class AuditorReadPublic(BaseModel):
    actor_id: str
    path: str
    query: str
    read_at: str


@router.get("/reads")
def auditor_reads(
    request: Request,
    actor: CurrentActor,
    actor_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
) -> list[AuditorReadPublic]:
    """Every read of an auditor (who read what, when), most recent first."""
    check_may_verify(actor)
    reads: AuditorReads = request.app.state.auditor_reads
    return [AuditorReadPublic(**r.__dict__) for r in reads.list(actor_id, limit, offset)]


@router.get("/proofs/inclusion")
def inclusion_proof(
    audit: Audit,
    actor: CurrentActor,
    position: Annotated[int, Query(ge=1, le=MAX_INT)],
    tree_size: Annotated[int, Query(ge=1, le=MAX_INT)],
) -> InclusionProofPublic:
    """That the event at ``position`` is in the tree of a checkpoint (RFC 9162 §2.1.3)."""
    check_may_verify(actor)
    try:
        index, chain_hash, proof = audit.inclusion_proof(position, tree_size)
    except ValueError as error:
        raise InvalidValueError(f"Preuve impossible : {error}.") from None
    return InclusionProofPublic(
        position=position, leaf_index=index, tree_size=tree_size, chain_hash=chain_hash, proof=proof
    )


@router.get("/proofs/consistency")
def consistency_proof(
    audit: Audit,
    actor: CurrentActor,
    first: Annotated[int, Query(ge=1, le=MAX_INT)],
    second: Annotated[int, Query(ge=1, le=MAX_INT)],
) -> ConsistencyProofPublic:
    """That the tree of size ``second`` extends the tree of size ``first`` (RFC 9162 §2.1.4)."""
    check_may_verify(actor)
    try:
        proof = audit.consistency_proof(first, second)
    except ValueError as error:
        raise InvalidValueError(f"Preuve impossible : {error}.") from None
    return ConsistencyProofPublic(first=first, second=second, proof=proof)


class ExportScopeKind(StrEnum):
    convention = "convention"
    office = "office"
    collectivite = "collectivite"
    societe = "societe"


class ExportFormat(StrEnum):
    zip = "zip"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


MEDIA_TYPES = {
    ExportFormat.zip: ("application/zip", "export.zip"),
    ExportFormat.jsonl: ("application/x-ndjson", "events.jsonl"),
    ExportFormat.csv: ("text/csv; charset=utf-8", "evenements.csv"),
    ExportFormat.html: ("text/html; charset=utf-8", "dossier.html"),
}


def export_scope(
    kind: ExportScopeKind, scope_id: UUID, ledger: ConventionLedger, reads: ReadModels, actor: Actor
) -> ExportScope:
    """The scope asked, under the read policy (``application.exports.scope_for``)."""
    return scope_for(ledger, kind.value, scope_id, actor, portfolio_queries.ReadersIndex(reads))


@router.get(
    "/exports",
    response_class=Response,
    responses={200: {"content": {t: {} for t, _ in MEDIA_TYPES.values()}, "description": "The export file."}},
)
def export(
    ledger: Ledger,
    reads: Reads,
    audit: Audit,
    actor: CurrentActor,
    scope: ExportScopeKind,
    id: UUID,
    as_of: Annotated[
        Day | None,
        Query(
            description="The recording clock: what the platform knew at the end of this day (UTC), "
            "events recorded up to then; today by default."
        ),
    ] = None,
    in_force_on: Annotated[
        Day | None,
        Query(
            description="The effective clock: the terms and standing in force on this date; as_of by default."
        ),
    ] = None,
    format: ExportFormat = ExportFormat.zip,
) -> Response:
    """The audit file of a convention, an office, a collectivité or an SC: the signed event log
    with proofs (JSON Lines), the flat file (CSV), the readable dossier (HTML), or all three in
    a signed archive (zip) — in force on `in_force_on`, as known at the end of `as_of` (two
    clocks: a situation of 2020 asked as the platform knows it today is `in_force_on=2020-12-31`).
    Verify offline with client/audit.py."""
    chosen = export_scope(scope, id, ledger, reads, actor)
    return export_file(ledger, audit, chosen, as_of or datetime.now(UTC).date(), format, in_force_on)


def export_file(
    ledger: ConventionLedger,
    audit: AuditTrail,
    chosen: ExportScope,
    day: date,
    format: ExportFormat,
    in_force_on: date | None = None,
) -> Response:
    """The export as a file to download (the API's and the control space's)."""
    exports = AuditExports(ledger, audit, render_dossier)
    build = {
        ExportFormat.zip: exports.bundle,
        ExportFormat.jsonl: exports.jsonl,
        ExportFormat.csv: exports.csv,
        ExportFormat.html: exports.dossier,
    }[format]
    media_type, filename = MEDIA_TYPES[format]
    return Response(
        build(chosen, day, in_force_on),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
