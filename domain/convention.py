"""A convention between offices, collectivités and Sociétés de Coordination, from draft to
expiry: terms, signatures, avenants, adherents, programmes, contreparties paid, evaluations.

Public methods check the rules (``check_…``) and decide; the private ``@event`` methods only
record, because their bodies run again on every replay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import Any, TypeVar
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain import wording
from domain.collectivite import Collectivite
from domain.documents import Document, DocumentKind, check_document_file
from domain.errors import (
    AlreadyAPartyError,
    AlreadySignedError,
    AvenantAlreadyPendingError,
    AvenantChangesThePastError,
    AvenantNotFoundError,
    AvenantNotPendingError,
    ContrepartieNotPayableError,
    ConventionEndedError,
    ConventionNotInForceError,
    DateBeforeError,
    DeliberationAlreadyRecordedError,
    DeliberationMissingError,
    DeliberationOutdatedError,
    DocumentErasedError,
    DocumentNotFoundError,
    DocumentSubjectError,
    DuplicateDocumentError,
    DuplicateElementError,
    ElementNotFoundError,
    EmptyAvenantError,
    EndNotBySignatoryError,
    EnvelopeExceededError,
    EnvelopeNotMobilisableError,
    EvaluationAlreadyRecordedError,
    EvaluationAlreadyValidatedError,
    EvaluationNotFoundError,
    InvalidFrameworkError,
    InvalidPartiesError,
    InvalidTransitionError,
    InvalidValueError,
    NotAnAdherentError,
    NotASignatoryError,
    NotOpenToAdherentsError,
    OperationAlreadyConventionedError,
    PartyNotFoundError,
    PaymentAmountMismatchError,
    PaymentExceedsCommitmentError,
    ProgrammeAlreadyAdoptedError,
    ProgrammeNotFoundError,
    RattachementMismatchError,
    RecoveryExceedsPaymentsError,
    ReviewAlreadyRecordedError,
    SelfValidationError,
    SignatureAfterEndError,
    SocieteMembershipError,
    SocieteTooSmallError,
    TermsFrozenError,
    TitresSubscriberError,
)
from domain.office import Office
from domain.organisme import Organisme
from domain.societe_de_coordination import SocieteDeCoordination
from domain.state_service import StateService
from domain.terms import (
    AddParty,
    AmountCommitment,
    ChangePeriod,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    ConventionParty,
    GovernanceBody,
    Operation,
    PartyRole,
    PartyType,
    Period,
    RemoveParty,
    SetAxis,
    SetCharteLevels,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetFramework,
    SetGovernanceBody,
    SetOperation,
    Terms,
    TermsChange,
    WithdrawCommitment,
    WithdrawContrepartie,
    WithdrawFramework,
    WithdrawOperation,
    apply_changes,
    check_terms,
    check_year,
    describe_change,
    duration_warnings,
    fingerprint,
)
from domain.territory import check_commune_agreement, competence_warnings
from domain.values import (
    LABEL_MAX_LENGTH,
    NAME_MAX_LENGTH,
    ONE_DAY,
    REASON_MAX_LENGTH,
    REFERENCE_MAX_LENGTH,
    TEXT_MAX_LENGTH,
    Actor,
    check_amount,
    check_label,
    check_text,
)

Directory = Mapping[UUID, Aggregate]
"""The party aggregates a decision needs, by id (loaded by the application)."""


class ConventionStatus(Enum):
    DRAFT = "draft"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"
    EXPIRED = "expired"


STATUS_LABELS = {
    ConventionStatus.DRAFT: "en projet",
    ConventionStatus.IN_FORCE: "en vigueur",
    ConventionStatus.SUSPENDED: "suspendue",
    ConventionStatus.TERMINATED: "résiliée",
    ConventionStatus.EXPIRED: "expirée",
}

PARTY_CLASSES: dict[PartyType, type[Aggregate]] = {
    PartyType.OFFICE: Office,
    PartyType.COLLECTIVITE: Collectivite,
    PartyType.SOCIETE_DE_COORDINATION: SocieteDeCoordination,
    PartyType.ORGANISME: Organisme,
    PartyType.ETAT: StateService,
}


def party_type_of(party: Aggregate) -> PartyType:
    for party_type, cls in PARTY_CLASSES.items():
        if isinstance(party, cls):
            return party_type
    raise InvalidPartiesError("Cette entité ne peut pas être partie à une convention.")


P = TypeVar("P", bound=Aggregate)


def party_of(directory: Directory, party_id: UUID, cls: type[P]) -> P:
    """The party of the expected type, or the error saying it is not."""
    party = directory.get(party_id)
    if not isinstance(party, cls):
        raise InvalidPartiesError(f"La partie {party_id} n'est pas de type {cls.__name__}.")
    return party


def check_titres_subscriber(contrepartie: Contrepartie, directory: Directory, on: date) -> None:
    """Titres participatifs are bought by the issuing office's collectivité de rattachement
    (« la loi autorise les collectivités de rattachement à acheter des titres émis par leurs
    offices », the guide): the giver is that collectivité on the day they take effect."""
    if contrepartie.kind is not ContrepartieKind.TITRES_PARTICIPATIFS or contrepartie.to_party_id is None:
        return
    office = directory.get(contrepartie.to_party_id)
    rattachement = office.rattachement_on(on) if isinstance(office, Office) else None
    if rattachement is None or rattachement.collectivite_id != contrepartie.from_party_id:
        raise TitresSubscriberError(
            f"Contrepartie {contrepartie.contrepartie_id} : les titres participatifs "
            f"{wording.of(party_name(directory, contrepartie.to_party_id))} ne sont souscrits que par sa "
            f"collectivité de rattachement, pas par {wording.named(party_name(directory, contrepartie.from_party_id))}."
        )


def party_name(directory: Directory, party_id: UUID) -> str:
    party = directory.get(party_id)
    return str(getattr(party, "name", party_id))


# --- What happens under a convention ---------------------------------------------------------


@dataclass(frozen=True)
class Deliberation:
    """The decision of a party's deliberative body authorising a signature (of the convention
    when ``avenant_number`` is None, of that avenant otherwise). A deliberation on the
    convention approves its terms as they stood: their revision and fingerprint."""

    party_id: UUID
    body: str
    reference: str
    adopted_on: date
    avenant_number: int | None = None
    terms_revision: int | None = None
    terms_fingerprint: str | None = None

    def covers(self, revision: int) -> bool:
        return self.avenant_number is not None or self.terms_revision == revision


@dataclass(frozen=True)
class Signature:
    party_id: UUID
    signed_on: date
    # The person who signed for the party, by id (their name is in the erasable registry of
    # people, never in an event); None for signatures recorded without one.
    signatory_id: UUID | None = None
    # What the signature covers: the revision of the terms (each change of a draft is one)
    # and their fingerprint (SHA-256 of their canonical form, ``domain.terms.fingerprint``).
    terms_revision: int | None = None
    terms_fingerprint: str | None = None


@dataclass(frozen=True)
class Substitution:
    """An absorbed office replaced by the absorbing one in a convention, from the merger."""

    absorbed_id: UUID
    absorbing_id: UUID
    effective_on: date


@dataclass(frozen=True)
class CommuneAgreement:
    """The agreement of the commune d'implantation for an office to work in a département
    limitrophe of its région (CCH L. 421-1)."""

    commune_id: UUID
    office_id: UUID
    reference: str
    agreed_on: date


class AvenantStatus(Enum):
    PROPOSED = "proposed"
    IN_FORCE = "in_force"
    WITHDRAWN = "withdrawn"


AVENANT_STATUS_LABELS = {
    AvenantStatus.PROPOSED: "proposé, en attente de signatures",
    AvenantStatus.IN_FORCE: "en vigueur",
    AvenantStatus.WITHDRAWN: "retiré",
}
"""An avenant's status, in words."""


@dataclass(frozen=True)
class Avenant:
    number: int
    effective_on: date
    reason: str
    changes: tuple[TermsChange, ...]
    proposed_on: date
    signatories: tuple[UUID, ...]
    signatures: tuple[Signature, ...] = ()
    status: AvenantStatus = AvenantStatus.PROPOSED
    # The fingerprint of its text (its changes, effective date and object), fixed when it is
    # proposed: to change the text, withdraw it and propose another.
    fingerprint: str | None = None

    def has_signed(self, party_id: UUID) -> bool:
        return any(s.party_id == party_id for s in self.signatures)


@dataclass(frozen=True)
class Adhesion:
    party: ConventionParty
    joined_on: date
    withdrawn_on: date | None = None
    # The adherent office's collectivité de rattachement when it joined (which contreparties
    # reserved to the giver's own office it receives).
    attached_to: UUID | None = None

    def covers(self, day: date) -> bool:
        return self.joined_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)


@dataclass(frozen=True)
class ProgrammeAction:
    label: str
    commitment_id: str | None = None
    budget: Decimal | None = None


@dataclass(frozen=True)
class Contribution:
    """The year's means a convention d'application sets: what a contrepartie gives that year
    (to that beneficiary, when it goes to several)."""

    contrepartie_id: str
    amount: Decimal
    beneficiary_id: UUID | None = None


@dataclass(frozen=True)
class ApplicationProgramme:
    """The convention d'application of year N: the year's actions and means, adopted by the
    parties on their deliberations, without an avenant (the contribution of N+1 may be decided
    at the bilan of N: the Nièvre case)."""

    year: int
    actions: tuple[ProgrammeAction, ...]
    adopted_on: date
    revision: int = 1
    contributions: tuple[Contribution, ...] = ()
    deliberations: tuple[str, ...] = ()  # the references of the parties' deliberations adopting it

    def contribution_to(self, contrepartie_id: str, beneficiary_id: UUID) -> Decimal | None:
        found = [
            c.amount
            for c in self.contributions
            if c.contrepartie_id == contrepartie_id and c.beneficiary_id in (None, beneficiary_id)
        ]
        return sum(found, Decimal("0.00")) if found else None


@dataclass(frozen=True)
class DwellingCount:
    typology: str
    count: int


@dataclass(frozen=True)
class Payment:
    contrepartie_id: str
    year: int
    amount: Decimal
    beneficiary_id: UUID
    paid_on: date
    reference: str
    dwellings: tuple[DwellingCount, ...] = ()


class InKindMode(Enum):
    CESSION = "cession"  # sold (often below its value)
    BAIL = "bail"  # leased (bail emphytéotique, bail à construction)
    MISE_A_DISPOSITION = "mise_a_disposition"  # lent for the operation
    VIABILISATION = "viabilisation"  # the site serviced by the collectivité


IN_KIND_MODE_LABELS = {
    InKindMode.CESSION: "cession",
    InKindMode.BAIL: "bail",
    InKindMode.MISE_A_DISPOSITION: "mise à disposition",
    InKindMode.VIABILISATION: "viabilisation",
}


@dataclass(frozen=True)
class InKindRealisation:
    """A contrepartie given in kind: a parcel (or a building) sold, leased, lent or serviced,
    with its valuation (France Domaine's, or the deed's) — « réalisée », never « versée »."""

    contrepartie_id: str
    year: int
    beneficiary_id: UUID
    parcel_reference: str  # cadastral reference, e.g. « Nevers, section AB n° 123 »
    surface_m2: Decimal
    mode: InKindMode
    valuation: Decimal
    realised_on: date
    deed_reference: str = ""


@dataclass(frozen=True)
class Delivery:
    """Dwellings an office delivered (built, rehabilitated) under a per-dwelling grant: what
    it is owed is their number times the grant of their typology."""

    contrepartie_id: str
    beneficiary_id: UUID
    operation: str
    typology: str
    count: int
    delivered_on: date
    # The operation of the terms delivered (``Operation.operation_id``); ``operation`` is then
    # its title, unless the office words it otherwise.
    operation_id: str | None = None


@dataclass(frozen=True)
class OperationConvention:
    """A convention d'opération opened under this convention cadre, for one of its operations."""

    operation_id: str
    convention_id: UUID


@dataclass(frozen=True)
class Recovery:
    """Money that goes back: the giver recovers part of what it paid (a « reversement », on a
    titre de recettes), for a reason (conditions not met, an operation abandoned)."""

    contrepartie_id: str
    year: int
    amount: Decimal
    beneficiary_id: UUID
    recovered_on: date
    reference: str
    reason: str


@dataclass(frozen=True)
class Mobilisation:
    """A conditional envelope drawn on: the support a decision triggers (the alert mechanism of
    the guide, CARENE–SILENE: « soutien financier déclenché »). What it mobilises becomes owed."""

    contrepartie_id: str
    year: int
    amount: Decimal
    beneficiary_id: UUID
    decided_on: date
    alert_number: int | None = None


MOBILISED_PAYMENT_DELAY = timedelta(days=90)
"""A support mobilised late in the year is due three months after its decision (not on the
year's payment date, already past): the time of a mandate."""


@dataclass(frozen=True)
class GuaranteeGrant:
    """A loan guaranteed by the collectivité (a garantie d'emprunt, CGCT L. 2252-1 and
    following): on its own deliberation, for a loan of a lender, a share of it."""

    contrepartie_id: str
    year: int
    beneficiary_id: UUID
    loan_reference: str
    loan_amount: Decimal
    guaranteed_amount: Decimal
    granted_on: date
    lender: str = ""  # Banque des Territoires, a bank…
    deliberation_reference: str = ""  # the guarantor's deliberation granting it
    duration_years: int | None = None
    operation_id: str | None = None  # the operation the loan finances, one of the terms'

    @property
    def share(self) -> Decimal:
        """The part of the loan guaranteed (0 to 1)."""
        return self.guaranteed_amount / self.loan_amount if self.loan_amount else Decimal(0)


@dataclass(frozen=True)
class GuaranteeStatement:
    """What remains to be repaid on a guaranteed loan at the end of a year (capital restant
    dû, from the lender's table), declared by the borrower: the guarantor's risk follows it."""

    contrepartie_id: str
    loan_reference: str
    year: int
    outstanding: Decimal
    stated_on: date


@dataclass(frozen=True)
class IndicatorValue:
    """A value achieved; for a ratio indicator, its numerator and denominator (the value is
    computed from them)."""

    indicator_id: str
    value: Decimal | None = None
    numerator: Decimal | None = None
    denominator: Decimal | None = None


@dataclass(frozen=True)
class FinancialLine:
    """A line of a financial bilan: spent or received in the year, for one of the year's
    operations (the financial bilan of the operations) or for the convention as a whole."""

    label: str
    amount: Decimal
    operation_id: str | None = None


@dataclass(frozen=True)
class RealisedAction:
    """An action the bilan reports as realised in the year (« bilan des actions réalisées »,
    the Nièvre case): what was done, for which commitment or operation of that year's terms,
    with its figures."""

    label: str
    commitment_id: str | None = None
    operation_id: str | None = None
    dwellings: int | None = None
    amount: Decimal | None = None  # what it cost, to the cent


