"""The terms of a convention, as immutable values, and the changes that amend them.

Drafting and avenants share one mechanism: a ``TermsChange`` is applied to ``Terms`` and gives
new ``Terms``, which ``check_terms`` validates as a whole. A draft applies each change at once;
an avenant carries its changes and applies them from its effective date.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias
from uuid import UUID

from domain import wording
from domain.errors import (
    AlertThresholdOnWrongSideError,
    ContrepartiesNotAllowedError,
    DuplicateElementError,
    ElementNotFoundError,
    InvalidPartiesError,
    InvalidPeriodError,
    InvalidValueError,
    YearOutsidePeriodError,
)
from domain.identifiers import check_commune_code
from domain.values import ONE_DAY, TEXT_MAX_LENGTH, add_years, check_amount, check_label


class ConventionKind(Enum):
    """The instruments of contractualisation described by the FOPH guide (2021)."""

    RATTACHEMENT = "rattachement"
    CONTRAT_DE_PLAN = "contrat_de_plan"
    CHARTE_D_ENGAGEMENT = "charte_d_engagement"
    CONVENTION_OUVERTE = "convention_ouverte"
    OPERATION = "operation"
    SC_IMPLANTATION = "sc_implantation"
    CONTRAT_TERRITORIAL = "contrat_territorial"  # with the State (the PACTE of the guide)


KIND_LABELS = {
    ConventionKind.RATTACHEMENT: "convention avec la collectivité de rattachement",
    ConventionKind.CONTRAT_DE_PLAN: "contrat de plan avec plusieurs offices",
    ConventionKind.CHARTE_D_ENGAGEMENT: "charte d'engagement",
    ConventionKind.CONVENTION_OUVERTE: "convention ouverte aux bailleurs du territoire",
    ConventionKind.OPERATION: "convention d'opération",
    ConventionKind.SC_IMPLANTATION: "convention société de coordination – collectivité d'implantation",
    ConventionKind.CONTRAT_TERRITORIAL: "contrat territorial avec l'État",
}


KIND_GUIDANCE = {
    ConventionKind.RATTACHEMENT: "L'office et sa collectivité de rattachement, tous deux signataires : le "
    "contrat d'objectifs et de moyens qui lie l'office à la collectivité qui l'a créé.",
    ConventionKind.CONTRAT_DE_PLAN: "Plusieurs offices et la collectivité de rattachement de chacun, "
    "signataires : un programme commun sur un territoire.",
    ConventionKind.CHARTE_D_ENGAGEMENT: "L'office et les collectivités de son territoire : des engagements "
    "de qualité de service, souvent sans contrepartie financière.",
    ConventionKind.CONVENTION_OUVERTE: "Une collectivité la propose ; les bailleurs de son territoire y "
    "adhèrent une fois qu'elle est en vigueur.",
    ConventionKind.OPERATION: "Une opération (réhabilitation, construction, renouvellement urbain…) : "
    "l'office et les collectivités qui la financent.",
    ConventionKind.SC_IMPLANTATION: "La société de coordination et une collectivité où elle s'implante ; "
    "ses membres concernés y sont bénéficiaires.",
    ConventionKind.CONTRAT_TERRITORIAL: "Un contrat que l'État (le préfet, l'ANRU) passe avec les "
    "collectivités d'un territoire, où les bailleurs inscrivent leurs engagements (le PACTE de la Sambre "
    "Avesnois Thiérache) : l'État et au moins un bailleur signataires.",
}
"""What each kind binds, in the guide's words, for whoever drafts one."""


class PartyType(Enum):
    OFFICE = "office"
    COLLECTIVITE = "collectivite"
    SOCIETE_DE_COORDINATION = "societe_de_coordination"
    ORGANISME = "organisme"
    ETAT = "etat"  # a service of the State: a préfet, the ANRU (domain.state_service)

    @property
    def is_landlord(self) -> bool:
        return self in (PartyType.OFFICE, PartyType.ORGANISME)

    @property
    def is_landlord_side(self) -> bool:
        """A landlord or a Société de Coordination of landlords: who receives contreparties
        and answers for the commitments of landlords."""
        return self.is_landlord or self is PartyType.SOCIETE_DE_COORDINATION


class PartyRole(Enum):
    SIGNATAIRE = "signataire"  # must sign for the convention to enter into force
    ADHERENT = "adherent"  # joined an open convention after it entered into force
    BENEFICIAIRE = "beneficiaire"  # concerned, without signing


PARTY_ROLE_LABELS = {
    PartyRole.SIGNATAIRE: "signataire",
    PartyRole.ADHERENT: "adhérent",
    PartyRole.BENEFICIAIRE: "bénéficiaire",
}
"""A party's role in a convention, in words."""


@dataclass(frozen=True)
class ConventionParty:
    party_id: UUID
    party_type: PartyType
    role: PartyRole


class AxisFamily(Enum):
    DEVELOPPEMENT_PATRIMONIAL = "developpement_patrimonial"
    STRATEGIE_TERRITORIALE = "strategie_territoriale"
    POLITIQUE_SOCIALE = "politique_sociale"
    GESTION_INTERNE = "gestion_interne"


AXIS_FAMILY_LABELS = {
    AxisFamily.DEVELOPPEMENT_PATRIMONIAL: "développement et entretien du patrimoine",
    AxisFamily.STRATEGIE_TERRITORIALE: "stratégie territoriale",
    AxisFamily.POLITIQUE_SOCIALE: "politique sociale et d'attribution",
    AxisFamily.GESTION_INTERNE: "gestion interne",
}


@dataclass(frozen=True)
class Axis:
    axis_id: str
    family: AxisFamily
    title: str


class Direction(Enum):
    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


@dataclass(frozen=True)
class YearTarget:
    """The target of one year, and the value past which (in the wrong direction) an alert is due."""

    year: int
    target: Decimal
    alert_threshold: Decimal | None = None


@dataclass(frozen=True)
class Ratio:
    """A ratio indicator (like the CUS ones) is measured as numerator / denominator × scale."""

    numerator: str
    denominator: str
    scale: Decimal = Decimal(1)


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    label: str
    unit: str
    direction: Direction
    targets: tuple[YearTarget, ...]
    baseline: Decimal | None = None
    ratio: Ratio | None = None
    cumulative_target: Decimal | None = None

    def target_for(self, year: int) -> YearTarget | None:
        return next((t for t in self.targets if t.year == year), None)

    def meets(self, actual: Decimal, expected: Decimal) -> bool:
        """Whether ``actual`` reaches ``expected`` in the indicator's direction."""
        if self.direction is Direction.HIGHER_IS_BETTER:
            return actual >= expected
        return actual <= expected


class CommitmentKind(Enum):
    MOYENS = "moyens"  # commitment of method (annual meeting, data sharing…)
    RESULTAT = "resultat"  # commitment of result, measured by indicators


