"""What every HLM body has in common: membership of at most one Société de Coordination
at a time (CCH L. 423-1-1 ff.)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from eventsourcing.domain import event

from domain.errors import AlreadyMemberOfASocieteError, DateBeforeError, NotAMemberError
from domain.establishment import Establishment
from domain.values import Actor


@dataclass(frozen=True)
class Membership:
    """Membership of a Société de Coordination over [joined_on, left_on)."""

    societe_id: UUID
    joined_on: date
    left_on: date | None = None

    def covers(self, day: date) -> bool:
        return self.joined_on <= day and (self.left_on is None or day < self.left_on)


class Landlord(Establishment):
    """Base of Office and Organisme: an HLM body that can join a Société de Coordination.

    Subclasses set ``name`` and ``memberships`` (a tuple of ``Membership``) when created.
    """

    if TYPE_CHECKING:  # declared for type checkers only: annotations would become event fields
        name: str
        memberships: tuple[Membership, ...]

    def societe_on(self, day: date) -> UUID | None:
        for membership in self.memberships:
            if membership.covers(day):
                return membership.societe_id
        return None

    def check_can_join(self, societe_id: UUID, joined_on: date) -> None:
        for membership in self.memberships:
            if membership.left_on is None or joined_on < membership.left_on:
                raise AlreadyMemberOfASocieteError(
                    f"{self.name} est déjà membre d'une société de coordination "
                    f"(depuis le {membership.joined_on:%d/%m/%Y}) : un organisme n'appartient qu'à "
                    "une seule société de coordination à la fois ; enregistrez d'abord son départ."
                )

    def check_can_leave(self, societe_id: UUID, left_on: date) -> Membership:
        current = self.memberships[-1] if self.memberships else None
        if current is None or current.societe_id != societe_id or current.left_on is not None:
            raise NotAMemberError(f"{self.name} n'est pas membre de cette société de coordination.")
        if left_on <= current.joined_on:
            raise DateBeforeError(
                f"La date de départ ({left_on:%d/%m/%Y}) doit suivre la date d'adhésion "
                f"({current.joined_on:%d/%m/%Y})."
            )
        return current

    @event("JoinedSociete")
    def _join_societe(self, societe_id: UUID, effective_on: date, actor: Actor) -> None:
        self.memberships = (*self.memberships, Membership(societe_id, effective_on))

    @event("LeftSociete")
    def _leave_societe(self, societe_id: UUID, effective_on: date, actor: Actor) -> None:
        *earlier, current = self.memberships
        self.memberships = (*earlier, replace(current, left_on=effective_on))
