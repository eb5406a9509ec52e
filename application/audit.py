"""The audit trail as the use cases and the API see it: verify the hash chain over a range,
take a signed checkpoint, read checkpoints and proofs. The store-side implementation is
infrastructure/audit_trail.py (it reads the store's own tables); the encoding, the tree and the
proofs are client/audit.py, which an auditor runs offline. Specification: docs/audit.md."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from eventsourcing.domain import Aggregate

from application.authorization import NotAuthorizedError
from application.base import LedgerBase
from domain.terms import canonical
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


def covered(said: Any, known: Any) -> bool:
    """Whether everything ``said`` (a canonical value) holds is in ``known``, the same."""
    if isinstance(said, dict):
        return isinstance(known, dict) and all(k in known and covered(v, known[k]) for k, v in said.items())
    if isinstance(said, list):
        return (
            isinstance(known, list)
            and len(said) == len(known)
            and all(covered(s, k) for s, k in zip(said, known, strict=True))
        )
    return bool(said == known)


def snapshot_discrepancies(ledger: LedgerBase) -> list[Discrepancy]:
    """Every snapshot replayed from its events: one that differs (a row of the snapshot
    table edited, as a database administrator could) is reported — reads start from
    snapshots, so an edited one would be served and exported as the truth."""
    found: list[Discrepancy] = []
    if ledger.snapshots is None:
        return found
    for convention_id in ledger.convention_ids():
        try:
            snapshots = list(ledger.snapshots.get(convention_id))
            restored_of = [vars(s.mutate(None)) for s in snapshots]  # type: ignore[attr-defined]
        except Exception:  # an edited row that no longer decodes
            found.append(
                Discrepancy(
                    0,
                    "altered-snapshot",
                    f"Un instantané de la convention {convention_id} est illisible : la table des "
                    "instantanés a été modifiée. Supprimez-le : il sera refait depuis les événements.",
                )
            )
            continue
        for snapshot, restored in zip(snapshots, restored_of, strict=True):
            state: dict[str, Any] = dict(snapshot.state)  # type: ignore[attr-defined]
            kept = [k for k in state if k != "class_version"]
            replayed: Aggregate | None = None
            try:
                for event in ledger.repository.event_store.get(
                    convention_id, lte=snapshot.originator_version
                ):
                    replayed = event.mutate(replayed)  # type: ignore[attr-defined]
            except Exception:  # noqa: S112 - an unreadable event: the chain's check reports it
                continue
            # What the snapshot says must be what the events say; a snapshot taken before a
            # field existed says nothing of it (its value is the default): not a difference.
            differing = [
                k
                for k in kept
                if replayed is None
                or not covered(canonical(restored.get(k)), canonical(vars(replayed).get(k)))
            ]
            if differing:
                found.append(
                    Discrepancy(
                        0,
                        "altered-snapshot",
                        f"L'instantané de la convention {convention_id} à la version "
                        f"{snapshot.originator_version} diffère de ses événements "
                        f"({', '.join(sorted(differing)[:5])}) : la table des instantanés a été "
                        "modifiée. Supprimez l'instantané : il sera refait depuis les événements.",
                    )
                )
    return found