@dataclass(frozen=True)
class Commitment:
    """What one party commits to (``party_id``), or the parties together when it is None
    (the shared, collaborative part of a contrat de plan or an SC convention)."""

    commitment_id: str
    axis_id: str
    title: str
    kind: CommitmentKind
    party_id: UUID | None = None
    indicators: tuple[Indicator, ...] = ()
    # The operation of the convention it is about (``Operation.operation_id``), if one.
    operation_id: str | None = None
    # In a charte with levels by parc (``Terms.levels``): the level from which it applies
    # (None: at every level).
    level: int | None = None
    # The plan or contract it implements (``FrameworkReference.framework_id``), if one.
    framework_id: str | None = None


MAX_CHARTE_LEVELS = 5


@dataclass(frozen=True)
class CharteLevel:
    """A level of engagement by the parc a landlord manages on a collectivité's territory (the
    OPAL's « quali-territoire » charter has three: « plus ce patrimoine est important, plus les
    engagements sont détaillés et précis »). From ``min_dwellings`` dwellings on, this level's
    commitments apply on top of the lower levels'."""

    level: int
    label: str
    min_dwellings: int


class ContrepartieKind(Enum):
    SUBVENTION_ANNUELLE = "subvention_annuelle"
    TITRES_PARTICIPATIFS = "titres_participatifs"
    CESSION_FONCIERE = "cession_fonciere"
    SUBVENTION_SPECIFIQUE = "subvention_specifique"
    AIDE_INNOVATION = "aide_innovation"
    FRAIS_DE_GESTION = "frais_de_gestion"
    GARANTIE_EMPRUNT = "garantie_emprunt"
    AIDE_PAR_LOGEMENT = "aide_par_logement"
    SOUTIEN_EXTRA_FINANCIER = "soutien_extra_financier"


PAYABLE_KINDS = (
    ContrepartieKind.SUBVENTION_ANNUELLE,
    ContrepartieKind.TITRES_PARTICIPATIFS,
    ContrepartieKind.CESSION_FONCIERE,
    ContrepartieKind.SUBVENTION_SPECIFIQUE,
    ContrepartieKind.AIDE_INNOVATION,
    ContrepartieKind.FRAIS_DE_GESTION,
)
"""Contreparties paid in yearly amounts. Per-dwelling grants (the amount is an envelope),
guarantees (a ceiling of loans guaranteed) and extra-financial support are not."""
IN_KIND_KINDS = (ContrepartieKind.CESSION_FONCIERE,)
"""Contreparties given in kind: their yearly amounts are valuations, met by realisations (a parcel
sold, leased or lent, a site serviced), not by payments."""

SUBSIDY_NATURES = {
    ContrepartieKind.SUBVENTION_ANNUELLE: "aide en numéraire",
    ContrepartieKind.SUBVENTION_SPECIFIQUE: "aide en numéraire",
    ContrepartieKind.AIDE_INNOVATION: "aide en numéraire",
    ContrepartieKind.AIDE_PAR_LOGEMENT: "aide en numéraire",
    ContrepartieKind.CESSION_FONCIERE: "aide en nature",
}
"""The contreparties that are subsidies (loi n° 2000-321, art. 9-1: contributions « en nature ou en
numéraire »), published as open data (décret n° 2017-779) with their nature in the SCDL: money
given, or a land disposal below its value (in kind). Not subsidies: titres participatifs (quasi-
equity subscribed), management fees (a service paid), loan guarantees, extra-financial support."""

OPEN_DATA_THRESHOLD = Decimal("23000")
"""Subsidies above 23,000 € are published (loi n° 2000-321 art. 10 and décret n° 2001-495: the
threshold from which a convention is due; décret n° 2017-779: its essential data)."""


class AmountCommitment(Enum):
    """What a contrepartie's yearly amounts commit the giver to (issue 20, the guide's shapes)."""

    FIRM = "ferme"  # the amount is owed for the year: watched, alerted when unpaid
    CEILING = "plafond"  # « jusqu'à 5 millions d'euros par an » (Nantes): at most, never owed as such
    CONDITIONAL = (
        "enveloppe_conditionnelle"  # mobilised on conditions (CARENE, the Ardèche): owed once mobilised
    )


AMOUNT_COMMITMENT_LABELS = {
    AmountCommitment.FIRM: "montant ferme, dû chaque année",
    AmountCommitment.CEILING: "plafond (« jusqu'à »), versé selon les besoins",
    AmountCommitment.CONDITIONAL: "enveloppe mobilisable sous conditions",
}


CONTREPARTIE_KIND_LABELS = {
    ContrepartieKind.SUBVENTION_ANNUELLE: "subvention annuelle de fonctionnement ou d'investissement",
    ContrepartieKind.TITRES_PARTICIPATIFS: "souscription de titres participatifs",
    ContrepartieKind.CESSION_FONCIERE: "cession ou mise à disposition de foncier",
    ContrepartieKind.SUBVENTION_SPECIFIQUE: "subvention spécifique (opération, dispositif)",
    ContrepartieKind.AIDE_INNOVATION: "aide à l'innovation",
    ContrepartieKind.FRAIS_DE_GESTION: "prise en charge de frais de gestion",
    ContrepartieKind.GARANTIE_EMPRUNT: "garantie d'emprunt",
    ContrepartieKind.AIDE_PAR_LOGEMENT: "aide par logement produit ou réhabilité",
    ContrepartieKind.SOUTIEN_EXTRA_FINANCIER: "soutien extra-financier (ingénierie, accompagnement)",
}


@dataclass(frozen=True)
class YearAmount:
    year: int
    amount: Decimal


@dataclass(frozen=True)
class TypologyGrant:
    """A per-dwelling grant for one typology, e.g. ``T1-T2`` at 10,000 €."""

    typology: str
    amount_per_dwelling: Decimal


@dataclass(frozen=True)
class Contrepartie:
    """What a party (usually the collectivité) gives in return.

    ``amounts`` are the yearly commitments (for a guarantee, the yearly ceiling of guaranteed
    loans; for per-dwelling grants, an optional yearly envelope); ``to_party_id`` None means
    every landlord party or adherent of the convention.
    """

    contrepartie_id: str
    kind: ContrepartieKind
    from_party_id: UUID
    label: str
    to_party_id: UUID | None = None
    amounts: tuple[YearAmount, ...] = ()
    unit_grants: tuple[TypologyGrant, ...] = ()
    guarantee_rate: Decimal | None = None
    # In a convention opened to every landlord: due only to the office attached to the
    # collectivité that gives it (the guide's « soutien renforcé » to its own office), never
    # to the other adherents.
    reserved_to_attached_office: bool = False
    commitment: AmountCommitment = AmountCommitment.FIRM
    # Titres participatifs: their conditions d'émission (number and nominal value of the titres,
    # remuneration, duration), as the issuing office's board set them.
    issue_terms: str = ""
    # The operation of the convention it finances (``Operation.operation_id``), if one.
    operation_id: str | None = None

    @property
    def is_paid_yearly(self) -> bool:
        """Paid in yearly amounts (a subsidy, a cession…), whatever they commit to."""
        return self.kind in PAYABLE_KINDS

    @property
    def is_in_kind(self) -> bool:
        """Given in kind (land, a building, its servicing): « réalisé », never « versé »."""
        return self.kind in IN_KIND_KINDS

    @property
    def is_owed(self) -> bool:
        """Its yearly amounts are owed: they count as committed, fall due, and an unpaid one
        raises « contrepartie non versée ». A ceiling or an unmobilised envelope never does."""
        return self.is_paid_yearly and self.commitment is AmountCommitment.FIRM

    def amount_for(self, year: int) -> Decimal | None:
        return next((a.amount for a in self.amounts if a.year == year), None)

    def unit_grant_for(self, typology: str) -> TypologyGrant | None:
        return next((g for g in self.unit_grants if g.typology == typology), None)


