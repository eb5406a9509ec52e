"""Conventions: draft, sign, amend by avenant, execute, evaluate, end; read terms and events."""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import islice
from typing import Annotated
from uuid import UUID

from fastapi import Depends, Query, Response

from api import routing
from api.deps import (
    MAX_INT,
    AvenantOrAlertNumber,
    CurrentActor,
    Ledger,
    Writer,
    Written,
    Year,
    acting_party,
    aware,
    etag,
    require_if_match,
)
from api.schemas import (
    AdhesionCreate,
    AdhesionWithdrawal,
    AvenantCreate,
    AvenantWithdrawal,
    ChangeIn,
    CommuneAgreementCreate,
    ConventionCreate,
    ConventionPublic,
    Day,
    DeliberationCreate,
    DeliveryCreate,
    EvaluationCorrection,
    EvaluationCreate,
    EvaluationValidation,
    EventPage,
    EventPublic,
    Expiry,
    GuaranteeCreate,
    GuaranteeStatementCreate,
    InKindCreate,
    Instant,
    PaymentCreate,
    PointPublic,
    ProgrammeCreate,
    RecoveryCreate,
    Resumption,
    ReviewCreate,
    SignatureCreate,
    StatusChange,
    TermsDiff,
    TermsDifference,
    WriteResult,
)
from api.schemas.records import TermsPublic, published
from application.base import RecordedEvent
from application.bilan_view import BilanView
from application.history import MAX_PAGE, Point, PointState
from domain.convention import CommuneAgreement, Deliberation, Delivery
from domain.errors import InvalidValueError

router = routing.router(prefix="/conventions", tags=["conventions"])


def today() -> date:
    return datetime.now(UTC).date()


