"""A Nièvre Habitat convention with one of its communes d'implantation around one operation, as
the guide's « conventions de partenariat Nièvre Habitat et collectivités d'implantation »: a
pluri-annual convention with its financial annex, « une équipe d'ingénierie pluridisciplinaire
conjointement entre l'OPH et la commune », the commune's contribution to the cadre de vie around
the dwellings, a communication led jointly, « un comité de pilotage et un comité technique réunis
régulièrement (tous les 2 à 4 mois) », and « un bilan annuel qui porte sur les aspects
opérationnels et comptables des opérations ». The Ville lends the site of a former school for
the residence's new wing: given in kind, « réalisé », never « versé »."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import (
    AnnualEvaluation,
    FinancialLine,
    InKindMode,
    InKindRealisation,
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
    FrameworkKind,
    FrameworkReference,
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
    SetFramework,
    SetGovernanceBody,
    SetOperation,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    key = "nevers-courlis"
    demo.draft(
        key,
        "oph-nievre",
        kind=ConventionKind.OPERATION,
        title="Convention de partenariat Ville de Nevers – Nièvre Habitat : requalification de la résidence des Courlis",
        start=date(2021, 7, 1),
        end=date(2024, 12, 31),
        parties=(
            demo.party("oph-nievre", PartyType.OFFICE),
            demo.party("com-nevers", PartyType.COLLECTIVITE),
        ),
    )
    office, ville = demo.ids.parties["oph-nievre"], demo.ids.parties["com-nevers"]
    demo.amend(
        key,
        "oph-nievre",
        SetFramework(
            FrameworkReference(
                "acv",
                FrameworkKind.PACTE_TERRITORIAL,
                "Action cœur de ville de Nevers",
                None,
                "l'État (préfecture de la Nièvre)",
                2018,
                2026,
            )
        ),
        SetOperation(
            Operation(
                "courlis",
                OperationNature.REVITALISATION_CENTRE_BOURG,
                "Résidence des Courlis",
                "58194",
                64,
                D("4200000.00"),
                office,
            )
        ),
        SetAxis(
            Axis("requalification", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Requalification de la résidence")
        ),
        SetAxis(Axis("cadre-de-vie", AxisFamily.STRATEGIE_TERRITORIALE, "Cadre de vie et communication")),
        SetCommitment(
            Commitment(
                "equipe-projet",
                "requalification",
                "Une équipe d'ingénierie pluridisciplinaire commune à l'office et à la Ville",
                CommitmentKind.MOYENS,
                None,
            )
        ),
        SetCommitment(
            Commitment(
                "travaux",
                "requalification",
                "Requalifier les 64 logements de la résidence",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "logements-requalifies",
                        "Logements requalifiés",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        (
                            YearTarget(2022, D(20), D(12)),
                            YearTarget(2023, D(24), D(16)),
                            YearTarget(2024, D(20), D(12)),
                        ),
                        cumulative_target=D(64),
                    ),
                ),
            )
        ),
        SetCommitment(
            Commitment(
                "amenagements",
                "cadre-de-vie",
                "Aménager les abords : voirie, éclairage public, espaces verts",
                CommitmentKind.MOYENS,
                ville,
            )
        ),
        SetCommitment(
            Commitment(
                "communication",
                "cadre-de-vie",
                "Communication conjointe : réunions publiques, publications, concertation avec les locataires",
                CommitmentKind.MOYENS,
                None,
            )
        ),
        SetContrepartie(
            Contrepartie(
                "participation-ville",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                ville,
                "Participation de la Ville aux aménagements autour des logements",
                office,
                (YearAmount(2022, D("150000.00")), YearAmount(2023, D("150000.00"))),
                operation_id="courlis",
            )
        ),
        SetContrepartie(
            Contrepartie(
                "terrain-ecole",
                ContrepartieKind.CESSION_FONCIERE,
                ville,
                "Mise à disposition du terrain de l'ancienne école Jean-Macé",
                office,
                (YearAmount(2022, D("95000.00")),),
                operation_id="courlis",
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "copil",
                GovernanceBodyKind.COMITE_DE_PILOTAGE,
                "Comité de pilotage Ville – OPH",
                4,
                (office, ville),
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "cotech", GovernanceBodyKind.COMITE_TECHNIQUE, "Comité technique", 6, (office, ville)
            )
        ),
        SetEvaluationScheme(EvaluationScheme(True, 6, 30, None, False, "copil")),
    )
    demo.deliberate_and_sign(key, ["oph-nievre", "com-nevers"], date(2021, 5, 27), date(2021, 6, 21))
    convention_id = demo.ids.conventions[key]
    office_actor, ville_actor = demo.actor("oph-nievre"), demo.actor("com-nevers")
    # The annual bilan, operational and accounting: 2021 was the year of studies and rehousing.
    demo.ledger.evaluations.record_evaluation(
        convention_id,
        AnnualEvaluation(
            2021,
            (),
            date(2022, 3, 8),
            comments="Bilan opérationnel et comptable 2021 présenté au comité de pilotage.",
            financial_bilan=(
                FinancialLine("Études et maîtrise d'œuvre", D("185000.00"), "courlis"),
                FinancialLine("Relogement temporaire des locataires", D("42000.00"), "courlis"),
            ),
            actions=(
                RealisedAction("Diagnostic technique et social des 64 logements", operation_id="courlis"),
                RealisedAction(
                    "Relogement temporaire de la première cage d'escalier",
                    operation_id="courlis",
                    dwellings=16,
                    amount=D("42000.00"),
                ),
                RealisedAction(
                    "Deux réunions publiques avec les locataires et les riverains", "communication"
                ),
            ),
        ),
        office_actor,
    )
    demo.ledger.evaluations.validate_evaluation(convention_id, 2021, "copil", date(2022, 4, 12), ville_actor)
    demo.ledger.execution.record_in_kind(
        convention_id,
        InKindRealisation(
            "terrain-ecole",
            2022,
            office,
            "Nevers, section BK n° 214",
            D("2350"),
            InKindMode.MISE_A_DISPOSITION,
            D("95000.00"),
            date(2022, 2, 1),
            "Convention de mise à disposition du 1er février 2022",
        ),
        ville_actor,
    )
    demo.ledger.execution.record_payment(
        convention_id,
        Payment("participation-ville", 2022, D("75000.00"), office, date(2022, 10, 14), "NEVERS-2022-311"),
        ville_actor,
    )