class GovernanceBodyKind(Enum):
    COMITE_DE_SUIVI = "comite_de_suivi"
    COMITE_DE_PILOTAGE = "comite_de_pilotage"
    COMITE_TECHNIQUE = "comite_technique"
    CONFERENCE_DES_PRESIDENTS = "conference_des_presidents"
    COMITE_D_EVALUATION = "comite_d_evaluation"


MAX_MEETINGS_PER_YEAR = 52
"""At most weekly: the rhythm of a governance body (the API takes its bound from here)."""
MAX_RENEWAL_NOTICE_MONTHS = 36
"""A renewal's notice: up to three years before the end."""
MAX_AVENANT_SIGNATURE_DAYS = 730
"""An avenant's time to be signed before it is flagged: up to two years."""
UNIT_MAX_LENGTH = 50
"""An indicator's unit (« logements », « % »)."""
TYPOLOGY_MAX_LENGTH = 20
"""A dwelling typology (« T1-T2 », « T3+ »)."""


@dataclass(frozen=True)
class GovernanceBody:
    body_id: str
    kind: GovernanceBodyKind
    name: str
    meetings_per_year: int | None = None
    member_party_ids: tuple[UUID, ...] = ()


@dataclass(frozen=True)
class EvaluationScheme:
    """How the convention is evaluated, and when its deadlines fall due (the deadline
    alerts read them; the defaults are documented in docs/alerts.md):

    - the annual bilan of year N is due on the given month and day of year N+1 (30 June);
    - a convention ending within ``renewal_notice_months`` without a successor is flagged (6);
    - an avenant still unsigned ``avenant_signature_days`` after its proposal is flagged (90);
    - a contrepartie committed for year N is due paid on the given month and day of year N
      (31 December).
    """

    annual: bool = True
    bilan_due_month: int = 6
    bilan_due_day: int = 30
    mid_term_review_year: int | None = None
    final_evaluation: bool = False
    validating_body_id: str | None = None
    renewal_notice_months: int = 6
    avenant_signature_days: int = 90
    payment_due_month: int = 12
    payment_due_day: int = 31

    def bilan_due_on(self, year: int) -> date:
        """When the bilan of ``year`` is due (29 February falls back to the 28th)."""
        return _day_of(year + 1, self.bilan_due_month, self.bilan_due_day)

    def payment_due_on(self, year: int) -> date:
        return _day_of(year, self.payment_due_month, self.payment_due_day)


def _day_of(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, 28)


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None

    def contains_year(self, year: int) -> bool:
        return self.start.year <= year and (self.end is None or year <= self.end.year)

    def meets(self, start: date, end: date | None) -> bool:
        """Whether a span [start, end) — a membership, a seat, a rattachement; ``end`` None
        while it lasts — overlaps this period [start, end]."""
        return start <= (self.end or date.max) and (end is None or end > self.start)

    def describe(self) -> str:
        if self.end is None:
            return f"à partir du {self.start:%d/%m/%Y}, sans terme"
        return f"du {self.start:%d/%m/%Y} au {self.end:%d/%m/%Y}"


class OperationNature(Enum):
    """What an operation does to the stock, as the guide's conventions name them."""

    CONSTRUCTION = "construction"
    REHABILITATION = "rehabilitation"
    ACQUISITION_AMELIORATION = "acquisition_amelioration"
    DEMOLITION = "demolition"
    RESIDENTIALISATION = "residentialisation"
    RENOUVELLEMENT_URBAIN = "renouvellement_urbain"
    REVITALISATION_CENTRE_BOURG = "revitalisation_centre_bourg"


OPERATION_NATURE_LABELS = {
    OperationNature.CONSTRUCTION: "construction neuve",
    OperationNature.REHABILITATION: "réhabilitation",
    OperationNature.ACQUISITION_AMELIORATION: "acquisition-amélioration",
    OperationNature.DEMOLITION: "démolition",
    OperationNature.RESIDENTIALISATION: "résidentialisation",
    OperationNature.RENOUVELLEMENT_URBAIN: "renouvellement urbain",
    OperationNature.REVITALISATION_CENTRE_BOURG: "revitalisation de centre-bourg",
}

MAX_OPERATION_DWELLINGS = 100_000


class FrameworkKind(Enum):
    """The plans and contracts a convention declines locally (the guide: « convention de mise en
    œuvre du PLH (étendue à d'autres contractualisations : CIA, NPNRU, CUS…) »), each carried by
    a collectivité, a landlord or the State."""

    PLH = "plh"
    PDH = "pdh"
    PDALHPD = "pdalhpd"
    PSP = "psp"
    CUS = "cus"
    NPNRU = "npnru"
    CONTRAT_DE_VILLE = "contrat_de_ville"
    CIA = "cia"
    TFPB = "abattement_tfpb"
    PACTE_TERRITORIAL = "pacte_territorial"


FRAMEWORK_KIND_LABELS = {
    FrameworkKind.PLH: "programme local de l'habitat (PLH)",
    FrameworkKind.PDH: "plan départemental de l'habitat (PDH)",
    FrameworkKind.PDALHPD: "plan départemental d'action pour le logement et l'hébergement des personnes défavorisées",
    FrameworkKind.PSP: "plan stratégique de patrimoine (PSP)",
    FrameworkKind.CUS: "convention d'utilité sociale (CUS)",
    FrameworkKind.NPNRU: "convention de renouvellement urbain (NPNRU, ANRU)",
    FrameworkKind.CONTRAT_DE_VILLE: "contrat de ville",
    FrameworkKind.CIA: "convention intercommunale d'attribution (CIA)",
    FrameworkKind.TFPB: "convention d'abattement de TFPB",
    FrameworkKind.PACTE_TERRITORIAL: "contrat territorial avec l'État (PACTE, Action cœur de ville…)",
}

LANDLORD_FRAMEWORKS = frozenset({FrameworkKind.PSP, FrameworkKind.CUS})
"""The office's own plans (its PSP, its CUS signed with the State): carried by a landlord."""
STATE_FRAMEWORKS = frozenset({FrameworkKind.NPNRU, FrameworkKind.PACTE_TERRITORIAL})
"""Contracts the State (the préfet, the ANRU) opens with the collectivités: their holder may
be named in words when the State is not a party."""