@router.post("", status_code=201)
def draft_convention(
    body: ConventionCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(
        ledger.drafting.draft_convention(
            kind=body.kind,
            title=body.title,
            start=body.start_date,
            end=body.end_date,
            parties=tuple(p.to_domain() for p in body.parties),
            operation=body.operation,
            predecessor_id=body.predecessor_id,
            framework_id=body.framework_id,
            operation_id=body.operation_id,
            actor=actor,
        )
    )


On = Annotated[Day | None, Query(description="Terms in force on this date (default: today).")]
Version = Annotated[
    int | None, Query(ge=1, le=MAX_INT, description="The convention at this version of its stream.")
]
RecordedAt = Annotated[
    Instant | None,
    Query(description="The convention as the platform knew it at this instant (events recorded up to then)."),
]


def point(version: int | None, recorded_at: datetime | None, on: date | None) -> Point:
    return Point(version=version, recorded_at=aware(recorded_at, "recorded_at"), on=on)


async def point_query(on: On = None, version: Version = None, recorded_at: RecordedAt = None) -> Point:
    return point(version, recorded_at, on)


AtPoint = Annotated[Point, Depends(point_query)]


@router.get("/{convention_id}")
def read_convention(
    convention_id: UUID, ledger: Ledger, actor: CurrentActor, at: AtPoint, response: Response
) -> ConventionPublic:
    """The convention and its whole record; its terms in force on a date. With `recorded_at`
    (or `version`), as the platform knew it then: in force on D as known at T."""
    c = ledger.history.readable_convention_at(convention_id, at, actor)
    response.headers["ETag"] = etag(c.version)
    day = at.on or today()
    return ConventionPublic(
        id=c.id,
        version=c.version,
        kind=c.kind,
        status=c.status,
        terms_on=day,
        terms=c.terms_on(day),
        terms_as_drafted=c.terms,
        in_force_since=c.in_force_since,
        concluded_on=c.concluded_on,
        in_force_on=c.in_force_on(day),
        standing_on=c.standing_on(day),
        terms_revision=c.terms_revision,
        status_since=c.status_since,
        status_reason=c.status_reason,
        status_decided_by=c.status_decided_by,
        status_deliberation=c.status_deliberation,
        predecessor_id=c.predecessor_id,
        successor_id=c.successor_id,
        warnings=list(c.current_warnings()),
        deliberations=list(c.deliberations),
        signatures=list(c.signatures),
        voided_signatures=list(c.voided_signatures),
        substitutions=list(c.substitutions),
        commune_agreements=list(c.commune_agreements),
        adhesions=list(c.adhesions),
        avenants=list(c.avenants),
        programmes=list(c.programmes),
        payments=list(c.payments),
        guarantees=list(c.guarantees),
        evaluations=list(c.evaluations),
        superseded_evaluations=list(c.superseded_evaluations),
        reviews=list(c.reviews),
        in_kind=list(c.in_kind),
        deliveries=list(c.deliveries),
        guarantee_statements=list(c.guarantee_statements),
        recoveries=list(c.recoveries),
        mobilisations=list(c.mobilisations),
        documents=list(c.documents),
        operation_conventions=list(c.operation_conventions),
    )


@router.get("/{convention_id}/terms")
def read_terms(convention_id: UUID, ledger: Ledger, actor: CurrentActor, at: AtPoint) -> TermsPublic:
    """The terms in force on a date (avenants effective by then applied), as known now, or
    as known at `recorded_at` (or at `version`)."""
    terms = ledger.history.readable_convention_at(convention_id, at, actor).terms_on(at.on or today())
    public: TermsPublic = published(terms)
    return public


@router.get("/{convention_id}/diff")
def diff_terms(
    convention_id: UUID,
    ledger: Ledger,
    actor: CurrentActor,
    from_version: Version = None,
    from_recorded_at: RecordedAt = None,
    from_on: On = None,
    to_version: Version = None,
    to_recorded_at: RecordedAt = None,
    to_on: On = None,
) -> TermsDiff:
    """What changed in the terms between two points (each a version or an instant recorded,
    and a date in force; absent: as they now stand), and the events that made it."""
    before, after = point(from_version, from_recorded_at, from_on), point(to_version, to_recorded_at, to_on)
    comparison = ledger.history.diff(convention_id, before, after, actor)

    def public(state: PointState) -> PointPublic:
        return PointPublic(
            version=state.version, recorded_at=state.recorded_at.isoformat(), on=state.on, status=state.status
        )

    return TermsDiff(
        convention_id=convention_id,
        before=public(comparison.before),
        after=public(comparison.after),
        changes=[TermsDifference.model_validate(vars(c)) for c in comparison.changes],
        events=[event_public(e) for e in comparison.events],
    )


def event_page(items: list[RecordedEvent], limit: int, after: int, last: int) -> EventPage:
    """A page of events read up to position ``last``: a short page has seen everything up to
    there, so its cursor moves to ``last`` even if filters kept nothing."""
    return EventPage(
        items=[event_public(e) for e in items],
        next_after=(items[-1].position or 0) if len(items) == limit else max(after, last),
        last_position=last,
    )


def event_public(event: RecordedEvent) -> EventPublic:
    return EventPublic(
        id=event.event_id,
        position=event.position,
        stream=event.originator_id,
        stream_type=event.stream_type,
        version=event.version,
        type=event.type,
        schema_version=event.schema_version,
        recorded_at=event.recorded_at.isoformat(),
        effective_on=event.effective_on,
        actor=event.actor,
        payload=event.payload,
    )


@router.get("/{convention_id}/events")
def read_events(
    convention_id: UUID,
    ledger: Ledger,
    actor: CurrentActor,
    from_version: Annotated[
        int, Query(ge=1, le=MAX_INT, description="From this version of the convention.")
    ] = 1,
    after: Annotated[int, Query(ge=0, le=MAX_INT, description="Cursor: the last position already seen.")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
) -> EventPage:
    """The convention's own events in order, in the feed's envelope, from a version."""
    last = ledger.history.last_position()
    mine = (
        e
        for e in ledger.history.convention_events(convention_id, actor, after=after, until=last)
        if e.version >= from_version
    )
    return event_page(list(islice(mine, limit)), limit, after, last)


@router.post("/{convention_id}/draft-changes", dependencies=[Depends(require_if_match)])
def amend_draft(
    convention_id: UUID, body: ChangeIn, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """Change the terms of a convention not yet in force (one change per request)."""
    return written(ledger.drafting.amend_draft(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/deliberations", status_code=201)
def record_deliberation(
    convention_id: UUID, body: DeliberationCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    deliberation = Deliberation(
        body.party_id, body.body, body.reference, body.adopted_on, body.avenant_number
    )
    return written(ledger.drafting.record_deliberation(convention_id, deliberation, actor))


@router.post("/{convention_id}/signatures", status_code=201)
def sign(
    convention_id: UUID, body: SignatureCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(ledger.drafting.sign(convention_id, party_id, body.signed_on, actor, body.signatory_id))


@router.post("/{convention_id}/adherents", status_code=201)
def join(
    convention_id: UUID, body: AdhesionCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(ledger.drafting.join(convention_id, party_id, body.joined_on, actor))


@router.post("/{convention_id}/adherents/{party_id}/withdrawal", status_code=201)
def withdraw_adherent(
    convention_id: UUID,
    party_id: UUID,
    body: AdhesionWithdrawal,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    """An adherent withdraws itself from an open convention (it never ends it for the others)."""
    return written(
        ledger.drafting.withdraw_adherent(convention_id, party_id, body.withdrawn_on, body.reason, actor)
    )


@router.post("/{convention_id}/commune-agreements", status_code=201)
def record_commune_agreement(
    convention_id: UUID,
    body: CommuneAgreementCreate,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    """The commune d'implantation agrees that an office of a neighbouring région works on its
    territory (CCH L. 421-1)."""
    agreement = CommuneAgreement(
        acting_party(actor, body.commune_id), body.office_id, body.reference, body.agreed_on
    )
    return written(ledger.drafting.record_commune_agreement(convention_id, agreement, actor))


@router.post("/{convention_id}/avenants", status_code=201, dependencies=[Depends(require_if_match)])
def propose_avenant(
    convention_id: UUID, body: AvenantCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(
        ledger.avenants.propose_avenant(
            convention_id,
            changes=tuple(c.to_domain() for c in body.changes),
            effective_on=body.effective_on,
            reason=body.reason,
            proposed_on=body.proposed_on,
            actor=actor,
        )
    )


@router.post("/{convention_id}/avenants/{number}/signatures", status_code=201)
def sign_avenant(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: SignatureCreate,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(
        ledger.avenants.sign_avenant(
            convention_id, number, party_id, body.signed_on, actor, body.signatory_id
        )
    )


@router.post("/{convention_id}/avenants/{number}/withdrawal", status_code=201)
def withdraw_avenant(
    convention_id: UUID,
    number: AvenantOrAlertNumber,
    body: AvenantWithdrawal,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.avenants.withdraw_avenant(convention_id, number, body.reason, body.withdrawn_on, actor)
    )


@router.post("/{convention_id}/programmes", status_code=201)
def adopt_programme(
    convention_id: UUID, body: ProgrammeCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(
        ledger.execution.adopt_programme(
            convention_id,
            year=body.year,
            actions=body.actions_domain(),
            adopted_on=body.adopted_on,
            revision=body.revision,
            contributions=body.contributions_domain(),
            deliberations=tuple(body.deliberations),
            actor=actor,
        )
    )


@router.post("/{convention_id}/payments", status_code=201)
def record_payment(
    convention_id: UUID, body: PaymentCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.execution.record_payment(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/in-kind", status_code=201)
def record_in_kind(
    convention_id: UUID, body: InKindCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """A contrepartie given in kind (a parcel sold, leased, lent or serviced), at its
    valuation, by the party that gives it: « réalisée », never « versée »."""
    return written(ledger.execution.record_in_kind(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/deliveries", status_code=201)
def record_delivery(
    convention_id: UUID, body: DeliveryCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """Dwellings an office delivered under a per-dwelling grant: what it is owed follows (the
    count times the barème of the typology), due from then on."""
    delivery = Delivery(
        body.contrepartie_id,
        acting_party(actor, body.beneficiary_id),
        body.operation.strip(),
        body.typology,
        body.count,
        body.delivered_on,
        body.operation_id,
    )
    return written(ledger.execution.record_delivery(convention_id, delivery, actor))


@router.post("/{convention_id}/recoveries", status_code=201)
def record_recovery(
    convention_id: UUID, body: RecoveryCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """Money going back (a reversement on a titre de recettes): by the party that gave it."""
    return written(ledger.execution.record_recovery(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/guarantees", status_code=201)
def record_guarantee(
    convention_id: UUID, body: GuaranteeCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.execution.record_guarantee(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/guarantee-statements", status_code=201)
def state_guarantee(
    convention_id: UUID, body: GuaranteeStatementCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    """The capital outstanding on a guaranteed loan at the end of a year (the borrower, or the
    guarantor): the encours garanti follows it."""
    return written(ledger.execution.state_guarantee(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/evaluations", status_code=201)
def record_evaluation(
    convention_id: UUID, body: EvaluationCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.evaluations.record_evaluation(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/evaluations/{year}/corrections", status_code=201)
def correct_evaluation(
    convention_id: UUID,
    year: Year,
    body: EvaluationCorrection,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    if body.year != year:
        raise InvalidValueError(f"L'année du corps ({body.year}) diffère de celle de l'URL ({year}).")
    return written(ledger.evaluations.correct_evaluation(convention_id, body.to_domain(), body.reason, actor))


@router.post("/{convention_id}/evaluations/{year}/validation", status_code=201)
def validate_evaluation(
    convention_id: UUID,
    year: Year,
    body: EvaluationValidation,
    ledger: Writer,
    actor: CurrentActor,
    written: Written,
) -> WriteResult:
    return written(
        ledger.evaluations.validate_evaluation(convention_id, year, body.body_id, body.validated_on, actor)
    )


@router.get("/{convention_id}/bilans/{year}")
def read_bilan(convention_id: UUID, year: Year, ledger: Ledger, actor: CurrentActor) -> BilanView:
    """The year's bilan as it is presented to the office's board and the collectivité's
    assembly: objectives and results, actions realised, financial bilan per operation and the
    office's global one, contreparties owed and given, governance met, the year's alerts, and
    the effects on the territory of an evaluation at mid-term or at the end that year. The page
    `/convention/{id}/bilan/{year}` prints it."""
    return ledger.bilan(convention_id, year, actor)


@router.post("/{convention_id}/reviews", status_code=201)
def record_review(
    convention_id: UUID, body: ReviewCreate, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.execution.record_review(convention_id, body.to_domain(), actor))


@router.post("/{convention_id}/suspension", status_code=201)
def suspend(
    convention_id: UUID, body: StatusChange, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(
        ledger.execution.suspend(
            convention_id, party_id, body.deliberation_reference, body.reason, body.effective_on, actor
        )
    )


@router.post("/{convention_id}/resumption", status_code=201)
def resume(
    convention_id: UUID, body: Resumption, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(
        ledger.execution.resume(
            convention_id, party_id, body.deliberation_reference, body.effective_on, actor
        )
    )


@router.post("/{convention_id}/termination", status_code=201)
def terminate(
    convention_id: UUID, body: StatusChange, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    party_id = acting_party(actor, body.party_id)
    return written(
        ledger.execution.terminate(
            convention_id, party_id, body.deliberation_reference, body.reason, body.effective_on, actor
        )
    )


@router.post("/{convention_id}/expiry", status_code=201)
def expire(
    convention_id: UUID, body: Expiry, ledger: Writer, actor: CurrentActor, written: Written
) -> WriteResult:
    return written(ledger.execution.expire(convention_id, body.as_of, actor))
