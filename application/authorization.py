"""Who may do what: the one policy every use case asks (issue 7 extends it to reads).

- an administrator registers parties and records their changes (SC membership, rattachement,
  fusion); it never acts inside a convention;
- an editor or a signatory of a party prepares and executes the conventions of its party;
- only a signatory acting for a party signs (or adheres) for that party;
- the system actor (demo loader, scheduled jobs) may do everything;
- readers and auditors only read.

Reads: administrators, auditors and the system read everything; an actor of a party reads
a convention (its terms, history, alerts, timeline) only if it concerns that party — the
party is or was party to it (``Convention.concerned_party_ids``), or belonged to an SC that
is, while the convention ran, or is an SC one of whose members is, while it ran, or is a
collectivité taking part in the governance of an SC party to it, while it ran; any
landlord also reads an open convention (offered to every landlord, to adhere to it). Anyone
else is told the convention does not exist (404, the same words as for an unknown id):
whether a convention exists is itself information. The read models apply the same rule in
SQL (``projections.portfolio_queries.VISIBLE_CONVENTIONS``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.collectivite import Collectivite
from domain.convention import Convention
from domain.landlord import Landlord
from domain.societe_de_coordination import SocieteDeCoordination
from domain.terms import PartyType
from domain.values import Actor, ActorRole


class NotAuthorizedError(Exception):
    """The actor is authenticated but may not do this."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


WRITERS = (ActorRole.EDITOR, ActorRole.SIGNATORY)


def check_may_administer(actor: Actor) -> None:
    if actor.role not in (ActorRole.ADMIN, ActorRole.SYSTEM):
        raise NotAuthorizedError(
            "Seul un administrateur de la plateforme enregistre les parties et leurs changements."
        )


def check_may_prepare(actor: Actor, party_ids: tuple[UUID, ...]) -> None:
    """Draft or execute a convention: an editor or signatory of one of its parties."""
    if actor.role is ActorRole.SYSTEM:
        return
    if actor.role not in WRITERS or actor.party_id not in party_ids:
        raise NotAuthorizedError(
            "Seul un rédacteur ou un signataire d'une partie à la convention peut la modifier."
        )


def check_may_act_for(actor: Actor, party_id: UUID, *, signing: bool) -> None:
    """Sign or deliberate for a party: someone of that party (a signatory, to sign)."""
    if actor.role is ActorRole.SYSTEM:
        return
    allowed = (ActorRole.SIGNATORY,) if signing else WRITERS
    if actor.role not in allowed or actor.party_id != party_id:
        raise NotAuthorizedError(
            "Seul un signataire habilité de cette partie peut signer pour elle."
            if signing
            else "Seul un rédacteur ou un signataire de cette partie peut agir pour elle."
        )


def convention_party_ids(convention: Convention) -> tuple[UUID, ...]:
    return tuple(p.party_id for p in convention.latest_terms.parties)


SEES_EVERYTHING = (ActorRole.ADMIN, ActorRole.AUDITOR, ActorRole.SYSTEM)


def sees_everything(actor: Actor) -> bool:
    return actor.role in SEES_EVERYTHING


def _overlaps(joined_on: date, left_on: date | None, start: date, end: date | None) -> bool:
    """A membership [joined_on, left_on) overlaps the period [start, end]."""
    return joined_on <= (end or date.max) and (left_on is None or left_on > start)


def concerns(
    convention: Convention, party: Aggregate | None, load: Callable[[UUID], Aggregate | None]
) -> bool:
    """Whether the convention concerns the party, directly, through an SC, or as a
    collectivité in the governance of an SC party to it (``load`` finds that SC)."""
    if party is None:
        return False
    concerned = convention.concerned_party_ids()
    if party.id in concerned:
        return True
    if isinstance(party, Landlord) and convention.is_open_to_adherents():
        return True  # any landlord may read an open convention, to adhere to it
    period = convention.latest_terms.period
    if isinstance(party, Landlord):
        return any(
            m.societe_id in concerned and _overlaps(m.joined_on, m.left_on, period.start, period.end)
            for m in party.memberships
        )
    if isinstance(party, SocieteDeCoordination):
        return any(
            p.member_id in concerned and _overlaps(p.joined_on, p.left_on, period.start, period.end)
            for p in party.periods
        )
    if isinstance(party, Collectivite):
        societes = (
            load(p.party_id)
            for p in convention.latest_terms.parties
            if p.party_type is PartyType.SOCIETE_DE_COORDINATION
        )
        return any(
            isinstance(societe, SocieteDeCoordination)
            and any(
                seat.collectivite_id == party.id and seat.overlaps(period.start, period.end)
                for seat in societe.seats
            )
            for societe in societes
        )
    return False