@dataclass(frozen=True)
class FrameworkReference:
    """A plan or contract the convention consolidates or implements — the PLH of the EPCI, the
    office's PSP and CUS, the NPNRU convention, the contrat de ville… — by its title and
    period; carried by one of the parties (``holder_id``) or, when it is not a party (the
    State), named (``holder``). Commitments name the one they implement."""

    framework_id: str
    kind: FrameworkKind
    title: str
    holder_id: UUID | None = None
    holder: str = ""
    start_year: int | None = None
    end_year: int | None = None

    def holder_named(self, name_of: Callable[[UUID], str]) -> str:
        """Who carries it: the party's name, or the holder in words ("" when neither)."""
        return name_of(self.holder_id) if self.holder_id is not None else self.holder

    @property
    def years(self) -> str:
        """Its period in years, as given: « 2021–2030 », « 2021 », "" when none."""
        return "–".join(str(y) for y in (self.start_year, self.end_year) if y)


@dataclass(frozen=True)
class Operation:
    """An operation the convention is about: its nature, where (a commune, by its INSEE code),
    how many dwellings, its budget, and the landlord who carries it (the maître d'ouvrage, a
    party). Commitments, contreparties, deliveries and guarantees refer to it by its id; a
    convention cadre lists several, each then opened by a convention d'opération."""

    operation_id: str
    nature: OperationNature
    title: str
    commune_insee: str
    dwellings: int
    budget: Decimal | None = None
    landlord_id: UUID | None = None

    def describe(self) -> str:
        """« réhabilitation « Résidence du Parc », commune 35238, 120 logements, 3 200 000,00 € »."""
        dwellings = f"{wording.number(self.dwellings)} logement{'s' if self.dwellings > 1 else ''}"
        budget = f", {wording.euros(self.budget)}" if self.budget is not None else ""
        return (
            f"{OPERATION_NATURE_LABELS[self.nature]} « {self.title} », commune {self.commune_insee}, "
            f"{dwellings}{budget}"
        )


@dataclass(frozen=True)
class Terms:
    title: str
    period: Period
    parties: tuple[ConventionParty, ...]
    axes: tuple[Axis, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    contreparties: tuple[Contrepartie, ...] = ()
    governance_bodies: tuple[GovernanceBody, ...] = ()
    evaluation_scheme: EvaluationScheme = field(default_factory=EvaluationScheme)
    # The object of a convention d'opération, in words (before operations were structured).
    operation: str | None = None
    # The date the text itself sets for taking effect, if it sets one; otherwise the
    # convention takes effect on the later of its start date and its last signature.
    takes_effect_on: date | None = None
    operations: tuple[Operation, ...] = ()
    # A convention d'opération opened under a convention cadre: the cadre. Its operation is
    # the cadre's operation of the same id, copied into ``operations`` when it was drafted.
    framework_id: UUID | None = None
    # A charte's (or an open convention's) levels by parc, from the lowest.
    levels: tuple[CharteLevel, ...] = ()
    # The plans and contracts it consolidates (PLH, PDH, PSP, CUS, NPNRU…).
    frameworks: tuple[FrameworkReference, ...] = ()

    # --- lookups -------------------------------------------------------------------------

    def party(self, party_id: UUID) -> ConventionParty | None:
        return next((p for p in self.parties if p.party_id == party_id), None)

    @property
    def signatories(self) -> tuple[UUID, ...]:
        return tuple(p.party_id for p in self.parties if p.role is PartyRole.SIGNATAIRE)

    def parties_of_type(self, party_type: PartyType) -> tuple[ConventionParty, ...]:
        return tuple(p for p in self.parties if p.party_type is party_type)

    def commitment(self, commitment_id: str) -> Commitment:
        found = next((c for c in self.commitments if c.commitment_id == commitment_id), None)
        if found is None:
            raise ElementNotFoundError(
                f"L'engagement « {commitment_id} » n'existe pas dans cette convention."
            )
        return found

    def contrepartie(self, contrepartie_id: str) -> Contrepartie:
        found = next((c for c in self.contreparties if c.contrepartie_id == contrepartie_id), None)
        if found is None:
            raise ElementNotFoundError(
                f"La contrepartie « {contrepartie_id} » n'existe pas dans les termes en vigueur."
            )
        return found

    def level_for(self, dwellings: int) -> CharteLevel | None:
        """The level a parc of that many dwellings reaches (None: below the first, or no levels)."""
        reached = [level for level in self.levels if dwellings >= level.min_dwellings]
        return reached[-1] if reached else None

    def commitments_at(self, level: CharteLevel | None) -> tuple[Commitment, ...]:
        """The commitments that apply at a level: those of every level, and those of the levels
        up to it."""
        return tuple(
            c for c in self.commitments if c.level is None or (level is not None and c.level <= level.level)
        )

    def operation_of(self, operation_id: str) -> Operation:
        found = next((o for o in self.operations if o.operation_id == operation_id), None)
        if found is None:
            raise ElementNotFoundError(
                f"L'opération « {operation_id} » n'existe pas dans cette convention : déclarez-la "
                "d'abord (set_operation)."
            )
        return found

    def indicators(self) -> dict[str, Indicator]:
        return {i.indicator_id: i for c in self.commitments for i in c.indicators}

    def governance_body(self, body_id: str) -> GovernanceBody:
        found = next((b for b in self.governance_bodies if b.body_id == body_id), None)
        if found is None:
            raise ElementNotFoundError(
                f"L'instance de gouvernance « {body_id} » n'existe pas dans cette convention."
            )
        return found

    def substitute(self, absorbed_id: UUID, absorbing_id: UUID) -> Terms:
        """The terms with the absorbing office in the place of the absorbed one (a merger's
        transmission universelle du patrimoine): as a party (once, if it was already one),
        and wherever the absorbed office committed, gave, received or sat."""

        def swap(party_id: UUID | None) -> UUID | None:
            return absorbing_id if party_id == absorbed_id else party_id

        parties: list[ConventionParty] = []
        for party in self.parties:
            party = replace(party, party_id=swap(party.party_id) or party.party_id)
            if all(p.party_id != party.party_id for p in parties):
                parties.append(party)
        return replace(
            self,
            parties=tuple(parties),
            commitments=tuple(replace(c, party_id=swap(c.party_id)) for c in self.commitments),
            contreparties=tuple(
                replace(
                    c, from_party_id=swap(c.from_party_id) or c.from_party_id, to_party_id=swap(c.to_party_id)
                )
                for c in self.contreparties
            ),
            governance_bodies=tuple(
                replace(b, member_party_ids=tuple(dict.fromkeys(swap(m) or m for m in b.member_party_ids)))
                for b in self.governance_bodies
            ),
            operations=tuple(replace(o, landlord_id=swap(o.landlord_id)) for o in self.operations),
        )


# --- Changes -----------------------------------------------------------------------------


def _replace_by_id(items: tuple, item: object, key: str) -> tuple:  # type: ignore[type-arg]
    """Replace the element with the same id, or append it."""
    ident = getattr(item, key)
    kept = tuple(i for i in items if getattr(i, key) != ident)
    if len(kept) == len(items):
        return (*items, item)
    return tuple(item if getattr(i, key) == ident else i for i in items)


def _without_id(items: tuple, ident: object, key: str, what: str) -> tuple:  # type: ignore[type-arg]
    kept = tuple(i for i in items if getattr(i, key) != ident)
    if len(kept) == len(items):
        raise ElementNotFoundError(f"{what} « {ident} » n'existe pas dans cette convention.")
    return kept


@dataclass(frozen=True)
class AddParty:
    party: ConventionParty

    def apply(self, terms: Terms) -> Terms:
        if terms.party(self.party.party_id) is not None:
            raise DuplicateElementError("Cette partie figure déjà dans la convention.")
        return replace(terms, parties=(*terms.parties, self.party))


@dataclass(frozen=True)
class RemoveParty:
    party_id: UUID

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, parties=_without_id(terms.parties, self.party_id, "party_id", "La partie"))


