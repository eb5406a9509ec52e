"""Nantes Métropole and Nantes Métropole Habitat: « un apport financier qui peut aller jusqu'à 5
millions d'euros par an pendant 4 ans pour des opérations précises » (the guide) — a ceiling, not
a promise. Nothing is owed of it until a convention d'application sets the year's contribution:
2.5 M€ for 2022, paid; 2021 sets none, and nothing reads « non versé »."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.collectivite import CollectiviteKind
from domain.convention import AnnualEvaluation, Contribution, IndicatorValue, Payment, ProgrammeAction
from domain.terms import (
    AmountCommitment,
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    Direction,
    Indicator,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal
YEARS = range(2021, 2025)


def record(demo: DemoLoader) -> None:
    demo.collectivite("nantes-metropole", "Nantes Métropole", CollectiviteKind.METROPOLE, None, "44")
    demo.office("oph-nmh", "Nantes Métropole Habitat", "nantes-metropole", date(2017, 1, 1))
    key = "nantes-2021"
    demo.draft(
        key,
        "oph-nmh",
        kind=ConventionKind.RATTACHEMENT,
        title="Convention d'objectifs Nantes Métropole – Nantes Métropole Habitat 2021-2024",
        start=date(2021, 1, 1),
        end=date(2024, 12, 31),
        parties=(
            demo.party("oph-nmh", PartyType.OFFICE),
            demo.party("nantes-metropole", PartyType.COLLECTIVITE),
        ),
    )
    office, metropole = demo.ids.parties["oph-nmh"], demo.ids.parties["nantes-metropole"]
    demo.amend(
        key,
        "oph-nmh",
        SetAxis(
            Axis(
                "production", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Production et renouvellement de l'offre"
            )
        ),
        SetCommitment(
            Commitment(
                "E1",
                "production",
                "Mettre en chantier 600 logements sociaux par an",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "mises-en-chantier",
                        "Logements mis en chantier",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(600), D(480)) for y in YEARS),
                    ),
                ),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "apport",
                ContrepartieKind.SUBVENTION_ANNUELLE,
                metropole,
                "Apport financier de la Métropole pour des opérations précises",
                office,
                tuple(YearAmount(y, D("5000000.00")) for y in YEARS),
                commitment=AmountCommitment.CEILING,
            )
        ),
    )
    demo.deliberate_and_sign(key, ["oph-nmh", "nantes-metropole"], date(2021, 2, 8), date(2021, 3, 1))
    convention_id = demo.ids.conventions[key]
    office_actor, metropole_actor = demo.actor("oph-nmh"), demo.actor("nantes-metropole")
    demo.ledger.evaluations.record_evaluation(
        convention_id,
        AnnualEvaluation(
            2021, (IndicatorValue("mises-en-chantier", D(612)),), date(2022, 3, 30), comments="Objectif tenu."
        ),
        office_actor,
    )
    # The 2022 convention d'application: within the ceiling, 2.5 M€ for the Bottière and Malakoff
    # operations — owed from then on, and paid in two instalments.
    demo.ledger.execution.adopt_programme(
        convention_id,
        year=2022,
        actions=(ProgrammeAction("Réhabilitation Bottière et Malakoff", "E1", D("2500000.00")),),
        adopted_on=date(2022, 2, 14),
        actor=metropole_actor,
        contributions=(Contribution("apport", D("2500000.00")),),
        deliberations=("CM-2022-02-014", "CA-NMH-2022-03"),
    )
    for month, amount in ((4, "1000000.00"), (9, "1500000.00")):
        demo.ledger.execution.record_payment(
            convention_id,
            Payment("apport", 2022, D(amount), office, date(2022, month, 20), f"NM-2022-{month:02d}"),
            metropole_actor,
        )
