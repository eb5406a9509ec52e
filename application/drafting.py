"""Drafting and consent: a draft and its changes, the parties' deliberations and
signatures (on exact terms: see ``Convention.sign``), adherents joining and withdrawing, the
communes' agreements."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from uuid import UUID

import structlog
from eventsourcing.domain import Aggregate

from application.authorization import check_may_act_for, check_may_prepare
from application.base import CommandResult, UseCases, result_of
from domain.convention import (
    CommuneAgreement,
    Convention,
    ConventionStatus,
    Deliberation,
    check_kind_rules,
)
from domain.errors import DomainError
from domain.terms import AddParty, ConventionKind, ConventionParty, TermsChange
from domain.values import Actor

log = structlog.get_logger("ledger")


class Drafting(UseCases):
    def signing_obstacle(self, convention: Convention, on: date) -> str | None:
        """For a draft: the rule of its kind that would refuse a signature on that day (the
        parties as they stand then), in the rule's words; None when it could be signed."""
        if convention.status is not ConventionStatus.DRAFT:
            return None
        try:
            check_kind_rules(
                convention.kind, convention.latest_terms, on, self.ledger.convention_directory(convention)
            )
        except DomainError as error:
            return error.detail
        return None

    def draft_convention(
        self,
        *,
        kind: ConventionKind,
        title: str,
        start: date,
        end: date | None,
        parties: tuple[ConventionParty, ...],
        actor: Actor,
        operation: str | None = None,
        predecessor_id: UUID | None = None,
        framework_id: UUID | None = None,
        operation_id: str | None = None,
    ) -> CommandResult:
        """Rules: the drafter acts for one of the parties — and, for a convention d'opération
        opened under a convention cadre, for one of the cadre's; see ``Convention.draft``. A
        renewal records, in the same transaction, that the predecessor is renewed; an opening
        under a cadre, that the cadre's operation has its convention."""
        check_may_prepare(actor, tuple(p.party_id for p in parties))

        def decide() -> tuple[Sequence[Aggregate], CommandResult]:
            predecessor = self.ledger.get_convention(predecessor_id) if predecessor_id else None
            framework = self.ledger.get_convention(framework_id) if framework_id else None
            if framework is not None:
                check_may_prepare(actor, tuple(p.party_id for p in framework.latest_terms.parties))
            convention = Convention.draft(
                kind=kind,
                title=title,
                start=start,
                end=end,
                parties=parties,
                directory=self.ledger.directory(p.party_id for p in parties),
                actor=actor,
                operation=operation,
                predecessor=predecessor,
                framework=framework,
                operation_id=operation_id,
            )
            touched: list[Aggregate] = [convention]
            if predecessor is not None:
                touched.append(predecessor)
            if framework is not None:
                touched.append(framework)
            return touched, result_of(convention, warnings=convention.current_warnings())

        result = self.ledger.run_command(decide)
        log.info(
            "convention.drafted",
            convention_id=str(result.aggregate_id),
            kind=kind.value,
            actor_id=actor.actor_id,
        )
        return result

    def amend_draft(self, convention_id: UUID, change: TermsChange, actor: Actor) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            extra = (change.party.party_id,) if isinstance(change, AddParty) else ()
            directory = self.ledger.convention_directory(convention, *extra)
            warnings = convention.amend_draft(change, directory, actor)
            return result_of(convention, warnings=warnings)

        return self.ledger.change_convention(
            convention_id, actor, act, "convention.draft_amended", change=type(change).__name__
        )

    # --- signatures ----------------------------------------------------------------------

    def record_deliberation(
        self, convention_id: UUID, deliberation: Deliberation, actor: Actor
    ) -> CommandResult:
        def act(convention: Convention) -> None:
            directory = self.ledger.convention_directory(convention, deliberation.party_id)
            convention.record_deliberation(deliberation, directory, actor)

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.deliberation_recorded",
            check=lambda _: check_may_act_for(actor, deliberation.party_id, signing=False),
            party_id=deliberation.party_id,
        )

    def sign(
        self,
        convention_id: UUID,
        party_id: UUID,
        signed_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> CommandResult:
        """Rules: a signatory of that party signs for it; the person named as signing, if any,
        is registered for that party and not erased; see ``Convention.sign``."""

        def act(convention: Convention) -> CommandResult:
            directory = self.ledger.convention_directory(convention)
            self.ledger.check_signatory(signatory_id, party_id)
            in_force = convention.sign(party_id, signed_on, directory, actor, signatory_id)
            return result_of(convention, detail={"entered_into_force": in_force})

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.signed",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def join(self, convention_id: UUID, party_id: UUID, joined_on: date, actor: Actor) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            directory = self.ledger.convention_directory(convention, party_id)
            warnings = convention.join(party_id, joined_on, directory, actor)
            return result_of(convention, warnings=warnings)

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.adherent_joined",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def withdraw_adherent(
        self, convention_id: UUID, party_id: UUID, withdrawn_on: date, reason: str, actor: Actor
    ) -> CommandResult:
        """Rules: a signatory of the adherent withdraws it (see ``Convention.withdraw_adherent``)."""

        def act(convention: Convention) -> None:
            directory = self.ledger.convention_directory(convention, party_id)
            convention.withdraw_adherent(party_id, withdrawn_on, reason, directory, actor)

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.adherent_withdrew",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            party_id=party_id,
        )

    def record_commune_agreement(
        self, convention_id: UUID, agreement: CommuneAgreement, actor: Actor
    ) -> CommandResult:
        """Rules: the commune records its own agreement (see
        ``Convention.record_commune_agreement``)."""

        def act(convention: Convention) -> CommandResult:
            directory = self.ledger.convention_directory(convention)
            warnings = convention.record_commune_agreement(agreement, directory, actor)
            return result_of(convention, warnings=warnings)

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.commune_agreement_recorded",
            check=lambda _: check_may_act_for(actor, agreement.commune_id, signing=False),
            commune_id=agreement.commune_id,
        )