@dataclass(frozen=True)
class SetAxis:
    axis: Axis

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, axes=_replace_by_id(terms.axes, self.axis, "axis_id"))


@dataclass(frozen=True)
class SetCommitment:
    commitment: Commitment

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            commitments=_replace_by_id(terms.commitments, self.commitment, "commitment_id"),
        )


@dataclass(frozen=True)
class WithdrawCommitment:
    commitment_id: str

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            commitments=_without_id(terms.commitments, self.commitment_id, "commitment_id", "L'engagement"),
        )


@dataclass(frozen=True)
class SetContrepartie:
    contrepartie: Contrepartie

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            contreparties=_replace_by_id(terms.contreparties, self.contrepartie, "contrepartie_id"),
        )


@dataclass(frozen=True)
class WithdrawContrepartie:
    contrepartie_id: str

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            contreparties=_without_id(
                terms.contreparties, self.contrepartie_id, "contrepartie_id", "La contrepartie"
            ),
        )


@dataclass(frozen=True)
class SetOperation:
    operation: Operation

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, operations=_replace_by_id(terms.operations, self.operation, "operation_id"))


@dataclass(frozen=True)
class WithdrawOperation:
    operation_id: str

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            operations=_without_id(terms.operations, self.operation_id, "operation_id", "L'opération"),
        )


@dataclass(frozen=True)
class SetCharteLevels:
    """The levels by parc, all at once (an empty tuple: none)."""

    levels: tuple[CharteLevel, ...]

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, levels=self.levels)


@dataclass(frozen=True)
class SetFramework:
    framework: FrameworkReference

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, frameworks=_replace_by_id(terms.frameworks, self.framework, "framework_id"))


@dataclass(frozen=True)
class WithdrawFramework:
    framework_id: str

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            frameworks=_without_id(
                terms.frameworks, self.framework_id, "framework_id", "Le cadre de référence"
            ),
        )


@dataclass(frozen=True)
class SetGovernanceBody:
    body: GovernanceBody

    def apply(self, terms: Terms) -> Terms:
        return replace(
            terms,
            governance_bodies=_replace_by_id(terms.governance_bodies, self.body, "body_id"),
        )


@dataclass(frozen=True)
class SetEvaluationScheme:
    scheme: EvaluationScheme

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, evaluation_scheme=self.scheme)


@dataclass(frozen=True)
class ChangePeriod:
    """Change the period (and the date the text sets for taking effect, if any): freely in
    a draft; by avenant only the end date moves."""

    start: date
    end: date | None
    takes_effect_on: date | None = None

    def apply(self, terms: Terms) -> Terms:
        return replace(terms, period=Period(self.start, self.end), takes_effect_on=self.takes_effect_on)


TermsChange: TypeAlias = (
    AddParty
    | RemoveParty
    | SetAxis
    | SetCommitment
    | WithdrawCommitment
    | SetContrepartie
    | WithdrawContrepartie
    | SetGovernanceBody
    | SetEvaluationScheme
    | ChangePeriod
    | SetOperation
    | WithdrawOperation
    | SetCharteLevels
    | SetFramework
    | WithdrawFramework
)


def apply_changes(terms: Terms, changes: Iterable[TermsChange]) -> Terms:
    for change in changes:
        terms = change.apply(terms)
    return terms


# --- Validation ----------------------------------------------------------------------------


OPEN_ENDED_KINDS = (ConventionKind.CHARTE_D_ENGAGEMENT, ConventionKind.OPERATION)
"""Kinds whose end may be left open: a charte has no term; an operation lasts as long as the
operation (closed by résiliation, motif « opération achevée », when no end was set)."""

OBSERVED_YEARS = (1, 6)
"""The durations the FOPH guide observed (« de 1 à 6 ans », most often 5 or 6): a survey
finding, « en rien contraignant » — outside them is a warning, never a refusal."""


def check_period(kind: ConventionKind, period: Period) -> None:
    """Chartes d'engagement are open-ended; other conventions have an end (an operation may
    leave it open), which does not precede the start."""
    if kind is ConventionKind.CHARTE_D_ENGAGEMENT:
        if period.end is not None:
            raise InvalidPeriodError(
                "Une charte d'engagement n'a pas de date de fin : laissez end_date vide."
            )
        return
    if period.end is None:
        if kind in OPEN_ENDED_KINDS:
            return
        raise InvalidPeriodError(
            "Une convention a une date de fin ; seules les chartes d'engagement et les conventions "
            "d'opération (qui durent le temps de l'opération) peuvent en être dépourvues."
        )
    if period.end < period.start:
        raise InvalidPeriodError(
            f"La date de fin ({period.end:%d/%m/%Y}) précède la date de début ({period.start:%d/%m/%Y})."
        )


def duration_warnings(kind: ConventionKind, period: Period) -> tuple[str, ...]:
    """A duration outside the 1 to 6 years the guide observed deserves a word, not a refusal.
    Chartes and operations are left out: their length follows their object."""
    if kind in OPEN_ENDED_KINDS or period.end is None:
        return ()
    shortest = add_years(period.start, OBSERVED_YEARS[0]) - ONE_DAY
    longest = add_years(period.start, OBSERVED_YEARS[1]) - ONE_DAY
    if shortest <= period.end <= longest:
        return ()
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    length = f"{months // 12} an{'s' if months // 12 > 1 else ''}" if months >= 12 else f"{months} mois"
    return (
        f"Durée d'environ {length} ({period.describe()}) : le guide de la FOPH observe des "
        "conventions de 1 à 6 ans, le plus souvent 5 ou 6, alignées sur les mandats ; ce constat "
        "n'a rien de contraignant, vérifiez seulement que la durée est voulue.",
    )


def check_year(period: Period, year: int, what: str) -> None:
    if not period.contains_year(year):
        end = "…" if period.end is None else str(period.end.year)
        raise YearOutsidePeriodError(
            f"{what} : l'année {year} est hors de la période de la convention ({period.start.year}–{end})."
        )


def _check_unique(ids: Iterable[object], what: str) -> None:
    seen: set[object] = set()
    for ident in ids:
        if ident in seen:
            raise DuplicateElementError(f"{what} « {ident} » apparaît deux fois.")
        seen.add(ident)


