"""The audit trail: the platform's public key, signed checkpoints, verification of the hash
chain, Merkle proofs. Specification: docs/audit.md."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import MAX_INT, Audit, CurrentActor
from application.audit import check_may_sign_checkpoints, check_may_verify
from client.audit import key_id_of_pem
from domain.errors import InvalidValueError

router = APIRouter(prefix="/audit", tags=["audit"])


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
