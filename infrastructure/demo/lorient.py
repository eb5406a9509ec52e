"""Lorient Agglomération's convention de partenariat, opened to every landlord of its territory and
joined by Lorient Habitat (its own office) and Bretagne Sud Habitat (the Morbihan's), as in the
guide: production (small dwellings first), affordable dwellings for very modest single people,
thermal rehabilitation; « 10 000 € forfaitaire pour le T1 & T2 ; 15 000 € pour T3+ », owed as
each office records its deliveries; « une garantie de soutien financier plus important pour
l'OPH rattaché à la collectivité », due to Lorient Habitat alone; a comité de suivi et
d'évaluation and its tableau de bord."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import AnnualEvaluation, Delivery, DwellingCount, IndicatorValue, Payment
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
YEARS = range(2020, 2026)

# What each office delivered, by year: (operation, typology, dwellings, delivered on).
DELIVERIES = {
    "oph-lorient": (
        ("Résidence Kerentrech", "T1-T2", 8, date(2020, 10, 5)),
        ("Résidence Kerentrech", "T3+", 7, date(2020, 10, 5)),
        ("Les Terrasses du Scorff", "T1-T2", 6, date(2021, 9, 20)),
        ("Les Terrasses du Scorff", "T3+", 4, date(2021, 9, 20)),
    ),
    "oph-bsh": (
        ("Le Clos de Lanveur", "T1-T2", 5, date(2020, 11, 16)),
        ("Îlot Carnel", "T3+", 4, date(2021, 6, 28)),
    ),
}
# The agglomération's mandates for them: (office, year, amount, paid on, reference).
GRANTS_PAID = (
    ("oph-lorient", 2020, "185000.00", date(2020, 12, 1), "LA-2020-017"),
    ("oph-bsh", 2020, "50000.00", date(2020, 12, 1), "LA-2020-018"),
    ("oph-lorient", 2021, "120000.00", date(2021, 12, 6), "LA-2021-022"),
    ("oph-bsh", 2021, "60000.00", date(2021, 12, 6), "LA-2021-023"),
)


def record(demo: DemoLoader) -> None:
    key = "lorient-ouverte"
    demo.draft(
        key,
        "lorient-agglo",
        kind=ConventionKind.CONVENTION_OUVERTE,
        title="Convention de partenariat Lorient Agglomération – organismes de logement social 2020-2025",
        start=date(2020, 1, 1),
        end=date(2025, 12, 31),
        parties=(demo.party("lorient-agglo", PartyType.COLLECTIVITE),),
    )
    agglo = demo.ids.parties["lorient-agglo"]
    demo.amend(
        key,
        "lorient-agglo",
        SetAxis(
            Axis(
                "production",
                AxisFamily.DEVELOPPEMENT_PATRIMONIAL,
                "Production de logements neufs, notamment des petits logements",
            )
        ),
        SetAxis(
            Axis(
                "rehabilitation",
                AxisFamily.DEVELOPPEMENT_PATRIMONIAL,
                "Réhabilitations thermiques de l'existant",
            )
        ),
        SetAxis(
            Axis(
                "publics",
                AxisFamily.POLITIQUE_SOCIALE,
                "Logements abordables pour personnes isolées très modestes et publics spécifiques",
            )
        ),
        SetCommitment(
            Commitment(
                "production-plh",
                "production",
                "Produire des logements abordables, notamment des T1-T2",
                CommitmentKind.RESULTAT,
                None,
                (
                    Indicator(
                        "logements-aides",
                        "Logements produits au titre de la convention",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(24), D(12)) for y in YEARS),
                    ),
                ),
            )
        ),
        SetCommitment(
            Commitment(
                "rehabilitation-thermique",
                "rehabilitation",
                "Réhabiliter thermiquement les logements classés E, F et G",
                CommitmentKind.RESULTAT,
                None,
                (
                    Indicator(
                        "logements-rehabilites",
                        "Logements réhabilités thermiquement",
                        "logements",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(150), D(110)) for y in YEARS),
                    ),
                ),
            )
        ),
        SetCommitment(
            Commitment(
                "ventes-encadrees",
                "publics",
                "Limiter et encadrer les ventes de logements sociaux, en accord avec l'agglomération",
                CommitmentKind.MOYENS,
                None,
            )
        ),
        SetContrepartie(
            Contrepartie(
                "aide-logement",
                ContrepartieKind.AIDE_PAR_LOGEMENT,
                agglo,
                "Aide forfaitaire par logement produit",
                None,
                unit_grants=(TypologyGrant("T1-T2", D("10000.00")), TypologyGrant("T3+", D("15000.00"))),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "soutien-office-rattache",
                ContrepartieKind.SUBVENTION_SPECIFIQUE,
                agglo,
                "Soutien renforcé à l'office rattaché",
                None,
                tuple(YearAmount(y, D("500000.00")) for y in YEARS),
                reserved_to_attached_office=True,
            )
        ),
        SetGovernanceBody(
            GovernanceBody("suivi", GovernanceBodyKind.COMITE_DE_SUIVI, "Comité de suivi et d'évaluation", 2)
        ),
    )
    demo.deliberate_and_sign(key, ["lorient-agglo"], date(2019, 12, 12), date(2020, 1, 10))
    convention_id = demo.ids.conventions[key]
    for adherent, joined_on in (("oph-lorient", date(2020, 2, 3)), ("oph-bsh", date(2020, 4, 6))):
        demo.scenario.deliberate(convention_id, demo.ids.parties[adherent], joined_on)
        demo.ledger.drafting.join(convention_id, demo.ids.parties[adherent], joined_on, demo.actor(adherent))
    # Each office records what it delivered: what it is owed follows from the barème.
    for office_key, deliveries in DELIVERIES.items():
        for operation, typology, count, delivered_on in deliveries:
            demo.ledger.execution.record_delivery(
                convention_id,
                Delivery(
                    "aide-logement", demo.ids.parties[office_key], operation, typology, count, delivered_on
                ),
                demo.actor(office_key),
            )
    for office_key, year, amount, paid_on, reference in GRANTS_PAID:
        counts: dict[str, int] = {}
        for _, typology, count, delivered_on in DELIVERIES[office_key]:
            if delivered_on.year == year:
                counts[typology] = counts.get(typology, 0) + count
        demo.ledger.execution.record_payment(
            convention_id,
            Payment(
                "aide-logement",
                year,
                D(amount),
                demo.ids.parties[office_key],
                paid_on,
                reference,
                tuple(DwellingCount(t, n) for t, n in counts.items()),
            ),
            demo.actor("lorient-agglo"),
        )
    demo.ledger.execution.record_payment(
        convention_id,
        Payment(
            "soutien-office-rattache",
            2020,
            D("500000.00"),
            demo.ids.parties["oph-lorient"],
            date(2020, 9, 15),
            "LA-2020-009",
        ),
        demo.actor("lorient-agglo"),
    )
    # The tableau de bord 2021, presented to the comité de suivi (it covers 2020 too: the
    # comité merged the two, and dismisses the alert on the 2020 bilan).
    demo.ledger.evaluations.record_evaluation(
        convention_id,
        AnnualEvaluation(
            2021,
            (IndicatorValue("logements-aides", D(14)), IndicatorValue("logements-rehabilites", D(164))),
            date(2022, 5, 17),
            comments="Tableau de bord 2020-2021 présenté au comité de suivi et d'évaluation.",
        ),
        demo.actor("lorient-agglo"),
    )