_COMPOSITION = {
    ConventionKind.RATTACHEMENT: "exactement un office et une collectivité, tous deux signataires",
    ConventionKind.CONTRAT_DE_PLAN: "une collectivité et au moins deux offices, signataires",
    ConventionKind.CHARTE_D_ENGAGEMENT: "un office signataire et au moins une collectivité d'implantation",
    ConventionKind.CONVENTION_OUVERTE: "la collectivité qui ouvre la convention, signataire",
    ConventionKind.OPERATION: "au moins un office et au moins une collectivité",
    ConventionKind.SC_IMPLANTATION: "une société de coordination et une collectivité d'implantation signataires, et au moins un office membre",
    ConventionKind.CONTRAT_TERRITORIAL: "au moins un service de l'État et au moins un bailleur, signataires",
}
STATE_KINDS = frozenset({ConventionKind.CONTRAT_TERRITORIAL, ConventionKind.OPERATION})
"""The conventions the State may be a party to: its territorial contracts, and an operation's
convention (the ANRU's renouvellement urbain). The others bind collectivités and landlords."""


def check_parties(kind: ConventionKind, parties: tuple[ConventionParty, ...]) -> None:
    _check_unique((p.party_id for p in parties), "La partie")

    def count(party_type: PartyType, *, signing: bool = False) -> int:
        return sum(
            1
            for p in parties
            if p.party_type is party_type and (not signing or p.role is PartyRole.SIGNATAIRE)
        )

    offices = count(PartyType.OFFICE)
    collectivites = count(PartyType.COLLECTIVITE)
    signing_collectivites = count(PartyType.COLLECTIVITE, signing=True)
    societes = count(PartyType.SOCIETE_DE_COORDINATION)
    ok = {
        ConventionKind.RATTACHEMENT: offices == 1
        and collectivites == 1
        and count(PartyType.OFFICE, signing=True) == 1
        and signing_collectivites == 1
        and len(parties) == 2,
        ConventionKind.CONTRAT_DE_PLAN: signing_collectivites >= 1
        and count(PartyType.OFFICE, signing=True) >= 2,
        ConventionKind.CHARTE_D_ENGAGEMENT: offices == 1
        and count(PartyType.OFFICE, signing=True) == 1
        and collectivites >= 1,
        ConventionKind.CONVENTION_OUVERTE: collectivites == 1 and signing_collectivites == 1,
        ConventionKind.OPERATION: offices >= 1
        and collectivites >= 1
        and bool(count(PartyType.OFFICE, signing=True) + count(PartyType.ORGANISME, signing=True)),
        ConventionKind.SC_IMPLANTATION: societes == 1
        and count(PartyType.SOCIETE_DE_COORDINATION, signing=True) == 1
        and signing_collectivites == 1
        and offices >= 1,
        ConventionKind.CONTRAT_TERRITORIAL: count(PartyType.ETAT, signing=True) >= 1
        and bool(count(PartyType.OFFICE, signing=True) + count(PartyType.ORGANISME, signing=True)),
    }[kind]
    if not ok:
        raise InvalidPartiesError(f"Parties invalides ({KIND_LABELS[kind]}) : il faut {_COMPOSITION[kind]}.")
    if count(PartyType.ETAT) and kind not in STATE_KINDS:
        raise InvalidPartiesError(
            f"Un service de l'État n'est pas partie à ce type de convention ({KIND_LABELS[kind]}) : il "
            "l'est d'un contrat territorial ou d'une convention d'opération (l'ANRU). Citez plutôt le "
            "cadre de l'État que la convention décline (cadre de référence)."
        )
    if any(p.role is PartyRole.ADHERENT for p in parties):
        raise InvalidPartiesError(
            "Le rôle « adherent » ne se déclare pas : une partie adhère à une convention ouverte "
            "en vigueur, par la commande d'adhésion."
        )


def _check_indicator(period: Period, indicator: Indicator) -> None:
    check_label(indicator.label, f"Le libellé de l'indicateur {indicator.indicator_id}")
    check_label(
        indicator.unit, f"L'unité de l'indicateur {indicator.indicator_id}", max_length=UNIT_MAX_LENGTH
    )
    _check_unique((t.year for t in indicator.targets), f"La cible de {indicator.indicator_id} pour")
    for target in indicator.targets:
        check_year(period, target.year, f"Cible de l'indicateur {indicator.indicator_id}")
        threshold = target.alert_threshold
        if threshold is None:
            continue
        wrong_side = (
            threshold > target.target
            if indicator.direction is Direction.HIGHER_IS_BETTER
            else threshold < target.target
        )
        if wrong_side:
            better = "au-dessous" if indicator.direction is Direction.HIGHER_IS_BETTER else "au-dessus"
            raise AlertThresholdOnWrongSideError(
                f"Indicateur {indicator.indicator_id}, {target.year} : le seuil d'alerte "
                f"({threshold}) doit être {better} de la cible ({target.target}), du côté où "
                "l'objectif n'est pas tenu."
            )
    if indicator.ratio is not None and indicator.ratio.scale <= 0:
        raise InvalidValueError(
            f"Indicateur {indicator.indicator_id} : l'échelle du ratio doit être positive."
        )


def _check_contrepartie(kind: ConventionKind, terms: Terms, c: Contrepartie) -> None:
    what = f"Contrepartie {c.contrepartie_id}"
    check_label(c.label, f"Le libellé de la contrepartie {c.contrepartie_id}")
    if terms.party(c.from_party_id) is None:
        raise InvalidPartiesError(f"{what} : celui qui la donne doit être partie à la convention.")
    if c.to_party_id is not None and terms.party(c.to_party_id) is None:
        raise InvalidPartiesError(f"{what} : son bénéficiaire doit être partie à la convention.")
    if c.reserved_to_attached_office and (
        c.to_party_id is not None or kind is not ConventionKind.CONVENTION_OUVERTE
    ):
        raise InvalidValueError(
            f"{what} : la réserve à l'office rattaché vaut pour une convention ouverte à tous les "
            "bailleurs, sans bénéficiaire désigné (il est celui des adhérents rattaché au donateur)."
        )
    if c.commitment is not AmountCommitment.FIRM and not (c.is_paid_yearly and c.amounts):
        raise InvalidValueError(
            f"{what} : un plafond ou une enveloppe conditionnelle porte sur des montants annuels "
            "versés (une subvention, une cession…) ; indiquez-les, année par année."
        )
    _check_unique((a.year for a in c.amounts), f"{what} : l'année")
    for year_amount in c.amounts:
        check_year(terms.period, year_amount.year, what)
        check_amount(year_amount.amount, f"{what}, {year_amount.year}")
    _check_unique((g.typology for g in c.unit_grants), f"{what} : la typologie")
    for grant in c.unit_grants:
        check_label(grant.typology, f"{what} : la typologie", max_length=TYPOLOGY_MAX_LENGTH)
        check_amount(grant.amount_per_dwelling, f"{what}, aide par logement {grant.typology}")
    if c.kind is ContrepartieKind.AIDE_PAR_LOGEMENT and not c.unit_grants:
        raise InvalidValueError(f"{what} : une aide par logement indique son montant par typologie.")
    if c.kind is not ContrepartieKind.AIDE_PAR_LOGEMENT and c.unit_grants:
        raise InvalidValueError(f"{what} : seules les aides par logement ont des montants par typologie.")
    if c.kind is ContrepartieKind.GARANTIE_EMPRUNT:
        if c.guarantee_rate is None or not Decimal(0) < c.guarantee_rate <= Decimal(100):
            raise InvalidValueError(f"{what} : une garantie d'emprunt indique sa quotité, entre 0 et 100 %.")
    elif c.guarantee_rate is not None:
        raise InvalidValueError(f"{what} : seule une garantie d'emprunt a une quotité.")
    if c.kind is ContrepartieKind.TITRES_PARTICIPATIFS:
        if c.to_party_id is None:
            raise InvalidValueError(
                f"{what} : des titres participatifs sont émis par un office : indiquez lequel (le bénéficiaire)."
            )
        check_label(
            c.issue_terms, f"{what} : les conditions d'émission des titres", max_length=TEXT_MAX_LENGTH
        )
    elif c.issue_terms:
        raise InvalidValueError(f"{what} : seuls des titres participatifs ont des conditions d'émission.")
    if c.kind is ContrepartieKind.SOUTIEN_EXTRA_FINANCIER and c.amounts:
        raise InvalidValueError(f"{what} : un soutien extra-financier n'a pas de montant.")