@dataclass(frozen=True)
class AnnualEvaluation:
    """The annual bilan as the office hands it in: the indicators' values, the actions
    realised, the financial bilan of the operations (and of the convention) and the office's
    global financial bilan of the year."""

    year: int
    values: tuple[IndicatorValue, ...]
    evaluated_on: date
    comments: str = ""
    financial_bilan: tuple[FinancialLine, ...] = ()
    revision: int = 1
    correction_reason: str | None = None
    validated_by: str | None = None
    validated_on: date | None = None
    # The party that recorded (or last corrected) it: it does not validate it itself.
    recorded_by: UUID | None = None
    actions: tuple[RealisedAction, ...] = ()
    # The office's global financial bilan of the year (« bilan financier global de l'OPH »):
    # its accounts, not the convention's — lines name no operation.
    landlord_financials: tuple[FinancialLine, ...] = ()

    def value_of(self, indicator_id: str) -> IndicatorValue | None:
        return next((v for v in self.values if v.indicator_id == indicator_id), None)

    @property
    def financial_total(self) -> Decimal:
        """The whole financial bilan: the operations' lines and the convention's."""
        return sum((line.amount for line in self.financial_bilan), Decimal("0.00"))

    @property
    def landlord_total(self) -> Decimal:
        """The office's global financial bilan, summed."""
        return sum((line.amount for line in self.landlord_financials), Decimal("0.00"))


@dataclass(frozen=True)
class Meeting:
    """A meeting of one of the convention's governance bodies."""

    body_id: str
    met_on: date
    reference: str


class ReviewKind(Enum):
    MID_TERM = "mi_parcours"
    FINAL = "finale"


REVIEW_KIND_LABELS = {ReviewKind.MID_TERM: "à mi-parcours", ReviewKind.FINAL: "finale"}


class ImpactKind(Enum):
    """The effects on the territory a final evaluation presents as figures (the Nièvre's
    bilan of 2020: economic activity, attractiveness, thermal comfort)."""

    INVESTMENT = "investissements"
    LOCAL_JOBS = "emplois_locaux"
    LOCAL_FIRMS = "entreprises_locales"
    VACANCY = "vacance"
    ENERGY = "performance_energetique"


IMPACT_LABELS = {
    ImpactKind.INVESTMENT: "investissements réalisés sur le territoire",
    ImpactKind.LOCAL_JOBS: "emplois locaux soutenus",
    ImpactKind.LOCAL_FIRMS: "part des travaux confiés à des entreprises locales",
    ImpactKind.VACANCY: "taux de vacance du parc",
    ImpactKind.ENERGY: "logements sortis des étiquettes énergétiques E, F et G",
}

PERCENT_IMPACTS = frozenset({ImpactKind.LOCAL_FIRMS, ImpactKind.VACANCY})


@dataclass(frozen=True)
class Impact:
    """One effect as a figure: euros for the investment, jobs (équivalents temps plein),
    a percentage for the share of local firms and the vacancy, dwellings for the energy. The
    baseline is the figure when the convention began, to show what changed."""

    kind: ImpactKind
    value: Decimal
    baseline: Decimal | None = None
    comment: str = ""

    def describe(self) -> str:
        """« taux de vacance du parc : 6,2 % (au départ : 9,8 %) »."""

        def figure(value: Decimal) -> str:
            if self.kind is ImpactKind.INVESTMENT:
                return wording.euros(value)
            if self.kind in PERCENT_IMPACTS:
                return f"{wording.number(value)}\u202f%"
            unit = "emplois" if self.kind is ImpactKind.LOCAL_JOBS else "logements"
            return f"{wording.number(value)} {unit}"

        text = f"{IMPACT_LABELS[self.kind]} : {figure(self.value)}"
        return text + (f" (au départ : {figure(self.baseline)})" if self.baseline is not None else "")


@dataclass(frozen=True)
class Review:
    kind: ReviewKind
    reviewed_on: date
    summary: str
    body_id: str | None = None
    impacts: tuple[Impact, ...] = ()


RATIO_PRECISION = Decimal("0.0001")


