"""Execution and lifecycle: the year's programme, payments and guarantees of the
contreparties, governance meetings and reviews; suspension, resumption, termination, expiry."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.authorization import check_may_act_for
from application.base import CommandResult, UseCases
from domain.convention import (
    Contribution,
    Convention,
    Delivery,
    GuaranteeGrant,
    GuaranteeStatement,
    InKindRealisation,
    Meeting,
    Payment,
    ProgrammeAction,
    Recovery,
    Review,
)
from domain.values import Actor


class Execution(UseCases):
    def adopt_programme(
        self,
        convention_id: UUID,
        *,
        year: int,
        actions: tuple[ProgrammeAction, ...],
        adopted_on: date,
        actor: Actor,
        revision: bool = False,
        contributions: tuple[Contribution, ...] = (),
        deliberations: tuple[str, ...] = (),
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.adopt_programme(
                year,
                actions,
                adopted_on,
                actor,
                revision=revision,
                contributions=contributions,
                deliberations=deliberations,
            ),
            "convention.programme_adopted",
            year=year,
        )

    def record_payment(self, convention_id: UUID, payment: Payment, actor: Actor) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_payment(payment, actor),
            "convention.contrepartie_paid",
            contrepartie=payment.contrepartie_id,
        )

    def record_in_kind(
        self, convention_id: UUID, realisation: InKindRealisation, actor: Actor
    ) -> CommandResult:
        """Rules: someone of the party that gives it records it (the collectivité that sells,
        leases or lends the parcel); as ``Convention.record_in_kind``."""

        def giver(convention: Convention) -> None:
            contrepartie = convention.terms_for_year(realisation.year).contrepartie(
                realisation.contrepartie_id
            )
            check_may_act_for(actor, contrepartie.from_party_id, signing=False)

        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_in_kind(realisation, actor),
            "convention.in_kind_realised",
            check=giver,
            contrepartie=realisation.contrepartie_id,
        )

    def record_delivery(self, convention_id: UUID, delivery: Delivery, actor: Actor) -> CommandResult:
        """Rules: someone of the office that delivered records it (the beneficiary of the
        grant); as ``Convention.record_delivery``."""
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_delivery(delivery, actor),
            "convention.delivery_recorded",
            check=lambda _: check_may_act_for(actor, delivery.beneficiary_id, signing=False),
            contrepartie=delivery.contrepartie_id,
            count=delivery.count,
        )

    def record_recovery(self, convention_id: UUID, recovery: Recovery, actor: Actor) -> CommandResult:
        """Rules: someone of the party that gave the contrepartie recovers it (it issues the
        titre de recettes); as ``Convention.record_recovery``."""

        def giver(convention: Convention) -> None:
            contrepartie = convention.terms_for_year(recovery.year).contrepartie(recovery.contrepartie_id)
            check_may_act_for(actor, contrepartie.from_party_id, signing=False)

        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_recovery(recovery, actor),
            "convention.contrepartie_recovered",
            check=giver,
            contrepartie=recovery.contrepartie_id,
        )

    def record_guarantee(self, convention_id: UUID, grant: GuaranteeGrant, actor: Actor) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_guarantee(grant, actor),
            "convention.guarantee_granted",
            contrepartie=grant.contrepartie_id,
        )

    def state_guarantee(
        self, convention_id: UUID, statement: GuaranteeStatement, actor: Actor
    ) -> CommandResult:
        """Rules: the borrower (the guaranteed loan's beneficiary) or the guarantor declares
        the capital outstanding; as ``Convention.state_guarantee``."""

        def borrower_or_guarantor(convention: Convention) -> None:
            grant = convention.guarantee(statement.loan_reference)
            guarantor = (
                convention.terms_for_year(grant.year).contrepartie(grant.contrepartie_id).from_party_id
            )
            if actor.party_id == guarantor:
                check_may_act_for(actor, guarantor, signing=False)
            else:
                check_may_act_for(actor, grant.beneficiary_id, signing=False)

        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.state_guarantee(statement, actor),
            "convention.guarantee_stated",
            check=borrower_or_guarantor,
            loan=statement.loan_reference,
            year=statement.year,
        )

    def record_meeting(self, convention_id: UUID, meeting: Meeting, actor: Actor) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_meeting(meeting, actor),
            "convention.meeting_recorded",
            body=meeting.body_id,
        )

    def record_review(self, convention_id: UUID, review: Review, actor: Actor) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_review(review, actor),
            "convention.review_recorded",
            kind=review.kind.value,
        )

    # --- lifecycle -----------------------------------------------------------------------

    def suspend(
        self,
        convention_id: UUID,
        party_id: UUID,
        deliberation: str,
        reason: str,
        effective_on: date,
        actor: Actor,
    ) -> CommandResult:
        """Rules: someone of the signatory party decides, on its deliberation (see
        ``Convention.suspend``)."""
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.suspend(party_id, deliberation, reason, effective_on, actor),
            "convention.suspended",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def resume(
        self, convention_id: UUID, party_id: UUID, deliberation: str, effective_on: date, actor: Actor
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.resume(party_id, deliberation, effective_on, actor),
            "convention.resumed",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def terminate(
        self,
        convention_id: UUID,
        party_id: UUID,
        deliberation: str,
        reason: str,
        effective_on: date,
        actor: Actor,
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.terminate(party_id, deliberation, reason, effective_on, actor),
            "convention.terminated",
            check=lambda _: check_may_act_for(actor, party_id, signing=False),
            party_id=party_id,
        )

    def expire(self, convention_id: UUID, as_of: date, actor: Actor) -> CommandResult:
        return self.ledger.change_convention(
            convention_id, actor, lambda c: c.expire(as_of, actor), "convention.expired"
        )
