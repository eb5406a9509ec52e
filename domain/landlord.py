"""What every HLM body has in common: membership of at most one Société de Coordination
at a time (CCH L. 423-1-1 ff.), and its patrimoine — the dwellings it holds in each commune,
declared on a date — from which its communes d'implantation follow."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING
from uuid import UUID

from eventsourcing.domain import event

from domain import wording
from domain.errors import (
    AlreadyMemberOfASocieteError,
    DateBeforeError,
    DuplicateElementError,
    InvalidValueError,
    NotAMemberError,
)
from domain.establishment import Establishment
from domain.identifiers import check_commune_code
from domain.values import Actor, check_text

MAX_DWELLINGS_IN_A_COMMUNE = 1_000_000
MAX_COMMUNES = 5_000
SOURCE_MAX_LENGTH = 200


@dataclass(frozen=True)
class CommuneStock:
    """The dwellings a landlord holds in one commune (its INSEE code)."""

    commune_insee: str
    dwellings: int


@dataclass(frozen=True)
class StockDeclaration:
    """The landlord's patrimoine as it stood on ``declared_on``, commune by commune (from the
    RPLS, its own inventory…, named in ``source``). It replaces the earlier declaration from
    that date on: the communes left out have no dwelling of it any more."""

    declared_on: date
    communes: tuple[CommuneStock, ...]
    source: str = ""

    def dwellings_in(self, commune_insee: str) -> int:
        return next((c.dwellings for c in self.communes if c.commune_insee == commune_insee), 0)

    @property
    def total(self) -> int:
        return sum(c.dwellings for c in self.communes)


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
        stock_declarations: tuple[StockDeclaration, ...]

    stock_declarations = ()  # until the first declaration (and for landlords registered before)

    def declare_stock(self, declaration: StockDeclaration, actor: Actor) -> None:
        """Rules: at least one commune, each once, by a valid INSEE code, with at least one
        dwelling; declarations follow each other in time (a correction is a new declaration,
        dated after)."""
        if not declaration.communes:
            raise InvalidValueError("Le patrimoine déclaré compte au moins une commune.")
        if len(declaration.communes) > MAX_COMMUNES:
            raise InvalidValueError(f"Le patrimoine se déclare en {MAX_COMMUNES} communes au plus.")
        seen: set[str] = set()
        for line in declaration.communes:
            check_commune_code(line.commune_insee)
            if line.commune_insee in seen:
                raise DuplicateElementError(
                    f"La commune {line.commune_insee} apparaît deux fois dans la déclaration."
                )
            seen.add(line.commune_insee)
            if not 1 <= line.dwellings <= MAX_DWELLINGS_IN_A_COMMUNE:
                raise InvalidValueError(
                    f"Commune {line.commune_insee} : de 1 à {MAX_DWELLINGS_IN_A_COMMUNE} logements "
                    f"({line.dwellings} indiqués) ; une commune sans logement est simplement omise."
                )
        check_text(declaration.source, "La source de la déclaration")
        if len(declaration.source) > SOURCE_MAX_LENGTH:
            raise InvalidValueError(f"La source de la déclaration tient en {SOURCE_MAX_LENGTH} caractères.")
        latest = self.stock_declarations[-1] if self.stock_declarations else None
        if latest is not None and declaration.declared_on <= latest.declared_on:
            raise DateBeforeError(
                f"Le patrimoine {wording.of(self.name)} est déclaré au {latest.declared_on:%d/%m/%Y} : une "
                "nouvelle déclaration (ou sa correction) est datée après."
            )
        self._declare_stock(declaration, effective_on=declaration.declared_on, actor=actor)

    @event("StockDeclared")
    def _declare_stock(self, declaration: StockDeclaration, effective_on: date, actor: Actor) -> None:
        self.stock_declarations = (*self.stock_declarations, declaration)

    def stock_on(self, day: date) -> StockDeclaration | None:
        """The patrimoine as last declared on or before ``day`` (None before any)."""
        return next((d for d in reversed(self.stock_declarations) if d.declared_on <= day), None)

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
