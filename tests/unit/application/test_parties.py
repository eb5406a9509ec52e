"""Parties: registration, rattachement, fusion, Société de Coordination membership."""

from datetime import date

from application.authorization import NotAuthorizedError
from domain.collectivite import CollectiviteKind
from domain.errors import (
    AlreadyMemberOfASocieteError,
    InvalidInseeCodeError,
    InvalidMergerError,
    InvalidRattachementError,
    InvalidSirenError,
    NotAMemberError,
    NotAnHlmBodyError,
    OfficeMergedError,
    PartyAlreadyRegisteredError,
)
from domain.office import Office, OfficeKind
from domain.organisme import OrganismeKind
from domain.terms import ConventionKind, PartyType
from tests.builders import ADMIN, World, refused, siren


def test_a_siren_is_registered_once(ledger):
    world = World(ledger)
    refused(
        ledger,
        PartyAlreadyRegisteredError,
        lambda: ledger.parties.register_office(
            siren=siren(2001),
            name="Doublon",
            rattachement_id=world.nievre,
            attached_on=date(2001, 1, 1),
            actor=ADMIN,
        ),
    )


def test_identifiers_are_validated(ledger):
    refused(
        ledger,
        InvalidSirenError,
        lambda: ledger.parties.register_collectivite(
            siren="123456789",
            name="X",
            kind=CollectiviteKind.COMMUNE,
            insee_code="58194",
            departement_code=None,
            actor=ADMIN,
        ),
    )
    refused(
        ledger,
        InvalidInseeCodeError,
        lambda: ledger.parties.register_collectivite(
            siren=siren(9),
            name="X",
            kind=CollectiviteKind.COMMUNE,
            insee_code="58194",
            departement_code="21",
            actor=ADMIN,
        ),
    )
    refused(
        ledger,
        InvalidInseeCodeError,
        lambda: ledger.parties.register_collectivite(
            siren=siren(9),
            name="X",
            kind=CollectiviteKind.METROPOLE,
            insee_code=None,
            departement_code=None,
            actor=ADMIN,
        ),
    )


def test_only_an_administrator_registers_parties(ledger):
    world = World(ledger)
    refused(
        ledger,
        NotAuthorizedError,
        lambda: ledger.parties.register_organisme(
            siren=siren(9), name="ESH", kind=OrganismeKind.ESH, actor=world.signatory(world.oph_nievre)
        ),
    )


def test_an_office_is_never_attached_to_a_region(ledger):
    world = World(ledger)
    refused(
        ledger,
        InvalidRattachementError,
        lambda: ledger.parties.register_office(
            siren=siren(2999),
            name="Office régional",
            rattachement_id=world.region,
            attached_on=date(2020, 1, 1),
            actor=ADMIN,
        ),
    )


def test_a_rattachement_change_is_dated_and_changes_the_office_kind(ledger):
    world = World(ledger)
    world.reattach(world.oph_nievre, world.nevers, date(2023, 1, 1))
    office = ledger.get_party(world.oph_nievre)
    assert isinstance(office, Office)
    assert office.rattachement_on(date(2022, 12, 31)).collectivite_id == world.nievre
    assert office.rattachement_on(date(2023, 1, 1)).kind is OfficeKind.COMMUNAL


def test_a_merged_office_no_longer_commits(ledger):
    world = World(ledger)
    refused(
        ledger,
        InvalidMergerError,
        lambda: ledger.parties.merge_offices(
            absorbed_id=world.oph_lyon1,
            absorbing_id=world.oph_lyon1,
            effective_on=date(2022, 1, 1),
            actor=ADMIN,
        ),
    )
    ledger.parties.merge_offices(
        absorbed_id=world.oph_lyon2, absorbing_id=world.oph_lyon1, effective_on=date(2022, 1, 1), actor=ADMIN
    )
    assert ledger.get_party(world.oph_lyon1).absorbed == (world.oph_lyon2,)
    refused(
        ledger,
        OfficeMergedError,
        lambda: ledger.drafting.draft_convention(
            kind=ConventionKind.CONTRAT_DE_PLAN,
            title="Contrat",
            start=date(2022, 6, 1),
            end=date(2025, 12, 31),
            parties=(
                world.party(world.lyon, PartyType.COLLECTIVITE),
                world.party(world.oph_lyon1, PartyType.OFFICE),
                world.party(world.oph_lyon2, PartyType.OFFICE),
            ),
            actor=world.signatory(world.lyon),
        ),
    )


def test_an_organisme_belongs_to_one_societe_de_coordination_at_a_time(ledger):
    world = World(ledger)
    other = ledger.parties.form_societe(
        siren=siren(3002), name="Autre SC", formed_on=date(2020, 1, 1), actor=ADMIN
    ).aggregate_id
    ledger.parties.admit_member(
        societe_id=world.sc, member_id=world.oph_nievre, joined_on=date(2020, 6, 1), actor=ADMIN
    )
    refused(
        ledger,
        AlreadyMemberOfASocieteError,
        lambda: ledger.parties.admit_member(
            societe_id=other, member_id=world.oph_nievre, joined_on=date(2021, 1, 1), actor=ADMIN
        ),
    )
    # After leaving, it may join another one.
    ledger.parties.release_member(
        societe_id=world.sc, member_id=world.oph_nievre, left_on=date(2021, 1, 1), actor=ADMIN
    )
    ledger.parties.admit_member(
        societe_id=other, member_id=world.oph_nievre, joined_on=date(2021, 1, 1), actor=ADMIN
    )
    sc = ledger.get_party(world.sc)
    assert world.oph_nievre in sc.members_on(date(2020, 12, 31))
    assert world.oph_nievre not in sc.members_on(date(2021, 1, 1))
    assert ledger.get_party(world.oph_nievre).societe_on(date(2021, 2, 1)) == other
    refused(
        ledger,
        NotAMemberError,
        lambda: ledger.parties.release_member(
            societe_id=world.sc, member_id=world.oph_nievre, left_on=date(2022, 1, 1), actor=ADMIN
        ),
    )


def test_only_hlm_bodies_are_members(ledger):
    world = World(ledger)
    refused(
        ledger,
        NotAnHlmBodyError,
        lambda: ledger.parties.admit_member(
            societe_id=world.sc, member_id=world.nevers, joined_on=date(2021, 1, 1), actor=ADMIN
        ),
    )


def test_an_absorbed_office_commits_until_the_eve_of_its_merger_not_on_the_day(ledger):
    world = World(ledger)
    merger_day = date(2022, 1, 1)
    ledger.parties.merge_offices(
        absorbed_id=world.oph_lyon2, absorbing_id=world.oph_lyon1, effective_on=merger_day, actor=ADMIN
    )

    def draft(start: date) -> object:
        return ledger.drafting.draft_convention(
            kind=ConventionKind.CONTRAT_DE_PLAN,
            title="Contrat",
            start=start,
            end=date(2025, 12, 31),
            parties=(
                world.party(world.lyon, PartyType.COLLECTIVITE),
                world.party(world.oph_lyon1, PartyType.OFFICE),
                world.party(world.oph_lyon2, PartyType.OFFICE),
            ),
            actor=world.signatory(world.lyon),
        )

    draft(date(2021, 12, 31))  # the eve: still its own
    refused(ledger, OfficeMergedError, lambda: draft(merger_day))
