"""The Métropole de Lyon's contrat de plan with its three offices, with a shared part; as a
convention cadre, it lists two operations, one of which has its convention d'opération (the
guide's « convention cadre, puis conventions opération par opération »)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import (
    AnnualEvaluation,
    FinancialLine,
    IndicatorValue,
    Payment,
    RealisedAction,
)
from domain.terms import (
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Direction,
    EvaluationScheme,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    Operation,
    OperationNature,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetGovernanceBody,
    SetOperation,
    TermsChange,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    key = "lyon-contrat-de-plan"
    offices = ["oph-lmh", "oph-glh", "oph-emh"]
    demo.draft(
        key,
        "metropole-lyon",
        kind=ConventionKind.CONTRAT_DE_PLAN,
        title="Contrat de plan Métropole de Lyon – OPH de la Métropole 2021-2024",
        start=date(2021, 1, 1),
        end=date(2024, 12, 31),
        parties=(
            demo.party("metropole-lyon", PartyType.COLLECTIVITE),
            *(demo.party(o, PartyType.OFFICE) for o in offices),
        ),
    )
    metropole = demo.ids.parties["metropole-lyon"]
    years = range(2021, 2025)
    changes: list[TermsChange] = [
        SetAxis(Axis("production", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Production de logements neufs")),
        SetAxis(
            Axis(
                "logement-d-abord",
                AxisFamily.POLITIQUE_SOCIALE,
                "Le logement d'abord : volet collaboratif",
            )
        ),
        SetCommitment(
            Commitment(
                "collaboratif",
                "logement-d-abord",
                "Groupes de travail inter-OPH et expérimentations",
                CommitmentKind.MOYENS,
                None,
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "conference", GovernanceBodyKind.CONFERENCE_DES_PRESIDENTS, "Conférence des présidents", 2
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "coordination",
                GovernanceBodyKind.COMITE_TECHNIQUE,
                "Instance de coordination technique",
                4,
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "evaluation",
                GovernanceBodyKind.COMITE_D_EVALUATION,
                "Comité d'évaluation du contrat de plan",
                1,
            )
        ),
        SetEvaluationScheme(EvaluationScheme(validating_body_id="evaluation", final_evaluation=True)),
        SetOperation(
            Operation(
                "mermoz-nord",
                OperationNature.RENOUVELLEMENT_URBAIN,
                "Quartier Mermoz Nord",
                "69388",  # Lyon 8e
                310,
                D("24500000.00"),
                demo.ids.parties["oph-lmh"],
            )
        ),
        SetOperation(
            Operation(
                "gratte-ciel",
                OperationNature.CONSTRUCTION,
                "Construction de la ZAC Gratte-Ciel",
                "69266",  # Villeurbanne
                85,
                D("14200000.00"),
                demo.ids.parties["oph-emh"],
            )
        ),
    ]
    for office_key, target, envelope in (
        ("oph-lmh", 450, "2000000.00"),
        ("oph-glh", 400, "1800000.00"),
        ("oph-emh", 250, "1200000.00"),
    ):
        office = demo.ids.parties[office_key]
        changes.append(
            SetCommitment(
                Commitment(
                    f"production-{office_key}",
                    "production",
                    "Logements neufs livrés",
                    CommitmentKind.RESULTAT,
                    office,
                    (
                        Indicator(
                            f"livraisons-{office_key}",
                            "Logements neufs livrés",
                            "logements",
                            Direction.HIGHER_IS_BETTER,
                            tuple(YearTarget(y, D(target), D(target * 8 // 10)) for y in years),
                        ),
                    ),
                )
            )
        )
        changes.append(
            SetContrepartie(
                Contrepartie(
                    f"enveloppe-{office_key}",
                    ContrepartieKind.SUBVENTION_ANNUELLE,
                    metropole,
                    "Enveloppe annuelle du contrat de plan",
                    office,
                    tuple(YearAmount(y, D(envelope)) for y in years),
                )
            )
        )
    demo.amend(key, "metropole-lyon", *changes)
    demo.deliberate_and_sign(key, ["metropole-lyon", *offices], date(2021, 1, 25), date(2021, 3, 1))
    convention_id = demo.ids.conventions[key]
    for office_key in ("oph-lmh", "oph-glh", "oph-emh"):
        office = demo.ids.parties[office_key]
        demo.ledger.execution.record_payment(
            convention_id,
            Payment(
                f"enveloppe-{office_key}",
                2021,
                D("1000000.00"),
                office,
                date(2021, 7, 1),
                f"MET-2021-{office_key}",
            ),
            demo.actor("metropole-lyon"),
        )
    # The balance, paid in December to the two offices on course; GrandLyon Habitat's waits
    # for its deliveries to catch up (its alert stays open).
    for office_key, balance in (("oph-lmh", "1000000.00"), ("oph-emh", "200000.00")):
        demo.ledger.execution.record_payment(
            convention_id,
            Payment(
                f"enveloppe-{office_key}",
                2021,
                D(balance),
                demo.ids.parties[office_key],
                date(2021, 12, 15),
                f"MET-2021-{office_key}-solde",
            ),
            demo.actor("metropole-lyon"),
        )
    record_operation_convention(demo)
    demo.ledger.evaluations.record_evaluation(
        convention_id,
        AnnualEvaluation(
            2021,
            tuple(
                IndicatorValue(f"livraisons-{k}", D(v))
                for k, v in (("oph-lmh", 470), ("oph-glh", 310), ("oph-emh", 260))
            ),
            date(2022, 4, 14),
            comments="GrandLyon Habitat en retrait sur la production (retards de chantiers).",
            financial_bilan=(
                FinancialLine("Études urbaines et maîtrise d'œuvre", D("1250000.00"), "mermoz-nord"),
                FinancialLine("Relogement des ménages (1re tranche)", D("480000.00"), "mermoz-nord"),
                FinancialLine("Acquisition foncière", D("3100000.00"), "gratte-ciel"),
                FinancialLine("Animation des groupes de travail inter-OPH", D("45000.00")),
            ),
            actions=(
                RealisedAction(
                    "Relogement de 62 ménages avant démolition", operation_id="mermoz-nord", dwellings=62
                ),
                RealisedAction(
                    "Acquisition des lots A et B de la ZAC",
                    operation_id="gratte-ciel",
                    amount=D("3100000.00"),
                ),
                RealisedAction(
                    "Groupe de travail « Le logement d'abord » : quatre séances",
                    "collaboratif",
                    amount=D("45000.00"),
                ),
            ),
        ),
        demo.actor("metropole-lyon"),
    )


def record_operation_convention(demo: DemoLoader) -> None:
    """Mermoz Nord's convention d'opération, opened under the contrat de plan: the Métropole's
    investment subsidy for that operation alone, signed in March 2022."""
    key = "lyon-mermoz-nord"
    demo.draft(
        key,
        "oph-lmh",
        kind=ConventionKind.OPERATION,
        title="Convention d'opération Mermoz Nord – Lyon Métropole Habitat",
        start=date(2022, 3, 1),
        end=date(2026, 12, 31),
        parties=(
            demo.party("metropole-lyon", PartyType.COLLECTIVITE),
            demo.party("oph-lmh", PartyType.OFFICE),
        ),
        framework_id=demo.ids.conventions["lyon-contrat-de-plan"],
        operation_id="mermoz-nord",
    )
    demo.amend(
        key,
        "oph-lmh",
        SetContrepartie(
            Contrepartie(
                "investissement-mermoz",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                demo.ids.parties["metropole-lyon"],
                "Subvention d'investissement de la Métropole pour Mermoz Nord",
                demo.ids.parties["oph-lmh"],
                (YearAmount(2023, D("1500000.00")), YearAmount(2024, D("2000000.00"))),
                operation_id="mermoz-nord",
            )
        ),
    )
    demo.deliberate_and_sign(key, ["metropole-lyon", "oph-lmh"], date(2022, 2, 10), date(2022, 3, 1))
