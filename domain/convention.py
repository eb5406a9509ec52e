"""A convention between offices, collectivités and Sociétés de Coordination, from draft to
expiry: terms, signatures, avenants, adherents, programmes, contreparties paid, evaluations.

Public methods check the rules (``check_…``) and decide; the private ``@event`` methods only
record, because their bodies run again on every replay.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from enum import Enum
from typing import TypeVar
from uuid import UUID

from eventsourcing.domain import Aggregate, event

from domain.collectivite import Collectivite
from domain.errors import (
    AlreadyAPartyError,
    AlreadySignedError,
    AvenantAlreadyPendingError,
    AvenantChangesThePastError,
    AvenantNotFoundError,
    AvenantNotPendingError,
    ContrepartieNotPayableError,
    ConventionNotInForceError,
    DateBeforeError,
    DeliberationAlreadyRecordedError,
    DeliberationMissingError,
    DuplicateElementError,
    ElementNotFoundError,
    EmptyAvenantError,
    EvaluationAlreadyRecordedError,
    EvaluationAlreadyValidatedError,
    EvaluationNotFoundError,
    InvalidPartiesError,
    InvalidTransitionError,
    InvalidValueError,
    NotASignatoryError,
    NotOpenToAdherentsError,
    PartyNotFoundError,
    PaymentAmountMismatchError,
    PaymentExceedsCommitmentError,
    ProgrammeAlreadyAdoptedError,
    ProgrammeNotFoundError,
    RattachementMismatchError,
    ReviewAlreadyRecordedError,
    SocieteMembershipError,
    TermsFrozenError,
)
from domain.office import Office
from domain.organisme import Organisme
from domain.societe_de_coordination import SocieteDeCoordination
from domain.terms import (
    AddParty,
    ChangePeriod,
    Contrepartie,
    ContrepartieKind,
    ConventionKind,
    ConventionParty,
    GovernanceBody,
    PartyRole,
    PartyType,
    Period,
    RemoveParty,
    SetAxis,
    SetCommitment,
    SetContrepartie,
    SetEvaluationScheme,
    SetGovernanceBody,
    Terms,
    TermsChange,
    WithdrawCommitment,
    WithdrawContrepartie,
    apply_changes,
    check_terms,
    check_year,
)
from domain.values import ONE_DAY, Actor, check_amount, check_label

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


def party_name(directory: Directory, party_id: UUID) -> str:
    party = directory.get(party_id)
    return str(getattr(party, "name", party_id))


# --- What happens under a convention ---------------------------------------------------------


@dataclass(frozen=True)
class Deliberation:
    """The decision of a party's deliberative body authorising a signature (of the convention
    when ``avenant_number`` is None, of that avenant otherwise)."""

    party_id: UUID
    body: str
    reference: str
    adopted_on: date
    avenant_number: int | None = None


@dataclass(frozen=True)
class Signature:
    party_id: UUID
    signed_on: date
    # The person who signed for the party, by id (their name is in the erasable registry of
    # people, never in an event); None for signatures recorded without one.
    signatory_id: UUID | None = None


class AvenantStatus(Enum):
    PROPOSED = "proposed"
    IN_FORCE = "in_force"
    WITHDRAWN = "withdrawn"


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

    def has_signed(self, party_id: UUID) -> bool:
        return any(s.party_id == party_id for s in self.signatures)


@dataclass(frozen=True)
class Adhesion:
    party: ConventionParty
    joined_on: date


@dataclass(frozen=True)
class ProgrammeAction:
    label: str
    commitment_id: str | None = None
    budget: Decimal | None = None


@dataclass(frozen=True)
class ApplicationProgramme:
    """The convention d'application of year N: actions and means."""

    year: int
    actions: tuple[ProgrammeAction, ...]
    adopted_on: date
    revision: int = 1


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


@dataclass(frozen=True)
class GuaranteeGrant:
    contrepartie_id: str
    year: int
    beneficiary_id: UUID
    loan_reference: str
    loan_amount: Decimal
    guaranteed_amount: Decimal
    granted_on: date


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
    label: str
    amount: Decimal


