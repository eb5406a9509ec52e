"""Structured bilans (issue 20): the annual package — actions realised, the financial bilan of
each operation, the office's global financial bilan — and the effects of an evaluation at
mid-term or at the end as figures, presented per convention and year (``ledger.bilan``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from domain.convention import (
    AnnualEvaluation,
    FinancialLine,
    Impact,
    ImpactKind,
    IndicatorValue,
    Meeting,
    Payment,
    RealisedAction,
    Review,
    ReviewKind,
)
from domain.errors import (
    ConventionNotFoundError,
    ElementNotFoundError,
    InvalidAmountError,
    InvalidValueError,
    ReviewAlreadyRecordedError,
    YearOutsidePeriodError,
)
from domain.terms import Operation, OperationNature, SetOperation
from tests.builders import SYSTEM, World, refused

D = Decimal


@pytest.fixture
def world(ledger):
    return World(ledger)


def convention_with_operations(world: World):
    cid = world.rattachement_convention()
    for operation_id, title in (("op-parc", "Résidence du Parc"), ("op-gare", "Quartier de la Gare")):
        operation = Operation(
            operation_id,
            OperationNature.REHABILITATION,
            title,
            "58194",
            120,
            D("3200000.00"),
            world.oph_nievre,
        )
        world.ledger.drafting.amend_draft(cid, SetOperation(operation), SYSTEM)
    world.sign_all(cid, [world.oph_nievre, world.nievre], date(2021, 2, 1))
    return cid


def package(**changes) -> AnnualEvaluation:
    evaluation = AnnualEvaluation(
        2021,
        (IndicatorValue("rehab", D(310)),),
        date(2022, 3, 1),
        financial_bilan=(
            FinancialLine("Travaux", D("1800000.00"), "op-parc"),
            FinancialLine("Maîtrise d'œuvre", D("120000.50"), "op-parc"),
            FinancialLine("Études", D("45000.00"), "op-gare"),
            FinancialLine("Animation de la convention", D("12000.00")),
        ),
        actions=(
            RealisedAction(
                "Réhabilitation de la tranche 1", "E1", "op-parc", dwellings=64, amount=D("1920000.50")
            ),
            RealisedAction("Diagnostic du quartier", operation_id="op-gare"),
        ),
        landlord_financials=(
            FinancialLine("Loyers quittancés", D("36800000.00")),
            FinancialLine("Autofinancement net HLM", D("3100000.00")),
        ),
    )
    return replace(evaluation, **changes)


def test_the_annual_package_reads_back_per_operation_with_exact_totals(ledger, world):
    cid = convention_with_operations(world)
    office, departement = world.signatory(world.oph_nievre), world.signatory(world.nievre)
    ledger.evaluations.record_evaluation(cid, package(), office)
    ledger.execution.record_payment(
        cid, Payment("subv", 2021, D("600000.00"), world.oph_nievre, date(2021, 6, 15), "M-1"), departement
    )
    ledger.execution.record_meeting(cid, Meeting("comite", date(2021, 10, 5), "CR-2021-2"), departement)
    ledger.evaluations.validate_evaluation(cid, 2021, "comite", date(2022, 4, 2), departement)

    bilan = ledger.bilan(cid, 2021, departement)

    assert (bilan.evaluated_on, bilan.revision, bilan.validated_by) == (
        date(2022, 3, 1),
        1,
        "Comité de suivi",
    )
    assert [(o.title, o.total) for o in bilan.operations] == [
        ("Résidence du Parc", D("1920000.50")),
        ("Quartier de la Gare", D("45000.00")),
    ]
    assert [line.label for line in bilan.convention_lines] == ["Animation de la convention"]
    assert bilan.financial_total == D("1977000.50")
    assert [(a.commitment, a.operation, a.dwellings) for a in bilan.actions] == [
        ("Réhabiliter", "Résidence du Parc", 64),
        (None, "Quartier de la Gare", None),
    ]
    assert [line.amount for line in bilan.landlord_financials] == [D("36800000.00"), D("3100000.00")]
    (indicator,) = bilan.indicators
    assert (indicator.target, indicator.value, indicator.mark) == (D(300), D(310), "met")
    (money,) = bilan.money
    assert (money.owed, money.given, money.beneficiary) == (D("1000000.00"), D("600000.00"), "Nièvre Habitat")
    assert [(m.body, m.reference) for m in bilan.meetings] == [("Comité de suivi", "CR-2021-2")]


def test_a_year_without_bilan_reads_with_its_figures_missing(ledger, world):
    cid = world.convention_in_force()
    bilan = ledger.bilan(cid, 2022, world.signatory(world.nievre))
    assert bilan.evaluated_on is None and bilan.revision is None and bilan.actions == ()
    assert bilan.indicators[0].value is None and bilan.indicators[0].target == D(300)
    with pytest.raises(YearOutsidePeriodError):
        ledger.bilan(cid, 2030, world.signatory(world.nievre))


def test_only_a_reader_of_the_convention_sees_its_bilan(ledger, world):
    cid = world.convention_evaluated()
    with pytest.raises(ConventionNotFoundError):  # to others, the convention is not there
        ledger.bilan(cid, 2021, world.signatory(world.oph_lyon1))


@pytest.mark.parametrize(
    ("changes", "error", "words"),
    [
        ({"financial_bilan": (FinancialLine("Travaux", D("10.00"), "op-x"),)}, ElementNotFoundError, "op-x"),
        ({"actions": (RealisedAction("Travaux", "E9"),)}, ElementNotFoundError, "E9"),
        ({"actions": (RealisedAction("Travaux", operation_id="op-x"),)}, ElementNotFoundError, "op-x"),
        ({"actions": (RealisedAction("Travaux", dwellings=-1),)}, InvalidValueError, "négatif"),
        ({"actions": (RealisedAction("Travaux", amount=D("1.005")),)}, InvalidAmountError, "centime"),
        ({"actions": (RealisedAction("  "),)}, InvalidValueError, "vide"),
        (
            {"landlord_financials": (FinancialLine("Loyers", D("10.00"), "op-parc"),)},
            InvalidValueError,
            "comptes de l'office",
        ),
        ({"landlord_financials": (FinancialLine("Loyers", D("10.001")),)}, InvalidValueError, "centime"),
    ],
)
def test_a_package_refers_to_what_the_year_s_terms_hold(ledger, world, changes, error, words):
    cid = convention_with_operations(world)
    raised = refused(
        ledger,
        error,
        lambda: ledger.evaluations.record_evaluation(
            cid, package(**changes), world.signatory(world.oph_nievre)
        ),
    )
    assert words in str(raised)


def test_the_final_evaluation_gives_its_effects_as_figures_in_the_last_year_s_bilan(ledger, world):
    cid = world.convention_in_force()
    departement = world.signatory(world.nievre)
    impacts = (
        Impact(ImpactKind.INVESTMENT, D("85200000.00")),
        Impact(ImpactKind.VACANCY, D("7.5"), baseline=D("10.9")),
        Impact(ImpactKind.ENERGY, D(1445), comment="sortis des étiquettes E, F et G"),
    )
    ledger.execution.record_review(
        cid,
        Review(ReviewKind.FINAL, date(2027, 6, 28), "Bilan des six années.", impacts=impacts),
        departement,
    )
    ledger.execution.record_review(
        cid, Review(ReviewKind.MID_TERM, date(2023, 10, 12), "À mi-parcours."), departement
    )
    (final,) = ledger.bilan(cid, 2026, departement).reviews
    assert final.kind == "finale"
    assert [i.value for i in final.impacts] == [D("85200000.00"), D("7.5"), D(1445)]
    assert final.impacts[1].text == "taux de vacance du parc : 7,5\u202f% (au départ : 10,9\u202f%)"
    assert final.impacts[0].text.endswith("85\u202f200\u202f000,00\u00a0€")
    (mid,) = ledger.bilan(cid, 2023, departement).reviews
    assert (mid.kind, mid.impacts) == ("à mi-parcours", ())
    # Once each, said in words.
    error = refused(
        ledger,
        ReviewAlreadyRecordedError,
        lambda: ledger.execution.record_review(
            cid, Review(ReviewKind.MID_TERM, date(2024, 1, 5), "Encore."), departement
        ),
    )
    assert "à mi-parcours est déjà enregistrée" in str(error)


@pytest.mark.parametrize(
    ("impacts", "error", "words"),
    [
        ((Impact(ImpactKind.VACANCY, D(101)),), InvalidValueError, "de 0 à 100"),
        ((Impact(ImpactKind.LOCAL_JOBS, D(-3)),), InvalidValueError, "négatif"),
        ((Impact(ImpactKind.ENERGY, D("12.5")),), InvalidValueError, "entier"),
        ((Impact(ImpactKind.INVESTMENT, D("1.001")),), InvalidAmountError, "centime"),
        ((Impact(ImpactKind.LOCAL_FIRMS, D(50), baseline=D(-1)),), InvalidValueError, "négatif"),
        (
            (Impact(ImpactKind.VACANCY, D(5)), Impact(ImpactKind.VACANCY, D(6))),
            InvalidValueError,
            "deux fois",
        ),
    ],
)
def test_effects_read_as_figures_or_are_refused(ledger, world, impacts, error, words):
    cid = world.convention_in_force()
    raised = refused(
        ledger,
        error,
        lambda: ledger.execution.record_review(
            cid,
            Review(ReviewKind.FINAL, date(2027, 1, 10), "Bilan final.", impacts=impacts),
            world.signatory(world.nievre),
        ),
    )
    assert words in str(raised)
