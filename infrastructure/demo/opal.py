"""An office's charte d'engagement « quali-territoire » with three communes and, as the OPAL's
in the guide, three levels by the parc it manages on each territory: by its RPLS 2022, Nevers
(4 200 dwellings) is at the third, Cosne-Cours-sur-Loire (650) at the second, Clamecy (380) at
the first."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import AnnualEvaluation, IndicatorValue
from domain.terms import (
    Axis,
    AxisFamily,
    CharteLevel,
    Commitment,
    CommitmentKind,
    ConventionKind,
    Direction,
    Indicator,
    PartyRole,
    PartyType,
    Ratio,
    SetAxis,
    SetCharteLevels,
    SetCommitment,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    key = "charte-opal"
    demo.draft(
        key,
        "oph-opal",
        kind=ConventionKind.CHARTE_D_ENGAGEMENT,
        title="Charte d'engagements « quali-territoire » de l'OPAL",
        start=date(2021, 3, 1),
        end=None,
        parties=(
            demo.party("oph-opal", PartyType.OFFICE),
            *(
                demo.party(c, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE)
                for c in ("com-saint-quentin", "com-laon", "com-hirson")
            ),
        ),
    )
    office = demo.ids.parties["oph-opal"]
    demo.amend(
        key,
        "oph-opal",
        SetAxis(
            Axis("proximite", AxisFamily.POLITIQUE_SOCIALE, "Qualité de service et relation de proximité")
        ),
        SetCommitment(
            Commitment(
                "rencontre",
                "proximite",
                "Rendez-vous annuel avec chaque commune",
                CommitmentKind.MOYENS,
                office,
            )
        ),
        SetCharteLevels(
            (
                CharteLevel(1, "Socle", 1),
                CharteLevel(2, "Engagements renforcés", 500),
                CharteLevel(3, "Partenariat patrimonial", 2000),
            )
        ),
        SetCommitment(
            Commitment(
                "donnees",
                "proximite",
                "Transmission annuelle des données d'attribution",
                CommitmentKind.MOYENS,
                office,
                level=2,
            )
        ),
        SetCommitment(
            Commitment(
                "diagnostic",
                "proximite",
                "Diagnostic en marchant annuel avec les élus",
                CommitmentKind.MOYENS,
                office,
                level=2,
            )
        ),
        SetCommitment(
            Commitment(
                "strategie",
                "proximite",
                "Association de la commune aux réflexions de stratégie patrimoniale",
                CommitmentKind.MOYENS,
                office,
                level=3,
            )
        ),
        SetCommitment(
            Commitment(
                "reclamations",
                "proximite",
                "Traiter les réclamations techniques sous 15 jours",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "delai-reclamation",
                        "Réclamations traitées sous 15 jours",
                        "%",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(90), D(80)) for y in range(2021, 2027)),
                        ratio=Ratio("réclamations traitées sous 15 jours", "réclamations reçues", D(100)),
                    ),
                ),
            )
        ),
    )
    demo.deliberate_and_sign(key, ["oph-opal"], date(2021, 2, 15), date(2021, 3, 1))
    demo.ledger.evaluations.record_evaluation(
        demo.ids.conventions[key],
        AnnualEvaluation(
            2021,
            (IndicatorValue("delai-reclamation", numerator=D(1240), denominator=D(1350)),),
            date(2022, 3, 15),
            comments="Bilan 2021 remis à chaque commune lors du rendez-vous annuel.",
        ),
        demo.actor("oph-opal"),
    )