def _check_operations(terms: Terms) -> None:
    """Each operation is described (title, commune, dwellings, budget), carried by a landlord
    party when one is named; whatever names an operation names one of the terms'."""
    _check_unique((o.operation_id for o in terms.operations), "L'opération")
    for operation in terms.operations:
        what = f"L'opération {operation.operation_id}"
        check_label(operation.title, f"Le titre de l'opération {operation.operation_id}")
        check_commune_code(operation.commune_insee)
        if not 0 <= operation.dwellings <= MAX_OPERATION_DWELLINGS:
            raise InvalidValueError(
                f"{what} compte de 0 à {MAX_OPERATION_DWELLINGS} logements ({operation.dwellings} indiqués)."
            )
        if operation.budget is not None:
            check_amount(operation.budget, f"Le budget de l'opération {operation.operation_id}")
        landlord = terms.party(operation.landlord_id) if operation.landlord_id is not None else None
        if operation.landlord_id is not None and (landlord is None or not landlord.party_type.is_landlord):
            raise InvalidPartiesError(
                f"{what} est portée par un bailleur partie à la convention (un office ou un "
                "organisme) : ajoutez-le d'abord comme partie."
            )
    declared = {o.operation_id for o in terms.operations}
    referring = (
        *((f"L'engagement {c.commitment_id}", c.operation_id) for c in terms.commitments),
        *((f"La contrepartie {c.contrepartie_id}", c.operation_id) for c in terms.contreparties),
    )
    for what, operation_id in referring:
        if operation_id is not None and operation_id not in declared:
            raise ElementNotFoundError(
                f"{what} porte sur l'opération « {operation_id} », qui n'est pas dans les termes : "
                "déclarez d'abord l'opération (ou retirez la référence avant de la retirer)."
            )


def _check_frameworks(terms: Terms) -> None:
    """Each plan or contract is titled, its years in order, carried by a party of the right
    kind (a landlord for its PSP or CUS, a collectivité for a PLH or a PDH) or, for the State's
    contracts, named; a commitment implements one of the terms'."""
    _check_unique((f.framework_id for f in terms.frameworks), "Le cadre de référence")
    for framework in terms.frameworks:
        what = f"Le cadre de référence {framework.framework_id}"
        check_label(framework.title, f"Le titre du cadre de référence {framework.framework_id}")
        if framework.holder:
            check_label(framework.holder, f"Le porteur du cadre de référence {framework.framework_id}")
        for year in (framework.start_year, framework.end_year):
            if year is not None and not 1950 <= year <= 2100:
                raise InvalidValueError(f"{what} : année {year} hors de 1950–2100.")
        if framework.start_year and framework.end_year and framework.end_year < framework.start_year:
            raise InvalidValueError(
                f"{what} finit ({framework.end_year}) avant de commencer ({framework.start_year})."
            )
        holder = terms.party(framework.holder_id) if framework.holder_id is not None else None
        if framework.holder_id is not None and holder is None:
            raise InvalidPartiesError(
                f"{what} est porté par une entité qui n'est pas partie à la convention : nommez-la en "
                "toutes lettres (holder) ou ajoutez-la d'abord comme partie."
            )
        if holder is not None:
            landlord_kind = framework.kind in LANDLORD_FRAMEWORKS
            if landlord_kind != holder.party_type.is_landlord_side:
                raise InvalidPartiesError(
                    f"{what}, {FRAMEWORK_KIND_LABELS[framework.kind]}, est porté par "
                    + (
                        "un bailleur : c'est son plan ou sa convention."
                        if landlord_kind
                        else "une collectivité, pas par un bailleur."
                    )
                )
        elif (
            framework.holder_id is None
            and not framework.holder.strip()
            and framework.kind not in STATE_FRAMEWORKS
        ):
            raise InvalidPartiesError(f"{what} : dites qui le porte (une partie, ou son nom).")
    declared = {f.framework_id for f in terms.frameworks}
    for commitment in terms.commitments:
        if commitment.framework_id is not None and commitment.framework_id not in declared:
            raise ElementNotFoundError(
                f"L'engagement {commitment.commitment_id} met en œuvre « {commitment.framework_id} », "
                "qui n'est pas parmi les cadres de référence : déclarez-le d'abord."
            )


LEVELLED_KINDS = frozenset({ConventionKind.CHARTE_D_ENGAGEMENT, ConventionKind.CONVENTION_OUVERTE})
"""The conventions addressed to several territories (or landlords) at once: theirs may set
levels by parc."""


def _check_levels(kind: ConventionKind, terms: Terms) -> None:
    """Levels are numbered from 1 in order, each from more dwellings than the one before; a
    commitment names one of them."""
    if terms.levels and kind not in LEVELLED_KINDS:
        raise InvalidValueError(
            "Des niveaux d'engagement par patrimoine sont ceux d'une charte d'engagement ou d'une "
            "convention ouverte, adressées à plusieurs territoires."
        )
    if len(terms.levels) > MAX_CHARTE_LEVELS:
        raise InvalidValueError(f"Une charte compte au plus {MAX_CHARTE_LEVELS} niveaux.")
    previous: CharteLevel | None = None
    for number, level in enumerate(terms.levels, start=1):
        what = f"Le niveau {level.level}"
        if level.level != number:
            raise InvalidValueError(
                f"Les niveaux se numérotent 1, 2, 3… dans l'ordre ({what} est le n°{number})."
            )
        check_label(level.label, f"L'intitulé du niveau {level.level}")
        if level.min_dwellings < 0 or level.min_dwellings > MAX_OPERATION_DWELLINGS * 10:
            raise InvalidValueError(f"{what} : un nombre de logements de 0 à {MAX_OPERATION_DWELLINGS * 10}.")
        if previous is not None and level.min_dwellings <= previous.min_dwellings:
            raise InvalidValueError(
                f"{what} commence à {level.min_dwellings} logements : plus que le niveau "
                f"{previous.level} ({previous.min_dwellings})."
            )
        previous = level
    for commitment in terms.commitments:
        if commitment.level is not None and not 1 <= commitment.level <= len(terms.levels):
            raise ElementNotFoundError(
                f"L'engagement {commitment.commitment_id} relève du niveau {commitment.level}, qui n'est "
                "pas défini : définissez d'abord les niveaux de la charte."
            )


