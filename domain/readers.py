"""Who may read a convention, and which of its alerts: one rule (issue 21), applied by the
application to every read of a convention and stored by the read models
(``convention_readers``) for every list, count, portfolio and feed.

A convention is read by:
- its parties, ever (``Convention.concerned_party_ids``: as drafted, as its terms stand, added
  or removed by an avenant, the offices it absorbed) — a party keeps the history it signed;
- through a Société de Coordination, while the convention ran: the members of an SC party,
  the SC of a landlord party, the collectivités in the governance of an SC party;
- the collectivité de rattachement of an office party, while the convention ran: its
  oversight of the office (CCH L. 421-1 s.; the guide's « collectivité de rattachement ») —
  and of an office that is a member of an SC party: what its office commits to through its SC;
- every landlord, an open convention (it is offered to all, to adhere to it).

Its alerts are read by the same parties, but two: an adherent of an open convention (and who
reads through it: its SC, its collectivité de rattachement) reads the alerts that name the
adherent (as the party concerned or the beneficiary) and those that name no party (the
convention's own: a bilan overdue) — not another adherent's —; and a landlord that reads an
open convention only because it is open reads none of its alerts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain.convention import Convention
from domain.landlord import Landlord
from domain.office import Office
from domain.societe_de_coordination import SocieteDeCoordination
from domain.terms import Period

Lookup = Callable[[UUID], Aggregate | None]
"""A party by its id (None when unknown)."""


ALL_ALERTS = None
"""A reader of every alert of the convention."""


@dataclass(frozen=True)
class Readers:
    """Who reads a convention, each with which of its alerts: every one (``ALL_ALERTS``), or
    those that name one of the adherents it reads through (or no party); and whether every
    landlord reads it too (an open convention, alerts excepted)."""

    parties: dict[UUID, frozenset[UUID] | None]
    open_to_landlords: bool

    def reads(self, party: Aggregate | None) -> bool:
        if party is None:
            return False
        return party.id in self.parties or (self.open_to_landlords and isinstance(party, Landlord))

    def reads_alert(self, party_id: UUID | None, named: Iterable[UUID | None]) -> bool:
        """Whether the party reads an alert naming ``named`` (its party, its beneficiary)."""
        if party_id is None or party_id not in self.parties:
            return False
        through = self.parties[party_id]
        if through is ALL_ALERTS:
            return True
        names = {n for n in named if n is not None}
        return not names or bool(names & through)


def readers_of(convention: Convention, lookup: Lookup) -> Readers:
    """Who reads ``convention``, the parties as ``lookup`` finds them."""
    period = convention.latest_terms.period
    adherents = {a.party.party_id for a in convention.adhesions}
    direct = set(convention.concerned_party_ids())
    readers: dict[UUID, frozenset[UUID] | None] = {}

    def add(party_id: UUID, through: frozenset[UUID] | None) -> None:
        current = readers.get(party_id, frozenset())
        if through is ALL_ALERTS or current is ALL_ALERTS:
            readers[party_id] = ALL_ALERTS
        else:
            readers[party_id] = current | through

    for party_id in sorted(direct, key=str):
        through = frozenset({party_id}) if party_id in adherents else ALL_ALERTS
        add(party_id, through)
        party = lookup(party_id)
        for related in _related(party, period):
            add(related, through)
        if isinstance(party, SocieteDeCoordination):
            # The collectivités de rattachement of its member offices oversee what their office
            # commits to through its SC (issue 20: the collectivité de rattachement's oversight).
            for member in party.periods:
                if period.meets(member.joined_on, member.left_on):
                    office = lookup(member.member_id)
                    if isinstance(office, Office):
                        for collectivite_id in _rattachements_during(office, period):
                            add(collectivite_id, through)
    return Readers(readers, convention.is_open_to_adherents())


def _rattachements_during(office: Office, period: Period) -> list[UUID]:
    rattachements = office.rattachements
    found = []
    for index, rattachement in enumerate(rattachements):
        until = rattachements[index + 1].effective_on if index + 1 < len(rattachements) else None
        if period.meets(rattachement.effective_on, until):
            found.append(rattachement.collectivite_id)
    return found


def _related(party: Aggregate | None, period: Period) -> list[UUID]:
    """Who reads what a party reads of a convention over ``period``, through the party."""
    related: list[UUID] = []
    if isinstance(party, SocieteDeCoordination):
        related += [m.member_id for m in party.periods if period.meets(m.joined_on, m.left_on)]
        related += [s.collectivite_id for s in party.seats if period.meets(s.joined_on, s.left_on)]
    if isinstance(party, Landlord):
        related += [m.societe_id for m in party.memberships if period.meets(m.joined_on, m.left_on)]
    if isinstance(party, Office):
        related += _rattachements_during(party, period)
    return related


def relations_of(party: Aggregate | None) -> set[UUID]:
    """Every party through which ``party`` may read conventions, or which may read through it,
    at any time (an SC's members and governance, a landlord's SCs, an office's collectivités
    de rattachement): when a party event changes one of these, the conventions they read are
    to be asked again."""
    forever = Period(date.min, None)
    return set(_related(party, forever))
