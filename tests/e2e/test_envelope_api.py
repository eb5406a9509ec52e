"""A conditional envelope drawn on by a decision (issue 20, the CARENE–SILENE mechanism of the
guide), through HTTP: the collectivité's « soutien financier déclenché » on the alert the office
asked it to examine mobilises the envelope; the convention, its timeline and the collectivité's
portfolio then count it as owed — before, they never did."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from domain.convention import AnnualEvaluation, IndicatorValue
from domain.terms import (
    AmountCommitment,
    Contrepartie,
    ContrepartieKind,
    SetContrepartie,
    TypologyGrant,
    YearAmount,
)
from tests.builders import SYSTEM

pytestmark = pytest.mark.stores("sqlite", "postgres")


def test_a_support_triggered_on_the_envelope_is_owed_from_then_on(api, world):
    ledger = api.client.app.state.ledger
    cid = world.rattachement_convention()
    envelope = Contrepartie(
        "enveloppe",
        ContrepartieKind.SUBVENTION_ANNUELLE,
        world.nievre,
        "Enveloppe de soutien sous conditions",
        world.oph_nievre,
        tuple(YearAmount(y, Decimal("2000000.00")) for y in range(2021, 2027)),
        commitment=AmountCommitment.CONDITIONAL,
    )
    ledger.drafting.amend_draft(cid, SetContrepartie(envelope), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", Decimal(200)),), date(2022, 3, 1)), SYSTEM
    )
    office = api.token_for(world.signatory(world.oph_nievre))
    department = api.token_for(world.signatory(world.nievre))
    assert api.client.app.state.reads.wait_for(ledger.history.last_position(), 10)

    def owed_in_2022() -> Decimal:
        portfolio = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
        return sum(
            (Decimal(y["committed"]) for y in portfolio["contreparties_by_year"] if y["year"] == 2022),
            Decimal(0),
        )

    firm_only = owed_in_2022()  # the firm subsidy of the convention; the envelope not yet
    [alert] = api.client.get(f"/conventions/{cid}/alerts", headers=office).json()
    base = f"/conventions/{cid}/alerts/{alert['number']}"
    api.post(
        f"{base}/examination-request", {"requested_on": "2022-03-05", "reason": "Chantiers retardés"}, office
    )
    # More than the envelope: refused, named; nothing recorded.
    over = api.client.post(
        f"{base}/decision",
        json={
            "kind": "support_triggered",
            "summary": "Soutien",
            "decided_on": "2022-04-12",
            "contrepartie_id": "enveloppe",
            "amount": "2000000.01",
        },
        headers=department,
    )
    assert over.status_code == 409 and over.json()["type"] == "/problems/envelope-exceeded"
    api.post(
        f"{base}/decision?wait=10",
        {
            "kind": "support_triggered",
            "summary": "Soutien financier de la collectivité déclenché",
            "decided_on": "2022-04-12",
            "contrepartie_id": "enveloppe",
            "amount": "750000.00",
        },
        department,
    )
    convention = api.client.get(f"/conventions/{cid}", headers=office).json()
    assert convention["mobilisations"] == [
        {
            "contrepartie_id": "enveloppe",
            "year": 2022,
            "amount": "750000.00",
            "beneficiary_id": str(world.oph_nievre),
            "decided_on": "2022-04-12",
            "alert_number": alert["number"],
        }
    ]
    assert owed_in_2022() == firm_only + Decimal("750000.00")
    timeline = api.client.get(f"/conventions/{cid}/timeline", headers=office).json()["items"]
    assert any(
        "Enveloppe « Enveloppe de soutien sous conditions » mobilisée pour 2022 : 750\u202f000,00\xa0€ dus à Nièvre Habitat"
        in item["line"]
        for item in timeline
    )


def test_a_recovery_over_http_reads_as_less_paid_and_less_owed(api, world):
    cid = world.nievre_convention  # 1,000,000 € a year; 250,000 € paid for 2021 (the world's setup)
    department = api.token_for(world.signatory(world.nievre))
    office = api.token_for(world.signatory(world.oph_nievre))
    body = {
        "contrepartie_id": "subv",
        "year": 2021,
        "amount": "100000.00",
        "beneficiary_id": str(world.oph_nievre),
        "recovered_on": "2022-05-02",
        "reference": "TR-2022-17",
        "reason": "Opération abandonnée : la part qui la finançait est reversée.",
    }
    refused = api.client.post(
        f"/conventions/{cid}/recoveries", json={**body, "amount": "250000.01"}, headers=department
    )
    assert refused.status_code == 409 and refused.json()["type"] == "/problems/recovery-exceeds-payments"
    assert api.client.post(f"/conventions/{cid}/recoveries", json=body, headers=office).status_code == 403
    api.post(f"/conventions/{cid}/recoveries?wait=10", body, department)
    convention = api.client.get(f"/conventions/{cid}", headers=office).json()
    assert [r["amount"] for r in convention["recoveries"]] == ["100000.00"]
    portfolio = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
    [year] = [y for y in portfolio["contreparties_by_year"] if y["year"] == 2021]
    assert (Decimal(year["committed"]), Decimal(year["paid"])) == (Decimal("900000.00"), Decimal("150000.00"))
    timeline = api.client.get(f"/conventions/{cid}/timeline", headers=office).json()["items"]
    assert any(
        "Reversement de 100\u202f000,00\xa0€ au titre de « Subvention annuelle » 2021 par Nièvre Habitat"
        in item["line"]
        for item in timeline
    )


def test_a_guarantee_lives_on_its_loan_and_is_never_money_paid(api, world):
    ledger = api.client.app.state.ledger
    cid = world.rattachement_convention()
    guarantee = Contrepartie(
        "garantie",
        ContrepartieKind.GARANTIE_EMPRUNT,
        world.nievre,
        "Garantie des emprunts de réhabilitation",
        world.oph_nievre,
        tuple(YearAmount(y, Decimal("8000000.00")) for y in range(2021, 2027)),
        guarantee_rate=Decimal(50),
    )
    ledger.drafting.amend_draft(cid, SetContrepartie(guarantee), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    office = api.token_for(world.signatory(world.oph_nievre))
    department = api.token_for(world.signatory(world.nievre))
    api.post(
        f"/conventions/{cid}/guarantees",
        {
            "contrepartie_id": "garantie",
            "year": 2021,
            "beneficiary_id": str(world.oph_nievre),
            "loan_reference": "CDC-148712",
            "loan_amount": "4000000.00",
            "guaranteed_amount": "2000000.00",
            "granted_on": "2021-04-02",
            "lender": "Banque des Territoires",
            "deliberation_reference": "CP-2021-GAR-07",
            "duration_years": 25,
        },
        department,
    )
    statement = {
        "contrepartie_id": "garantie",
        "loan_reference": "CDC-148712",
        "year": 2022,
        "outstanding": "3680000.00",
        "stated_on": "2023-01-31",
    }
    # Only the borrower or the guarantor states it; the capital never grows again.
    lyon = api.token_for(world.signatory(world.oph_lyon1))
    assert (
        api.client.post(f"/conventions/{cid}/guarantee-statements", json=statement, headers=lyon).status_code
        == 404
    )
    api.post(f"/conventions/{cid}/guarantee-statements?wait=10", statement, office)
    grown = api.client.post(
        f"/conventions/{cid}/guarantee-statements",
        json={**statement, "year": 2023, "outstanding": "3700000.00"},
        headers=office,
    )
    assert grown.status_code == 422 and "ne remonte pas" in grown.json()["detail"]

    portfolio = api.client.get(f"/collectivites/{world.nievre}/portfolio", headers=department).json()
    [loan] = [g for g in portfolio["guarantees"] if g["convention_id"] == str(cid)]
    assert loan["lender"] == "Banque des Territoires" and loan["outstanding_year"] == 2022
    assert Decimal(loan["guaranteed_outstanding"]) == Decimal("1840000.00")  # half of 3,680,000
    assert Decimal(portfolio["guaranteed_outstanding"]) >= Decimal("1840000.00")
    office_portfolio = api.client.get(f"/offices/{world.oph_nievre}/portfolio", headers=office).json()
    assert [g["loan_reference"] for g in office_portfolio["guarantees"]] == ["CDC-148712"]
    # Not a line of money: no « versé 0 € » for the guarantee.
    lines = api.client.get(f"/collectivites/{world.nievre}/contreparties.csv", headers=department).text
    assert "Garantie des emprunts" not in lines
    dossier = api.client.get(
        "/audit/exports",
        params={"scope": "convention", "id": str(cid), "format": "html", "in_force_on": "2026-12-01"},
        headers=department,
    ).text
    assert "Garanties d'emprunt" in dossier and "1\u202f840\u202f000,00" in dossier


def test_an_office_declares_its_deliveries_and_is_owed_their_grant(api, world):
    ledger = api.client.app.state.ledger
    cid = world.rattachement_convention()
    grant = Contrepartie(
        "par-logement",
        ContrepartieKind.AIDE_PAR_LOGEMENT,
        world.nievre,
        "Aide par logement social livré",
        world.oph_nievre,
        unit_grants=(TypologyGrant("T1-T2", Decimal("10000.00")), TypologyGrant("T3+", Decimal("15000.00"))),
    )
    ledger.drafting.amend_draft(cid, SetContrepartie(grant), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    office = api.token_for(world.signatory(world.oph_nievre))
    body = {
        "contrepartie_id": "par-logement",
        "operation": "Les Tilleuls",
        "typology": "T3+",
        "count": 12,
        "delivered_on": "2022-09-01",
    }
    api.post(f"/conventions/{cid}/deliveries?wait=10", body, office)
    [delivery] = api.client.get(f"/conventions/{cid}", headers=office).json()["deliveries"]
    assert delivery["beneficiary_id"] == str(world.oph_nievre) and delivery["count"] == 12
    portfolio = api.client.get(f"/offices/{world.oph_nievre}/portfolio", headers=office).json()
    owed = sum(
        (Decimal(y["committed"]) for y in portfolio["contreparties_by_year"] if y["year"] == 2022), Decimal(0)
    )
    assert owed >= Decimal("180000.00")  # 12 × 15,000, due before anything is paid
    unknown = api.client.post(
        f"/conventions/{cid}/deliveries", json={**body, "typology": "T9"}, headers=office
    )
    assert unknown.status_code == 404 and "T9" in unknown.json()["detail"]