def check_terms(kind: ConventionKind, terms: Terms) -> None:
    """Every rule on the terms as a whole; the first broken one raises."""
    check_label(terms.title, "Le titre de la convention")
    check_period(kind, terms.period)
    effect = terms.takes_effect_on
    if effect is not None and (
        effect < terms.period.start or (terms.period.end is not None and effect > terms.period.end)
    ):
        raise InvalidPeriodError(
            f"La date de prise d'effet fixée par le texte ({effect:%d/%m/%Y}) doit tomber dans la "
            f"période de la convention ({terms.period.describe()})."
        )
    check_parties(kind, terms.parties)
    _check_operations(terms)
    _check_levels(kind, terms)
    _check_frameworks(terms)
    _check_unique((a.axis_id for a in terms.axes), "L'axe")
    for axis in terms.axes:
        check_label(axis.title, f"Le titre de l'axe {axis.axis_id}")
    axis_ids = {a.axis_id for a in terms.axes}
    _check_unique((c.commitment_id for c in terms.commitments), "L'engagement")
    _check_unique((i.indicator_id for c in terms.commitments for i in c.indicators), "L'indicateur")
    for commitment in terms.commitments:
        check_label(commitment.title, f"Le titre de l'engagement {commitment.commitment_id}")
        if commitment.axis_id not in axis_ids:
            raise ElementNotFoundError(
                f"L'engagement {commitment.commitment_id} relève de l'axe « {commitment.axis_id} », "
                "qui n'existe pas : ajoutez d'abord l'axe."
            )
        if commitment.party_id is not None and terms.party(commitment.party_id) is None:
            raise InvalidPartiesError(
                f"L'engagement {commitment.commitment_id} est pris par une entité qui n'est pas "
                "partie à la convention."
            )
        for indicator in commitment.indicators:
            _check_indicator(terms.period, indicator)
    if kind is ConventionKind.CHARTE_D_ENGAGEMENT and terms.contreparties:
        raise ContrepartiesNotAllowedError(
            "Une charte d'engagement est proposée unilatéralement par l'office : elle ne comporte "
            "pas de contrepartie."
        )
    _check_unique((c.contrepartie_id for c in terms.contreparties), "La contrepartie")
    for contrepartie in terms.contreparties:
        _check_contrepartie(kind, terms, contrepartie)
    _check_unique((b.body_id for b in terms.governance_bodies), "L'instance")
    for body in terms.governance_bodies:
        check_label(body.name, f"Le nom de l'instance {body.body_id}")
        if body.meetings_per_year is not None and not 1 <= body.meetings_per_year <= MAX_MEETINGS_PER_YEAR:
            raise InvalidValueError(
                f"L'instance {body.body_id} se réunit de 1 à {MAX_MEETINGS_PER_YEAR} fois par an."
            )
        for member in body.member_party_ids:
            if terms.party(member) is None:
                raise InvalidPartiesError(
                    f"L'instance {body.body_id} compte un membre qui n'est pas partie à la convention."
                )
    scheme = terms.evaluation_scheme
    try:
        date(2000, scheme.bilan_due_month, scheme.bilan_due_day)
    except ValueError:
        raise InvalidValueError(
            "L'échéance du bilan annuel doit être une date valide (mois et jour)."
        ) from None
    try:
        date(2000, scheme.payment_due_month, scheme.payment_due_day)
    except ValueError:
        raise InvalidValueError(
            "L'échéance de versement des contreparties doit être une date valide (mois et jour)."
        ) from None
    if not 1 <= scheme.renewal_notice_months <= MAX_RENEWAL_NOTICE_MONTHS:
        raise InvalidValueError(
            f"Le préavis de renouvellement se compte de 1 à {MAX_RENEWAL_NOTICE_MONTHS} mois."
        )
    if not 1 <= scheme.avenant_signature_days <= MAX_AVENANT_SIGNATURE_DAYS:
        raise InvalidValueError(
            f"Le délai de signature d'un avenant se compte de 1 à {MAX_AVENANT_SIGNATURE_DAYS} jours."
        )
    if scheme.mid_term_review_year is not None:
        check_year(terms.period, scheme.mid_term_review_year, "Évaluation à mi-parcours")
    if scheme.validating_body_id is not None:
        terms.governance_body(scheme.validating_body_id)


# --- What a party consents to ------------------------------------------------------------


def canonical(value: Any) -> Any:
    """Terms (or an avenant's changes) as plain JSON values, in one way only: enums by value,
    money and identifiers as text, dates in ISO 8601, each value object as its class name and
    the fields that differ from their default (so a field added later, with a default, leaves
    the fingerprint of terms signed before unchanged)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [canonical(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            if f.default_factory is not dataclasses.MISSING and item == f.default_factory():
                continue
            fields[f.name] = canonical(item)
        return [type(value).__name__, fields]
    return value


def fingerprint(value: Any) -> str:
    """The SHA-256 of the canonical JSON of terms: what a signature or a deliberation covers,
    recorded with it, and recomputable by anyone from the terms in the history."""
    text = json.dumps(canonical(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def describe_change(change: TermsChange) -> str:
    """A change of the terms in a few French words (for the reason of voided signatures)."""
    if isinstance(change, AddParty):
        return "ajout d'une partie"
    if isinstance(change, RemoveParty):
        return "retrait d'une partie"
    if isinstance(change, SetAxis):
        return f"axe {change.axis.axis_id} défini"
    if isinstance(change, SetCommitment):
        return f"engagement {change.commitment.commitment_id} défini"
    if isinstance(change, WithdrawCommitment):
        return f"engagement {change.commitment_id} retiré"
    if isinstance(change, SetContrepartie):
        return f"contrepartie {change.contrepartie.contrepartie_id} définie"
    if isinstance(change, WithdrawContrepartie):
        return f"contrepartie {change.contrepartie_id} retirée"
    if isinstance(change, SetGovernanceBody):
        return f"instance {change.body.body_id} définie"
    if isinstance(change, SetEvaluationScheme):
        return "schéma d'évaluation modifié"
    if isinstance(change, SetOperation):
        return f"opération {change.operation.operation_id} définie"
    if isinstance(change, WithdrawOperation):
        return f"opération {change.operation_id} retirée"
    if isinstance(change, SetFramework):
        return f"cadre de référence {change.framework.framework_id} défini"
    if isinstance(change, WithdrawFramework):
        return f"cadre de référence {change.framework_id} retiré"
    if isinstance(change, SetCharteLevels):
        return (
            f"niveaux par patrimoine : {len(change.levels)}"
            if change.levels
            else "niveaux par patrimoine retirés"
        )
    return "période modifiée"
