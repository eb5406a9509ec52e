"""Annual evaluations (bilans): recorded by the office, corrected with a reason,
validated by the other party's body."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from application.base import CommandResult, UseCases
from domain.convention import AnnualEvaluation
from domain.values import Actor


class Evaluations(UseCases):
    def record_evaluation(
        self, convention_id: UUID, evaluation: AnnualEvaluation, actor: Actor
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.record_evaluation(evaluation, actor),
            "convention.evaluation_recorded",
            year=evaluation.year,
        )

    def correct_evaluation(
        self, convention_id: UUID, evaluation: AnnualEvaluation, reason: str, actor: Actor
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.correct_evaluation(evaluation, reason, actor),
            "convention.evaluation_corrected",
            year=evaluation.year,
        )

    def validate_evaluation(
        self, convention_id: UUID, year: int, body_id: str, validated_on: date, actor: Actor
    ) -> CommandResult:
        return self.ledger.change_convention(
            convention_id,
            actor,
            lambda c: c.validate_evaluation(year, body_id, validated_on, actor),
            "convention.evaluation_validated",
            year=year,
        )
