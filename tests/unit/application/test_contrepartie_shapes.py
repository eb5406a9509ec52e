"""The shapes of money the guide names (issue 20): a firm yearly amount is owed, a ceiling
(« jusqu'à 5 millions d'euros par an », Nantes) and a conditional envelope (CARENE, the
Ardèche) are not — neither ever raises « contrepartie non versée », neither counts as
committed, both still cap what is paid."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from application.authorization import NotAuthorizedError
from domain.alerts import AlertDecision, AlertKind, DecisionKind, Examination
from domain.convention import (
    AnnualEvaluation,
    Contribution,
    Delivery,
    DwellingCount,
    IndicatorValue,
    InKindMode,
    InKindRealisation,
    Payment,
    ProgrammeAction,
    Recovery,
)
from domain.errors import (
    ContrepartieNotPayableError,
    ElementNotFoundError,
    EnvelopeExceededError,
    InvalidValueError,
    PaymentExceedsCommitmentError,
    RecoveryExceedsPaymentsError,
    TermsFrozenError,
    TitresSubscriberError,
)
from domain.monitoring import outstanding_deadlines
from domain.terms import (
    AmountCommitment,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    PartyType,
    SetContrepartie,
    TypologyGrant,
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


def envelope_alert(ledger, world):  # type: ignore[no-untyped-def]
    """The CARENE case: a conditional envelope, a target missed in 2021, the office asks the
    collectivité to examine it."""
    cid = shaped(world, AmountCommitment.CONDITIONAL)
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", D(200)),), date(2022, 3, 1)), SYSTEM
    )
    ledger.alert_process.process()
    (alert,) = ledger.alerts.get_alerts(cid).alerts
    ledger.alerts.request_examination(
        cid,
        alert.number,
        Examination(
            world.oph_nievre, date(2022, 3, 5), "Chantiers retardés : nous demandons le soutien prévu."
        ),
        world.signatory(world.oph_nievre),
    )
    return cid, alert.number


def support(amount: str, on: date = date(2022, 4, 12)) -> AlertDecision:
    return AlertDecision(
        DecisionKind.SUPPORT_TRIGGERED,
        "Soutien financier de la collectivité déclenché",
        on,
        contrepartie_id="subv",
        amount=D(amount),
    )


def test_a_support_triggered_on_an_envelope_makes_it_owed(ledger, world):
    cid, number = envelope_alert(ledger, world)
    dep = world.signatory(world.nievre)
    ledger.alerts.decide_on_alert(cid, number, support("750000.00"), dep)
    convention = ledger.get_convention(cid)
    [mobilisation] = convention.mobilisations
    assert (mobilisation.year, mobilisation.amount, mobilisation.beneficiary_id) == (
        2022,
        D("750000.00"),
        world.oph_nievre,
    )
    assert mobilisation.alert_number == number
    # Owed now: due on the year's payment date (after the decision), a deadline until it is paid…
    [deadline] = [d for d in outstanding_deadlines(convention) if d.kind.value == "payment"]
    assert deadline.due_on == convention.latest_terms.evaluation_scheme.payment_due_on(2022)
    assert "750\u202f000,00\xa0€ restant à verser" in deadline.label
    # …and « non versée » once past due.
    ledger.alerts.scan_deadlines(deadline.due_on, ADMIN)
    assert unpaid_alerts(ledger, cid) == []
    ledger.alerts.scan_deadlines(date(2023, 1, 15), ADMIN)
    [unpaid] = unpaid_alerts(ledger, cid)
    assert unpaid.finding.year == 2022 and unpaid.finding.expected == D("750000.00")
    # Other years, never mobilised, owe nothing.
    assert {a.finding.year for a in unpaid_alerts(ledger, cid)} == {2022}


def test_a_support_decided_late_is_due_three_months_later(ledger, world):
    cid, number = envelope_alert(ledger, world)
    ledger.alerts.decide_on_alert(
        cid, number, support("300000.00", date(2022, 10, 3)), world.signatory(world.nievre)
    )
    convention = ledger.get_convention(cid)
    [deadline] = [d for d in outstanding_deadlines(convention) if d.kind.value == "payment"]
    assert deadline.due_on == date(2023, 1, 1)
    ledger.alerts.scan_deadlines(date(2022, 12, 31), ADMIN)  # the year's payment date is past
    assert unpaid_alerts(ledger, cid) == []
    ledger.alerts.scan_deadlines(date(2023, 1, 2), ADMIN)
    assert [a.finding.due_on for a in unpaid_alerts(ledger, cid)] == [date(2023, 1, 1)]


def test_what_is_mobilised_never_exceeds_the_envelope_and_a_refusal_records_nothing(ledger, world):
    cid, number = envelope_alert(ledger, world)
    before = ledger.get_convention(cid).version
    refused(
        ledger,
        EnvelopeExceededError,
        lambda: ledger.alerts.decide_on_alert(
            cid, number, support("5000000.01"), world.signatory(world.nievre)
        ),
    )
    # Neither the convention nor the alert moved: the decision and the mobilisation are one write.
    assert ledger.get_convention(cid).version == before
    assert ledger.alerts.get_alerts(cid).alert(number).decision is None


def test_a_support_decision_on_a_firm_amount_mobilises_nothing(ledger, world):
    cid = shaped(world, AmountCommitment.FIRM)
    ledger.evaluations.record_evaluation(
        cid, AnnualEvaluation(2021, (IndicatorValue("rehab", D(200)),), date(2022, 3, 1)), SYSTEM
    )
    ledger.alert_process.process()
    alert = next(a for a in ledger.alerts.get_alerts(cid).alerts if a.finding.kind is AlertKind.INDICATOR)
    ledger.alerts.request_examination(
        cid,
        alert.number,
        Examination(world.oph_nievre, date(2022, 3, 5), "Retards"),
        world.signatory(world.oph_nievre),
    )
    ledger.alerts.decide_on_alert(cid, alert.number, support("100000.00"), world.signatory(world.nievre))
    assert ledger.get_convention(cid).mobilisations == ()


def test_money_goes_back_with_its_reason_and_is_then_neither_paid_nor_owed(ledger, world):
    cid = shaped(world, AmountCommitment.FIRM)
    dep, office = world.signatory(world.nievre), world.signatory(world.oph_nievre)
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("5000000.00"), world.oph_nievre, date(2021, 9, 1), "M-1"), dep
    )
    recovery = Recovery(
        "subv",
        2021,
        D("800000.00"),
        world.oph_nievre,
        date(2022, 5, 2),
        "TR-2022-17",
        "Opération abandonnée.",
    )
    # The giver recovers what it gave; the office does not record it for it.
    with pytest.raises(NotAuthorizedError):
        ledger.execution.record_recovery(cid, recovery, office)
    ledger.execution.record_recovery(cid, recovery, dep)
    convention = ledger.get_convention(cid)
    assert convention.recovered("subv", 2021) == D("800000.00")
    # Never more than was paid, net of what went back already; a refusal records nothing.
    refused(
        ledger,
        RecoveryExceedsPaymentsError,
        lambda: ledger.execution.record_recovery(cid, replace(recovery, amount=D("4200000.01")), dep),
    )
    refused(
        ledger,
        InvalidValueError,
        lambda: ledger.execution.record_recovery(cid, replace(recovery, reason="  "), dep),
    )
    # What went back is no longer owed: no « non versée » for it, though less is paid now.
    ledger.alerts.scan_deadlines(date(2023, 1, 15), ADMIN)
    assert [a.finding.year for a in unpaid_alerts(ledger, cid)] == [2022]  # 2021: nothing owed


def per_dwelling(world: World) -> object:
    """Lorient's case: so much per dwelling delivered, by typology, within a yearly envelope."""
    cid = world.rattachement_convention()
    grant = Contrepartie(
        "par-logement",
        ContrepartieKind.AIDE_PAR_LOGEMENT,
        world.nievre,
        "Aide par logement social livré",
        world.oph_nievre,
        tuple(YearAmount(y, D("1000000.00")) for y in range(2021, 2027)),
        unit_grants=(TypologyGrant("T1-T2", D("10000.00")), TypologyGrant("T3+", D("15000.00"))),
    )
    world.ledger.drafting.amend_draft(cid, SetContrepartie(grant), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    return cid


def test_dwellings_delivered_make_their_grant_due_before_anything_is_paid(ledger, world):
    cid = per_dwelling(world)
    office, dep = world.signatory(world.oph_nievre), world.signatory(world.nievre)

    def per_dwelling_deadlines(convention):  # type: ignore[no-untyped-def]
        return [d for d in outstanding_deadlines(convention) if d.subject.startswith("par-logement|")]

    # Nothing delivered: nothing owed, whatever the envelope.
    assert per_dwelling_deadlines(ledger.get_convention(cid)) == []
    refused(
        ledger,
        ElementNotFoundError,
        lambda: ledger.execution.record_delivery(
            cid,
            Delivery("par-logement", world.oph_nievre, "Les Tilleuls", "T5", 3, date(2022, 5, 10)),
            office,
        ),
    )
    with pytest.raises(NotAuthorizedError):  # the office that delivered records it
        ledger.execution.record_delivery(
            cid, Delivery("par-logement", world.oph_nievre, "Les Tilleuls", "T3+", 12, date(2022, 5, 10)), dep
        )
    ledger.execution.record_delivery(
        cid, Delivery("par-logement", world.oph_nievre, "Les Tilleuls", "T1-T2", 8, date(2022, 5, 10)), office
    )
    ledger.execution.record_delivery(
        cid, Delivery("par-logement", world.oph_nievre, "Les Tilleuls", "T3+", 12, date(2022, 9, 1)), office
    )
    convention = ledger.get_convention(cid)
    contrepartie = convention.latest_terms.contrepartie("par-logement")
    assert convention.owed(contrepartie, 2022, world.oph_nievre) == D("260000.00")  # 8 × 10,000 + 12 × 15,000
    [deadline] = per_dwelling_deadlines(convention)
    assert "260\u202f000,00\xa0€ restant à verser" in deadline.label
    # Payments follow what was delivered: no more dwellings than delivered.
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_payment(
            cid,
            Payment(
                "par-logement",
                2022,
                D("90000.00"),
                world.oph_nievre,
                date(2022, 10, 1),
                "M-9",
                (DwellingCount("T1-T2", 9),),
            ),
            dep,
        ),
    )
    ledger.execution.record_payment(
        cid,
        Payment(
            "par-logement",
            2022,
            D("80000.00"),
            world.oph_nievre,
            date(2022, 10, 1),
            "M-9",
            (DwellingCount("T1-T2", 8),),
        ),
        dep,
    )
    # The T3+ still unpaid once due: « non versée » for what remains.
    ledger.alerts.scan_deadlines(date(2023, 1, 15), ADMIN)
    [unpaid] = [a for a in unpaid_alerts(ledger, cid) if a.finding.subject == "par-logement"]
    assert (unpaid.finding.expected, unpaid.finding.actual) == (D("260000.00"), D("80000.00"))


