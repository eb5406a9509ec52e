"""The State as a party: the guide's « engagements des organismes de logement social de l'Aisne
dans le PACTE de la Sambre Avesnois Thiérache sous l'impulsion de l'OPAL ». The landlords « ont
inscrit leurs engagements programmés dans leurs plans stratégiques de patrimoine respectifs dans
le dispositif PACTE mis en place par l'État », which gives them « des concours financiers
particuliers en contreparties d'exigences portant sur la performance énergétique des logements,
l'insertion économique ». The préfet signs for the State, on his decision; the Département
takes part; each year's bilan holds its indicators and the State's concours are paid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import AnnualEvaluation, IndicatorValue, Payment
from domain.state_service import StateServiceKind
from domain.terms import (
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Direction,
    FrameworkKind,
    FrameworkReference,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetFramework,
    SetGovernanceBody,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal
YEARS = range(2019, 2024)
# Each bilan: dwellings rehabilitated, hours of insertion in the works' contracts.
ACHIEVED = {2019: ("132", "16400"), 2020: ("104", "12100"), 2021: ("141", "17800")}


def record(demo: DemoLoader) -> None:
    demo.state_service("etat-aisne", "Préfecture de l'Aisne", StateServiceKind.PREFECTURE, "02")
    key = "pacte-sambre"
    demo.draft(
        key,
        "oph-opal",
        kind=ConventionKind.CONTRAT_TERRITORIAL,
        title="Engagements des organismes de logement social de l'Aisne dans le PACTE Sambre-Avesnois-Thiérache",
        start=date(2019, 1, 1),
        end=date(2023, 12, 31),
        parties=(
            demo.party("etat-aisne", PartyType.ETAT),
            demo.party("oph-opal", PartyType.OFFICE),
            demo.party("dep-aisne", PartyType.COLLECTIVITE),
        ),
    )
    etat, office = demo.ids.parties["etat-aisne"], demo.ids.parties["oph-opal"]
    demo.amend(
        key,
        "oph-opal",
        SetFramework(
            FrameworkReference(
                "pacte",
                FrameworkKind.PACTE_TERRITORIAL,
                "Pacte pour la réussite de la Sambre-Avesnois-Thiérache",
                etat,
                "",
                2018,
                2023,
            )
        ),
        SetFramework(
            FrameworkReference(
                "psp", FrameworkKind.PSP, "Plan stratégique de patrimoine de l'OPAL", office, "", 2018, 2027
            )
        ),
        SetAxis(
            Axis("requalification", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Requalification du parc social")
        ),
        SetAxis(Axis("insertion", AxisFamily.STRATEGIE_TERRITORIALE, "Insertion économique")),
        SetCommitment(
            Commitment(
                "rehabilitation",
                "requalification",
                "Réhabiliter les logements programmés au PSP sur le territoire du PACTE",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "logements-rehabilites",
                        "Logements réhabilités sur le territoire du PACTE",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(120), D(90)) for y in YEARS),
                    ),
                ),
                framework_id="psp",
            )
        ),
        SetCommitment(
            Commitment(
                "performance",
                "requalification",
                "Atteindre au moins l'étiquette C après travaux",
                CommitmentKind.MOYENS,
                office,
                framework_id="pacte",
            )
        ),
        SetCommitment(
            Commitment(
                "heures-insertion",
                "insertion",
                "Réserver des heures d'insertion dans les marchés de travaux",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "heures",
                        "Heures d'insertion réalisées",
                        "heures",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(15000), D(10000)) for y in YEARS),
                    ),
                ),
                framework_id="pacte",
            )
        ),
        SetContrepartie(
            Contrepartie(
                "concours-pacte",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                etat,
                "Concours financiers du PACTE (performance énergétique, insertion)",
                office,
                tuple(YearAmount(y, D("600000.00")) for y in YEARS),
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "copil-pacte", GovernanceBodyKind.COMITE_DE_PILOTAGE, "Comité de pilotage du PACTE", 2
            )
        ),
    )
    demo.deliberate_and_sign(
        key, ["oph-opal", "dep-aisne", "etat-aisne"], date(2018, 12, 6), date(2019, 1, 28)
    )
    convention_id = demo.ids.conventions[key]
    for year in (2019, 2020, 2021):
        demo.ledger.execution.record_payment(
            convention_id,
            Payment("concours-pacte", year, D("600000.00"), office, date(year, 11, 4), f"PACTE-SAT-{year}"),
            demo.actor("etat-aisne"),
        )
        rehabilitated, hours = ACHIEVED[year]
        demo.ledger.evaluations.record_evaluation(
            convention_id,
            AnnualEvaluation(
                year,
                (
                    IndicatorValue("logements-rehabilites", D(rehabilitated)),
                    IndicatorValue("heures", D(hours)),
                ),
                date(year + 1, 4, 9),
                comments=f"Bilan {year} présenté au comité de pilotage du PACTE.",
            ),
            demo.actor("oph-opal"),
        )
