"""Nièvre Habitat and the Département de la Nièvre: the 2015–2020 convention with three
avenants (one retroactive), five evaluations (one corrected), payments, a final evaluation,
expiry, and its successor 2022–2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.convention import (
    AnnualEvaluation,
    FinancialLine,
    GuaranteeGrant,
    GuaranteeStatement,
    Impact,
    ImpactKind,
    IndicatorValue,
    Payment,
    ProgrammeAction,
    RealisedAction,
    Review,
    ReviewKind,
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
    PartyType,
    Ratio,
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
CENT = D("0.01")


def record(demo: DemoLoader) -> None:
    """Convention de rattachement 2015–2020, three avenants, five evaluations, renewal."""
    key = "nievre-2015"
    demo.draft(
        key,
        "oph-nievre",
        kind=ConventionKind.RATTACHEMENT,
        title="Convention d'objectifs et de moyens Département de la Nièvre – Nièvre Habitat 2015-2020",
        start=date(2015, 1, 1),
        end=date(2020, 12, 31),
        parties=(
            demo.party("oph-nievre", PartyType.OFFICE),
            demo.party("dep-nievre", PartyType.COLLECTIVITE),
        ),
    )
    office, departement = demo.ids.parties["oph-nievre"], demo.ids.parties["dep-nievre"]
    years = range(2015, 2021)

    def rehab_commitment(rehab_targets: tuple[YearTarget, ...], cumulative: Decimal) -> Commitment:
        """E1 as drafted, and as avenant n°3 restates it with lower 2020 targets."""
        return Commitment(
            "E1",
            "PDH-1",
            "Réhabiliter thermiquement le parc",
            CommitmentKind.RESULTAT,
            office,
            (
                Indicator(
                    "rehab",
                    "Logements réhabilités thermiquement",
                    "logements",
                    Direction.HIGHER_IS_BETTER,
                    rehab_targets,
                    baseline=D(0),
                    cumulative_target=cumulative,
                ),
                Indicator(
                    "vacance",
                    "Taux de vacance commerciale",
                    "%",
                    Direction.LOWER_IS_BETTER,
                    tuple(YearTarget(y, D(8), D(10)) for y in years),
                    baseline=D("11.5"),
                    ratio=Ratio("logements vacants", "logements du parc", D(100)),
                ),
            ),
        )

    demo.amend(
        key,
        "oph-nievre",
        SetAxis(
            Axis("PDH-1", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Interventions sur le patrimoine existant")
        ),
        SetAxis(Axis("PDH-2", AxisFamily.STRATEGIE_TERRITORIALE, "Requalification des centres-bourgs")),
        SetAxis(
            Axis(
                "PDH-3",
                AxisFamily.POLITIQUE_SOCIALE,
                "Observation et plateforme départementale de l'habitat",
            )
        ),
        SetCommitment(rehab_commitment(tuple(YearTarget(y, D(300), D(240)) for y in years), D(1800))),
        SetCommitment(
            Commitment(
                "E2",
                "PDH-2",
                "Opérations en centre-bourg",
                CommitmentKind.RESULTAT,
                office,
                (
                    Indicator(
                        "centres-bourgs",
                        "Opérations de requalification engagées",
                        "opérations",
                        Direction.HIGHER_IS_BETTER,
                        tuple(YearTarget(y, D(2), D(1)) for y in years),
                    ),
                ),
            )
        ),
        SetCommitment(
            Commitment(
                "E3",
                "PDH-3",
                "Alimenter la plateforme départementale de l'habitat",
                CommitmentKind.MOYENS,
                None,
            )
        ),
        SetContrepartie(
            Contrepartie(
                "subv-rehab",
                ContrepartieKind.SUBVENTION_ANNUELLE,
                departement,
                "Subvention départementale à la réhabilitation",
                office,
                tuple(YearAmount(y, D("1200000.00")) for y in years),
            )
        ),
        SetContrepartie(
            Contrepartie(
                "garantie",
                ContrepartieKind.GARANTIE_EMPRUNT,
                departement,
                "Garantie des emprunts de réhabilitation",
                office,
                tuple(YearAmount(y, D("8000000.00")) for y in years),
                guarantee_rate=D(100),
            )
        ),
        SetGovernanceBody(
            GovernanceBody(
                "comite-suivi",
                GovernanceBodyKind.COMITE_DE_SUIVI,
                "Comité de suivi Département – OPH",
                2,
                (office, departement),
            )
        ),
        SetEvaluationScheme(EvaluationScheme(True, 6, 30, 2017, True, "comite-suivi")),
    )
    demo.deliberate_and_sign(key, ["oph-nievre", "dep-nievre"], date(2014, 12, 10), date(2015, 1, 20))
    demo.attach_signed(
        key,
        "oph-nievre",
        "Convention Département de la Nièvre – Nièvre Habitat 2015-2019, signée le 20 janvier 2015",
        "convention-nievre-2015-signee.pdf",
    )
    convention_id = demo.ids.conventions[key]
    dep_actor, office_actor = demo.actor("dep-nievre"), demo.actor("oph-nievre")
    achieved = {2015: 310, 2016: 280, 2017: 230, 2018: 305, 2019: 320}
    vacant = {
        2015: (1020, 9400),
        2016: (930, 9380),
        2017: (1010, 9350),
        2018: (790, 9330),
        2019: (700, 9300),
    }
    for year in range(2015, 2020):
        demo.ledger.execution.adopt_programme(
            convention_id,
            year=year,
            actions=(
                ProgrammeAction("Programme de réhabilitation thermique", "E1", D("3500000.00")),
                ProgrammeAction("Études pré-opérationnelles centres-bourgs", "E2", D("150000.00")),
            ),
            adopted_on=date(year, 1, 15) if year > 2015 else date(2015, 2, 1),
            actor=office_actor,
        )
        for half, month in ((1, 6), (2, 11)):
            demo.ledger.execution.record_payment(
                convention_id,
                Payment(
                    "subv-rehab",
                    year,
                    D("600000.00"),
                    office,
                    date(year, month, 15),
                    f"MANDAT-{year}-{half}",
                ),
                dep_actor,
            )
        demo.ledger.execution.record_guarantee(
            convention_id,
            GuaranteeGrant(
                "garantie",
                year,
                office,
                f"PRET-CDC-{year}",
                D("4500000.00"),
                D("4500000.00"),
                date(year, 4, 2),
                lender="Banque des Territoires",
                deliberation_reference=f"CP-{year}-GAR-{year - 2000:02d}",
                duration_years=25,
            ),
            dep_actor,
        )
        demo.ledger.evaluations.record_evaluation(
            convention_id,
            AnnualEvaluation(
                year,
                (
                    IndicatorValue("rehab", D(achieved[year])),
                    IndicatorValue("vacance", numerator=D(vacant[year][0]), denominator=D(vacant[year][1])),
                    IndicatorValue("centres-bourgs", D(2 if year != 2017 else 1)),
                ),
                date(year + 1, 5, 20),
                comments=f"Bilan {year} présenté au comité de suivi.",
                financial_bilan=(
                    FinancialLine("Investissements réalisés", D("14200000.00")),
                    FinancialLine("Subventions départementales perçues", D("1200000.00")),
                ),
                # The guide's annual package: the actions realised, the office's global bilan.
                actions=(
                    RealisedAction(
                        "Réhabilitation thermique (bouquets de travaux BBC rénovation)",
                        "E1",
                        dwellings=achieved[year],
                        amount=D("11800000.00"),
                    ),
                    RealisedAction(
                        "Études pré-opérationnelles de revitalisation de centres-bourgs",
                        "E2",
                        amount=D("150000.00"),
                    ),
                ),
                landlord_financials=(
                    FinancialLine(
                        "Loyers quittancés", D(36_800_000 + 150_000 * (year - 2015)).quantize(CENT)
                    ),
                    FinancialLine(
                        "Autofinancement net HLM", D(3_100_000 + 120_000 * (year - 2015)).quantize(CENT)
                    ),
                    FinancialLine("Investissements de l'exercice (tout le parc)", D("21500000.00")),
                ),
            ),
            office_actor,
        )
        demo.ledger.evaluations.validate_evaluation(
            convention_id, year, "comite-suivi", date(year + 1, 6, 20), dep_actor
        )
        if year == 2016:
            # Avenant n°1, signed in March 2017 but effective 1 January 2017: retroactive.
            demo.ledger.avenants.propose_avenant(
                convention_id,
                changes=(
                    SetContrepartie(
                        Contrepartie(
                            "subv-rehab",
                            ContrepartieKind.SUBVENTION_ANNUELLE,
                            departement,
                            "Subvention départementale à la réhabilitation",
                            office,
                            (
                                *(YearAmount(y, D("1200000.00")) for y in (2015, 2016)),
                                *(YearAmount(y, D("1400000.00")) for y in range(2017, 2021)),
                            ),
                        )
                    ),
                ),
                effective_on=date(2017, 1, 1),
                reason="Revalorisation de la subvention après le bilan 2016.",
                proposed_on=date(2017, 2, 1),
                actor=office_actor,
            )
            demo.deliberate_and_sign(
                key, ["oph-nievre", "dep-nievre"], date(2017, 2, 20), date(2017, 3, 15), avenant=1
            )
    # Avenant n°1 raised the subsidy to 1.4 M€ from 2017: the Département pays the difference.
    for year in range(2017, 2020):
        demo.ledger.execution.record_payment(
            convention_id,
            Payment("subv-rehab", year, D("200000.00"), office, date(year, 12, 10), f"MANDAT-{year}-3"),
            dep_actor,
        )
    # 2017: the rehab target was missed; the 2017 evaluation is corrected (late data).
    demo.ledger.evaluations.correct_evaluation(
        convention_id,
        AnnualEvaluation(
            2017,
            (
                IndicatorValue("rehab", D(235)),
                IndicatorValue("vacance", numerator=D(1010), denominator=D(9350)),
                IndicatorValue("centres-bourgs", D(1)),
            ),
            date(2018, 9, 10),
            comments="Correction : 5 livraisons de décembre 2017 omises du premier bilan.",
        ),
        "Livraisons de décembre 2017 réceptionnées après l'établissement du bilan.",
        office_actor,
    )
    demo.ledger.evaluations.validate_evaluation(
        convention_id, 2017, "comite-suivi", date(2018, 10, 2), dep_actor
    )
    # Avenant n°2: a new commitment for specific publics from 2018.
    demo.ledger.avenants.propose_avenant(
        convention_id,
        changes=(
            SetAxis(Axis("PDH-4", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Logement des publics spécifiques")),
            SetCommitment(
                Commitment(
                    "E4",
                    "PDH-4",
                    "Adapter des logements au vieillissement",
                    CommitmentKind.RESULTAT,
                    office,
                    (
                        Indicator(
                            "adaptation",
                            "Logements adaptés",
                            "logements",
                            Direction.HIGHER_IS_BETTER,
                            tuple(YearTarget(y, D(60), D(45)) for y in range(2018, 2021)),
                        ),
                    ),
                )
            ),
        ),
        effective_on=date(2018, 1, 1),
        reason="Bilan à mi-parcours : ajout d'un axe sur le vieillissement.",
        proposed_on=date(2017, 11, 6),
        actor=office_actor,
    )
    demo.deliberate_and_sign(
        key, ["oph-nievre", "dep-nievre"], date(2017, 12, 4), date(2017, 12, 18), avenant=2
    )
    # Avenant n°3: the 2020 rehab target lowered, effective 1 January 2020.
    demo.ledger.avenants.propose_avenant(
        convention_id,
        changes=(
            SetCommitment(
                rehab_commitment(
                    (
                        *(YearTarget(y, D(300), D(240)) for y in range(2015, 2020)),
                        YearTarget(2020, D(200), D(160)),
                    ),
                    D(1700),
                )
            ),
        ),
        effective_on=date(2020, 1, 1),
        reason="Crise sanitaire : objectif de réhabilitation 2020 ramené à 200 logements.",
        proposed_on=date(2020, 5, 4),
        actor=office_actor,
    )
    demo.deliberate_and_sign(
        key, ["oph-nievre", "dep-nievre"], date(2020, 6, 8), date(2020, 6, 25), avenant=3
    )
    demo.ledger.execution.record_review(
        convention_id,
        Review(
            ReviewKind.MID_TERM,
            date(2017, 10, 12),
            "Bilan à mi-parcours : objectifs tenus sauf 2017.",
            "comite-suivi",
        ),
        dep_actor,
    )
    demo.ledger.execution.expire(convention_id, date(2021, 1, 4), dep_actor)
    demo.ledger.execution.record_review(
        convention_id,
        Review(
            ReviewKind.FINAL,
            date(2021, 6, 28),
            "Bilan global des six années présenté au Conseil départemental : réalisations, bilan "
            "financier et territorial, effets de levier sur l'économie locale, la vacance et la "
            "performance énergétique.",
            impacts=(
                Impact(
                    ImpactKind.INVESTMENT,
                    D("85200000.00"),
                    comment="réhabilitation et centres-bourgs, 2015-2020",
                ),
                Impact(ImpactKind.LOCAL_JOBS, D(410), comment="emplois du BTP soutenus chaque année (ETP)"),
                Impact(
                    ImpactKind.LOCAL_FIRMS,
                    D(78),
                    comment="des marchés de travaux attribués à des entreprises nivernaises",
                ),
                Impact(ImpactKind.VACANCY, D("7.5"), baseline=D("10.9")),
                Impact(ImpactKind.ENERGY, D(1445), comment="logements sortis des étiquettes E, F et G"),
            ),
        ),
        dep_actor,
    )
    # The guarantees outlive the convention: at the end of 2021 the office declares what
    # remains due on each loan (25 years, repaid in equal parts), the Département's risk.
    for grant in demo.ledger.get_convention(convention_id).guarantees:
        repaid = 2021 - grant.year + 1
        demo.ledger.execution.state_guarantee(
            convention_id,
            GuaranteeStatement(
                "garantie",
                grant.loan_reference,
                2021,
                (grant.loan_amount * (25 - repaid) / 25).quantize(D("0.01")),
                date(2022, 1, 31),
            ),
            office_actor,
        )
    # The successor convention 2022–2026.
    demo.draft(
        "nievre-2022",
        "oph-nievre",
        kind=ConventionKind.RATTACHEMENT,
        title="Convention Département de la Nièvre – Nièvre Habitat 2022-2026",
        start=date(2022, 1, 1),
        end=date(2026, 12, 31),
        parties=(
            demo.party("oph-nievre", PartyType.OFFICE),
            demo.party("dep-nievre", PartyType.COLLECTIVITE),
        ),
        predecessor_id=convention_id,
    )

    def rehab_2022(targets: tuple[YearTarget, ...]) -> Commitment:
        indicator = Indicator(
            "rehab", "Logements réhabilités", "logements", Direction.HIGHER_IS_BETTER, targets
        )
        return Commitment(
            "E1",
            "A1",
            "Réhabiliter 250 logements par an",
            CommitmentKind.RESULTAT,
            office,
            (indicator,),
            framework_id="psp",
        )

    demo.amend(
        "nievre-2022",
        "oph-nievre",
        # What the convention declines: the Département's PDH and the office's PSP.
        SetFramework(
            FrameworkReference(
                "pdh",
                FrameworkKind.PDH,
                "Plan départemental de l'habitat de la Nièvre",
                departement,
                "",
                2021,
                2026,
            )
        ),
        SetFramework(
            FrameworkReference(
                "psp",
                FrameworkKind.PSP,
                "Plan stratégique de patrimoine de Nièvre Habitat",
                office,
                "",
                2021,
                2030,
            )
        ),
        SetAxis(
            Axis("A1", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Réhabilitation et performance énergétique")
        ),
        SetCommitment(rehab_2022(tuple(YearTarget(y, D(250), D(200)) for y in range(2022, 2027)))),
        SetContrepartie(
            Contrepartie(
                "subv",
                ContrepartieKind.SUBVENTION_ANNUELLE,
                departement,
                "Subvention annuelle",
                office,
                tuple(YearAmount(y, D("1500000.00")) for y in range(2022, 2027)),
            )
        ),
    )
    # The Département votes and signs first; then the office's board lowers the 2022 target
    # (a year of studies): the Département's consent no longer covers the terms (voided,
    # recorded with the reason), and both deliberate and sign the terms as they now stand.
    demo.deliberate_and_sign("nievre-2022", ["dep-nievre"], date(2021, 11, 15), date(2021, 11, 22))
    demo.amend(
        "nievre-2022",
        "oph-nievre",
        SetCommitment(
            rehab_2022(
                (
                    YearTarget(2022, D(180), D(150)),
                    *(YearTarget(y, D(250), D(200)) for y in range(2023, 2027)),
                )
            )
        ),
    )
    demo.deliberate_and_sign(
        "nievre-2022", ["oph-nievre", "dep-nievre"], date(2021, 12, 6), date(2021, 12, 20)
    )
