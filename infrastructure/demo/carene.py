"""The CARENE and SILENE, the case the guide's alert mechanism comes from: a convention « avec la
collectivité de rattachement » signed as the RLS upset the office's projections, to « garantir que
l'office puisse remplir les objectifs du PLH de la CARENE […] et du Plan Stratégique de
Patrimoine de l'office […] sans entamer sa capacité d'action et en ajustant les concours de la
collectivité aux besoins ». An envelope « disponible et mobilisable dans un cadre de conditions
déterminées et pilotées via 11 indicateurs »; if the office cannot hold them, the alert lets it
ask for an examination that may trigger the support. « Le dispositif n'a pas été activé »: every
bilan holds its indicators (some below target, none past its threshold), nothing is owed of the
envelope, and no alert is raised.

Signed for 2018–2020, it is renewed by avenant n° 1 until the end of 2023, its objectives
extended to the new years: a long-running convention that goes on without a new one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID

from domain.convention import AnnualEvaluation, IndicatorValue
from domain.terms import (
    AmountCommitment,
    Axis,
    AxisFamily,
    ChangePeriod,
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
    PartyType,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetFramework,
    SetGovernanceBody,
    YearAmount,
    YearTarget,
)
from infrastructure.demo.loader import DemoLoader

D = Decimal
HIGHER, LOWER = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER

# The eleven indicators, by commitment: (id, label, unit, direction, target, alert threshold).
INDICATORS = {
    "objectifs-plh": (
        ("production", "Logements locatifs sociaux mis en service", "logements", HIGHER, 140, 110),
        ("plai", "Part des PLAI dans la production", "%", HIGHER, 30, 25),
        ("accession", "Logements en accession sociale (PSLA)", "logements", HIGHER, 20, 10),
        ("attributions-q1", "Attributions hors QPV aux ménages du premier quartile", "%", HIGHER, 25, 20),
    ),
    "objectifs-psp": (
        ("rehabilitation", "Logements réhabilités", "logements", HIGHER, 250, 200),
        ("etiquettes", "Logements sortis des étiquettes E, F et G", "logements", HIGHER, 120, 90),
        ("ventes", "Logements vendus", "logements", HIGHER, 25, 15),
    ),
    "equilibre-financier": (
        ("autofinancement", "Autofinancement net HLM rapporté aux loyers", "%", HIGHER, 8, 5),
        ("vacance", "Taux de vacance commerciale", "%", LOWER, 3, 4),
        ("annuites", "Annuités de la dette rapportées aux loyers", "%", LOWER, 45, 50),
        ("potentiel", "Potentiel financier à terminaison par logement", "€/logement", HIGHER, 1500, 1000),
    ),
}
COMMITMENTS = (
    (
        "objectifs-plh",
        "plh",
        "Tenir les objectifs du PLH : développement, accession, équilibres de peuplement",
    ),
    ("objectifs-psp", "psp", "Tenir les objectifs du PSP : développement, réhabilitation et vente"),
    ("equilibre-financier", "finances", "Préserver la situation financière de l'office"),
)
# What each annual bilan measured, in the order of INDICATORS.
ACHIEVED = {
    2018: ("146", "31", "22", "25.4", "262", "125", "27", "9.1", "2.6", "43.5", "1720"),
    2019: ("152", "33", "18", "26.1", "255", "131", "19", "8.4", "2.9", "44.1", "1640"),
    2020: ("118", "30", "21", "24.2", "214", "96", "16", "7.2", "3.4", "46.0", "1480"),
    2021: ("141", "32", "24", "25.8", "270", "138", "26", "8.8", "2.8", "44.7", "1590"),
}


def commitments(years: range, office: UUID) -> tuple[SetCommitment, ...]:
    """The three commitments and their eleven indicators, with targets for ``years``."""
    return tuple(
        SetCommitment(
            Commitment(
                commitment_id,
                axis_id,
                description,
                CommitmentKind.RESULTAT,
                office,
                tuple(
                    Indicator(
                        indicator_id,
                        label,
                        unit,
                        direction,
                        tuple(YearTarget(y, D(target), D(threshold)) for y in years),
                    )
                    for indicator_id, label, unit, direction, target, threshold in INDICATORS[commitment_id]
                ),
                framework_id=axis_id if axis_id != "finances" else None,
            )
        )
        for commitment_id, axis_id, description in COMMITMENTS
    )


def envelope(years: range, carene: UUID, office: UUID) -> SetContrepartie:
    """The CARENE's envelope, 1.5 M€ a year mobilisable for ``years``."""
    return SetContrepartie(
        Contrepartie(
            "enveloppe",
            ContrepartieKind.SUBVENTION_SPECIFIQUE,
            carene,
            "Enveloppe de soutien mobilisable sur alerte (onze indicateurs)",
            office,
            tuple(YearAmount(y, D("1500000.00")) for y in years),
            commitment=AmountCommitment.CONDITIONAL,
        )
    )


