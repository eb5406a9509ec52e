"""The read rule (``domain.readers``) on the memory store: who reads a convention, with which
of its alerts."""

from __future__ import annotations

from datetime import date

from domain.readers import ALL_ALERTS, readers_of
from domain.terms import ConventionKind, PartyRole, PartyType
from tests.builders import ADMIN, World


def test_parties_their_sc_and_the_collectivite_de_rattachement_read_every_alert(ledger):
    world = World(ledger)
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2020, 6, 1), actor=ADMIN
    )
    cid = world.convention_in_force()
    readers = readers_of(ledger.get_convention(cid), ledger.aggregate_or_none)
    assert readers.parties[world.oph_nievre] is ALL_ALERTS  # party
    assert readers.parties[world.nievre] is ALL_ALERTS  # party, and the office's collectivité de rattachement
    assert readers.parties[world.sc] is ALL_ALERTS  # the office's SC while the convention runs
    assert world.lyon not in readers.parties and not readers.open_to_landlords
    # A reattachment (the office now attached to Nevers) makes Nevers a reader too.
    world.reattach(world.oph_nievre, world.nevers, date(2023, 1, 1))
    readers = readers_of(ledger.get_convention(cid), ledger.aggregate_or_none)
    assert readers.parties[world.nevers] is ALL_ALERTS
    assert readers.reads_alert(world.nevers, (world.oph_yonne,))


def test_the_collectivite_de_rattachement_reads_what_its_office_commits_to_through_its_sc(ledger):
    world = World(ledger)
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2020, 6, 1), actor=ADMIN
    )
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_yonne, joined_on=date(2020, 6, 1), actor=ADMIN
    )
    cid = world.draft(
        by=world.sc,
        kind=ConventionKind.SC_IMPLANTATION,
        title="Implantation de la SC à Dijon",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            world.party(world.sc, PartyType.SOCIETE_DE_COORDINATION),
            world.party(world.dijon, PartyType.COLLECTIVITE),
            world.party(world.oph_yonne, PartyType.OFFICE, PartyRole.BENEFICIAIRE),
        ),
        changes=(),
        changed_by=ADMIN,
    )
    readers = readers_of(ledger.get_convention(cid), ledger.aggregate_or_none)
    # Nièvre Habitat is a member of the SC: its collectivité de rattachement oversees it.
    assert readers.parties[world.nievre] is ALL_ALERTS
    # Lyon's office is not a member: the Métropole reads nothing of it.
    assert world.lyon not in readers.parties
