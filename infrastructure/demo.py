"""Demo data: the situations of the FOPH guide (seeds/001), recorded through the use cases.

- Nièvre Habitat and the Département de la Nièvre: a 6-year convention (2015–2020) with three
  avenants (one retroactive), five annual evaluations (one corrected), payments, a final
  evaluation, expiry, and its successor 2022–2026;
- the Métropole de Lyon's contrat de plan with its three offices, with a shared part;
- an agglomération's convention opened to every landlord, with per-typology grants
  (10,000 € per T1/T2, 15,000 € per T3+), joined by two offices;
- an office's charte d'engagement « quali-territoire » with three communes;
- a Société de Coordination of three offices committing towards a collectivité d'implantation,
  the Côte-d'Or taking part in its governance.

The rules of issue 15 at work: the 2022 Nièvre convention is signed by the Département, changed by
the office, and signed again by both (the first consent voided, with its reason); it is concluded in
December 2021 and takes effect on 1 January 2022; the Département decides on the office's alerts;
the CARENE's support to its own office is due to SILENE alone, not to the other adherent.

SIRENs are fictitious but valid (Luhn); INSEE codes are real. Every event is recorded by the
actor of the party that would record it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from uuid import UUID

from application.ledger import ConventionLedger
from domain.alerts import AlertDecision, CorrectiveAction, DecisionKind, Examination
from domain.collectivite import CollectiviteKind
from domain.convention import (
    AnnualEvaluation,
    Deliberation,
    DwellingCount,
    FinancialLine,
    GuaranteeGrant,
    IndicatorValue,
    Payment,
    ProgrammeAction,
    Review,
    ReviewKind,
)
from domain.identifiers import complete_siren
from domain.organisme import OrganismeKind
from domain.terms import (
    AddParty,
    Axis,
    AxisFamily,
    Commitment,
    CommitmentKind,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    ConventionParty,
    Direction,
    EvaluationScheme,
    GovernanceBody,
    GovernanceBodyKind,
    Indicator,
    PartyRole,
    PartyType,
    Ratio,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetGovernanceBody,
    TermsChange,
    TypologyGrant,
    YearAmount,
    YearTarget,
)
from domain.values import Actor, ActorRole

ADMIN = Actor("demo-admin", ActorRole.ADMIN)
D = Decimal


@dataclass
class DemoIds:
    """Ids of what the demo created, by short name (for tests and the README)."""

    parties: dict[str, UUID] = field(default_factory=dict)
    conventions: dict[str, UUID] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)


class DemoLoader:
    def __init__(self, ledger: ConventionLedger) -> None:
        self.ledger = ledger
        self.ids = DemoIds()
        self._siren_counter = 0

    # --- helpers -------------------------------------------------------------------------

    def _siren(self, prefix: str) -> str:
        self._siren_counter += 1
        return complete_siren(f"{prefix}{self._siren_counter:0{8 - len(prefix)}d}")

    def actor(self, key: str) -> Actor:
        party_id = self.ids.parties[key]
        return self.ids.actors.setdefault(key, Actor(f"demo-{key}", ActorRole.SIGNATORY, party_id))

    def collectivite(
        self, key: str, name: str, kind: CollectiviteKind, insee: str | None, dep: str | None
    ) -> UUID:
        result = self.ledger.register_collectivite(
            siren=self._siren("2"), name=name, kind=kind, insee_code=insee, departement_code=dep, actor=ADMIN
        )
        self.ids.parties[key] = result.aggregate_id
        return result.aggregate_id

    def office(self, key: str, name: str, rattachement: str, attached_on: date) -> UUID:
        result = self.ledger.register_office(
            siren=self._siren("27"),
            name=name,
            rattachement_id=self.ids.parties[rattachement],
            attached_on=attached_on,
            actor=ADMIN,
        )
        self.ids.parties[key] = result.aggregate_id
        return result.aggregate_id

    def party(
        self, key: str, party_type: PartyType, role: PartyRole = PartyRole.SIGNATAIRE
    ) -> ConventionParty:
        return ConventionParty(self.ids.parties[key], party_type, role)

    def draft(self, key: str, by: str, **kwargs: object) -> UUID:
        result = self.ledger.draft_convention(actor=self.actor(by), **kwargs)  # type: ignore[arg-type]
        self.ids.conventions[key] = result.aggregate_id
        return result.aggregate_id

    def amend(self, convention: str, by: str, *changes: TermsChange) -> None:
        for change in changes:
            self.ledger.amend_draft(self.ids.conventions[convention], change, self.actor(by))

    def deliberate_and_sign(
        self,
        convention: str,
        signers: list[str],
        deliberated_on: date,
        signed_on: date,
        avenant: int | None = None,
    ) -> None:
        convention_id = self.ids.conventions[convention]
        for index, key in enumerate(signers):
            body = "conseil d'administration" if key.startswith("oph") else "assemblée délibérante"
            reference = f"DEL-{deliberated_on.year}-{index + 1:03d}" + (f"-AV{avenant}" if avenant else "")
            self.ledger.record_deliberation(
                convention_id,
                Deliberation(self.ids.parties[key], body, reference, deliberated_on, avenant),
                self.actor(key),
            )
            if avenant is None:
                self.ledger.sign(convention_id, self.ids.parties[key], signed_on, self.actor(key))
            else:
                self.ledger.sign_avenant(
                    convention_id, avenant, self.ids.parties[key], signed_on, self.actor(key)
                )

    # --- the data set --------------------------------------------------------------------

    def load(self) -> DemoIds:
        self.parties()
        self.nievre()
        self.lyon()
        self.agglomeration_ouverte()
        self.charte()
        self.societe_de_coordination()
        self.alerts()
        return self.ids

    def parties(self) -> None:
        c = self.collectivite
        c("dep-nievre", "Département de la Nièvre", CollectiviteKind.DEPARTEMENT, "58", None)
        c("com-nevers", "Nevers", CollectiviteKind.COMMUNE, "58194", None)
        c("com-cosne", "Cosne-Cours-sur-Loire", CollectiviteKind.COMMUNE, "58086", None)
        c("com-clamecy", "Clamecy", CollectiviteKind.COMMUNE, "58079", None)
        c("metropole-lyon", "Métropole de Lyon", CollectiviteKind.METROPOLE, None, "69")
        c(
            "carene",
            "CARENE – Saint-Nazaire Agglomération",
            CollectiviteKind.COMMUNAUTE_D_AGGLOMERATION,
            None,
            "44",
        )
        c("dep-loire-atlantique", "Département de Loire-Atlantique", CollectiviteKind.DEPARTEMENT, "44", None)
        c("dep-saone-et-loire", "Département de Saône-et-Loire", CollectiviteKind.DEPARTEMENT, "71", None)
        c("dep-yonne", "Département de l'Yonne", CollectiviteKind.DEPARTEMENT, "89", None)
        c("dep-cote-d-or", "Département de la Côte-d'Or", CollectiviteKind.DEPARTEMENT, "21", None)
        c("com-dijon", "Dijon", CollectiviteKind.COMMUNE, "21231", None)
        o = self.office
        o("oph-nievre", "Nièvre Habitat", "dep-nievre", date(2008, 1, 1))
        o("oph-lmh", "Lyon Métropole Habitat", "metropole-lyon", date(2015, 1, 1))
        o("oph-glh", "GrandLyon Habitat", "metropole-lyon", date(2015, 1, 1))
        o("oph-emh", "Est Métropole Habitat", "metropole-lyon", date(2015, 1, 1))
        o("oph-silene", "SILENE", "carene", date(2010, 1, 1))
        o("oph-habitat44", "Habitat 44", "dep-loire-atlantique", date(2009, 1, 1))
        o("oph-opac71", "OPAC Saône-et-Loire", "dep-saone-et-loire", date(2009, 1, 1))
        o("oph-domanys", "Domanys", "dep-yonne", date(2009, 1, 1))
        result = self.ledger.register_organisme(
            siren=self._siren("5"), name="ESH Atlantique Habitat", kind=OrganismeKind.ESH, actor=ADMIN
        )
        self.ids.parties["esh-atlantique"] = result.aggregate_id

    def nievre(self) -> None:
        """Convention de rattachement 2015–2020, three avenants, five evaluations, renewal."""
        key = "nievre-2015"
        self.draft(
            key,
            "oph-nievre",
            kind=ConventionKind.RATTACHEMENT,
            title="Convention d'objectifs et de moyens Département de la Nièvre – Nièvre Habitat 2015-2020",
            start=date(2015, 1, 1),
            end=date(2020, 12, 31),
            parties=(
                self.party("oph-nievre", PartyType.OFFICE),
                self.party("dep-nievre", PartyType.COLLECTIVITE),
            ),
        )
        office, departement = self.ids.parties["oph-nievre"], self.ids.parties["dep-nievre"]
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

        self.amend(
            key,
            "oph-nievre",
            SetAxis(
                Axis(
                    "PDH-1", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Interventions sur le patrimoine existant"
                )
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
        self.deliberate_and_sign(key, ["oph-nievre", "dep-nievre"], date(2014, 12, 10), date(2015, 1, 20))
        convention_id = self.ids.conventions[key]
        dep_actor, office_actor = self.actor("dep-nievre"), self.actor("oph-nievre")
        achieved = {2015: 310, 2016: 280, 2017: 230, 2018: 305, 2019: 320}
        vacant = {
            2015: (1020, 9400),
            2016: (930, 9380),
            2017: (1010, 9350),
            2018: (790, 9330),
            2019: (700, 9300),
        }
        for year in range(2015, 2020):
            self.ledger.adopt_programme(
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
                self.ledger.record_payment(
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
            self.ledger.record_guarantee(
                convention_id,
                GuaranteeGrant(
                    "garantie",
                    year,
                    office,
                    f"PRET-CDC-{year}",
                    D("4500000.00"),
                    D("4500000.00"),
                    date(year, 4, 2),
                ),
                dep_actor,
            )
            self.ledger.record_evaluation(
                convention_id,
                AnnualEvaluation(
                    year,
                    (
                        IndicatorValue("rehab", D(achieved[year])),
                        IndicatorValue(
                            "vacance", numerator=D(vacant[year][0]), denominator=D(vacant[year][1])
                        ),
                        IndicatorValue("centres-bourgs", D(2 if year != 2017 else 1)),
                    ),
                    date(year + 1, 5, 20),
                    comments=f"Bilan {year} présenté au comité de suivi.",
                    financial_bilan=(
                        FinancialLine("Investissements réalisés", D("14200000.00")),
                        FinancialLine("Subventions départementales perçues", D("1200000.00")),
                    ),
                ),
                office_actor,
            )
            self.ledger.validate_evaluation(
                convention_id, year, "comite-suivi", date(year + 1, 6, 20), dep_actor
            )
            if year == 2016:
                # Avenant n°1, signed in March 2017 but effective 1 January 2017: retroactive.
                self.ledger.propose_avenant(
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
                self.deliberate_and_sign(
                    key, ["oph-nievre", "dep-nievre"], date(2017, 2, 20), date(2017, 3, 15), avenant=1
                )
        # Avenant n°1 raised the subsidy to 1.4 M€ from 2017: the Département pays the difference.
        for year in range(2017, 2020):
            self.ledger.record_payment(
                convention_id,
                Payment("subv-rehab", year, D("200000.00"), office, date(year, 12, 10), f"MANDAT-{year}-3"),
                dep_actor,
            )
        # 2017: the rehab target was missed; the 2017 evaluation is corrected (late data).
        self.ledger.correct_evaluation(
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
        self.ledger.validate_evaluation(convention_id, 2017, "comite-suivi", date(2018, 10, 2), dep_actor)
        # Avenant n°2: a new commitment for specific publics from 2018.
        self.ledger.propose_avenant(
            convention_id,
            changes=(
                SetAxis(
                    Axis("PDH-4", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Logement des publics spécifiques")
                ),
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
        self.deliberate_and_sign(
            key, ["oph-nievre", "dep-nievre"], date(2017, 12, 4), date(2017, 12, 18), avenant=2
        )
        # Avenant n°3: the 2020 rehab target lowered, effective 1 January 2020.
        self.ledger.propose_avenant(
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
        self.deliberate_and_sign(
            key, ["oph-nievre", "dep-nievre"], date(2020, 6, 8), date(2020, 6, 25), avenant=3
        )
        self.ledger.record_review(
            convention_id,
            Review(
                ReviewKind.MID_TERM,
                date(2017, 10, 12),
                "Bilan à mi-parcours : objectifs tenus sauf 2017.",
                "comite-suivi",
            ),
            dep_actor,
        )
        self.ledger.expire(convention_id, date(2021, 1, 4), dep_actor)
        self.ledger.record_review(
            convention_id,
            Review(
                ReviewKind.FINAL,
                date(2021, 6, 28),
                "Bilan global des six années présenté au Conseil départemental : réalisations, bilan "
                "financier et territorial, effets de levier sur l'économie locale, la vacance et la "
                "performance énergétique.",
            ),
            dep_actor,
        )
        # The successor convention 2022–2026.
        self.draft(
            "nievre-2022",
            "oph-nievre",
            kind=ConventionKind.RATTACHEMENT,
            title="Convention Département de la Nièvre – Nièvre Habitat 2022-2026",
            start=date(2022, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                self.party("oph-nievre", PartyType.OFFICE),
                self.party("dep-nievre", PartyType.COLLECTIVITE),
            ),
            predecessor_id=convention_id,
        )

        def rehab_2022(targets: tuple[YearTarget, ...]) -> Commitment:
            indicator = Indicator(
                "rehab", "Logements réhabilités", "logements", Direction.HIGHER_IS_BETTER, targets
            )
            return Commitment(
                "E1", "A1", "Réhabiliter 250 logements par an", CommitmentKind.RESULTAT, office, (indicator,)
            )

        self.amend(
            "nievre-2022",
            "oph-nievre",
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
        self.deliberate_and_sign("nievre-2022", ["dep-nievre"], date(2021, 11, 15), date(2021, 11, 22))
        self.amend(
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
        self.deliberate_and_sign(
            "nievre-2022", ["oph-nievre", "dep-nievre"], date(2021, 12, 6), date(2021, 12, 20)
        )

    def lyon(self) -> None:
        key = "lyon-contrat-de-plan"
        offices = ["oph-lmh", "oph-glh", "oph-emh"]
        self.draft(
            key,
            "metropole-lyon",
            kind=ConventionKind.CONTRAT_DE_PLAN,
            title="Contrat de plan Métropole de Lyon – OPH de la Métropole 2021-2024",
            start=date(2021, 1, 1),
            end=date(2024, 12, 31),
            parties=(
                self.party("metropole-lyon", PartyType.COLLECTIVITE),
                *(self.party(o, PartyType.OFFICE) for o in offices),
            ),
        )
        metropole = self.ids.parties["metropole-lyon"]
        years = range(2021, 2025)
        changes: list[TermsChange] = [
            SetAxis(
                Axis("production", AxisFamily.DEVELOPPEMENT_PATRIMONIAL, "Production de logements neufs")
            ),
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
            office = self.ids.parties[office_key]
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
        self.amend(key, "metropole-lyon", *changes)
        self.deliberate_and_sign(key, ["metropole-lyon", *offices], date(2021, 1, 25), date(2021, 3, 1))
        convention_id = self.ids.conventions[key]
        for office_key in ("oph-lmh", "oph-glh", "oph-emh"):
            office = self.ids.parties[office_key]
            self.ledger.record_payment(
                convention_id,
                Payment(
                    f"enveloppe-{office_key}",
                    2021,
                    D("1000000.00"),
                    office,
                    date(2021, 7, 1),
                    f"MET-2021-{office_key}",
                ),
                self.actor("metropole-lyon"),
            )
        self.ledger.record_evaluation(
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
            self.actor("metropole-lyon"),
        )

    def agglomeration_ouverte(self) -> None:
        key = "carene-ouverte"
        self.draft(
            key,
            "carene",
            kind=ConventionKind.CONVENTION_OUVERTE,
            title="Convention de partenariat CARENE – bailleurs sociaux du territoire 2020-2025",
            start=date(2020, 1, 1),
            end=date(2025, 12, 31),
            parties=(self.party("carene", PartyType.COLLECTIVITE),),
        )
        carene, silene = self.ids.parties["carene"], self.ids.parties["oph-silene"]
        self.amend(
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
                GovernanceBody(
                    "suivi", GovernanceBodyKind.COMITE_DE_SUIVI, "Comité de suivi et d'évaluation", 2
                )
            ),
        )
        self.deliberate_and_sign(key, ["carene"], date(2019, 12, 12), date(2020, 1, 10))
        convention_id = self.ids.conventions[key]
        for adherent, joined_on in (("oph-silene", date(2020, 2, 3)), ("oph-habitat44", date(2020, 4, 6))):
            self.ledger.record_deliberation(
                convention_id,
                Deliberation(
                    self.ids.parties[adherent], "conseil d'administration", f"CA-{adherent}-2020", joined_on
                ),
                self.actor(adherent),
            )
            self.ledger.join(convention_id, self.ids.parties[adherent], joined_on, self.actor(adherent))
        self.ledger.record_payment(
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
            self.actor("carene"),
        )
        self.ledger.record_payment(
            convention_id,
            Payment("soutien-silene", 2020, D("500000.00"), silene, date(2020, 9, 15), "CARENE-2020-009"),
            self.actor("carene"),
        )
        self.ledger.record_payment(
            convention_id,
            Payment(
                "aide-logement",
                2020,
                D("50000.00"),
                self.ids.parties["oph-habitat44"],
                date(2020, 12, 1),
                "CARENE-2020-018",
                (DwellingCount("T1-T2", 5),),
            ),
            self.actor("carene"),
        )

    def charte(self) -> None:
        key = "charte-nievre"
        self.draft(
            key,
            "oph-nievre",
            kind=ConventionKind.CHARTE_D_ENGAGEMENT,
            title="Charte d'engagements « quali-territoire » de Nièvre Habitat",
            start=date(2021, 3, 1),
            end=None,
            parties=(
                self.party("oph-nievre", PartyType.OFFICE),
                *(
                    self.party(c, PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE)
                    for c in ("com-nevers", "com-cosne", "com-clamecy")
                ),
            ),
        )
        office = self.ids.parties["oph-nievre"]
        self.amend(
            key,
            "oph-nievre",
            SetAxis(
                Axis("proximite", AxisFamily.POLITIQUE_SOCIALE, "Qualité de service et relation de proximité")
            ),
            SetCommitment(
                Commitment(
                    "rencontre",
                    "proximite",
                    "Rencontre annuelle avec chaque commune",
                    CommitmentKind.MOYENS,
                    office,
                )
            ),
            SetCommitment(
                Commitment(
                    "donnees",
                    "proximite",
                    "Transmission annuelle des données d'attribution",
                    CommitmentKind.MOYENS,
                    office,
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
        self.deliberate_and_sign(key, ["oph-nievre"], date(2021, 2, 15), date(2021, 3, 1))

    def societe_de_coordination(self) -> None:
        result = self.ledger.form_societe(
            siren=self._siren("8"),
            name="Bourgogne Habitat Coordination",
            formed_on=date(2020, 6, 1),
            actor=ADMIN,
        )
        self.ids.parties["sc-bourgogne"] = result.aggregate_id
        for member in ("oph-nievre", "oph-opac71", "oph-domanys"):
            self.ledger.admit_member(
                societe_id=result.aggregate_id,
                member_id=self.ids.parties[member],
                joined_on=date(2020, 6, 1),
                actor=ADMIN,
            )
        # The Côte-d'Or takes part in the SC's governance (loi ELAN): it reads its conventions.
        self.ledger.seat_collectivite(
            societe_id=result.aggregate_id,
            collectivite_id=self.ids.parties["dep-cote-d-or"],
            joined_on=date(2021, 1, 1),
            actor=ADMIN,
        )
        key = "sc-dijon"
        self.draft(
            key,
            "sc-bourgogne",
            kind=ConventionKind.SC_IMPLANTATION,
            title="Convention Bourgogne Habitat Coordination – Ville de Dijon 2022-2026",
            start=date(2022, 1, 1),
            end=date(2026, 12, 31),
            parties=(
                self.party("sc-bourgogne", PartyType.SOCIETE_DE_COORDINATION),
                self.party("com-dijon", PartyType.COLLECTIVITE),
                *(
                    self.party(o, PartyType.OFFICE, PartyRole.BENEFICIAIRE)
                    for o in ("oph-nievre", "oph-opac71", "oph-domanys")
                ),
            ),
        )
        dijon = self.ids.parties["com-dijon"]
        self.amend(
            key,
            "sc-bourgogne",
            SetAxis(
                Axis("centre-ville", AxisFamily.STRATEGIE_TERRITORIALE, "Requalification du centre-ville")
            ),
            SetCommitment(
                Commitment(
                    "acquisition-amelioration",
                    "centre-ville",
                    "Acquisitions-améliorations en centre ancien, ensemble",
                    CommitmentKind.RESULTAT,
                    None,
                    (
                        Indicator(
                            "logements-centre",
                            "Logements remis sur le marché",
                            "logements",
                            Direction.HIGHER_IS_BETTER,
                            tuple(YearTarget(y, D(40), D(30)) for y in range(2022, 2027)),
                            cumulative_target=D(200),
                        ),
                    ),
                )
            ),
            SetContrepartie(
                Contrepartie(
                    "cession",
                    ContrepartieKind.CESSION_FONCIERE,
                    dijon,
                    "Cessions d'immeubles communaux à prix minoré",
                    self.ids.parties["sc-bourgogne"],
                    (YearAmount(2022, D("750000.00")),),
                )
            ),
            SetContrepartie(
                Contrepartie(
                    "communication",
                    ContrepartieKind.SOUTIEN_EXTRA_FINANCIER,
                    dijon,
                    "Communication commune sur le programme",
                    None,
                )
            ),
        )
        self.deliberate_and_sign(key, ["sc-bourgogne", "com-dijon"], date(2021, 11, 22), date(2021, 12, 14))
        # Adding a party by avenant: the Côte-d'Or joins in 2023.
        convention_id = self.ids.conventions[key]
        self.ledger.propose_avenant(
            convention_id,
            changes=(AddParty(self.party("dep-cote-d-or", PartyType.COLLECTIVITE, PartyRole.BENEFICIAIRE)),),
            effective_on=date(2023, 1, 1),
            reason="Association du Département de la Côte-d'Or au suivi de la convention.",
            proposed_on=date(2022, 11, 7),
            actor=self.actor("com-dijon"),
        )

    # --- alerts ------------------------------------------------------------------------

    def alert_number(self, convention: str, key: str) -> int:
        alerts = self.ledger.get_alerts(self.ids.conventions[convention])
        alert = alerts.by_key(key) if alerts else None
        if alert is None:
            raise LookupError(f"demo: no alert {key} on {convention}")
        return alert.number

    def alerts(self) -> None:
        """Alerts raised by the process from the evaluations above, and by a deadline scan
        as of 15 November 2022; some handled to the end, some examined, some left open."""
        self.ledger.process_alerts()
        self.ledger.scan_deadlines(DEMO_SCAN_DATE, Actor("demo-planificateur", ActorRole.SYSTEM))
        self.ledger.process_alerts()
        nievre = self.ids.conventions["nievre-2015"]
        office, dep = self.actor("oph-nievre"), self.actor("dep-nievre")
        office_id = self.ids.parties["oph-nievre"]

        # Nièvre, rehab 2017 missed: examination, support triggered, resolved.
        n = self.alert_number("nievre-2015", "indicator|rehab|2017")
        self.ledger.acknowledge_alert(nievre, n, date(2018, 5, 25), office)
        self.ledger.request_examination(
            nievre,
            n,
            Examination(
                office_id,
                date(2018, 6, 1),
                "Défaillance d'une entreprise de second œuvre sur deux chantiers.",
            ),
            office,
        )
        self.ledger.decide_on_alert(
            nievre,
            n,
            AlertDecision(
                DecisionKind.SUPPORT_TRIGGERED,
                "Le Département avance 200 000 € de la subvention 2018 pour relancer les chantiers.",
                date(2018, 6, 20),
                body_id="comite-suivi",
                contrepartie_id="subv-rehab",
                amount=D("200000.00"),
            ),
            dep,
        )
        self.ledger.resolve_alert(
            nievre, n, "Chantiers relancés, livraisons rattrapées au bilan 2018.", date(2019, 6, 20), dep
        )
        # Nièvre, 2020 subsidy: acknowledged by the Département, left open.
        self.ledger.acknowledge_alert(
            nievre,
            self.alert_number("nievre-2015", "contrepartie|subv-rehab|2020|" + str(office_id)),
            date(2022, 11, 20),
            dep,
        )

        # Lyon: GrandLyon Habitat behind on deliveries; a corrective plan is decided (examined).
        lyon = self.ids.conventions["lyon-contrat-de-plan"]
        glh = self.ids.parties["oph-glh"]
        n = self.alert_number("lyon-contrat-de-plan", "indicator|livraisons-oph-glh|2021")
        self.ledger.acknowledge_alert(lyon, n, date(2022, 4, 20), self.actor("oph-glh"))
        self.ledger.request_examination(
            lyon,
            n,
            Examination(glh, date(2022, 5, 2), "Retards de chantiers (appels d'offres infructueux)."),
            self.actor("oph-glh"),
        )
        self.ledger.decide_on_alert(
            lyon,
            n,
            AlertDecision(
                DecisionKind.CORRECTIVE_PLAN,
                "Plan de rattrapage 2022–2023 arrêté par le comité de pilotage.",
                date(2022, 6, 15),
                actions=(
                    CorrectiveAction("Relancer les trois marchés infructueux", date(2022, 9, 30), glh),
                    CorrectiveAction("Point d'étape trimestriel au comité technique", date(2022, 12, 15)),
                ),
            ),
            self.actor("metropole-lyon"),
        )
        # CARENE: the 2020 bilan will not come (the office changed its software): dismissed.
        carene = self.ids.conventions["carene-ouverte"]
        n = self.alert_number("carene-ouverte", "bilan|2020")
        self.ledger.dismiss_alert(
            carene,
            n,
            "Bilan 2020 fusionné avec le bilan 2021 par décision du comité de suivi.",
            date(2022, 11, 18),
            self.actor("carene"),
        )


DEMO_SCAN_DATE = date(2022, 11, 15)


def load_demo(ledger: ConventionLedger) -> DemoIds:
    return DemoLoader(ledger).load()
