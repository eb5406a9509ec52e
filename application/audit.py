"""The audit trail as the use cases and the API see it: verify the hash chain over a range,
take a signed checkpoint, read checkpoints and proofs. The store-side implementation is
infrastructure/audit_trail.py (it reads the store's own tables); the encoding, the tree and the
proofs are client/audit.py, which an auditor runs offline. Specification: docs/audit.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from application.authorization import NotAuthorizedError
from domain.values import Actor, ActorRole


@dataclass(frozen=True)
class Discrepancy:
    """Something in the store that is not as it was recorded. ``kind`` is a stable slug."""

    position: int
    kind: str
    detail: str
    seq: int | None = None


@dataclass(frozen=True)
class Verification:
    ok: bool
    events_checked: int
    seconds: float
    after: int
    until: int | None
    checkpoints_checked: int
    first_position: int | None = None
    discrepancies: tuple[Discrepancy, ...] = field(default=())
    discrepancies_total: int = 0


class AuditTrail(Protocol):
    def verify(self, after: int = 0, until: int | None = None) -> Verification: ...

    def checkpoint(self) -> dict[str, Any]:
        """Sign the chain's head now (or return the checkpoint of this head if there is one)."""
        ...

    def checkpoints(self) -> list[dict[str, Any]]: ...

    def public_key_pem(self) -> str: ...

    def consistency_proof(self, first: int, second: int) -> list[str]: ...

    def evidence(self, positions: list[int]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """A signed checkpoint covering the events at ``positions``, and for each event its
        payload as stored, its links and its inclusion proof in that checkpoint's tree."""
        ...

    def sign(self, message: bytes) -> tuple[str, str]:
        """(key id, base64 Ed25519 signature) of ``message`` with the platform's key."""
        ...

    def inclusion_proof(self, position: int, tree_size: int) -> tuple[int, str, list[str]]:
        """(leaf index, chain hash, proof) of the event at ``position`` in the tree of that size."""
        ...


@dataclass(frozen=True)
class AuditorRead:
    actor_id: str
    path: str
    query: str
    read_at: str  # ISO 8601, UTC


class AuditorReads(Protocol):
    """Every read of an auditor: who read what, when (kept apart from the events)."""

    def record(self, read: AuditorRead) -> None: ...

    def list(self, actor_id: str | None, limit: int, offset: int) -> list[AuditorRead]: ...


def check_may_verify(actor: Actor) -> None:
    """Auditors, administrators and the system verify the chain and read proofs."""
    if actor.role not in (ActorRole.AUDITOR, ActorRole.ADMIN, ActorRole.SYSTEM):
        raise NotAuthorizedError("Seuls les auditeurs et l'administrateur vérifient le registre.")


def check_may_sign_checkpoints(actor: Actor) -> None:
    """Checkpoints are signed on demand by the administrator (and daily by the platform)."""
    if actor.role not in (ActorRole.ADMIN, ActorRole.SYSTEM):
        raise NotAuthorizedError("Seul l'administrateur demande un point de contrôle signé.")