def record(demo: DemoLoader) -> None:
    key = "carene-silene"
    demo.draft(
        key,
        "oph-silene",
        kind=ConventionKind.RATTACHEMENT,
        title="Convention d'objectifs et de moyens CARENE – SILENE",
        start=date(2018, 1, 1),
        end=date(2020, 12, 31),
        parties=(demo.party("oph-silene", PartyType.OFFICE), demo.party("carene", PartyType.COLLECTIVITE)),
    )
    office, carene = demo.ids.parties["oph-silene"], demo.ids.parties["carene"]
    first_years = range(2018, 2021)
    demo.amend(
        key,
        "oph-silene",
        SetFramework(
            FrameworkReference("plh", FrameworkKind.PLH, "PLH de la CARENE", carene, "", 2016, 2021)
        ),
        SetFramework(
            FrameworkReference(
                "psp", FrameworkKind.PSP, "Plan stratégique de patrimoine de SILENE", office, "", 2018, 2027
            )
        ),
        SetAxis(
            Axis(
                "plh",
                AxisFamily.STRATEGIE_TERRITORIALE,
                "Objectifs du PLH : développement, réhabilitation, accession, équilibres de peuplement",
            )
        ),
        SetAxis(Axis("psp", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Plan stratégique de patrimoine")),
        SetAxis(Axis("finances", AxisFamily.GESTION_INTERNE, "Situation financière de l'office")),
        *commitments(first_years, office),
        envelope(first_years, carene, office),
        SetGovernanceBody(
            GovernanceBody(
                "comite-suivi",
                GovernanceBodyKind.COMITE_DE_SUIVI,
                "Comité de suivi CARENE – SILENE",
                2,
                (office, carene),
            )
        ),
        SetEvaluationScheme(EvaluationScheme(True, 6, 30, None, False, "comite-suivi")),
    )
    demo.deliberate_and_sign(key, ["oph-silene", "carene"], date(2017, 12, 14), date(2018, 1, 22))
    convention_id = demo.ids.conventions[key]
    office_actor, carene_actor = demo.actor("oph-silene"), demo.actor("carene")
    indicator_ids = [i[0] for group in INDICATORS.values() for i in group]

    def bilan(year: int) -> None:
        demo.ledger.evaluations.record_evaluation(
            convention_id,
            AnnualEvaluation(
                year,
                tuple(IndicatorValue(i, D(v)) for i, v in zip(indicator_ids, ACHIEVED[year], strict=True)),
                date(year + 1, 5, 12),
                comments=f"Tableau de bord {year} des onze indicateurs, présenté au comité de suivi.",
            ),
            office_actor,
        )
        demo.ledger.evaluations.validate_evaluation(
            convention_id, year, "comite-suivi", date(year + 1, 6, 14), carene_actor
        )

    bilan(2018)
    bilan(2019)
    # Avenant n° 1: the convention renewed until 2023, its objectives and its envelope extended.
    renewed_years = range(2018, 2024)
    demo.ledger.avenants.propose_avenant(
        convention_id,
        changes=(
            ChangePeriod(date(2018, 1, 1), date(2023, 12, 31)),
            *commitments(renewed_years, office),
            envelope(renewed_years, carene, office),
        ),
        effective_on=date(2020, 12, 1),
        reason="Prolongation de la convention jusqu'au 31 décembre 2023, objectifs étendus aux années 2021 à 2023.",
        proposed_on=date(2020, 9, 28),
        actor=office_actor,
    )
    demo.deliberate_and_sign(key, ["oph-silene", "carene"], date(2020, 11, 5), date(2020, 11, 23), avenant=1)
    bilan(2020)
    bilan(2021)
