"""The Métropole de Lyon's contrat de plan with its three offices, with a shared part."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import (
    AnnualEvaluation,
    IndicatorValue,
    Payment,
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
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetGovernanceBody,
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
        ),
        demo.actor("metropole-lyon"),
    )