class Convention(Aggregate):
    # The shape of the state a snapshot holds: version 2 added what a signature covers, the
    # date the convention was concluded, substitutions, agreements and who ended it; version 3
    # its documents.
    class_version = 4

    @staticmethod
    def upcast_v1_v2(state: dict[str, Any]) -> None:
        """A snapshot taken before issue 15: the new attributes get what the events it folded
        meant then. What its signatures and deliberations covered is not known (the revision of
        the terms was not counted): a draft read from such a snapshot asks for them again
        before it enters into force; a convention in force is not concerned."""
        state.setdefault("terms_revision", 0)
        state.setdefault("voided_signatures", ())
        state.setdefault("substitutions", ())
        state.setdefault("commune_agreements", ())
        state.setdefault("status_decided_by", None)
        state.setdefault("status_deliberation", None)
        # Entry into force was dated by the last signature, even before the start.
        signed = state.get("in_force_since")
        state.setdefault("concluded_on", signed)
        if signed is not None:
            effect = max(signed, state["terms"].period.start)
            state["in_force_since"] = effect
            if state.get("status_since") == signed:
                state["status_since"] = effect

    @staticmethod
    def upcast_v2_v3(state: dict[str, Any]) -> None:
        """A snapshot taken before documents, mobilisations and recoveries: none then."""
        state.setdefault("documents", ())
        state.setdefault("mobilisations", ())
        state.setdefault("recoveries", ())
        state.setdefault("guarantee_statements", ())
        state.setdefault("deliveries", ())
        state.setdefault("in_kind", ())

    @staticmethod
    def upcast_v3_v4(state: dict[str, Any]) -> None:
        """A snapshot taken before operations were structured: no convention d'opération was
        opened under a cadre then."""
        state.setdefault("operation_conventions", ())

    # --- drafting ----------------------------------------------------------------------

    @classmethod
    def draft(
        cls,
        *,
        kind: ConventionKind,
        title: str,
        start: date,
        end: date | None,
        parties: tuple[ConventionParty, ...],
        directory: Directory,
        actor: Actor,
        operation: str | None = None,
        predecessor: Convention | None = None,
        framework: Convention | None = None,
        operation_id: str | None = None,
    ) -> Convention:
        """Rules:
        - the parties fit the kind (see ``check_parties``) and exist with that type;
        - chartes d'engagement have no end, other conventions one (an operation may leave it
          open); a duration outside the observed 1 to 6 years is a warning;
        - an office that has merged into another does not commit any more;
        - a renewal refers to a signed predecessor of the same kind, renewed only once;
        - a convention d'opération may be opened under a convention cadre in force, for one of
          its operations (which it then carries), once per operation (``check_can_open``);
        - a party outside the office's area gets a warning (recorded), not a refusal.
        """
        terms = Terms(
            title=check_label(title, "Le titre de la convention"),
            period=Period(start, end),
            parties=parties,
            operation=operation.strip() if operation else None,
        )
        opened: Operation | None = None
        if framework is not None:
            opened = framework.check_can_open(kind, parties, operation_id)
            terms = replace(
                terms,
                operations=(opened,),
                framework_id=framework.id,
                operation=terms.operation or opened.title,
            )
        elif operation_id is not None:
            raise InvalidFrameworkError(
                "Une opération se reprend d'une convention cadre : nommez-la (framework_id)."
            )
        check_terms(kind, terms)
        check_parties_exist(terms.parties, directory, start)
        if predecessor is not None:
            predecessor.check_can_be_renewed(kind, start)
        convention = cls(
            kind=kind,
            terms=terms,
            predecessor_id=predecessor.id if predecessor else None,
            warnings=competence_warnings(terms.parties, directory, start, ()),
            actor=actor,
        )
        if predecessor is not None:
            predecessor._renewed_by(convention.id, actor=actor)
        if framework is not None and opened is not None:
            framework._open_operation_convention(
                OperationConvention(opened.operation_id, convention.id), actor=actor
            )
        return convention

    def check_can_open(
        self, kind: ConventionKind, parties: tuple[ConventionParty, ...], operation_id: str | None
    ) -> Operation:
        """A convention d'opération under this convention cadre: the cadre is in force and is
        not itself a convention d'opération; it declares the operation, which has no convention
        d'opération yet; the two conventions share a party. Returns the cadre's operation."""
        if kind is not ConventionKind.OPERATION or operation_id is None:
            raise InvalidFrameworkError(
                "Seule une convention d'opération s'ouvre sous une convention cadre, en nommant "
                "la convention cadre (framework_id) et l'une de ses opérations (operation_id)."
            )
        if self.kind is ConventionKind.OPERATION:
            raise InvalidFrameworkError(
                "Une convention d'opération ne s'ouvre pas sous une autre convention d'opération : "
                "nommez la convention cadre."
            )
        if self.status is not ConventionStatus.IN_FORCE:
            raise InvalidFrameworkError(
                f"La convention cadre est {STATUS_LABELS[self.status]} : ses conventions "
                "d'opération s'ouvrent pendant qu'elle est en vigueur."
            )
        operation = self.latest_terms.operation_of(operation_id)
        opened = next((o for o in self.operation_conventions if o.operation_id == operation_id), None)
        if opened is not None:
            raise OperationAlreadyConventionedError(
                f"L'opération « {operation.title} » a déjà sa convention d'opération "
                f"({opened.convention_id}) : modifiez-la par avenant plutôt que d'en ouvrir une seconde."
            )
        shared = {p.party_id for p in self.latest_terms.parties} & {p.party_id for p in parties}
        if not shared:
            raise InvalidFrameworkError(
                "La convention d'opération et sa convention cadre n'ont aucune partie en commun."
            )
        return operation

    def current_warnings(self) -> tuple[str, ...]:
        """What deserves a word without being refused: the territorial competence of the
        offices (recorded when the parties were set) and the duration of the terms now."""
        return (*self.warnings, *duration_warnings(self.kind, self.latest_terms.period))

    @event("Drafted")
    def __init__(
        self,
        kind: ConventionKind,
        terms: Terms,
        predecessor_id: UUID | None,
        warnings: tuple[str, ...],
        actor: Actor,
    ) -> None:
        self.kind = kind
        self.terms = terms
        self.predecessor_id = predecessor_id
        self.successor_id: UUID | None = None
        self.warnings = warnings
        self.status = ConventionStatus.DRAFT
        self.deliberations: tuple[Deliberation, ...] = ()
        self.signatures: tuple[Signature, ...] = ()
        self.in_force_since: date | None = None
        self.adhesions: tuple[Adhesion, ...] = ()
        self.avenants: tuple[Avenant, ...] = ()
        self.programmes: tuple[ApplicationProgramme, ...] = ()
        self.payments: tuple[Payment, ...] = ()
        self.guarantees: tuple[GuaranteeGrant, ...] = ()
        self.evaluations: tuple[AnnualEvaluation, ...] = ()
        self.superseded_evaluations: tuple[AnnualEvaluation, ...] = ()
        self.reviews: tuple[Review, ...] = ()
        self.meetings: tuple[Meeting, ...] = ()
        self.status_reason: str | None = None
        self.status_since: date | None = None
        self.terms_revision = 0
        self.voided_signatures: tuple[Signature, ...] = ()
        self.concluded_on: date | None = None
        self.substitutions: tuple[Substitution, ...] = ()
        self.commune_agreements: tuple[CommuneAgreement, ...] = ()
        self.status_decided_by: UUID | None = None
        self.status_deliberation: str | None = None
        self.documents: tuple[Document, ...] = ()
        self.mobilisations: tuple[Mobilisation, ...] = ()
        self.recoveries: tuple[Recovery, ...] = ()
        self.guarantee_statements: tuple[GuaranteeStatement, ...] = ()
        self.deliveries: tuple[Delivery, ...] = ()
        self.in_kind: tuple[InKindRealisation, ...] = ()
        self.operation_conventions: tuple[OperationConvention, ...] = ()

    def check_draft(self) -> None:
        if self.status is not ConventionStatus.DRAFT:
            raise TermsFrozenError(
                f"La convention est {STATUS_LABELS[self.status]} : ses termes ne changent plus "
                "que par avenant."
            )

    def _checked_draft_change(self, change: TermsChange) -> Terms:
        self.check_draft()
        terms = change.apply(self.terms)
        check_terms(self.kind, terms)
        return terms

    def amend_draft(self, change: TermsChange, directory: Directory, actor: Actor) -> tuple[str, ...]:
        """Change the terms of a convention not yet in force.

        Rules: only while in draft; the terms stay valid as a whole after the change. A party
        is bound only to the terms it approved: the signatures already given, and the
        deliberations that approved the terms as they stood, no longer count (recorded, with
        the change as the reason) — each signatory deliberates and signs again.
        Returns the warnings of the terms after the change.
        """
        self._checked_draft_change(change)
        if isinstance(change, AddParty):
            check_parties_exist((change.party,), directory, self.terms.period.start)
        if isinstance(change, SetContrepartie):
            check_titres_subscriber(change.contrepartie, directory, self.terms.period.start)
        self._void_consent(
            f"Termes modifiés après leur approbation ({describe_change(change)}) : chaque "
            "signataire délibère et signe à nouveau sur les termes tels qu'ils sont désormais.",
            actor,
        )
        if isinstance(change, AddParty):
            warnings = competence_warnings(
                (*self.terms.parties, change.party),
                directory,
                self.terms.period.start,
                self.commune_agreements,
            )
            self._add_party(change, warnings=warnings, actor=actor)
        elif isinstance(change, RemoveParty):
            self._remove_party(change, actor=actor)
        elif isinstance(change, SetCommitment):
            self._set_commitment(change, actor=actor)
        elif isinstance(change, SetContrepartie):
            self._set_contrepartie(change, actor=actor)
        elif isinstance(change, ChangePeriod):
            self._change_period(change, actor=actor)
        elif isinstance(change, SetAxis):
            self._set_axis(change, actor=actor)
        elif isinstance(change, WithdrawCommitment):
            self._withdraw_commitment(change, actor=actor)
        elif isinstance(change, WithdrawContrepartie):
            self._withdraw_contrepartie(change, actor=actor)
        elif isinstance(change, SetGovernanceBody):
            self._set_governance_body(change, actor=actor)
        elif isinstance(change, SetOperation):
            self._set_operation(change, actor=actor)
        elif isinstance(change, WithdrawOperation):
            self._withdraw_operation(change, actor=actor)
        elif isinstance(change, SetCharteLevels):
            self._set_levels(change, actor=actor)
        elif isinstance(change, SetFramework):
            self._set_framework(change, actor=actor)
        elif isinstance(change, WithdrawFramework):
            self._withdraw_framework(change, actor=actor)
        else:
            self._set_evaluation_scheme(change, actor=actor)
        return self.current_warnings()

    def _apply_draft_change(self, change: TermsChange) -> None:
        # Each change of the draft is a new revision of the terms: what a signature covers.
        self.terms = change.apply(self.terms)
        self.terms_revision += 1

    @event("PartyAdded")
    def _add_party(self, change: AddParty, warnings: tuple[str, ...], actor: Actor) -> None:
        self._apply_draft_change(change)
        self.warnings = warnings

    @event("PartyRemoved")
    def _remove_party(self, change: RemoveParty, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("CommitmentSet")
    def _set_commitment(self, change: SetCommitment, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("ContrepartieSet")
    def _set_contrepartie(self, change: SetContrepartie, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("OperationSet")
    def _set_operation(self, change: SetOperation, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("OperationWithdrawn")
    def _withdraw_operation(self, change: WithdrawOperation, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("CharteLevelsSet")
    def _set_levels(self, change: SetCharteLevels, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("FrameworkSet")
    def _set_framework(self, change: SetFramework, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("FrameworkWithdrawn")
    def _withdraw_framework(self, change: WithdrawFramework, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("PeriodChanged")
    def _change_period(self, change: ChangePeriod, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("AxisSet")
    def _set_axis(self, change: SetAxis, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("CommitmentWithdrawn")
    def _withdraw_commitment(self, change: WithdrawCommitment, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("ContrepartieWithdrawn")
    def _withdraw_contrepartie(self, change: WithdrawContrepartie, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("GovernanceBodySet")
    def _set_governance_body(self, change: SetGovernanceBody, actor: Actor) -> None:
        self._apply_draft_change(change)

    @event("EvaluationSchemeSet")
    def _set_evaluation_scheme(self, change: SetEvaluationScheme, actor: Actor) -> None:
        self._apply_draft_change(change)

    # --- consent to exact terms ----------------------------------------------------------

    def consent_given(self) -> tuple[tuple[UUID, ...], tuple[UUID, ...]]:
        """The parties whose signature, and whose deliberation on the convention, approve
        the terms as they now stand."""
        revision = self.terms_revision
        signed = tuple(s.party_id for s in self.signatures if s.terms_revision == revision)
        deliberated = tuple(
            d.party_id
            for d in self.deliberations
            if d.avenant_number is None and d.terms_revision == revision
        )
        return signed, deliberated

    def _void_consent(self, reason: str, actor: Actor) -> None:
        """Signatures and deliberations that approved the terms as they stand stop counting."""
        signed, deliberated = self.consent_given()
        stale = tuple(s.party_id for s in self.signatures if s.terms_revision != self.terms_revision)
        if signed or deliberated or stale:
            self._consent_voided(
                tuple(dict.fromkeys((*signed, *stale))), deliberated, reason, self.terms_revision, actor=actor
            )

    @event("ConsentVoided")
    def _consent_voided(
        self,
        signatures: tuple[UUID, ...],
        deliberations: tuple[UUID, ...],
        reason: str,
        terms_revision: int,
        actor: Actor,
    ) -> None:
        self.voided_signatures = (*self.voided_signatures, *self.signatures)
        self.signatures = ()

    # --- terms in force ----------------------------------------------------------------

    def signed_terms_on(self, day: date) -> Terms:
        """The signed terms applicable on ``day``, as known now: the terms as drafted, then
        each avenant in force whose effective date is on or before ``day``, in order, with
        absorbed offices replaced by the absorbing ones from the merger."""
        terms = apply_changes(
            self.terms,
            (
                change
                for avenant in self.avenants
                if avenant.status is AvenantStatus.IN_FORCE and avenant.effective_on <= day
                for change in avenant.changes
            ),
        )
        return self._substituted(terms, day)

    def _substituted(self, terms: Terms, day: date) -> Terms:
        for substitution in self.substitutions:
            if substitution.effective_on <= day:
                terms = terms.substitute(substitution.absorbed_id, substitution.absorbing_id)
        return terms

    def terms_on(self, day: date) -> Terms:
        """The terms applicable on ``day``: the signed terms plus the adherents who had joined
        and not withdrawn, with absorbed offices replaced by the absorbing ones from the
        merger."""
        terms = self.signed_terms_on(day)
        joined = tuple(a.party for a in self.adhesions if a.covers(day))
        if not joined:
            return terms
        return self._substituted(replace(terms, parties=(*terms.parties, *joined)), day)

    @property
    def latest_terms(self) -> Terms:
        """The terms once every avenant in force has applied (whatever its effective date)."""
        return self.terms_on(date.max)

    def terms_for_year(self, year: int) -> Terms:
        return self.terms_on(date(year, 12, 31))

    def is_open_to_adherents(self) -> bool:
        """An open convention is offered to every landlord (adhesion itself needs it in force)."""
        return self.kind is ConventionKind.CONVENTION_OUVERTE

    def concerned_party_ids(self) -> frozenset[UUID]:
        """Every party the convention has ever concerned: parties as drafted and as the terms
        now stand, parties an avenant adds or removes (proposed or in force), adherents. They
        may read it, its history and its alerts (a party removed by an avenant keeps the
        history it signed)."""
        ids = {p.party_id for p in self.terms.parties}
        ids |= {p.party_id for p in self.latest_terms.parties}
        ids |= {a.party.party_id for a in self.adhesions}
        ids |= {s.absorbed_id for s in self.substitutions}
        for avenant in self.avenants:
            for change in avenant.changes:
                if isinstance(change, AddParty):
                    ids.add(change.party.party_id)
                elif isinstance(change, RemoveParty):
                    ids.add(change.party_id)
        return frozenset(ids)

    def defined_contrepartie(self, contrepartie_id: str) -> Contrepartie | None:
        """The contrepartie as the terms now define it, or as drafted when an avenant has
        withdrawn it since (payments of past years still refer to it)."""
        for terms in (self.latest_terms, self.terms):
            for contrepartie in terms.contreparties:
                if contrepartie.contrepartie_id == contrepartie_id:
                    return contrepartie
        return None

    def defined_governance_body(self, body_id: str) -> GovernanceBody | None:
        """The governance body as the terms now define it, or as drafted."""
        for terms in (self.latest_terms, self.terms):
            for body in terms.governance_bodies:
                if body.body_id == body_id:
                    return body
        return None

    # --- deliberations and signatures ---------------------------------------------------

    def deliberation_for(self, party_id: UUID, avenant_number: int | None) -> Deliberation | None:
        """The party's latest deliberation on the convention (or on avenant n)."""
        found = None
        for d in self.deliberations:
            if d.party_id == party_id and d.avenant_number == avenant_number:
                found = d
        return found

    def record_deliberation(self, deliberation: Deliberation, directory: Directory, actor: Actor) -> None:
        """Rules: the party is a party of the convention (or, for an open convention in
        force, a landlord about to adhere), and an office that has not merged by then; one
        deliberation per party and per subject — on the convention, a new one once the terms
        it approved have changed; an avenant's deliberation refers to a pending avenant. A
        deliberation on the convention approves its terms as they stand (their revision and
        fingerprint are recorded with it)."""
        check_label(deliberation.body, "L'organe délibérant", max_length=NAME_MAX_LENGTH)
        check_label(
            deliberation.reference, "La référence de la délibération", max_length=REFERENCE_MAX_LENGTH
        )
        party_id = deliberation.party_id
        if deliberation.avenant_number is not None:
            avenant = self.pending_avenant(deliberation.avenant_number)
            if party_id not in avenant.signatories:
                raise NotASignatoryError(
                    f"{party_name(directory, party_id)} ne signe pas l'avenant n°{avenant.number}."
                )
        elif self.latest_terms.party(party_id) is None:
            party = directory.get(party_id)
            adherable = (
                self.kind is ConventionKind.CONVENTION_OUVERTE
                and party is not None
                and party_type_of(party).is_landlord
            )
            if not adherable:
                raise NotASignatoryError(
                    f"{party_name(directory, party_id)} n'est pas partie à cette convention."
                )
        office = directory.get(party_id)
        if isinstance(office, Office):
            office.check_active_on(deliberation.adopted_on)
        existing = self.deliberation_for(party_id, deliberation.avenant_number)
        if existing is not None and existing.covers(self.terms_revision):
            subject = (
                "la convention"
                if deliberation.avenant_number is None
                else f"l'avenant n°{deliberation.avenant_number}"
            )
            raise DeliberationAlreadyRecordedError(
                f"La délibération {wording.of(party_name(directory, party_id))} sur {subject} est déjà enregistrée."
            )
        if deliberation.avenant_number is None:
            deliberation = replace(
                deliberation,
                terms_revision=self.terms_revision,
                terms_fingerprint=fingerprint(self.terms),
            )
        self._record_deliberation(deliberation, effective_on=deliberation.adopted_on, actor=actor)

    @event("DeliberationRecorded")
    def _record_deliberation(self, deliberation: Deliberation, effective_on: date, actor: Actor) -> None:
        if deliberation.avenant_number is None and deliberation.terms_revision is None:
            # Recorded before deliberations said what they approved: the terms as they stood.
            deliberation = replace(deliberation, terms_revision=self.terms_revision)
        self.deliberations = (*self.deliberations, deliberation)

    def _check_authorised(
        self, party_id: UUID, avenant_number: int | None, on: date, directory: Directory
    ) -> None:
        deliberation = self.deliberation_for(party_id, avenant_number)
        subject = "la convention" if avenant_number is None else f"l'avenant n°{avenant_number}"
        if deliberation is None:
            raise DeliberationMissingError(
                f"{party_name(directory, party_id)} ne peut signer {subject} qu'après la "
                "délibération qui l'y autorise : enregistrez-la d'abord (organe, numéro, date)."
            )
        if not deliberation.covers(self.terms_revision):
            raise DeliberationOutdatedError(
                f"La délibération {deliberation.reference} {wording.of(party_name(directory, party_id))} "
                f"approuvait une version antérieure des termes (révision {deliberation.terms_revision}, "
                f"les termes en sont à la révision {self.terms_revision}) : faites délibérer à "
                "nouveau sur les termes tels qu'ils sont."
            )
        if deliberation.adopted_on > on:
            raise DateBeforeError(
                f"La délibération {wording.of(party_name(directory, party_id))} "
                f"({deliberation.adopted_on:%d/%m/%Y}) est postérieure à la date de signature "
                f"({on:%d/%m/%Y})."
            )

    def sign(
        self,
        party_id: UUID,
        signed_on: date,
        directory: Directory,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> bool:
        """A party signs the terms as they stand. When every signatory has signed those same
        terms, the convention enters into force.

        Rules: only while in draft; only a listed signatory, once; not after the end date;
        after its authorising deliberation, which approved these terms; an office that has not
        merged; the kind's rules hold on the signing date (``check_kind_rules``). The
        signature records the revision and fingerprint of the terms it covers. Returns True
        when this signature made the convention enter into force.
        ``signatory_id`` names the person who signed (checked by ``people.check_signatory``).
        """
        terms = self.terms
        party = terms.party(party_id)
        if party is None or party.role is not PartyRole.SIGNATAIRE:
            raise NotASignatoryError(
                f"{party_name(directory, party_id)} ne figure pas parmi les signataires de cette convention."
            )
        if self.status is not ConventionStatus.DRAFT:
            raise InvalidTransitionError(
                f"La convention est {STATUS_LABELS[self.status]} : il n'y a plus rien à signer."
            )
        signed, _ = self.consent_given()
        if party_id in signed:
            raise AlreadySignedError(f"{party_name(directory, party_id)} a déjà signé cette convention.")
        end = terms.period.end
        if end is not None and signed_on > end:
            raise SignatureAfterEndError(
                f"La convention devait prendre fin le {end:%d/%m/%Y} : elle ne se signe plus le "
                f"{signed_on:%d/%m/%Y}. Modifiez sa période ou rédigez-en une nouvelle."
            )
        self._check_authorised(party_id, None, signed_on, directory)
        check_parties_exist(terms.parties, directory, signed_on)
        check_kind_rules(self.kind, terms, signed_on, directory)
        # A signature recorded before signatures said what they covered, on terms changed
        # since, no longer counts (stores written before the rule).
        if len(signed) != len(self.signatures):
            self._void_consent("Signature antérieure à une modification des termes.", actor)
        signed_terms = fingerprint(terms)
        self._sign(
            party_id,
            effective_on=signed_on,
            actor=actor,
            signatory_id=signatory_id,
            terms_revision=self.terms_revision,
            terms_fingerprint=signed_terms,
        )
        if {s.party_id for s in self.signatures} >= set(terms.signatories):
            concluded_on = max(s.signed_on for s in self.signatures)
            takes_effect_on = terms.takes_effect_on or max(terms.period.start, concluded_on)
            self._enter_into_force(
                effective_on=takes_effect_on,
                concluded_on=concluded_on,
                terms_fingerprint=signed_terms,
                actor=actor,
            )
            return True
        return False

    @event("Signed")
    def _sign(
        self,
        party_id: UUID,
        effective_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
        terms_revision: int | None = None,
        terms_fingerprint: str | None = None,
    ) -> None:
        revision = self.terms_revision if terms_revision is None else terms_revision
        self.signatures = (
            *self.signatures,
            Signature(party_id, effective_on, signatory_id, revision, terms_fingerprint),
        )

    @event("EnteredIntoForce")
    def _enter_into_force(
        self,
        effective_on: date,
        actor: Actor,
        concluded_on: date | None = None,
        terms_fingerprint: str | None = None,
    ) -> None:
        # Before the rule on its date, the entry into force was dated by the last signature,
        # even before the start: the convention takes effect on the later of the two.
        self.concluded_on = effective_on if concluded_on is None else concluded_on
        if concluded_on is None:
            effective_on = max(effective_on, self.terms.period.start)
        self.status = ConventionStatus.IN_FORCE
        self.in_force_since = effective_on
        self.status_since = effective_on

    def binds_on(self, day: date) -> bool:
        """Whether the convention, signed and not ended (in force or suspended), still binds
        its parties on ``day``: what a change of party can break."""
        end = self.latest_terms.period.end
        running = self.status in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED)
        return running and (end is None or day <= end)

    def in_force_on(self, day: date) -> bool:
        """Whether the convention applied on ``day``, as known now: taken effect, not yet
        ended (its end date, its résiliation or its expiry). A suspension is a pause, shown by
        the status; the convention still binds."""
        if self.in_force_since is None or day < self.in_force_since:
            return False
        end = self.latest_terms.period.end
        if end is not None and day > end:
            return False
        ended = self.status in (ConventionStatus.TERMINATED, ConventionStatus.EXPIRED)
        return not (ended and self.status_since is not None and day >= self.status_since)

    def standing_on(self, day: date) -> str:
        """What the convention was on ``day``, in French: « en projet », « signée, prend effet
        le … », « en vigueur », « résiliée », « expirée »…"""
        if self.in_force_since is None:
            return STATUS_LABELS[ConventionStatus.DRAFT]
        if day < self.in_force_since:
            if self.concluded_on is not None and day >= self.concluded_on:
                return f"signée, pas encore en vigueur (prend effet le {self.in_force_since:%d/%m/%Y})"
            return f"pas encore en vigueur (en vigueur à compter du {self.in_force_since:%d/%m/%Y})"
        if self.in_force_on(day):
            return STATUS_LABELS[self.status] if self.status is ConventionStatus.SUSPENDED else "en vigueur"
        if self.status in (ConventionStatus.TERMINATED, ConventionStatus.EXPIRED):
            return STATUS_LABELS[self.status]
        return "échue"

    # --- adherents ---------------------------------------------------------------------

    def join(self, party_id: UUID, joined_on: date, directory: Directory, actor: Actor) -> tuple[str, ...]:
        """A landlord adheres to a convention opened by a collectivité.

        Rules: the convention is open to adherents and in force, and not past its end; the
        adherent is an office (not merged) or another landlord, not already a party; its
        deliberation is recorded.
        """
        if self.kind is not ConventionKind.CONVENTION_OUVERTE:
            raise NotOpenToAdherentsError(
                "Seule une convention ouverte par une collectivité à tous les bailleurs de son "
                "territoire reçoit des adhésions ; ajoutez la partie par avenant."
            )
        self.check_in_force("recevoir une adhésion")
        self.check_within_life(joined_on, "recevoir une adhésion")
        if self.latest_terms.party(party_id) is not None:
            raise AlreadyAPartyError(f"{party_name(directory, party_id)} est déjà partie à cette convention.")
        party = directory.get(party_id)
        if party is None or not party_type_of(party).is_landlord:
            raise InvalidPartiesError("Seul un bailleur social peut adhérer à cette convention.")
        adhesion = ConventionParty(party_id, party_type_of(party), PartyRole.ADHERENT)
        check_parties_exist((adhesion,), directory, joined_on)
        self._check_authorised(party_id, None, joined_on, directory)
        if self.in_force_since and joined_on < self.in_force_since:
            raise DateBeforeError("L'adhésion ne peut précéder l'entrée en vigueur de la convention.")
        warnings = competence_warnings(
            (*self.latest_terms.parties, adhesion), directory, joined_on, self.commune_agreements
        )
        rattachement = party.rattachement_on(joined_on) if isinstance(party, Office) else None
        attached_to = rattachement.collectivite_id if rattachement else None
        self._join(
            Adhesion(adhesion, joined_on, attached_to=attached_to),
            warnings,
            effective_on=joined_on,
            actor=actor,
        )
        return warnings

    @event("AdherentJoined")
    def _join(self, adhesion: Adhesion, warnings: tuple[str, ...], effective_on: date, actor: Actor) -> None:
        self.adhesions = (*self.adhesions, adhesion)
        self.warnings = warnings

    def withdraw_adherent(
        self, party_id: UUID, withdrawn_on: date, reason: str, directory: Directory, actor: Actor
    ) -> None:
        """An adherent withdraws itself from an open convention, from ``withdrawn_on`` (it is
        no longer a party that day). Rules: it is a current adherent; the date follows its
        adhesion; the convention has not ended. It never suspends or ends the convention for
        the others: that belongs to the signatories."""
        adhesion = next(
            (a for a in self.adhesions if a.party.party_id == party_id and a.withdrawn_on is None), None
        )
        if adhesion is None:
            raise NotAnAdherentError(
                f"{party_name(directory, party_id)} n'est pas adhérent de cette convention : seul un "
                "adhérent s'en retire ; un signataire la résilie."
            )
        if withdrawn_on <= adhesion.joined_on:
            raise DateBeforeError(f"Le retrait doit suivre l'adhésion du {adhesion.joined_on:%d/%m/%Y}.")
        if self.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
            raise ConventionEndedError(
                f"La convention est {STATUS_LABELS[self.status]} : il n'y a plus à s'en retirer."
            )
        self._withdraw_adherent(
            party_id,
            check_label(reason, "Le motif du retrait", max_length=REASON_MAX_LENGTH),
            effective_on=withdrawn_on,
            actor=actor,
        )

    @event("AdherentWithdrew")
    def _withdraw_adherent(self, party_id: UUID, reason: str, effective_on: date, actor: Actor) -> None:
        self.adhesions = tuple(
            replace(a, withdrawn_on=effective_on)
            if a.party.party_id == party_id and a.withdrawn_on is None
            else a
            for a in self.adhesions
        )

    # --- avenants ----------------------------------------------------------------------

    def check_in_force(self, doing: str) -> None:
        if self.status is not ConventionStatus.IN_FORCE:
            raise ConventionNotInForceError(
                f"La convention est {STATUS_LABELS[self.status]} : elle doit être en vigueur pour {doing}."
            )

    def check_within_life(self, day: date, doing: str) -> None:
        """Nothing is signed or joined after the convention's end date."""
        end = self.latest_terms.period.end
        if end is not None and day > end:
            raise ConventionEndedError(
                f"La convention a pris fin le {end:%d/%m/%Y} : on ne peut plus {doing} le {day:%d/%m/%Y}."
            )

    def last_year_of_life(self) -> int | None:
        """The last calendar year the convention covers: its end, or its résiliation."""
        end = self.latest_terms.period.end
        years = [end.year] if end is not None else []
        if self.status is ConventionStatus.TERMINATED and self.status_since is not None:
            years.append(self.status_since.year)
        return min(years) if years else None

    def check_year_of_life(self, year: int, what: str) -> None:
        """Execution (payments, guarantees, bilans, programmes) stays within the convention's
        period and, once terminated, does not reach the years after the résiliation."""
        check_year(self.latest_terms.period, year, what)
        last = self.last_year_of_life()
        if last is not None and year > last:
            raise ConventionEndedError(
                f"{what} : la convention a été résiliée le {self.status_since:%d/%m/%Y} ; rien ne "
                f"s'exécute pour {year}, après l'année de la résiliation."
            )

    def pending_avenant(self, number: int) -> Avenant:
        avenant = self.avenant(number)
        if avenant.status is not AvenantStatus.PROPOSED:
            raise AvenantNotPendingError(f"L'avenant n°{number} n'est plus en attente de signature.")
        return avenant

    def avenant(self, number: int) -> Avenant:
        found = next((a for a in self.avenants if a.number == number), None)
        if found is None:
            raise AvenantNotFoundError(f"L'avenant n°{number} n'existe pas pour cette convention.")
        return found

    def propose_avenant(
        self,
        changes: tuple[TermsChange, ...],
        effective_on: date,
        reason: str,
        proposed_on: date,
        directory: Directory,
        actor: Actor,
    ) -> tuple[int, tuple[str, ...]]:
        """Rules: the convention is in force; one avenant pending at a time; effective dates
        follow each other; the avenant does not change what lies before its effective date
        (targets and contreparties of earlier years, start date); the amended terms are valid,
        and the kind's rules hold for them on the effective date (``check_kind_rules``). Its
        signatories are the convention's, plus the signatories it adds; its text is fixed
        (fingerprinted) once proposed. Returns its number, and the warnings on the amended
        terms (a duration outside the observed 1 to 6 years).
        """
        self.check_in_force("être modifiée par avenant")
        if not changes:
            raise EmptyAvenantError("Un avenant apporte au moins une modification.")
        pending = [a.number for a in self.avenants if a.status is AvenantStatus.PROPOSED]
        if pending:
            raise AvenantAlreadyPendingError(
                f"L'avenant n°{pending[0]} attend encore des signatures : faites-le signer ou "
                "retirez-le avant d'en proposer un autre."
            )
        before = self.signed_terms_on(date.max)
        self.check_effective_date(effective_on, before)
        after = apply_changes(before, changes)
        check_not_changing_the_past(before, after, effective_on)
        check_terms(self.kind, after)
        added = tuple(c.party for c in changes if isinstance(c, AddParty))
        for party in added:
            if any(a.party.party_id == party.party_id for a in self.adhesions):
                raise AlreadyAPartyError(
                    f"{party_name(directory, party.party_id)} est déjà adhérent de la convention."
                )
        check_parties_exist(added, directory, effective_on)
        for change in changes:
            if isinstance(change, SetContrepartie):
                check_titres_subscriber(change.contrepartie, directory, effective_on)
        check_kind_rules(self.kind, after, effective_on, directory)
        signatories = tuple(dict.fromkeys((*before.signatories, *after.signatories)))
        number = max((a.number for a in self.avenants), default=0) + 1
        reason = check_label(reason, "L'objet de l'avenant", max_length=REASON_MAX_LENGTH)
        avenant = Avenant(
            number=number,
            effective_on=effective_on,
            reason=reason,
            changes=changes,
            proposed_on=proposed_on,
            signatories=signatories,
            fingerprint=fingerprint((changes, effective_on, reason)),
        )
        self._propose_avenant(avenant, effective_on=proposed_on, actor=actor)
        return number, duration_warnings(self.kind, after.period)

    def check_effective_date(self, effective_on: date, terms: Terms) -> None:
        if effective_on < terms.period.start:
            raise AvenantChangesThePastError(
                f"L'avenant ne peut prendre effet avant le début de la convention "
                f"({terms.period.start:%d/%m/%Y})."
            )
        if terms.period.end is not None and effective_on > terms.period.end:
            raise AvenantChangesThePastError(
                f"L'avenant ne peut prendre effet après la fin de la convention "
                f"({terms.period.end:%d/%m/%Y})."
            )
        previous = [a.effective_on for a in self.avenants if a.status is AvenantStatus.IN_FORCE]
        if previous and effective_on < max(previous):
            raise AvenantChangesThePastError(
                f"Un avenant prend effet au plus tôt à la date d'effet du précédent "
                f"({max(previous):%d/%m/%Y})."
            )

    @event("AvenantProposed")
    def _propose_avenant(self, avenant: Avenant, effective_on: date, actor: Actor) -> None:
        self.avenants = (*self.avenants, avenant)

    def sign_avenant(
        self,
        number: int,
        party_id: UUID,
        signed_on: date,
        directory: Directory,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> bool:
        """Rules: the avenant is pending and the convention has not ended (terminated,
        expired, or past its end date); the party is one of its signatories, an office that
        has not merged, and signs once, after its deliberation; when the last signature puts
        it in force, the kind's rules hold for the amended terms on its effective date and on
        that day. Returns True when this signature put the avenant in force."""
        avenant = self.pending_avenant(number)
        if self.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
            raise ConventionEndedError(
                f"La convention est {STATUS_LABELS[self.status]} depuis le "
                f"{self.status_since:%d/%m/%Y} : l'avenant n°{number} ne peut plus être signé ; "
                "retirez-le."
            )
        self.check_within_life(signed_on, f"signer l'avenant n°{number}")
        if party_id not in avenant.signatories:
            raise NotASignatoryError(
                f"{party_name(directory, party_id)} ne figure pas parmi les signataires de "
                f"l'avenant n°{number}."
            )
        if avenant.has_signed(party_id):
            raise AlreadySignedError(f"{party_name(directory, party_id)} a déjà signé l'avenant n°{number}.")
        if signed_on < avenant.proposed_on:
            raise DateBeforeError("Un avenant ne peut être signé avant d'avoir été proposé.")
        office = directory.get(party_id)
        if isinstance(office, Office):
            office.check_active_on(signed_on)
        self._check_authorised(party_id, number, signed_on, directory)
        if {s.party_id for s in avenant.signatures} | {party_id} >= set(avenant.signatories):
            after = apply_changes(self.signed_terms_on(date.max), avenant.changes)
            for day in dict.fromkeys((avenant.effective_on, signed_on)):
                check_kind_rules(self.kind, after, day, directory)
        self._sign_avenant(number, party_id, effective_on=signed_on, actor=actor, signatory_id=signatory_id)
        avenant = self.avenant(number)
        if {s.party_id for s in avenant.signatures} >= set(avenant.signatories):
            self._avenant_enter_into_force(number, effective_on=avenant.effective_on, actor=actor)
            return True
        return False

    def _replace_avenant(self, number: int, **changes: object) -> None:
        self.avenants = tuple(
            replace(a, **changes) if a.number == number else a  # type: ignore[arg-type]
            for a in self.avenants
        )

    @event("AvenantSigned")
    def _sign_avenant(
        self,
        number: int,
        party_id: UUID,
        effective_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> None:
        signatures = (*self.avenant(number).signatures, Signature(party_id, effective_on, signatory_id))
        self._replace_avenant(number, signatures=signatures)

    @event("AvenantEnteredIntoForce")
    def _avenant_enter_into_force(self, number: int, effective_on: date, actor: Actor) -> None:
        self._replace_avenant(number, status=AvenantStatus.IN_FORCE)

    def withdraw_avenant(self, number: int, reason: str, withdrawn_on: date, actor: Actor) -> None:
        """Rules: only a pending avenant is withdrawn, with a reason."""
        self.pending_avenant(number)
        self._withdraw_avenant(
            number,
            check_label(reason, "Le motif du retrait", max_length=REASON_MAX_LENGTH),
            effective_on=withdrawn_on,
            actor=actor,
        )

    @event("AvenantWithdrawn")
    def _withdraw_avenant(self, number: int, reason: str, effective_on: date, actor: Actor) -> None:
        self._replace_avenant(number, status=AvenantStatus.WITHDRAWN)

    # --- application programmes --------------------------------------------------------

    def programme_for(self, year: int) -> ApplicationProgramme | None:
        return next((p for p in self.programmes if p.year == year), None)

    def adopt_programme(
        self,
        year: int,
        actions: tuple[ProgrammeAction, ...],
        adopted_on: date,
        actor: Actor,
        *,
        revision: bool = False,
        contributions: tuple[Contribution, ...] = (),
        deliberations: tuple[str, ...] = (),
    ) -> None:
        """The annual convention d'application. Rules: the convention is in force; the year
        lies in its period; actions refer to existing commitments, budgets in exact euros;
        one programme per year, later changed by a revision (never edited). Its contributions
        set the year's means of contreparties paid in money whose amount for the year the
        convention leaves open, or caps (a ceiling: within it) — a firm amount of the
        convention changes only by avenant; each goes to one beneficiary of the contrepartie."""
        self.check_in_force("adopter un programme annuel")
        terms = self.terms_for_year(year)
        self.check_year_of_life(year, "Programme annuel")
        for reference in deliberations:
            check_label(reference, "La référence de la délibération", max_length=REFERENCE_MAX_LENGTH)
        for contribution in contributions:
            contrepartie = terms.contrepartie(contribution.contrepartie_id)
            check_amount(contribution.amount, f"La contribution {year} à « {contrepartie.label} »")
            if not contrepartie.is_paid_yearly or contrepartie.is_in_kind:
                raise InvalidValueError(
                    f"« {contrepartie.label} » ne se verse pas en numéraire : une contribution annuelle ne la fixe pas."
                )
            set_by_terms = contrepartie.amount_for(year)
            if set_by_terms is not None and contrepartie.commitment is AmountCommitment.FIRM:
                raise TermsFrozenError(
                    f"« {contrepartie.label} » {year} : la convention en fixe le montant "
                    f"({wording.euros(set_by_terms)}) ; il ne change que par avenant."
                )
            if set_by_terms is not None and contribution.amount > set_by_terms:
                raise PaymentExceedsCommitmentError(
                    f"« {contrepartie.label} » {year} : la contribution de {wording.euros(contribution.amount)} "
                    f"dépasse ce que la convention prévoit ({wording.euros(set_by_terms)})."
                )
            beneficiaries = self.beneficiaries_of(contrepartie, year)
            if contribution.beneficiary_id is None and len(beneficiaries) != 1:
                raise InvalidValueError(
                    f"« {contrepartie.label} » va à plusieurs bénéficiaires : indiquez celui de la contribution."
                )
            if contribution.beneficiary_id is not None:
                self._beneficiary(contrepartie, contribution.beneficiary_id, year)
        if not actions:
            raise InvalidValueError("Un programme annuel comporte au moins une action.")
        for action in actions:
            check_label(action.label, "Le libellé de l'action")
            if action.commitment_id is not None:
                terms.commitment(action.commitment_id)
            if action.budget is not None:
                check_amount(action.budget, f"Budget de l'action « {action.label} »", allow_zero=True)
        existing = self.programme_for(year)
        if existing is not None and not revision:
            raise ProgrammeAlreadyAdoptedError(
                f"Le programme {year} est déjà adopté : enregistrez une révision."
            )
        if existing is None and revision:
            raise ProgrammeNotFoundError(f"Aucun programme {year} à réviser : adoptez-le d'abord.")
        programme = ApplicationProgramme(
            year,
            actions,
            adopted_on,
            existing.revision + 1 if existing else 1,
            contributions=tuple(
                replace(c, beneficiary_id=c.beneficiary_id or self._sole_beneficiary(c.contrepartie_id, year))
                for c in contributions
            ),
            deliberations=tuple(d.strip() for d in deliberations),
        )
        if revision:
            self._revise_programme(programme, effective_on=adopted_on, actor=actor)
        else:
            self._adopt_programme(programme, effective_on=adopted_on, actor=actor)

    @event("ApplicationProgrammeAdopted")
    def _adopt_programme(self, programme: ApplicationProgramme, effective_on: date, actor: Actor) -> None:
        self.programmes = (*self.programmes, programme)

    def _sole_beneficiary(self, contrepartie_id: str, year: int) -> UUID:
        (beneficiary,) = self.beneficiaries_of(self.terms_for_year(year).contrepartie(contrepartie_id), year)
        return beneficiary

    @event("ApplicationProgrammeRevised")
    def _revise_programme(self, programme: ApplicationProgramme, effective_on: date, actor: Actor) -> None:
        self.programmes = tuple(programme if p.year == programme.year else p for p in self.programmes)

    # --- contreparties given ------------------------------------------------------------

    def check_executable(self) -> None:
        if self.status is ConventionStatus.DRAFT:
            raise ConventionNotInForceError(
                "La convention est en projet : rien ne s'exécute avant son entrée en vigueur."
            )

    def beneficiaries_of(self, contrepartie: Contrepartie, year: int) -> tuple[UUID, ...]:
        """Who a contrepartie is due to in a year: its beneficiary, or every landlord party of
        that year's terms (adherents included), or — when it is reserved to the giver's own
        office — the adherents attached to the giver."""
        if contrepartie.to_party_id is not None:
            return (contrepartie.to_party_id,)
        landlords = tuple(
            p.party_id for p in self.terms_for_year(year).parties if p.party_type.is_landlord_side
        )
        if not contrepartie.reserved_to_attached_office:
            return landlords
        attached = {a.party.party_id for a in self.adhesions if a.attached_to == contrepartie.from_party_id}
        return tuple(p for p in landlords if p in attached)

    def _beneficiary(self, contrepartie: Contrepartie, beneficiary_id: UUID, year: int) -> None:
        terms = self.terms_for_year(year)
        if contrepartie.to_party_id is not None:
            if beneficiary_id != contrepartie.to_party_id:
                raise InvalidPartiesError(
                    "Cette contrepartie est due à une autre partie que le bénéficiaire indiqué."
                )
            return
        if contrepartie.reserved_to_attached_office:
            if beneficiary_id not in self.beneficiaries_of(contrepartie, year):
                raise InvalidPartiesError(
                    f"La contrepartie {contrepartie.contrepartie_id} est réservée à l'office rattaché à la "
                    "collectivité qui la donne : ce bénéficiaire n'est pas cet office."
                )
            return
        party = terms.party(beneficiary_id) or self.latest_terms.party(beneficiary_id)
        if party is None or not party.party_type.is_landlord_side:
            raise InvalidPartiesError(
                "Le bénéficiaire doit être un bailleur partie ou adhérent de la convention."
            )

    def paid(self, contrepartie_id: str, year: int, beneficiary_id: UUID | None = None) -> Decimal:
        """What was given of a contrepartie for a year: paid in money, or realised in kind (at
        its valuation)."""
        return _total(self.payments, "amount", contrepartie_id, year, beneficiary_id) + _total(
            self.in_kind, "valuation", contrepartie_id, year, beneficiary_id
        )

    def recovered(self, contrepartie_id: str, year: int, beneficiary_id: UUID | None = None) -> Decimal:
        return _total(self.recoveries, "amount", contrepartie_id, year, beneficiary_id)

    def paid_net(self, contrepartie_id: str, year: int, beneficiary_id: UUID | None = None) -> Decimal:
        """What was given for a year and stays given: paid or realised, less what went back."""
        return self.paid(contrepartie_id, year, beneficiary_id) - self.recovered(
            contrepartie_id, year, beneficiary_id
        )

    def record_recovery(self, recovery: Recovery, actor: Actor) -> None:
        """Money going back. Rules: the convention has been in force (a recovery may follow
        its end); the contrepartie is one paid in money in that year's terms, to that
        beneficiary; the reference and the reason are given; never more is recovered than was
        paid, net of what was recovered already. What is recovered is no longer owed: it
        reduces what was committed and what was paid alike, so it never reads as « non versé »."""
        if self.in_force_since is None:
            raise ConventionNotInForceError(
                "Rien n'a été versé au titre d'une convention qui n'est pas entrée en vigueur."
            )
        self.check_year_of_life(recovery.year, "Reversement")
        check_amount(recovery.amount, "Reversement")
        check_label(recovery.reference, "La référence du titre de recettes", max_length=REFERENCE_MAX_LENGTH)
        check_label(recovery.reason, "Le motif du reversement", max_length=REASON_MAX_LENGTH)
        contrepartie = self.terms_for_year(recovery.year).contrepartie(recovery.contrepartie_id)
        self._beneficiary(contrepartie, recovery.beneficiary_id, recovery.year)
        net = self.paid_net(recovery.contrepartie_id, recovery.year, recovery.beneficiary_id)
        if recovery.amount > net:
            raise RecoveryExceedsPaymentsError(
                f"« {contrepartie.label} » {recovery.year} : {wording.euros(net)} versés (nets des reversements) ; "
                f"un reversement de {wording.euros(recovery.amount)} reprendrait plus que ce qui a été versé."
            )
        self._record_recovery(recovery, effective_on=recovery.recovered_on, actor=actor)

    @event("ContrepartieRecovered")
    def _record_recovery(self, recovery: Recovery, effective_on: date, actor: Actor) -> None:
        self.recoveries = (*self.recoveries, recovery)

    def mobilised(self, contrepartie_id: str, year: int, beneficiary_id: UUID | None = None) -> Decimal:
        return _total(self.mobilisations, "amount", contrepartie_id, year, beneficiary_id)

    def contribution(self, contrepartie_id: str, year: int, beneficiary_id: UUID) -> Decimal | None:
        """What the year's convention d'application sets for a contrepartie (None: it sets none)."""
        programme = self.programme_for(year)
        return programme.contribution_to(contrepartie_id, beneficiary_id) if programme else None

    def delivered(self, contrepartie_id: str, year: int, beneficiary_id: UUID) -> dict[str, int]:
        """Dwellings delivered in a year under a per-dwelling grant, per typology."""
        counts: dict[str, int] = {}
        for d in self.deliveries:
            if (
                d.contrepartie_id == contrepartie_id
                and d.delivered_on.year == year
                and d.beneficiary_id == beneficiary_id
            ):
                counts[d.typology] = counts.get(d.typology, 0) + d.count
        return counts

    def owed(self, contrepartie: Contrepartie, year: int, beneficiary_id: UUID) -> Decimal | None:
        """What a beneficiary is owed of a contrepartie for a year (None: nothing is owed, so
        nothing falls due and nothing is « non versé »): a firm yearly amount; of a conditional
        envelope, what decisions mobilised for it; of a per-dwelling grant, the dwellings
        delivered that year at the barème (within the year's envelope, if any); of a ceiling,
        nothing — unless the year's convention d'application sets a contribution: that is owed. The one rule the alerts, the deadlines, the portfolios and the pages ask."""
        contributed = self.contribution(contrepartie.contrepartie_id, year, beneficiary_id)
        if contributed is not None:
            return contributed  # the year's convention d'application sets it
        if contrepartie.kind is ContrepartieKind.AIDE_PAR_LOGEMENT:
            counts = self.delivered(contrepartie.contrepartie_id, year, beneficiary_id)
            if not counts:
                return None
            due = sum(
                (
                    grant.amount_per_dwelling * count
                    for typology, count in counts.items()
                    if (grant := contrepartie.unit_grant_for(typology)) is not None
                ),
                Decimal("0.00"),
            )
            envelope = contrepartie.amount_for(year)
            return min(due, envelope) if envelope is not None else due
        if contrepartie.is_owed:
            return contrepartie.amount_for(year)
        if contrepartie.is_paid_yearly and contrepartie.commitment is AmountCommitment.CONDITIONAL:
            mobilised = self.mobilised(contrepartie.contrepartie_id, year, beneficiary_id)
            return mobilised if mobilised > 0 else None
        return None

    def payment_due_on(self, contrepartie: Contrepartie, year: int, beneficiary_id: UUID) -> date:
        """When what is owed falls due: the year's payment date; for a support mobilised after
        it, three months after the last decision."""
        due = self.latest_terms.evaluation_scheme.payment_due_on(year)
        decisions = [
            m.decided_on
            for m in self.mobilisations
            if m.contrepartie_id == contrepartie.contrepartie_id
            and m.year == year
            and m.beneficiary_id == beneficiary_id
        ]
        if decisions and contrepartie.commitment is AmountCommitment.CONDITIONAL:
            return max(due, max(decisions) + MOBILISED_PAYMENT_DELAY)
        return due

    def record_in_kind(self, realisation: InKindRealisation, actor: Actor) -> None:
        """A contrepartie given in kind. Rules: the convention is executable; the year is one
        of its life; the contrepartie is one given in kind in that year's terms, to that
        beneficiary; the parcel is named, its surface positive, its valuation not negative;
        what is realised for a year never exceeds what was committed."""
        self.check_executable()
        self.check_year_of_life(realisation.year, "Réalisation")
        check_label(realisation.parcel_reference, "La référence cadastrale", max_length=LABEL_MAX_LENGTH)
        check_text(realisation.deed_reference, "La référence de l'acte")
        if len(realisation.deed_reference) > REFERENCE_MAX_LENGTH:
            raise InvalidValueError(f"La référence de l'acte dépasse {REFERENCE_MAX_LENGTH} caractères.")
        if realisation.surface_m2 <= 0:
            raise InvalidValueError("La surface se compte en mètres carrés, plus que zéro.")
        if realisation.valuation < 0:
            raise InvalidValueError("La valeur d'une réalisation en nature ne peut être négative.")
        contrepartie = self.terms_for_year(realisation.year).contrepartie(realisation.contrepartie_id)
        if not contrepartie.is_in_kind:
            raise ContrepartieNotPayableError(
                f"« {contrepartie.label} » ne se réalise pas en nature : enregistrez son versement."
            )
        self._beneficiary(contrepartie, realisation.beneficiary_id, realisation.year)
        committed = contrepartie.amount_for(realisation.year)
        already = self.paid(realisation.contrepartie_id, realisation.year, realisation.beneficiary_id)
        if committed is not None and already + realisation.valuation > committed:
            raise PaymentExceedsCommitmentError(
                f"« {contrepartie.label} » {realisation.year} : {wording.euros(already)} déjà réalisés ; cette "
                f"réalisation de {wording.euros(realisation.valuation)} dépasserait l'engagement de "
                f"{wording.euros(committed)}."
            )
        self._record_in_kind(realisation, effective_on=realisation.realised_on, actor=actor)

    @event("InKindRealised")
    def _record_in_kind(self, realisation: InKindRealisation, effective_on: date, actor: Actor) -> None:
        self.in_kind = (*self.in_kind, realisation)

    def dwellings_delivered(self, operation_id: str, year: int | None = None) -> int:
        """The dwellings delivered for an operation of the terms, under per-dwelling grants (in
        that year only, when one is given)."""
        return sum(
            d.count
            for d in self.deliveries
            if d.operation_id == operation_id and (year is None or d.delivered_on.year == year)
        )

    @staticmethod
    def operation_financed(
        terms: Terms, contrepartie: Contrepartie, operation_id: str | None
    ) -> Operation | None:
        """The operation a delivery or a guarantee is for: the one named, which is one of the
        terms'; a contrepartie that finances one operation finances only that one (and names
        it when the record does not)."""
        if operation_id is None:
            return (
                None if contrepartie.operation_id is None else terms.operation_of(contrepartie.operation_id)
            )
        operation = terms.operation_of(operation_id)
        if contrepartie.operation_id is not None and contrepartie.operation_id != operation_id:
            raise InvalidValueError(
                f"« {contrepartie.label} » finance l'opération {contrepartie.operation_id}, "
                f"pas l'opération {operation_id}."
            )
        return operation

    def record_delivery(self, delivery: Delivery, actor: Actor) -> None:
        """Dwellings delivered. Rules: the convention is executable; the delivery falls in a
        year of its life; the contrepartie is a per-dwelling grant of that year's terms, due to
        that beneficiary, with a barème for the typology; the operation is named — in words, or
        as one of the terms' (``operation_financed``); the count is positive."""
        self.check_executable()
        year = delivery.delivered_on.year
        self.check_year_of_life(year, "Livraison")
        terms = self.terms_for_year(year)
        contrepartie = terms.contrepartie(delivery.contrepartie_id)
        operation = self.operation_financed(terms, contrepartie, delivery.operation_id)
        if operation is not None:
            delivery = replace(
                delivery,
                operation_id=operation.operation_id,
                operation=delivery.operation.strip() or operation.title,
            )
        check_label(delivery.operation, "L'opération", max_length=LABEL_MAX_LENGTH)
        if delivery.count <= 0:
            raise InvalidValueError("Le nombre de logements livrés doit être positif.")
        if contrepartie.kind is not ContrepartieKind.AIDE_PAR_LOGEMENT:
            raise ContrepartieNotPayableError(
                f"« {contrepartie.label} » n'est pas une aide par logement : les livraisons ne la déterminent pas."
            )
        self._beneficiary(contrepartie, delivery.beneficiary_id, year)
        if contrepartie.unit_grant_for(delivery.typology) is None:
            raise ElementNotFoundError(
                f"La typologie « {delivery.typology[:40]} » n'est pas aidée par « {contrepartie.label} » "
                f"({', '.join(g.typology for g in contrepartie.unit_grants)})."
            )
        self._record_delivery(delivery, effective_on=delivery.delivered_on, actor=actor)

    @event("DeliveryRecorded")
    def _record_delivery(self, delivery: Delivery, effective_on: date, actor: Actor) -> None:
        self.deliveries = (*self.deliveries, delivery)

    def mobilise(self, mobilisation: Mobilisation, actor: Actor) -> None:
        """Rules: the convention is executable; the year is one of its life; the contrepartie
        is a conditional envelope paid in money, due to that beneficiary; what is mobilised for
        the year never exceeds the envelope."""
        self.check_executable()
        self.check_year_of_life(mobilisation.year, "Le soutien mobilisé")
        check_amount(mobilisation.amount, "Le soutien mobilisé")
        contrepartie = self.terms_for_year(mobilisation.year).contrepartie(mobilisation.contrepartie_id)
        if not (contrepartie.is_paid_yearly and contrepartie.commitment is AmountCommitment.CONDITIONAL):
            raise EnvelopeNotMobilisableError(
                f"« {contrepartie.label} » n'est pas une enveloppe mobilisable sous conditions : "
                + (
                    "son montant est déjà dû chaque année."
                    if contrepartie.is_owed
                    else "rien ne s'y mobilise (un plafond se verse selon les besoins)."
                )
            )
        self._beneficiary(contrepartie, mobilisation.beneficiary_id, mobilisation.year)
        envelope = contrepartie.amount_for(mobilisation.year)
        already = self.mobilised(contrepartie.contrepartie_id, mobilisation.year)
        if envelope is None or already + mobilisation.amount > envelope:
            raise EnvelopeExceededError(
                f"« {contrepartie.label} » {mobilisation.year} : "
                + (
                    "aucune enveloppe n'est prévue cette année-là."
                    if envelope is None
                    else f"{wording.euros(already)} déjà mobilisés sur une enveloppe de "
                    f"{wording.euros(envelope)} ; {wording.euros(mobilisation.amount)} de plus la dépasseraient."
                )
            )
        self._mobilise(mobilisation, effective_on=mobilisation.decided_on, actor=actor)

    @event("EnvelopeMobilised")
    def _mobilise(self, mobilisation: Mobilisation, effective_on: date, actor: Actor) -> None:
        self.mobilisations = (*self.mobilisations, mobilisation)

    def record_payment(self, payment: Payment, actor: Actor) -> None:
        """A contrepartie actually paid. Rules: the convention has entered into force; the
        contrepartie is in the terms of that year and is paid in money (not a guarantee nor an
        extra-financial support); the beneficiary is the one due; per-dwelling grants equal
        the number of dwellings times the grant of their typology; the total paid for a year
        never exceeds what was committed for it."""
        self.check_executable()
        self.check_year_of_life(payment.year, "Versement")
        check_label(payment.reference, "La référence du versement", max_length=REFERENCE_MAX_LENGTH)
        check_amount(payment.amount, "Versement")
        contrepartie = self.terms_for_year(payment.year).contrepartie(payment.contrepartie_id)
        if contrepartie.is_in_kind:
            raise ContrepartieNotPayableError(
                f"« {contrepartie.label} » se réalise en nature, elle ne se verse pas : enregistrez la "
                "cession, le bail ou la mise à disposition (parcelle, surface, valeur)."
            )
        if contrepartie.kind in (
            ContrepartieKind.GARANTIE_EMPRUNT,
            ContrepartieKind.SOUTIEN_EXTRA_FINANCIER,
        ):
            raise ContrepartieNotPayableError(
                f"La contrepartie {contrepartie.contrepartie_id} ne se verse pas : "
                + (
                    "enregistrez l'octroi de la garantie."
                    if contrepartie.kind is ContrepartieKind.GARANTIE_EMPRUNT
                    else "c'est un soutien extra-financier."
                )
            )
        self._beneficiary(contrepartie, payment.beneficiary_id, payment.year)
        if contrepartie.kind is ContrepartieKind.AIDE_PAR_LOGEMENT:
            if not payment.dwellings:
                raise PaymentAmountMismatchError(
                    "Une aide par logement se verse pour des logements : indiquez-les par typologie."
                )
            expected = Decimal("0.00")
            for dwellings in payment.dwellings:
                grant = contrepartie.unit_grant_for(dwellings.typology)
                if grant is None:
                    raise ElementNotFoundError(
                        f"La typologie « {dwellings.typology} » n'est pas aidée par "
                        f"{contrepartie.contrepartie_id}."
                    )
                if dwellings.count <= 0:
                    raise InvalidValueError("Le nombre de logements doit être positif.")
                expected += grant.amount_per_dwelling * dwellings.count
            if payment.amount != expected:
                raise PaymentAmountMismatchError(
                    f"Le versement ({wording.euros(payment.amount)}) ne correspond pas aux logements indiqués "
                    f"({wording.euros(expected)} au barème)."
                )
            delivered = self.delivered(payment.contrepartie_id, payment.year, payment.beneficiary_id)
            if delivered:  # once deliveries are recorded, payments follow them
                for dwellings in payment.dwellings:
                    paid_for = sum(
                        d.count
                        for p in self.payments
                        if p.contrepartie_id == payment.contrepartie_id
                        and p.year == payment.year
                        and p.beneficiary_id == payment.beneficiary_id
                        for d in p.dwellings
                        if d.typology == dwellings.typology
                    )
                    if paid_for + dwellings.count > delivered.get(dwellings.typology, 0):
                        raise PaymentExceedsCommitmentError(
                            f"{dwellings.count} logements {dwellings.typology} payés en plus des {paid_for} déjà "
                            f"payés dépasseraient les {delivered.get(dwellings.typology, 0)} livrés en {payment.year}."
                        )
            committed = contrepartie.amount_for(payment.year)
        else:
            if payment.dwellings:
                raise InvalidValueError("Seule une aide par logement se verse par logement.")
            # What may be paid: the year's contribution the convention d'application set, or
            # the terms' amount (firm, a ceiling or an envelope: each caps what is paid).
            contributed = self.contribution(payment.contrepartie_id, payment.year, payment.beneficiary_id)
            committed = contributed if contributed is not None else contrepartie.amount_for(payment.year)
            if committed is None:
                raise PaymentExceedsCommitmentError(
                    f"Aucun montant n'est engagé pour {contrepartie.contrepartie_id} en {payment.year}."
                )
        if committed is not None:
            already = self.paid(payment.contrepartie_id, payment.year, payment.beneficiary_id)
            if already + payment.amount > committed:
                raise PaymentExceedsCommitmentError(
                    f"{contrepartie.contrepartie_id}, {payment.year} : {wording.euros(already)} déjà versés ; "
                    f"ce versement de {wording.euros(payment.amount)} dépasserait l'engagement de "
                    f"{wording.euros(committed)}."
                )
        self._record_payment(payment, effective_on=payment.paid_on, actor=actor)

    @event("ContrepartiePaid")
    def _record_payment(self, payment: Payment, effective_on: date, actor: Actor) -> None:
        self.payments = (*self.payments, payment)

    def record_guarantee(self, grant: GuaranteeGrant, actor: Actor) -> None:
        """A loan guarantee granted. Rules: the contrepartie is a guarantee in the terms of
        that year; the guaranteed amount is at most the loan times the agreed rate; the yearly
        ceiling, if any, is not exceeded."""
        self.check_executable()
        self.check_year_of_life(grant.year, "Garantie")
        check_label(grant.loan_reference, "La référence du prêt", max_length=REFERENCE_MAX_LENGTH)
        check_text(grant.lender, "Le prêteur")
        check_text(grant.deliberation_reference, "La délibération de garantie")
        if len(grant.lender) > NAME_MAX_LENGTH or len(grant.deliberation_reference) > REFERENCE_MAX_LENGTH:
            raise InvalidValueError(
                "Le prêteur ou la référence de la délibération de garantie est trop long."
            )
        if grant.duration_years is not None and not 1 <= grant.duration_years <= 80:
            raise InvalidValueError("La durée du prêt se compte en années, de 1 à 80.")
        if any(g.loan_reference == grant.loan_reference for g in self.guarantees):
            raise DuplicateElementError(
                f"Le prêt {grant.loan_reference} est déjà garanti par cette convention."
            )
        check_amount(grant.loan_amount, "Montant du prêt")
        check_amount(grant.guaranteed_amount, "Montant garanti")
        terms = self.terms_for_year(grant.year)
        contrepartie = terms.contrepartie(grant.contrepartie_id)
        operation = self.operation_financed(terms, contrepartie, grant.operation_id)
        grant = replace(grant, operation_id=operation.operation_id if operation else None)
        if contrepartie.kind is not ContrepartieKind.GARANTIE_EMPRUNT:
            raise ContrepartieNotPayableError(
                f"La contrepartie {contrepartie.contrepartie_id} n'est pas une garantie d'emprunt."
            )
        self._beneficiary(contrepartie, grant.beneficiary_id, grant.year)
        rate = contrepartie.guarantee_rate or Decimal(0)
        ceiling = (grant.loan_amount * rate / 100).quantize(Decimal("0.01"))
        if grant.guaranteed_amount > ceiling:
            raise PaymentExceedsCommitmentError(
                f"La garantie de {wording.euros(grant.guaranteed_amount)} dépasse la quotité convenue "
                f"({wording.number(rate)} % de {wording.euros(grant.loan_amount)} = {wording.euros(ceiling)})."
            )
        yearly = contrepartie.amount_for(grant.year)
        if yearly is not None:
            already = sum(
                (
                    g.guaranteed_amount
                    for g in self.guarantees
                    if g.contrepartie_id == grant.contrepartie_id and g.year == grant.year
                ),
                Decimal("0.00"),
            )
            if already + grant.guaranteed_amount > yearly:
                raise PaymentExceedsCommitmentError(
                    f"Le plafond de garanties {grant.year} ({wording.euros(yearly)}) serait dépassé "
                    f"({wording.euros(already)} déjà garantis)."
                )
        self._record_guarantee(grant, effective_on=grant.granted_on, actor=actor)

    @event("GuaranteeGranted")
    def _record_guarantee(self, grant: GuaranteeGrant, effective_on: date, actor: Actor) -> None:
        self.guarantees = (*self.guarantees, grant)

    def guarantee(self, loan_reference: str) -> GuaranteeGrant:
        found = next((g for g in self.guarantees if g.loan_reference == loan_reference), None)
        if found is None:
            raise ElementNotFoundError(f"Aucun prêt {loan_reference} n'est garanti par cette convention.")
        return found

    def guaranteed_outstanding(self, grant: GuaranteeGrant, year: int) -> Decimal | None:
        """The guarantor's risk at the end of a year (encours garanti): the guaranteed share of
        the capital the borrower last declared outstanding by then; before any declaration, the
        whole guaranteed amount; None before the loan was guaranteed."""
        if year < grant.granted_on.year:
            return None
        stated = [
            s
            for s in self.guarantee_statements
            if s.loan_reference == grant.loan_reference and s.year <= year
        ]
        if not stated:
            return grant.guaranteed_amount
        latest = max(stated, key=lambda s: s.year)
        return (latest.outstanding * grant.share).quantize(Decimal("0.01"))

    def state_guarantee(self, statement: GuaranteeStatement, actor: Actor) -> None:
        """The capital outstanding on a guaranteed loan at the end of a year. Rules: the loan is
        guaranteed by this convention; the year is not before the guarantee; the amount is
        between zero and the loan, and not above the year before's (a loan is repaid, not drawn
        again); one statement per loan and year."""
        grant = self.guarantee(statement.loan_reference)
        if statement.contrepartie_id != grant.contrepartie_id:
            raise ElementNotFoundError(
                f"Le prêt {grant.loan_reference} est garanti au titre de {grant.contrepartie_id}, pas de "
                f"{statement.contrepartie_id}."
            )
        if statement.year < grant.granted_on.year:
            raise DateBeforeError(
                f"Le prêt {grant.loan_reference} n'est garanti que depuis {grant.granted_on.year}."
            )
        if statement.outstanding < 0 or statement.outstanding > grant.loan_amount:
            raise InvalidValueError(
                f"Le capital restant dû se compte de 0 au montant du prêt ({wording.euros(grant.loan_amount)})."
            )
        earlier = [
            s
            for s in self.guarantee_statements
            if s.loan_reference == grant.loan_reference and s.year < statement.year
        ]
        if earlier and statement.outstanding > max(earlier, key=lambda s: s.year).outstanding:
            raise InvalidValueError(
                "Le capital restant dû ne remonte pas d'une année sur l'autre : vérifiez le tableau d'amortissement."
            )
        if any(
            s.loan_reference == grant.loan_reference and s.year == statement.year
            for s in self.guarantee_statements
        ):
            raise DuplicateElementError(
                f"Le capital restant dû {statement.year} du prêt {grant.loan_reference} est déjà déclaré."
            )
        self._state_guarantee(statement, effective_on=statement.stated_on, actor=actor)

    @event("GuaranteeStated")
    def _state_guarantee(self, statement: GuaranteeStatement, effective_on: date, actor: Actor) -> None:
        self.guarantee_statements = (*self.guarantee_statements, statement)

    # --- evaluations ---------------------------------------------------------------------

    def evaluation_for(self, year: int) -> AnnualEvaluation | None:
        return next((e for e in self.evaluations if e.year == year), None)

    def _checked_evaluation(self, evaluation: AnnualEvaluation) -> AnnualEvaluation:
        self.check_executable()
        self.check_year_of_life(evaluation.year, "Évaluation annuelle")
        if evaluation.evaluated_on < date(evaluation.year, 1, 1):
            raise DateBeforeError(f"Le bilan {evaluation.year} ne peut être daté d'avant cette année.")
        terms = self.terms_for_year(evaluation.year)
        indicators = terms.indicators()
        seen: set[str] = set()
        values = []
        for value in evaluation.values:
            indicator = indicators.get(value.indicator_id)
            if indicator is None:
                raise ElementNotFoundError(
                    f"L'indicateur « {value.indicator_id} » n'existe pas dans les termes en "
                    f"vigueur en {evaluation.year}."
                )
            if value.indicator_id in seen:
                raise InvalidValueError(f"L'indicateur {value.indicator_id} est renseigné deux fois.")
            seen.add(value.indicator_id)
            if indicator.ratio is not None:
                if value.numerator is None or value.denominator is None:
                    raise InvalidValueError(
                        f"L'indicateur {value.indicator_id} est un ratio "
                        f"({indicator.ratio.numerator} / {indicator.ratio.denominator}) : "
                        "donnez son numérateur et son dénominateur."
                    )
                if value.denominator <= 0:
                    raise InvalidValueError(f"Le dénominateur de {value.indicator_id} doit être positif.")
                computed = (value.numerator / value.denominator * indicator.ratio.scale).quantize(
                    RATIO_PRECISION, rounding=ROUND_HALF_EVEN
                )
                value = replace(value, value=computed)
            elif value.value is None:
                raise InvalidValueError(f"Donnez la valeur atteinte de {value.indicator_id}.")
            values.append(value)
        check_text(evaluation.comments, "Les commentaires du bilan")
        if len(evaluation.comments) > TEXT_MAX_LENGTH:
            raise InvalidValueError(f"Les commentaires du bilan dépassent {TEXT_MAX_LENGTH} caractères.")
        for line in evaluation.financial_bilan:
            _check_financial_line(line, "Bilan financier", "Le libellé de la ligne du bilan financier")
            if line.operation_id is not None:
                terms.operation_of(line.operation_id)
        for line in evaluation.landlord_financials:
            _check_financial_line(
                line, "Bilan financier global", "Le libellé de la ligne du bilan financier global"
            )
            if line.operation_id is not None:
                raise InvalidValueError(
                    f"Bilan financier global « {line.label} » : il porte sur les comptes de l'office, "
                    "pas sur une opération — portez cette ligne au bilan financier des opérations."
                )
        for action in evaluation.actions:
            check_label(action.label, "L'action réalisée")
            if action.commitment_id is not None:
                terms.commitment(action.commitment_id)
            if action.operation_id is not None:
                terms.operation_of(action.operation_id)
            if action.dwellings is not None and action.dwellings < 0:
                raise InvalidValueError(f"L'action « {action.label} » : le nombre de logements est négatif.")
            if action.amount is not None:
                check_amount(action.amount, f"Le coût de l'action « {action.label} »", allow_zero=True)
        return replace(evaluation, values=tuple(values), validated_by=None, validated_on=None)

    def record_evaluation(self, evaluation: AnnualEvaluation, actor: Actor) -> None:
        """The annual bilan. Rules: the convention has entered into force; the year lies in
        its period; one evaluation per year (a later one is a correction); values refer to
        indicators of that year's terms; ratio indicators give numerator and denominator."""
        evaluation = self._checked_evaluation(evaluation)
        if self.evaluation_for(evaluation.year) is not None:
            raise EvaluationAlreadyRecordedError(
                f"L'évaluation {evaluation.year} est déjà enregistrée : pour la modifier, "
                "enregistrez une correction motivée (elle remplace la précédente sans l'effacer)."
            )
        evaluation = replace(evaluation, revision=1, correction_reason=None, recorded_by=actor.party_id)
        self._record_evaluation(evaluation, effective_on=evaluation.evaluated_on, actor=actor)

    @event("EvaluationRecorded")
    def _record_evaluation(self, evaluation: AnnualEvaluation, effective_on: date, actor: Actor) -> None:
        self.evaluations = (*self.evaluations, _authored(evaluation, actor))

    def correct_evaluation(self, evaluation: AnnualEvaluation, reason: str, actor: Actor) -> None:
        """A correction supersedes the evaluation of that year (which stays in the history)
        and must be validated again."""
        previous = self.evaluation_for(evaluation.year)
        if previous is None:
            raise EvaluationNotFoundError(
                f"Aucune évaluation {evaluation.year} à corriger : enregistrez-la d'abord."
            )
        evaluation = replace(
            self._checked_evaluation(evaluation),
            revision=previous.revision + 1,
            correction_reason=check_label(reason, "Le motif de la correction", max_length=REASON_MAX_LENGTH),
            recorded_by=actor.party_id,
        )
        if evaluation.evaluated_on < previous.evaluated_on:
            raise DateBeforeError("Une correction ne peut être datée d'avant l'évaluation corrigée.")
        self._correct_evaluation(evaluation, effective_on=evaluation.evaluated_on, actor=actor)

    @event("EvaluationCorrected")
    def _correct_evaluation(self, evaluation: AnnualEvaluation, effective_on: date, actor: Actor) -> None:
        previous = self.evaluation_for(evaluation.year)
        if previous is not None:
            self.superseded_evaluations = (*self.superseded_evaluations, previous)
        evaluation = _authored(evaluation, actor)
        self.evaluations = tuple(evaluation if e.year == evaluation.year else e for e in self.evaluations)

    def validate_evaluation(self, year: int, body_id: str, validated_on: date, actor: Actor) -> None:
        """Rules: the evaluation exists and is not validated yet (in its latest revision); the
        body is one of the convention's governance bodies (the one the evaluation scheme names,
        if it names one); validation follows the evaluation; the party that recorded the
        bilan does not validate it (the body's validation is recorded by another party)."""
        evaluation = self.evaluation_for(year)
        if evaluation is None:
            raise EvaluationNotFoundError(f"Aucune évaluation {year} à valider.")
        if actor.party_id is not None and actor.party_id == evaluation.recorded_by:
            raise SelfValidationError(
                f"Le bilan {year} a été établi par votre partie : sa validation par l'instance est "
                "enregistrée par une autre partie à la convention."
            )
        if evaluation.validated_by is not None:
            raise EvaluationAlreadyValidatedError(
                f"L'évaluation {year} (version {evaluation.revision}) est déjà validée."
            )
        terms = self.latest_terms
        terms.governance_body(body_id)
        expected = terms.evaluation_scheme.validating_body_id
        if expected is not None and body_id != expected:
            raise InvalidValueError(
                f"Le schéma d'évaluation confie la validation à l'instance « {expected} »."
            )
        if validated_on < evaluation.evaluated_on:
            raise DateBeforeError("La validation ne peut précéder l'évaluation.")
        self._validate_evaluation(year, evaluation.revision, body_id, effective_on=validated_on, actor=actor)

    @event("EvaluationValidated")
    def _validate_evaluation(
        self, year: int, revision: int, body_id: str, effective_on: date, actor: Actor
    ) -> None:
        self.evaluations = tuple(
            replace(e, validated_by=body_id, validated_on=effective_on)
            if e.year == year and e.revision == revision
            else e
            for e in self.evaluations
        )

    def record_review(self, review: Review, actor: Actor) -> None:
        """Mid-term review and final evaluation: once each, after entry into force."""
        self.check_executable()
        check_label(review.summary, "La synthèse de l'évaluation", max_length=TEXT_MAX_LENGTH)
        if any(r.kind is review.kind for r in self.reviews):
            raise ReviewAlreadyRecordedError(
                f"L'évaluation {REVIEW_KIND_LABELS[review.kind]} est déjà enregistrée."
            )
        _check_impacts(review.impacts)
        if review.body_id is not None:
            self.latest_terms.governance_body(review.body_id)
        if self.in_force_since and review.reviewed_on < self.in_force_since:
            raise DateBeforeError("Une évaluation ne peut précéder l'entrée en vigueur.")
        self._record_review(review, effective_on=review.reviewed_on, actor=actor)

    @event("ReviewRecorded")
    def _record_review(self, review: Review, effective_on: date, actor: Actor) -> None:
        self.reviews = (*self.reviews, review)

    def record_meeting(self, meeting: Meeting, actor: Actor) -> None:
        """A governance body met. Rules: the convention has entered into force; the body is
        one of its governance bodies; the meeting is not before the entry into force, and
        recorded once (same body, same day)."""
        self.check_executable()
        self.latest_terms.governance_body(meeting.body_id)
        check_label(meeting.reference, "La référence du compte rendu", max_length=REFERENCE_MAX_LENGTH)
        if self.in_force_since and meeting.met_on < self.in_force_since:
            raise DateBeforeError("Une réunion d'instance ne peut précéder l'entrée en vigueur.")
        if any(m.body_id == meeting.body_id and m.met_on == meeting.met_on for m in self.meetings):
            raise DuplicateElementError(
                f"La réunion de {meeting.body_id} du {meeting.met_on:%d/%m/%Y} est déjà enregistrée."
            )
        self._record_meeting(meeting, effective_on=meeting.met_on, actor=actor)

    @event("GovernanceMeetingHeld")
    def _record_meeting(self, meeting: Meeting, effective_on: date, actor: Actor) -> None:
        self.meetings = (*self.meetings, meeting)

    def meetings_in(self, body_id: str, year: int) -> int:
        return sum(1 for m in self.meetings if m.body_id == body_id and m.met_on.year == year)

    # --- lifecycle ---------------------------------------------------------------------

    def _check_lifecycle_date(self, on: date) -> None:
        since = self.status_since or self.in_force_since
        if since is not None and on < since:
            raise DateBeforeError(
                f"Cette date ({on:%d/%m/%Y}) précède le dernier changement de statut ({since:%d/%m/%Y})."
            )

    def _checked_decision(self, party_id: UUID, deliberation: str, doing: str) -> str:
        """Suspension, resumption and résiliation are decided by a signatory of the
        convention, on a deliberation of its body: never by an adherent or a beneficiary."""
        party = self.latest_terms.party(party_id)
        if party is None or party.role is not PartyRole.SIGNATAIRE:
            raise EndNotBySignatoryError(
                f"Seul un signataire de la convention peut {doing}, sur délibération de son "
                "organe ; un adhérent se retire de la convention (retrait d'adhésion), un "
                "bénéficiaire ne l'engage pas."
            )
        return check_label(deliberation, "La référence de la délibération", max_length=REFERENCE_MAX_LENGTH)

    def suspend(
        self, party_id: UUID, deliberation: str, reason: str, effective_on: date, actor: Actor
    ) -> None:
        """Rules: in force; decided by a signatory, with its deliberation; dated after the last
        change of status."""
        self.check_in_force("être suspendue")
        deliberation = self._checked_decision(party_id, deliberation, "la suspendre")
        self._check_lifecycle_date(effective_on)
        self._suspend(
            check_label(reason, "Le motif de la suspension", max_length=REASON_MAX_LENGTH),
            effective_on=effective_on,
            actor=actor,
            party_id=party_id,
            deliberation=deliberation,
        )

    @event("Suspended")
    def _suspend(
        self,
        reason: str,
        effective_on: date,
        actor: Actor,
        party_id: UUID | None = None,
        deliberation: str | None = None,
    ) -> None:
        self.status = ConventionStatus.SUSPENDED
        self.status_reason = reason
        self.status_since = effective_on
        self.status_decided_by = party_id
        self.status_deliberation = deliberation

    def resume(self, party_id: UUID, deliberation: str, effective_on: date, actor: Actor) -> None:
        if self.status is not ConventionStatus.SUSPENDED:
            raise InvalidTransitionError("Seule une convention suspendue peut reprendre.")
        deliberation = self._checked_decision(party_id, deliberation, "lever sa suspension")
        self._check_lifecycle_date(effective_on)
        self._resume(effective_on=effective_on, actor=actor, party_id=party_id, deliberation=deliberation)

    @event("Resumed")
    def _resume(
        self,
        effective_on: date,
        actor: Actor,
        party_id: UUID | None = None,
        deliberation: str | None = None,
    ) -> None:
        self.status = ConventionStatus.IN_FORCE
        self.status_reason = None
        self.status_since = effective_on
        self.status_decided_by = party_id
        self.status_deliberation = deliberation

    def terminate(
        self, party_id: UUID, deliberation: str, reason: str, effective_on: date, actor: Actor
    ) -> None:
        """Résiliation anticipée, with its reason: from in force or suspended, decided by a
        signatory on its deliberation."""
        if self.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
            raise InvalidTransitionError(
                f"La convention est {STATUS_LABELS[self.status]} : elle ne peut être résiliée."
            )
        deliberation = self._checked_decision(party_id, deliberation, "la résilier")
        self._check_lifecycle_date(effective_on)
        self._terminate(
            check_label(reason, "Le motif de la résiliation", max_length=REASON_MAX_LENGTH),
            effective_on=effective_on,
            actor=actor,
            party_id=party_id,
            deliberation=deliberation,
        )

    @event("Terminated")
    def _terminate(
        self,
        reason: str,
        effective_on: date,
        actor: Actor,
        party_id: UUID | None = None,
        deliberation: str | None = None,
    ) -> None:
        self.status = ConventionStatus.TERMINATED
        self.status_reason = reason
        self.status_since = effective_on
        self.status_decided_by = party_id
        self.status_deliberation = deliberation

    # --- parties that change ---------------------------------------------------------------

    def substitute_party(self, absorbed: Office, absorbing: Office, actor: Actor) -> None:
        """A merger passes the absorbed office's place in the convention to the absorbing
        office from the merger's date (transmission universelle du patrimoine, CCH L. 421-7).
        Rules: the absorbed office has merged into the absorbing one; it concerns the
        convention, which has not ended by then."""
        if absorbed.merged_into != absorbing.id or absorbed.merged_on is None:
            raise InvalidTransitionError(f"{absorbed.name} n'a pas fusionné dans {absorbing.name}.")
        if absorbed.id not in {p.party_id for p in self.terms_on(absorbed.merged_on).parties}:
            raise PartyNotFoundError(f"{absorbed.name} n'est pas partie à cette convention à cette date.")
        self._substitute_party(
            Substitution(absorbed.id, absorbing.id, absorbed.merged_on),
            effective_on=absorbed.merged_on,
            actor=actor,
        )

    @event("PartySubstituted")
    def _substitute_party(self, substitution: Substitution, effective_on: date, actor: Actor) -> None:
        self.substitutions = (*self.substitutions, substitution)

    def record_commune_agreement(
        self, agreement: CommuneAgreement, directory: Directory, actor: Actor
    ) -> tuple[str, ...]:
        """The commune d'implantation agrees that an office of a neighbouring région works on
        its territory (CCH L. 421-1). Rules: the commune and the office are parties; the
        commune lies in a département limitrophe of the office's région; once. Returns the
        warnings on competence that remain."""
        commune = party_of(directory, agreement.commune_id, Collectivite)
        office = party_of(directory, agreement.office_id, Office)
        terms = self.latest_terms
        if terms.party(commune.id) is None or terms.party(office.id) is None:
            raise InvalidPartiesError(
                "L'accord est celui d'une commune partie à la convention, pour un office partie."
            )
        check_label(
            agreement.reference, "La référence de l'accord de la commune", max_length=REFERENCE_MAX_LENGTH
        )
        if any(
            a.commune_id == agreement.commune_id and a.office_id == agreement.office_id
            for a in self.commune_agreements
        ):
            raise DuplicateElementError(
                f"L'accord {wording.of(commune.name)} pour {office.name} est déjà enregistré."
            )
        check_commune_agreement(commune, office, agreement.agreed_on, directory)
        agreements = (*self.commune_agreements, agreement)
        warnings = competence_warnings(terms.parties, directory, terms.period.start, agreements)
        self._record_commune_agreement(agreement, warnings, effective_on=agreement.agreed_on, actor=actor)
        return warnings

    @event("CommuneAgreementRecorded")
    def _record_commune_agreement(
        self, agreement: CommuneAgreement, warnings: tuple[str, ...], effective_on: date, actor: Actor
    ) -> None:
        self.commune_agreements = (*self.commune_agreements, agreement)
        self.warnings = warnings

    def expire(self, as_of: date, actor: Actor) -> None:
        """Record that the convention reached its end date (in force from the day after).
        Rules: in force or suspended; has an end date; that date has passed on ``as_of``."""
        if self.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
            raise InvalidTransitionError(
                f"La convention est {STATUS_LABELS[self.status]} : elle ne peut expirer."
            )
        end = self.latest_terms.period.end
        if end is None:
            raise InvalidTransitionError("Une charte sans terme n'expire pas : résiliez-la.")
        if as_of <= end:
            raise InvalidTransitionError(
                f"La convention court jusqu'au {end:%d/%m/%Y} : elle n'est pas encore expirée."
            )
        self._expire(effective_on=end + ONE_DAY, actor=actor)

    @event("Expired")
    def _expire(self, effective_on: date, actor: Actor) -> None:
        self.status = ConventionStatus.EXPIRED
        self.status_since = effective_on

    # --- documents ---------------------------------------------------------------------

    def document(self, document_id: UUID) -> Document:
        found = next((d for d in self.documents if d.document_id == document_id), None)
        if found is None:
            raise DocumentNotFoundError(f"Le document {document_id} n'est pas joint à cette convention.")
        return found

    def attach_document(self, document: Document, directory: Directory, actor: Actor) -> None:
        """Rules: the file is one the platform accepts (``check_document_file``); the document
        is of something the convention holds — the convention signed once a party has signed,
        an avenant signed by at least one of its signatories, a deliberation recorded for that
        party and subject, a bilan of a year of its life; the same file is not attached twice
        for the same subject. A document is never replaced: a better scan is another one."""
        check_document_file(document.file)
        check_text(document.title, "Le titre du document")
        if len(document.title) > LABEL_MAX_LENGTH:
            raise InvalidValueError(f"Le titre du document dépasse {LABEL_MAX_LENGTH} caractères.")
        kind = document.kind
        if document.year is not None and kind is not DocumentKind.BILAN:
            raise InvalidValueError("L'année ne s'indique que pour un bilan.")
        if document.party_id is not None and kind is not DocumentKind.DELIBERATION:
            raise InvalidValueError("La partie ne s'indique que pour une délibération.")
        if document.avenant_number is not None and kind not in (
            DocumentKind.AVENANT,
            DocumentKind.DELIBERATION,
        ):
            raise InvalidValueError(
                "Le numéro d'avenant ne s'indique que pour un avenant ou sa délibération."
            )
        if kind is DocumentKind.CONVENTION and not self.signatures:
            raise DocumentSubjectError(
                "Personne n'a encore signé la convention : la convention signée se joint après la "
                "première signature."
            )
        if kind is DocumentKind.AVENANT:
            if document.avenant_number is None:
                raise InvalidValueError("Indiquez le numéro de l'avenant signé.")
            if not self.avenant(document.avenant_number).signatures:
                raise DocumentSubjectError(
                    f"Personne n'a encore signé l'avenant n°{document.avenant_number} : il se joint "
                    "après la première signature."
                )
        if kind is DocumentKind.DELIBERATION:
            if document.party_id is None:
                raise InvalidValueError("Indiquez la partie dont c'est la délibération.")
            if self.deliberation_for(document.party_id, document.avenant_number) is None:
                subject = (
                    "la convention"
                    if document.avenant_number is None
                    else f"l'avenant n°{document.avenant_number}"
                )
                raise DocumentSubjectError(
                    f"Aucune délibération {wording.of(party_name(directory, document.party_id))} sur "
                    f"{subject} n'est enregistrée : enregistrez-la (organe, numéro, date), puis "
                    "joignez-la."
                )
        if kind is DocumentKind.BILAN:
            if document.year is None:
                raise InvalidValueError("Indiquez l'année du bilan.")
            self.check_year_of_life(document.year, f"Le bilan {document.year}")
        for attached in self.documents:
            if (
                not attached.erased
                and attached.file.sha256 == document.file.sha256
                and attached.same_subject(document)
            ):
                raise DuplicateDocumentError(
                    f"Ce fichier est déjà joint comme {attached.describe()} le "
                    f"{wording.day(attached.attached_on)}."
                )
        self._attach_document(document, effective_on=document.attached_on, actor=actor)

    @event("DocumentAttached")
    def _attach_document(self, document: Document, effective_on: date, actor: Actor) -> None:
        self.documents = (*self.documents, document)

    def erase_document(self, document_id: UUID, reason: str, erased_on: date, actor: Actor) -> Document:
        """Rules: the document is attached and not yet erased; the reason is given. Its record
        and its fingerprint stay (the history still proves what was attached); its bytes go."""
        document = self.document(document_id)
        if document.erased_on is not None:
            raise DocumentErasedError(
                f"Le contenu de ce document a déjà été effacé le {wording.day(document.erased_on)}."
            )
        reason = check_label(reason, "Le motif de l'effacement", max_length=REASON_MAX_LENGTH)
        self._erase_document(document_id, reason, effective_on=erased_on, actor=actor)
        return document

    @event("DocumentErased")
    def _erase_document(self, document_id: UUID, reason: str, effective_on: date, actor: Actor) -> None:
        self.documents = tuple(
            replace(d, erased_on=effective_on) if d.document_id == document_id else d for d in self.documents
        )

    def check_can_be_renewed(self, kind: ConventionKind, successor_start: date) -> None:
        if self.status is ConventionStatus.DRAFT:
            raise InvalidTransitionError("Une convention en projet ne se renouvelle pas.")
        if self.successor_id is not None:
            raise InvalidTransitionError("Cette convention a déjà été renouvelée.")
        if kind is not self.kind:
            raise InvalidTransitionError(
                "La convention qui renouvelle doit être de même nature que la précédente."
            )
        if successor_start <= self.terms.period.start:
            raise DateBeforeError("La convention qui renouvelle commence après la précédente.")

    @event("RenewedBy")
    def _renewed_by(self, successor_id: UUID, actor: Actor) -> None:
        self.successor_id = successor_id

    @event("OperationConventionOpened")
    def _open_operation_convention(self, opened: OperationConvention, actor: Actor) -> None:
        self.operation_conventions = (*self.operation_conventions, opened)


def _check_financial_line(line: FinancialLine, what: str, label: str) -> None:
    """A labelled line, its amount to the cent."""
    check_label(line.label, label)
    if not line.amount.is_finite() or line.amount != line.amount.quantize(Decimal("0.01")):
        raise InvalidValueError(f"{what} « {line.label} » : montant au centime.")


def _check_impacts(impacts: tuple[Impact, ...]) -> None:
    """Each effect once, as a figure that reads: euros to the cent, a percentage within 0 and
    100, jobs and dwellings never negative."""
    seen: set[ImpactKind] = set()
    for impact in impacts:
        what = wording.sentence(IMPACT_LABELS[impact.kind])
        if impact.kind in seen:
            raise InvalidValueError(f"{what} : cet effet est donné deux fois.")
        seen.add(impact.kind)
        for figure in (impact.value, impact.baseline):
            if figure is None:
                continue
            if impact.kind is ImpactKind.INVESTMENT:
                check_amount(figure, what, allow_zero=True)
            elif not figure.is_finite() or figure < 0:
                raise InvalidValueError(f"{what} : le chiffre ne peut être négatif.")
            elif impact.kind in PERCENT_IMPACTS and figure > 100:
                raise InvalidValueError(
                    f"{what} : un pourcentage va de 0 à 100 (reçu {wording.number(figure)})."
                )
            elif impact.kind is ImpactKind.ENERGY and figure != figure.to_integral_value():
                raise InvalidValueError(f"{what} : un nombre entier de logements.")
        check_text(impact.comment, what)
        if len(impact.comment) > LABEL_MAX_LENGTH:
            raise InvalidValueError(f"{what} : le commentaire dépasse {LABEL_MAX_LENGTH} caractères.")


def _authored(evaluation: AnnualEvaluation, actor: Actor) -> AnnualEvaluation:
    # Bilans recorded before their author was kept: the party of the actor who recorded them.
    return (
        evaluation if evaluation.recorded_by is not None else replace(evaluation, recorded_by=actor.party_id)
    )


# --- Rules across aggregates -------------------------------------------------------------


def check_parties_exist(parties: tuple[ConventionParty, ...], directory: Directory, on: date) -> None:
    """Each party exists with the declared type; offices have not merged by ``on``."""
    for party in parties:
        aggregate = directory.get(party.party_id)
        if aggregate is None:
            raise PartyNotFoundError(
                f"La partie {party.party_id} n'est pas enregistrée : enregistrez-la d'abord."
            )
        actual = party_type_of(aggregate)
        if actual is not party.party_type:
            raise InvalidPartiesError(
                f"{party_name(directory, party.party_id)} est de type « {actual.value} », "
                f"pas « {party.party_type.value} »."
            )
        if isinstance(aggregate, Office):
            aggregate.check_active_on(on)


def check_kind_rules(kind: ConventionKind, terms: Terms, on: date, directory: Directory) -> None:
    """The rules of the kind that depend on where the parties stand on a date, checked for the
    terms as they will bind: at each signature, when an avenant is proposed and when it
    enters into force.

    - no office that has merged into another commits (it signs nothing after the merger);
    - a Société de Coordination party has at least two associates (CCH L. 423-1-2);
    - rattachement: the collectivité is the office's collectivité de rattachement;
    - contrat de plan: every office is attached to a collectivité that signs it;
    - SC – collectivité d'implantation: the offices are members of the SC, and the collectivité
      is the collectivité de rattachement of none of its members.
    """
    offices = [party_of(directory, p.party_id, Office) for p in terms.parties_of_type(PartyType.OFFICE)]
    for office in offices:
        office.check_active_on(on)
    signing_collectivites = [
        p.party_id for p in terms.parties_of_type(PartyType.COLLECTIVITE) if p.role is PartyRole.SIGNATAIRE
    ]
    for party in terms.parties_of_type(PartyType.SOCIETE_DE_COORDINATION):
        societe = party_of(directory, party.party_id, SocieteDeCoordination)
        members = societe.members_on(on)
        if len(members) < 2:
            raise SocieteTooSmallError(
                f"Au {on:%d/%m/%Y}, {societe.name} compte {wording.count(len(members), 'associé', 'associés')} : une société de "
                "coordination en compte au moins deux (CCH L. 423-1-2) pour s'engager."
            )
    if kind is ConventionKind.RATTACHEMENT:
        office = offices[0]
        collectivite_id = signing_collectivites[0]
        rattachement = office.rattachement_on(on)
        if rattachement is None or rattachement.collectivite_id != collectivite_id:
            raise RattachementMismatchError(
                f"Au {on:%d/%m/%Y}, {office.name} n'est pas rattaché à "
                f"{party_name(directory, collectivite_id)} : une convention de rattachement "
                "lie l'office à sa collectivité de rattachement à cette date."
            )
    if kind is ConventionKind.CONTRAT_DE_PLAN:
        for office in offices:
            rattachement = office.rattachement_on(on)
            if rattachement is None or rattachement.collectivite_id not in signing_collectivites:
                home = party_name(directory, rattachement.collectivite_id) if rattachement else "—"
                raise RattachementMismatchError(
                    f"Au {on:%d/%m/%Y}, {office.name} est rattaché {wording.to(home)}, qui ne signe pas ce "
                    "contrat de plan : il réunit la collectivité et les offices qui lui sont rattachés."
                )
    if kind is ConventionKind.SC_IMPLANTATION:
        societe_id = terms.parties_of_type(PartyType.SOCIETE_DE_COORDINATION)[0].party_id
        societe = party_of(directory, societe_id, SocieteDeCoordination)
        members = societe.members_on(on)
        for office in offices:
            if office.id not in members:
                raise SocieteMembershipError(
                    f"Au {on:%d/%m/%Y}, {office.name} n'est pas membre {wording.of(societe.name)}."
                )
        collectivite_id = signing_collectivites[0]
        for member_id in members:
            member = directory.get(member_id)
            if member is None:
                raise PartyNotFoundError(f"Membre {member_id} {wording.of(societe.name)} introuvable.")
            if isinstance(member, Office):
                rattachement = member.rattachement_on(on)
                if rattachement and rattachement.collectivite_id == collectivite_id:
                    raise RattachementMismatchError(
                        f"{party_name(directory, collectivite_id)} est la collectivité de "
                        f"rattachement {wording.of(member.name)}, membre {wording.of(societe.name)} : une "
                        "convention SC – collectivité d'implantation se conclut avec une "
                        "collectivité qui n'est celle de rattachement d'aucun membre."
                    )


def check_not_changing_the_past(before: Terms, after: Terms, effective_on: date) -> None:
    """An avenant effective on D leaves untouched the start date, and the targets and committed
    amounts of years before D's year."""
    if after.period.start != before.period.start:
        raise AvenantChangesThePastError("Un avenant ne modifie pas la date de début de la convention.")
    if after.period.end is not None and after.period.end < effective_on:
        raise AvenantChangesThePastError(
            "La nouvelle date de fin ne peut précéder la date d'effet de l'avenant."
        )
    first_year = effective_on.year
    old_indicators, new_indicators = before.indicators(), after.indicators()
    for indicator_id in old_indicators.keys() | new_indicators.keys():
        old, new = old_indicators.get(indicator_id), new_indicators.get(indicator_id)
        old_past = {t.year: t for t in old.targets if t.year < first_year} if old else {}
        new_past = {t.year: t for t in new.targets if t.year < first_year} if new else {}
        if new is not None and old_past != new_past:
            raise AvenantChangesThePastError(
                f"L'avenant prend effet le {effective_on:%d/%m/%Y} : il ne peut modifier les "
                f"cibles de {indicator_id} des années antérieures à {first_year}."
            )
        if new is not None and old is not None and new.direction is not old.direction:
            raise AvenantChangesThePastError(
                f"Le sens de l'indicateur {indicator_id} ne change pas : créez un autre indicateur."
            )
    old_contreparties = {c.contrepartie_id: c for c in before.contreparties}
    for contrepartie in after.contreparties:
        old_c = old_contreparties.get(contrepartie.contrepartie_id)
        old_amounts = {a.year: a.amount for a in old_c.amounts if a.year < first_year} if old_c else {}
        new_amounts = {a.year: a.amount for a in contrepartie.amounts if a.year < first_year}
        if old_amounts != new_amounts:
            raise AvenantChangesThePastError(
                f"L'avenant prend effet le {effective_on:%d/%m/%Y} : il ne peut modifier les "
                f"montants de {contrepartie.contrepartie_id} des années antérieures à {first_year}."
            )


def _total(items: Any, field: str, contrepartie_id: str, year: int, beneficiary_id: UUID | None) -> Decimal:
    """The sum of ``field`` over the items (payments, realisations, recoveries, mobilisations)
    of a contrepartie for a year, to a beneficiary (or to any, when None)."""
    return sum(
        (
            getattr(item, field)
            for item in items
            if item.contrepartie_id == contrepartie_id
            and item.year == year
            and (beneficiary_id is None or item.beneficiary_id == beneficiary_id)
        ),
        Decimal("0.00"),
    )
