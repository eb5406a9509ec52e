"""An agglomération's convention opened to every landlord, with per-typology grants, joined by
two offices; its support to its own office is due to that office alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import (
    DwellingCount,
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
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetGovernanceBody,
    TypologyGrant,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal


def record(demo: DemoLoader) -> None:
    key = "carene-ouverte"
    demo.draft(
        key,
        "carene",
        kind=ConventionKind.CONVENTION_OUVERTE,
        title="Convention de partenariat CARENE – bailleurs sociaux du territoire 2020-2025",
        start=date(2020, 1, 1),
        end=date(2025, 12, 31),
        parties=(demo.party("carene", PartyType.COLLECTIVITE),),
    )
    carene, silene = demo.ids.parties["carene"], demo.ids.parties["oph-silene"]
    demo.amend(
        key,
        "carene",
        SetAxis(
            Axis(
                "plh",
                AxisFamily.DEVELOPPEMENT_PATRIMONIAL,
                "Objectifs du PLH : production de petits logements",
            )
        ),
        SetCommitment(
            Commitment(
                "production-plh",
                "plh",
                "Produire des logements abordables, notamment des T1-T2",
                CommitmentKind.RESULTAT,
                None,
                (
                    Indicator(
                        "logements-aides",
                        "Logements produits au titre de la convention",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(120), D(90)) for y in range(2020, 2026)),
                    ),
                ),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "aide-logement",
                ContrepartieKind.AIDE_PAR_LOGEMENT,
                carene,
                "Aide forfaitaire par logement produit",
                None,
                unit_grants=(TypologyGrant("T1-T2", D("10000.00")), TypologyGrant("T3+", D("15000.00"))),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "soutien-silene",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                carene,
                "Soutien renforcé à l'office rattaché",
                None,
                tuple(YearAmount(y, D("500000.00")) for y in range(2020, 2026)),
                reserved_to_attached_office=True,
            )
        ),
        SetGovernanceBody(
            GovernanceBody("suivi", GovernanceBodyKind.COMITE_DE_SUIVI, "Comité de suivi et d'évaluation", 2)
        ),
    )
    demo.deliberate_and_sign(key, ["carene"], date(2019, 12, 12), date(2020, 1, 10))
    convention_id = demo.ids.conventions[key]
    for adherent, joined_on in (("oph-silene", date(2020, 2, 3)), ("oph-habitat44", date(2020, 4, 6))):
        demo.scenario.deliberate(convention_id, demo.ids.parties[adherent], joined_on)
        demo.ledger.drafting.join(convention_id, demo.ids.parties[adherent], joined_on, demo.actor(adherent))
    demo.ledger.execution.record_payment(
        convention_id,
        Payment(
            "aide-logement",
            2020,
            D("185000.00"),
            silene,
            date(2020, 12, 1),
            "CARENE-2020-017",
            (DwellingCount("T1-T2", 8), DwellingCount("T3+", 7)),
        ),
        demo.actor("carene"),
    )
    demo.ledger.execution.record_payment(
        convention_id,
        Payment("soutien-silene", 2020, D("500000.00"), silene, date(2020, 9, 15), "CARENE-2020-009"),
        demo.actor("carene"),
    )
    demo.ledger.execution.record_payment(
        convention_id,
        Payment(
            "aide-logement",
            2020,
            D("50000.00"),
            demo.ids.parties["oph-habitat44"],
            date(2020, 12, 1),
            "CARENE-2020-018",
            (DwellingCount("T1-T2", 5),),
        ),
        demo.actor("carene"),
    )
