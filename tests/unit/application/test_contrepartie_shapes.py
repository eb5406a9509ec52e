"""The shapes of money the guide names (issue 20): a firm yearly amount is owed, a ceiling
(« jusqu'à 5 millions d'euros par an », Nantes) and a conditional envelope (CARENE, the
Ardèche) are not — neither ever raises « contrepartie non versée », neither counts as
committed, both still cap what is paid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.alerts import AlertKind
from domain.convention import Payment
from domain.errors import InvalidValueError, PaymentExceedsCommitmentError
from domain.monitoring import outstanding_deadlines
from domain.terms import (
    AmountCommitment,
    Contrepartie,
    ContrepartieKind,
    SetContrepartie,
    YearAmount,
)
from tests.builders import ADMIN, SYSTEM, World, refused

D = Decimal


@pytest.fixture
def world(ledger):
    return World(ledger)


def shaped(world: World, commitment: AmountCommitment) -> object:
    cid = world.rattachement_convention()
    subsidy = Contrepartie(
        "subv",
        ContrepartieKind.SUBVENTION_ANNUELLE,
        world.nievre,
        "Apport de la collectivité",
        world.oph_nievre,
        tuple(YearAmount(y, D("5000000.00")) for y in range(2021, 2027)),
        commitment=commitment,
    )
    world.ledger.drafting.amend_draft(cid, SetContrepartie(subsidy), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    return cid


def unpaid_alerts(ledger, cid):  # type: ignore[no-untyped-def]
    alerts = ledger.alerts.get_alerts(cid)
    return [a for a in (alerts.alerts if alerts else ()) if a.finding.kind is AlertKind.CONTREPARTIE_UNPAID]


@pytest.mark.parametrize("commitment", [AmountCommitment.CEILING, AmountCommitment.CONDITIONAL])
def test_a_ceiling_or_an_envelope_is_never_unpaid(ledger, world, commitment):
    cid = shaped(world, commitment)
    ledger.alerts.scan_deadlines(date(2023, 7, 15), ADMIN)
    assert unpaid_alerts(ledger, cid) == []
    convention = ledger.get_convention(cid)
    assert not [d for d in outstanding_deadlines(convention) if d.kind.value == "payment"]
    # What is paid is still capped by the ceiling (or the envelope).
    dep = world.signatory(world.nievre)
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("1200000.00"), world.oph_nievre, date(2021, 9, 1), "M-1"), dep
    )
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_payment(
            cid, Payment("subv", 2021, D("3900000.00"), world.oph_nievre, date(2021, 10, 1), "M-2"), dep
        ),
    )


def test_a_firm_amount_is_owed(ledger, world):
    cid = shaped(world, AmountCommitment.FIRM)
    ledger.alerts.scan_deadlines(date(2022, 7, 15), ADMIN)
    assert [a.finding.year for a in unpaid_alerts(ledger, cid)] == [2021]


def test_a_ceiling_needs_yearly_amounts_of_a_paid_kind(ledger, world):
    cid = world.rattachement_convention()
    guarantee = Contrepartie(
        "garantie",
        ContrepartieKind.GARANTIE_EMPRUNT,
        world.nievre,
        "Garantie d'emprunt",
        world.oph_nievre,
        commitment=AmountCommitment.CEILING,
    )
    error = refused(
        ledger,
        InvalidValueError,
        lambda: ledger.drafting.amend_draft(cid, SetContrepartie(guarantee), SYSTEM),
    )
    assert "montants annuels versés" in str(error)


def test_terms_signed_before_the_shapes_keep_their_fingerprint(world):
    """A field added with its default leaves the canonical form of older terms unchanged."""
    from domain.terms import canonical

    firm = Contrepartie("subv", ContrepartieKind.SUBVENTION_ANNUELLE, world.nievre, "Subvention")
    assert "commitment" not in canonical(firm)[1]
    assert canonical(Contrepartie("subv", ContrepartieKind.SUBVENTION_ANNUELLE, world.nievre, "Subvention",
                                  commitment=AmountCommitment.CEILING))[1]["commitment"] == "plafond"  # fmt: skip