@dataclass(frozen=True)
class AnnualEvaluation:
    year: int
    values: tuple[IndicatorValue, ...]
    evaluated_on: date
    comments: str = ""
    financial_bilan: tuple[FinancialLine, ...] = ()
    revision: int = 1
    correction_reason: str | None = None
    validated_by: str | None = None
    validated_on: date | None = None

    def value_of(self, indicator_id: str) -> IndicatorValue | None:
        return next((v for v in self.values if v.indicator_id == indicator_id), None)


@dataclass(frozen=True)
class Meeting:
    """A meeting of one of the convention's governance bodies."""

    body_id: str
    met_on: date
    reference: str


class ReviewKind(Enum):
    MID_TERM = "mi_parcours"
    FINAL = "finale"


@dataclass(frozen=True)
class Review:
    kind: ReviewKind
    reviewed_on: date
    summary: str
    body_id: str | None = None


RATIO_PRECISION = Decimal("0.0001")


class Convention(Aggregate):
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
    ) -> Convention:
        """Rules:
        - the parties fit the kind (see ``check_parties``) and exist with that type;
        - conventions last 1 to 6 years, chartes d'engagement have no end;
        - an office that has merged into another does not commit any more;
        - a renewal refers to a signed predecessor of the same kind, renewed only once;
        - a party outside the office's area gets a warning (recorded), not a refusal.
        """
        terms = Terms(
            title=check_label(title, "Le titre de la convention"),
            period=Period(start, end),
            parties=parties,
            operation=operation.strip() if operation else None,
        )
        check_terms(kind, terms)
        check_parties_exist(terms.parties, directory, start)
        if predecessor is not None:
            predecessor.check_can_be_renewed(kind, start)
        convention = cls(
            kind=kind,
            terms=terms,
            predecessor_id=predecessor.id if predecessor else None,
            warnings=area_warnings(terms.parties, directory, start),
            actor=actor,
        )
        if predecessor is not None:
            predecessor._renewed_by(convention.id, actor=actor)
        return convention

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

        Rules: only while in draft; the terms stay valid as a whole after the change.
        Returns the warnings on an added party's area.
        """
        self._checked_draft_change(change)
        warnings: tuple[str, ...] = ()
        if isinstance(change, AddParty):
            check_parties_exist((change.party,), directory, self.terms.period.start)
            warnings = area_warnings((*self.terms.parties, change.party), directory, self.terms.period.start)
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
        else:
            self._set_evaluation_scheme(change, actor=actor)
        return warnings

    @event("PartyAdded")
    def _add_party(self, change: AddParty, warnings: tuple[str, ...], actor: Actor) -> None:
        self.terms = change.apply(self.terms)
        self.warnings = warnings

    @event("PartyRemoved")
    def _remove_party(self, change: RemoveParty, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("CommitmentSet")
    def _set_commitment(self, change: SetCommitment, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("ContrepartieSet")
    def _set_contrepartie(self, change: SetContrepartie, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("PeriodChanged")
    def _change_period(self, change: ChangePeriod, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("AxisSet")
    def _set_axis(self, change: SetAxis, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("CommitmentWithdrawn")
    def _withdraw_commitment(self, change: WithdrawCommitment, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("ContrepartieWithdrawn")
    def _withdraw_contrepartie(self, change: WithdrawContrepartie, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("GovernanceBodySet")
    def _set_governance_body(self, change: SetGovernanceBody, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    @event("EvaluationSchemeSet")
    def _set_evaluation_scheme(self, change: SetEvaluationScheme, actor: Actor) -> None:
        self.terms = change.apply(self.terms)

    # --- terms in force ----------------------------------------------------------------

    def signed_terms_on(self, day: date) -> Terms:
        """The signed terms applicable on ``day``, as known now: the terms as drafted, then
        each avenant in force whose effective date is on or before ``day``, in order."""
        return apply_changes(
            self.terms,
            (
                change
                for avenant in self.avenants
                if avenant.status is AvenantStatus.IN_FORCE and avenant.effective_on <= day
                for change in avenant.changes
            ),
        )

    def terms_on(self, day: date) -> Terms:
        """The terms applicable on ``day``: the signed terms plus the adherents who joined."""
        terms = self.signed_terms_on(day)
        joined = tuple(a.party for a in self.adhesions if a.joined_on <= day)
        return replace(terms, parties=(*terms.parties, *joined)) if joined else terms

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
        return next(
            (d for d in self.deliberations if d.party_id == party_id and d.avenant_number == avenant_number),
            None,
        )

    def record_deliberation(self, deliberation: Deliberation, directory: Directory, actor: Actor) -> None:
        """Rules: the party is a party of the convention (or, for an open convention in
        force, a landlord about to adhere); one deliberation per party and per subject; an
        avenant's deliberation refers to a pending avenant."""
        check_label(deliberation.body, "L'organe délibérant", max_length=200)
        check_label(deliberation.reference, "La référence de la délibération", max_length=100)
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
        if self.deliberation_for(party_id, deliberation.avenant_number) is not None:
            subject = (
                "la convention"
                if deliberation.avenant_number is None
                else f"l'avenant n°{deliberation.avenant_number}"
            )
            raise DeliberationAlreadyRecordedError(
                f"La délibération de {party_name(directory, party_id)} sur {subject} est déjà enregistrée."
            )
        self._record_deliberation(deliberation, effective_on=deliberation.adopted_on, actor=actor)

    @event("DeliberationRecorded")
    def _record_deliberation(self, deliberation: Deliberation, effective_on: date, actor: Actor) -> None:
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
        if deliberation.adopted_on > on:
            raise DateBeforeError(
                f"La délibération de {party_name(directory, party_id)} "
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
        """A party signs. When every signatory has signed, the convention enters into force.

        Rules: only while in draft; only a listed signatory, once; after its authorising
        deliberation; an office that has not merged; for a rattachement convention, the
        collectivité is the office's own on the signing date; for an SC convention, the offices
        are members of the SC and the collectivité is the rattachement of none of its members.
        Returns True when this signature made the convention enter into force.
        ``signatory_id`` names the person who signed (checked by ``people.check_signatory``).
        """
        terms = self.terms
        party = terms.party(party_id)
        if party is None or party.role is not PartyRole.SIGNATAIRE:
            raise NotASignatoryError(
                f"{party_name(directory, party_id)} ne figure pas parmi les signataires de cette convention."
            )
        if any(s.party_id == party_id for s in self.signatures):
            raise AlreadySignedError(f"{party_name(directory, party_id)} a déjà signé cette convention.")
        if self.status is not ConventionStatus.DRAFT:
            raise InvalidTransitionError(
                f"La convention est {STATUS_LABELS[self.status]} : il n'y a plus rien à signer."
            )
        self._check_authorised(party_id, None, signed_on, directory)
        check_parties_exist(terms.parties, directory, signed_on)
        self.check_signing_rules(signed_on, directory)
        self._sign(party_id, effective_on=signed_on, actor=actor, signatory_id=signatory_id)
        signed = {s.party_id for s in self.signatures}
        if signed >= set(terms.signatories):
            last = max(s.signed_on for s in self.signatures)
            self._enter_into_force(effective_on=last, actor=actor)
            return True
        return False

    def check_signing_rules(self, on: date, directory: Directory) -> None:
        terms = self.terms
        offices = [party_of(directory, p.party_id, Office) for p in terms.parties_of_type(PartyType.OFFICE)]
        collectivites = [
            p for p in terms.parties_of_type(PartyType.COLLECTIVITE) if p.role is PartyRole.SIGNATAIRE
        ]
        if self.kind is ConventionKind.RATTACHEMENT:
            office = offices[0]
            collectivite_id = collectivites[0].party_id
            rattachement = office.rattachement_on(on)
            if rattachement is None or rattachement.collectivite_id != collectivite_id:
                raise RattachementMismatchError(
                    f"Au {on:%d/%m/%Y}, {office.name} n'est pas rattaché à "
                    f"{party_name(directory, collectivite_id)} : une convention de rattachement "
                    "se signe avec la collectivité de rattachement de l'office à cette date."
                )
        if self.kind is ConventionKind.SC_IMPLANTATION:
            societe_id = terms.parties_of_type(PartyType.SOCIETE_DE_COORDINATION)[0].party_id
            societe = party_of(directory, societe_id, SocieteDeCoordination)
            members = societe.members_on(on)
            for office in offices:
                if office.id not in members:
                    raise SocieteMembershipError(
                        f"Au {on:%d/%m/%Y}, {office.name} n'est pas membre de {societe.name}."
                    )
            collectivite_id = collectivites[0].party_id
            for member_id in members:
                member = directory.get(member_id)
                if member is None:
                    raise PartyNotFoundError(f"Membre {member_id} de {societe.name} introuvable.")
                if isinstance(member, Office):
                    rattachement = member.rattachement_on(on)
                    if rattachement and rattachement.collectivite_id == collectivite_id:
                        raise RattachementMismatchError(
                            f"{party_name(directory, collectivite_id)} est la collectivité de "
                            f"rattachement de {member.name}, membre de {societe.name} : une "
                            "convention SC – collectivité d'implantation se conclut avec une "
                            "collectivité qui n'est celle de rattachement d'aucun membre."
                        )

    @event("Signed")
    def _sign(
        self, party_id: UUID, effective_on: date, actor: Actor, signatory_id: UUID | None = None
    ) -> None:
        self.signatures = (*self.signatures, Signature(party_id, effective_on, signatory_id))

    @event("EnteredIntoForce")
    def _enter_into_force(self, effective_on: date, actor: Actor) -> None:
        self.status = ConventionStatus.IN_FORCE
        self.in_force_since = effective_on
        self.status_since = effective_on

    # --- adherents ---------------------------------------------------------------------

    def join(self, party_id: UUID, joined_on: date, directory: Directory, actor: Actor) -> tuple[str, ...]:
        """A landlord adheres to a convention opened by a collectivité.

        Rules: the convention is open to adherents and in force; the adherent is an office
        (not merged) or another landlord, not already a party; its deliberation is recorded.
        """
        if self.kind is not ConventionKind.CONVENTION_OUVERTE:
            raise NotOpenToAdherentsError(
                "Seule une convention ouverte par une collectivité à tous les bailleurs de son "
                "territoire reçoit des adhésions ; ajoutez la partie par avenant."
            )
        self.check_in_force("recevoir une adhésion")
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
        warnings = area_warnings((*self.latest_terms.parties, adhesion), directory, joined_on)
        self._join(Adhesion(adhesion, joined_on), warnings, effective_on=joined_on, actor=actor)
        return warnings

    @event("AdherentJoined")
    def _join(self, adhesion: Adhesion, warnings: tuple[str, ...], effective_on: date, actor: Actor) -> None:
        self.adhesions = (*self.adhesions, adhesion)
        self.warnings = warnings

    # --- avenants ----------------------------------------------------------------------

    def check_in_force(self, doing: str) -> None:
        if self.status is not ConventionStatus.IN_FORCE:
            raise ConventionNotInForceError(
                f"La convention est {STATUS_LABELS[self.status]} : elle doit être en vigueur pour {doing}."
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
    ) -> int:
        """Rules: the convention is in force; one avenant pending at a time; effective dates
        follow each other; the avenant does not change what lies before its effective date
        (targets and contreparties of earlier years, start date); the amended terms are valid.
        Its signatories are the convention's, plus the signatories it adds. Returns its number.
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
        signatories = tuple(dict.fromkeys((*before.signatories, *after.signatories)))
        number = max((a.number for a in self.avenants), default=0) + 1
        avenant = Avenant(
            number=number,
            effective_on=effective_on,
            reason=check_label(reason, "L'objet de l'avenant", max_length=2000),
            changes=changes,
            proposed_on=proposed_on,
            signatories=signatories,
        )
        self._propose_avenant(avenant, effective_on=proposed_on, actor=actor)
        return number

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
        """Rules: the avenant is pending; the party is one of its signatories and signs once,
        after its deliberation. Returns True when this signature put the avenant in force."""
        avenant = self.pending_avenant(number)
        if party_id not in avenant.signatories:
            raise NotASignatoryError(
                f"{party_name(directory, party_id)} ne figure pas parmi les signataires de "
                f"l'avenant n°{number}."
            )
        if avenant.has_signed(party_id):
            raise AlreadySignedError(f"{party_name(directory, party_id)} a déjà signé l'avenant n°{number}.")
        if signed_on < avenant.proposed_on:
            raise DateBeforeError("Un avenant ne peut être signé avant d'avoir été proposé.")
        self._check_authorised(party_id, number, signed_on, directory)
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
            check_label(reason, "Le motif du retrait", max_length=2000),
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
    ) -> None:
        """The annual convention d'application. Rules: the convention is in force; the year
        lies in its period; actions refer to existing commitments, budgets in exact euros;
        one programme per year, later changed by a revision (never edited)."""
        self.check_in_force("adopter un programme annuel")
        terms = self.terms_for_year(year)
        check_year(self.latest_terms.period, year, "Programme annuel")
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
        programme = ApplicationProgramme(year, actions, adopted_on, existing.revision + 1 if existing else 1)
        if revision:
            self._revise_programme(programme, effective_on=adopted_on, actor=actor)
        else:
            self._adopt_programme(programme, effective_on=adopted_on, actor=actor)

    @event("ApplicationProgrammeAdopted")
    def _adopt_programme(self, programme: ApplicationProgramme, effective_on: date, actor: Actor) -> None:
        self.programmes = (*self.programmes, programme)

    @event("ApplicationProgrammeRevised")
    def _revise_programme(self, programme: ApplicationProgramme, effective_on: date, actor: Actor) -> None:
        self.programmes = tuple(programme if p.year == programme.year else p for p in self.programmes)

    # --- contreparties given ------------------------------------------------------------

    def check_executable(self) -> None:
        if self.status is ConventionStatus.DRAFT:
            raise ConventionNotInForceError(
                "La convention est en projet : rien ne s'exécute avant son entrée en vigueur."
            )

    def _beneficiary(self, contrepartie_to: UUID | None, beneficiary_id: UUID, year: int) -> None:
        terms = self.terms_for_year(year)
        if contrepartie_to is not None:
            if beneficiary_id != contrepartie_to:
                raise InvalidPartiesError(
                    "Cette contrepartie est due à une autre partie que le bénéficiaire indiqué."
                )
            return
        party = terms.party(beneficiary_id) or self.latest_terms.party(beneficiary_id)
        if party is None or not party.party_type.is_landlord_side:
            raise InvalidPartiesError(
                "Le bénéficiaire doit être un bailleur partie ou adhérent de la convention."
            )

    def paid(self, contrepartie_id: str, year: int, beneficiary_id: UUID | None = None) -> Decimal:
        return sum(
            (
                p.amount
                for p in self.payments
                if p.contrepartie_id == contrepartie_id
                and p.year == year
                and (beneficiary_id is None or p.beneficiary_id == beneficiary_id)
            ),
            Decimal("0.00"),
        )

    def record_payment(self, payment: Payment, actor: Actor) -> None:
        """A contrepartie actually paid. Rules: the convention has entered into force; the
        contrepartie is in the terms of that year and is paid in money (not a guarantee nor an
        extra-financial support); the beneficiary is the one due; per-dwelling grants equal
        the number of dwellings times the grant of their typology; the total paid for a year
        never exceeds what was committed for it."""
        self.check_executable()
        check_year(self.latest_terms.period, payment.year, "Versement")
        check_label(payment.reference, "La référence du versement", max_length=100)
        check_amount(payment.amount, "Versement")
        contrepartie = self.terms_for_year(payment.year).contrepartie(payment.contrepartie_id)
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
        self._beneficiary(contrepartie.to_party_id, payment.beneficiary_id, payment.year)
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
                    f"Le versement ({payment.amount} €) ne correspond pas aux logements indiqués "
                    f"({expected} € au barème)."
                )
            committed = contrepartie.amount_for(payment.year)
        else:
            if payment.dwellings:
                raise InvalidValueError("Seule une aide par logement se verse par logement.")
            committed = contrepartie.amount_for(payment.year)
            if committed is None:
                raise PaymentExceedsCommitmentError(
                    f"Aucun montant n'est engagé pour {contrepartie.contrepartie_id} en {payment.year}."
                )
        if committed is not None:
            already = self.paid(payment.contrepartie_id, payment.year, payment.beneficiary_id)
            if already + payment.amount > committed:
                raise PaymentExceedsCommitmentError(
                    f"{contrepartie.contrepartie_id}, {payment.year} : {already} € déjà versés ; "
                    f"ce versement de {payment.amount} € dépasserait l'engagement de {committed} €."
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
        check_year(self.latest_terms.period, grant.year, "Garantie")
        check_label(grant.loan_reference, "La référence du prêt", max_length=100)
        check_amount(grant.loan_amount, "Montant du prêt")
        check_amount(grant.guaranteed_amount, "Montant garanti")
        contrepartie = self.terms_for_year(grant.year).contrepartie(grant.contrepartie_id)
        if contrepartie.kind is not ContrepartieKind.GARANTIE_EMPRUNT:
            raise ContrepartieNotPayableError(
                f"La contrepartie {contrepartie.contrepartie_id} n'est pas une garantie d'emprunt."
            )
        self._beneficiary(contrepartie.to_party_id, grant.beneficiary_id, grant.year)
        rate = contrepartie.guarantee_rate or Decimal(0)
        ceiling = (grant.loan_amount * rate / 100).quantize(Decimal("0.01"))
        if grant.guaranteed_amount > ceiling:
            raise PaymentExceedsCommitmentError(
                f"La garantie de {grant.guaranteed_amount} € dépasse la quotité convenue "
                f"({rate} % de {grant.loan_amount} € = {ceiling} €)."
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
                    f"Le plafond de garanties {grant.year} ({yearly} €) serait dépassé "
                    f"({already} € déjà garantis)."
                )
        self._record_guarantee(grant, effective_on=grant.granted_on, actor=actor)

    @event("GuaranteeGranted")
    def _record_guarantee(self, grant: GuaranteeGrant, effective_on: date, actor: Actor) -> None:
        self.guarantees = (*self.guarantees, grant)

    # --- evaluations ---------------------------------------------------------------------

    def evaluation_for(self, year: int) -> AnnualEvaluation | None:
        return next((e for e in self.evaluations if e.year == year), None)

    def _checked_evaluation(self, evaluation: AnnualEvaluation) -> AnnualEvaluation:
        self.check_executable()
        check_year(self.latest_terms.period, evaluation.year, "Évaluation annuelle")
        if evaluation.evaluated_on < date(evaluation.year, 1, 1):
            raise DateBeforeError(f"Le bilan {evaluation.year} ne peut être daté d'avant cette année.")
        indicators = self.terms_for_year(evaluation.year).indicators()
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
        for line in evaluation.financial_bilan:
            check_label(line.label, "Le libellé de la ligne du bilan financier")
            if not line.amount.is_finite() or line.amount != line.amount.quantize(Decimal("0.01")):
                raise InvalidValueError(f"Bilan financier « {line.label} » : montant au centime.")
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
        evaluation = replace(evaluation, revision=1, correction_reason=None)
        self._record_evaluation(evaluation, effective_on=evaluation.evaluated_on, actor=actor)

    @event("EvaluationRecorded")
    def _record_evaluation(self, evaluation: AnnualEvaluation, effective_on: date, actor: Actor) -> None:
        self.evaluations = (*self.evaluations, evaluation)

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
            correction_reason=check_label(reason, "Le motif de la correction", max_length=2000),
        )
        if evaluation.evaluated_on < previous.evaluated_on:
            raise DateBeforeError("Une correction ne peut être datée d'avant l'évaluation corrigée.")
        self._correct_evaluation(evaluation, effective_on=evaluation.evaluated_on, actor=actor)

    @event("EvaluationCorrected")
    def _correct_evaluation(self, evaluation: AnnualEvaluation, effective_on: date, actor: Actor) -> None:
        previous = self.evaluation_for(evaluation.year)
        if previous is not None:
            self.superseded_evaluations = (*self.superseded_evaluations, previous)
        self.evaluations = tuple(evaluation if e.year == evaluation.year else e for e in self.evaluations)

    def validate_evaluation(self, year: int, body_id: str, validated_on: date, actor: Actor) -> None:
        """Rules: the evaluation exists and is not validated yet (in its latest revision); the
        body is one of the convention's governance bodies (the one the evaluation scheme names,
        if it names one); validation follows the evaluation."""
        evaluation = self.evaluation_for(year)
        if evaluation is None:
            raise EvaluationNotFoundError(f"Aucune évaluation {year} à valider.")
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
        check_label(review.summary, "La synthèse de l'évaluation", max_length=20000)
        if any(r.kind is review.kind for r in self.reviews):
            raise ReviewAlreadyRecordedError(
                f"L'évaluation {review.kind.value.replace('_', ' ')} est déjà enregistrée."
            )
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
        check_label(meeting.reference, "La référence du compte rendu", max_length=100)
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

    def suspend(self, reason: str, effective_on: date, actor: Actor) -> None:
        self.check_in_force("être suspendue")
        self._check_lifecycle_date(effective_on)
        self._suspend(
            check_label(reason, "Le motif de la suspension", max_length=2000),
            effective_on=effective_on,
            actor=actor,
        )

    @event("Suspended")
    def _suspend(self, reason: str, effective_on: date, actor: Actor) -> None:
        self.status = ConventionStatus.SUSPENDED
        self.status_reason = reason
        self.status_since = effective_on

    def resume(self, effective_on: date, actor: Actor) -> None:
        if self.status is not ConventionStatus.SUSPENDED:
            raise InvalidTransitionError("Seule une convention suspendue peut reprendre.")
        self._check_lifecycle_date(effective_on)
        self._resume(effective_on=effective_on, actor=actor)

    @event("Resumed")
    def _resume(self, effective_on: date, actor: Actor) -> None:
        self.status = ConventionStatus.IN_FORCE
        self.status_reason = None
        self.status_since = effective_on

    def terminate(self, reason: str, effective_on: date, actor: Actor) -> None:
        """Résiliation anticipée, with its reason: from in force or suspended."""
        if self.status not in (ConventionStatus.IN_FORCE, ConventionStatus.SUSPENDED):
            raise InvalidTransitionError(
                f"La convention est {STATUS_LABELS[self.status]} : elle ne peut être résiliée."
            )
        self._check_lifecycle_date(effective_on)
        self._terminate(
            check_label(reason, "Le motif de la résiliation", max_length=2000),
            effective_on=effective_on,
            actor=actor,
        )

    @event("Terminated")
    def _terminate(self, reason: str, effective_on: date, actor: Actor) -> None:
        self.status = ConventionStatus.TERMINATED
        self.status_reason = reason
        self.status_since = effective_on

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


def area_warnings(parties: tuple[ConventionParty, ...], directory: Directory, on: date) -> tuple[str, ...]:
    """An office acts in the région of its collectivité de rattachement and, with the commune's
    agreement, in neighbouring départements (CCH L. 421-1): a collectivité party outside that
    région deserves a warning (recorded with the event), not a refusal."""
    warnings = []
    collectivites = [
        party_of(directory, p.party_id, Collectivite)
        for p in parties
        if p.party_type is PartyType.COLLECTIVITE
    ]
    for party in parties:
        office = directory.get(party.party_id)
        if not isinstance(office, Office):
            continue
        rattachement = office.rattachement_on(on) or office.current_rattachement
        home = directory.get(rattachement.collectivite_id)
        if not isinstance(home, Collectivite):
            continue
        for collectivite in collectivites:
            if collectivite.region_code != home.region_code:
                warnings.append(
                    f"{collectivite.name} est hors de la région de rattachement de {office.name} "
                    f"(région {home.region_code}) : un office n'y intervient que dans un "
                    "département limitrophe et avec l'accord de la commune d'implantation."
                )
    return tuple(warnings)


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
