"""Operations as first-class objects (issue 20): an operation of the terms (nature, commune,
dwellings, budget, maître d'ouvrage) that commitments, contreparties, deliveries and guarantees
name by its id; a convention cadre whose operations are opened one by one by conventions
d'opération (Rennes: « convention cadre, puis conventions opération par opération »)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from application.authorization import NotAuthorizedError
from domain.convention import Delivery, GuaranteeGrant
from domain.errors import (
    ElementNotFoundError,
    InvalidFrameworkError,
    InvalidInseeCodeError,
    InvalidPartiesError,
    InvalidValueError,
    OperationAlreadyConventionedError,
)
from domain.terms import (
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Operation,
    OperationNature,
    PartyType,
    SetContrepartie,
    SetOperation,
    TypologyGrant,
    WithdrawOperation,
    YearAmount,
)
from tests.builders import SYSTEM, World, refused, snapshot_before

D = Decimal


@pytest.fixture
def world(ledger):
    return World(ledger)


def rehabilitation(world: World, operation_id: str = "op-parc") -> Operation:
    return Operation(
        operation_id,
        OperationNature.REHABILITATION,
        "Résidence du Parc",
        "58194",
        120,
        D("3200000.00"),
        world.oph_nievre,
    )


def per_dwelling(world: World, operation_id: str | None = "op-parc") -> Contrepartie:
    return Contrepartie(
        "aide-logement",
        ContrepartieKind.AIDE_PAR_LOGEMENT,
        world.nievre,
        "Aide par logement réhabilité",
        world.oph_nievre,
        unit_grants=(TypologyGrant("T3", D("5000.00")),),
        operation_id=operation_id,
    )


def framework_in_force(world: World) -> object:
    """The Nièvre convention as a convention cadre: two operations, a grant for one."""
    cid = world.rattachement_convention()
    other = replace(rehabilitation(world, "op-gare"), title="Quartier de la Gare", dwellings=40)
    for change in (
        SetOperation(rehabilitation(world)),
        SetOperation(other),
        SetContrepartie(per_dwelling(world)),
    ):
        world.ledger.drafting.amend_draft(cid, change, SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    return cid


def test_a_delivery_is_for_the_operation_its_grant_finances(ledger, world):
    cid = framework_in_force(world)
    office = world.signatory(world.oph_nievre)
    # No operation named: the grant finances one, the delivery is for it, under its title.
    ledger.execution.record_delivery(
        cid, Delivery("aide-logement", world.oph_nievre, "", "T3", 12, date(2021, 6, 1)), office
    )
    delivery = ledger.get_convention(cid).deliveries[-1]
    assert (delivery.operation_id, delivery.operation) == ("op-parc", "Résidence du Parc")
    # Another operation of the terms is not what this grant finances.
    error = refused(
        ledger,
        InvalidValueError,
        lambda: ledger.execution.record_delivery(
            cid,
            Delivery("aide-logement", world.oph_nievre, "", "T3", 3, date(2021, 7, 1), "op-gare"),
            office,
        ),
    )
    assert "finance l'opération op-parc" in str(error)
    # An operation the terms do not declare is not found.
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.execution.record_delivery(
            cid, Delivery("aide-logement", world.oph_nievre, "", "T3", 3, date(2021, 7, 1), "op-x"), office
        ),
    )


def test_a_guarantee_names_the_operation_its_loan_finances(ledger, world):
    cid = world.rattachement_convention()
    guarantee = Contrepartie(
        "garantie",
        ContrepartieKind.GARANTIE_EMPRUNT,
        world.nievre,
        "Garantie des emprunts",
        world.oph_nievre,
        tuple(YearAmount(y, D("5000000.00")) for y in range(2021, 2027)),
        guarantee_rate=D(50),
    )
    for change in (SetOperation(rehabilitation(world)), SetContrepartie(guarantee)):
        ledger.drafting.amend_draft(cid, change, SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    grant = GuaranteeGrant(
        "garantie", 2021, world.oph_nievre, "PRET-1", D("1000000.00"), D("500000.00"), date(2021, 5, 1),
        operation_id="op-parc",
    )  # fmt: skip
    ledger.execution.record_guarantee(cid, grant, world.signatory(world.nievre))
    assert ledger.get_convention(cid).guarantees[-1].operation_id == "op-parc"


def test_what_names_an_operation_names_one_of_the_terms(ledger, world):
    cid = world.rattachement_convention()
    # A grant for an operation not declared.
    error = refused(
        ledger, ElementNotFoundError, lambda: ledger.drafting.amend_draft(cid, SetContrepartie(per_dwelling(world)), SYSTEM)
    )  # fmt: skip
    assert "op-parc" in str(error) and "déclarez d'abord" in str(error)
    ledger.drafting.amend_draft(cid, SetOperation(rehabilitation(world)), SYSTEM)
    ledger.drafting.amend_draft(cid, SetContrepartie(per_dwelling(world)), SYSTEM)
    # Withdrawn while a contrepartie still finances it: refused, nothing recorded.
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.drafting.amend_draft(cid, WithdrawOperation("op-parc"), SYSTEM),
    )


def test_an_operation_is_described_and_carried_by_a_landlord_party(ledger, world):
    cid = world.rattachement_convention()
    operation = rehabilitation(world)
    cases = [
        (InvalidPartiesError, replace(operation, landlord_id=world.nievre)),  # a collectivité
        (InvalidPartiesError, replace(operation, landlord_id=world.oph_yonne)),  # not a party
        (InvalidInseeCodeError, replace(operation, commune_insee="99999")),
        (InvalidValueError, replace(operation, dwellings=-1)),
    ]
    for error, wrong in cases:
        refused(
            ledger, error, lambda wrong=wrong: ledger.drafting.amend_draft(cid, SetOperation(wrong), SYSTEM)
        )
    ledger.drafting.amend_draft(cid, SetOperation(operation), SYSTEM)
    assert ledger.get_convention(cid).terms.operations == (operation,)


def opening(world: World, framework_id: object, operation_id: str = "op-parc", by: object = None) -> object:
    return world.ledger.drafting.draft_convention(
        kind=ConventionKind.OPERATION,
        title="Convention d'opération — Résidence du Parc",
        start=date(2022, 1, 1),
        end=None,
        parties=(world.party(world.oph_nievre, PartyType.OFFICE), world.party(world.nevers, PartyType.COLLECTIVITE)),
        actor=world.signatory(by or world.oph_nievre),
        framework_id=framework_id,
        operation_id=operation_id,
    )  # fmt: skip


def test_a_convention_cadre_opens_one_convention_per_operation(ledger, world):
    framework = framework_in_force(world)
    opened = opening(world, framework).aggregate_id
    convention = ledger.get_convention(opened)
    # It carries the cadre's operation, and the cadre knows its convention d'opération.
    assert convention.terms.operations == (rehabilitation(world),)
    assert convention.terms.framework_id == framework
    assert convention.terms.operation == "Résidence du Parc"
    cadre = ledger.get_convention(framework)
    assert [(o.operation_id, o.convention_id) for o in cadre.operation_conventions] == [("op-parc", opened)]
    # One per operation; another operation of the cadre may have its own.
    error = refused(ledger, OperationAlreadyConventionedError, lambda: opening(world, framework))
    assert "avenant" in str(error)
    opening(world, framework, "op-gare")
    refused(ledger, ElementNotFoundError, lambda: opening(world, framework, "op-inconnue"))


def test_a_convention_d_operation_opens_only_under_a_cadre_in_force(ledger, world):
    draft = world.rattachement_convention()
    ledger.drafting.amend_draft(draft, SetOperation(rehabilitation(world)), SYSTEM)
    error = refused(ledger, InvalidFrameworkError, lambda: opening(world, draft))
    assert "en projet" in str(error)
    framework = framework_in_force(world)
    # Under a convention d'opération: no.
    opened = opening(world, framework).aggregate_id
    refused(ledger, InvalidFrameworkError, lambda: opening(world, opened))
    # An operation named without its cadre.
    refused(ledger, InvalidFrameworkError, lambda: opening(world, None))
    # Opened by a party foreign to the cadre (the commune of Nevers is not one of its parties).
    refused(ledger, NotAuthorizedError, lambda: opening(world, framework, "op-gare", by=world.nevers))


def test_a_snapshot_taken_before_operations_reads_with_no_convention_d_operation(ledger, world):
    cid = world.convention_in_force()
    assert snapshot_before(ledger.get_convention(cid), "operation_conventions", 3).operation_conventions == ()
