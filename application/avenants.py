"""Avenants: proposed with their changes to the terms, signed by every signatory (then in
force on their date), withdrawn."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.authorization import check_may_act_for
from application.base import CommandResult, UseCases, result_of
from domain.convention import Convention
from domain.terms import AddParty, TermsChange
from domain.values import Actor


class Avenants(UseCases):
    def propose_avenant(
        self,
        convention_id: UUID,
        *,
        changes: tuple[TermsChange, ...],
        effective_on: date,
        reason: str,
        proposed_on: date,
        actor: Actor,
    ) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            added = tuple(c.party.party_id for c in changes if isinstance(c, AddParty))
            directory = self.ledger.convention_directory(convention, *added)
            number, warnings = convention.propose_avenant(
                changes, effective_on, reason, proposed_on, directory, actor
            )
            return result_of(convention, warnings=warnings, detail={"avenant_number": number})

        return self.ledger.change_convention(convention_id, actor, act, "convention.avenant_proposed")

    def sign_avenant(
        self,
        convention_id: UUID,
        number: int,
        party_id: UUID,
        signed_on: date,
        actor: Actor,
        signatory_id: UUID | None = None,
    ) -> CommandResult:
        def act(convention: Convention) -> CommandResult:
            directory = self.ledger.convention_directory(convention)
            self.ledger.check_signatory(signatory_id, party_id)
            in_force = convention.sign_avenant(number, party_id, signed_on, directory, actor, signatory_id)
            return result_of(convention, detail={"avenant_in_force": in_force})

        return self.ledger.change_convention(
            convention_id,
            actor,
            act,
            "convention.avenant_signed",
            check=lambda _: check_may_act_for(actor, party_id, signing=True),
            avenant=number,
            party_id=party_id,
        )

    def withdraw_avenant(
        self, convention_id: UUID, number: int, reason: str, withdrawn_on: date, actor: Actor
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.withdraw_avenant(number, reason, withdrawn_on, actor),
            "convention.avenant_withdrawn",
            avenant=number,
        )
