"""The read rule (``domain.readers``) on the memory store: who reads a convention, with which
of its alerts."""

from __future__ import annotations

from datetime import date

from domain.readers import ALL_ALERTS, readers_of
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