def test_land_given_in_kind_is_realised_never_paid(ledger, world):
    cid = world.rattachement_convention()
    land = Contrepartie(
        "foncier",
        ContrepartieKind.CESSION_FONCIERE,
        world.nievre,
        "Mise à disposition de terrains",
        world.oph_nievre,
        (YearAmount(2022, D("300000.00")),),
    )
    world.ledger.drafting.amend_draft(cid, SetContrepartie(land), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    dep = world.signatory(world.nievre)
    # Not a payment: refused, named.
    refused(
        ledger,
        ContrepartieNotPayableError,
        lambda: ledger.execution.record_payment(
            cid, Payment("foncier", 2022, D("1000.00"), world.oph_nievre, date(2022, 6, 1), "M-1"), dep
        ),
    )
    parcel = InKindRealisation(
        "foncier",
        2022,
        world.oph_nievre,
        "Nevers, section AB n° 123",
        D("2450"),
        InKindMode.BAIL,
        D("180000.00"),
        date(2022, 6, 28),
    )
    ledger.execution.record_in_kind(cid, parcel, dep)
    convention = ledger.get_convention(cid)
    assert convention.paid("foncier", 2022) == D("180000.00")  # given, at its valuation
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_in_kind(cid, replace(parcel, valuation=D("120000.01")), dep),
    )
    # What remains reads « à réaliser », and « réalisés » once due — never « versés ».
    [deadline] = [d for d in outstanding_deadlines(convention) if d.subject.startswith("foncier|")]
    assert deadline.label.endswith("120\u202f000,00\xa0€ restant à réaliser")
    ledger.alerts.scan_deadlines(date(2023, 1, 15), ADMIN)
    [unpaid] = [a for a in unpaid_alerts(ledger, cid) if a.finding.subject == "foncier"]
    assert "180\u202f000,00\xa0€ réalisés sur 300\u202f000,00\xa0€" in unpaid.finding.cause


def test_the_years_convention_d_application_sets_the_contribution_without_an_avenant(ledger, world):
    """The Nièvre case: the framework convention leaves the yearly amount to each year's
    convention d'application; the contribution of N+1 is decided at the bilan of N."""
    cid = world.rattachement_convention()
    open_amount = Contrepartie(
        "dotation",
        ContrepartieKind.SUBVENTION_ANNUELLE,
        world.nievre,
        "Dotation annuelle fixée par la convention d'application",
        world.oph_nievre,
    )
    world.ledger.drafting.amend_draft(cid, SetContrepartie(open_amount), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    office, dep = world.signatory(world.oph_nievre), world.signatory(world.nievre)
    action = (ProgrammeAction("Réhabilitation de la résidence Colbert"),)
    # The firm subsidy of the convention is not changed that way.
    refused(
        ledger,
        TermsFrozenError,
        lambda: ledger.execution.adopt_programme(
            cid, year=2022, actions=action, adopted_on=date(2022, 1, 20), actor=office,
            contributions=(Contribution("subv", D("1200000.00")),),
        ),
    )  # fmt: skip
    ledger.execution.adopt_programme(
        cid,
        year=2022,
        actions=action,
        adopted_on=date(2022, 1, 20),
        actor=office,
        contributions=(Contribution("dotation", D("450000.00")),),
        deliberations=("CA-2021-88", "CD-2021-312"),
    )
    convention = ledger.get_convention(cid)
    dotation = convention.latest_terms.contrepartie("dotation")
    assert convention.owed(dotation, 2022, world.oph_nievre) == D("450000.00")
    assert convention.owed(dotation, 2023, world.oph_nievre) is None  # not yet decided
    # Paid up to it, not beyond; « non versée » for the rest once due.
    refused(
        ledger,
        PaymentExceedsCommitmentError,
        lambda: ledger.execution.record_payment(
            cid, Payment("dotation", 2022, D("450000.01"), world.oph_nievre, date(2022, 6, 1), "M-1"), dep
        ),
    )
    ledger.execution.record_payment(
        cid, Payment("dotation", 2022, D("300000.00"), world.oph_nievre, date(2022, 6, 1), "M-1"), dep
    )
    ledger.alerts.scan_deadlines(date(2023, 1, 15), ADMIN)
    [unpaid] = [a for a in unpaid_alerts(ledger, cid) if a.finding.subject == "dotation"]
    assert (unpaid.finding.expected, unpaid.finding.actual) == (D("450000.00"), D("300000.00"))


def test_titres_participatifs_are_bought_by_the_offices_collectivite_de_rattachement(ledger, world):
    cid = world.rattachement_convention()
    titres = Contrepartie(
        "titres",
        ContrepartieKind.TITRES_PARTICIPATIFS,
        world.nievre,
        "Souscription de titres participatifs",
        world.oph_nievre,
        (YearAmount(2022, D("2000000.00")),),
        issue_terms="2 000 titres de 1 000 € ; rémunération 1,5 % l'an et part variable ; 20 ans.",
    )
    # Without the conditions d'émission: refused, named.
    refused(
        ledger,
        InvalidValueError,
        lambda: ledger.drafting.amend_draft(cid, SetContrepartie(replace(titres, issue_terms="")), SYSTEM),
    )
    # Another collectivité than the office's own may not subscribe them.
    lyon_contract = world.draft(
        by=world.oph_nievre,
        kind=ConventionKind.OPERATION,
        title="Opération avec la Métropole de Lyon",
        start=date(2021, 1, 1),
        end=date(2025, 12, 31),
        parties=(
            world.party(world.oph_nievre, PartyType.OFFICE),
            world.party(world.lyon, PartyType.COLLECTIVITE),
        ),
        changes=(),
        changed_by=SYSTEM,
    )
    refused(
        ledger,
        TitresSubscriberError,
        lambda: ledger.drafting.amend_draft(
            lyon_contract, SetContrepartie(replace(titres, from_party_id=world.lyon)), SYSTEM
        ),
    )
    ledger.drafting.amend_draft(cid, SetContrepartie(titres), SYSTEM)
    assert ledger.get_convention(cid).terms.contrepartie("titres").issue_terms.startswith("2 000 titres")
