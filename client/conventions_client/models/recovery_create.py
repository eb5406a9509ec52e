from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RecoveryCreate")


@_attrs_define
class RecoveryCreate:
    """
    Attributes:
        amount (float | str):
        beneficiary_id (UUID):
        contrepartie_id (str):
        reason (str):
        recovered_on (datetime.date):
        reference (str): The titre de recettes.
        year (int):
    """

    amount: float | str
    beneficiary_id: UUID
    contrepartie_id: str
    reason: str
    recovered_on: datetime.date
    reference: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        reason = self.reason

        recovered_on = self.recovered_on.isoformat()

        reference = self.reference

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "reason": reason,
                "recovered_on": recovered_on,
                "reference": reference,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        reason = d.pop("reason")

        recovered_on = datetime.date.fromisoformat(d.pop("recovered_on"))

        reference = d.pop("reference")

        year = d.pop("year")

        recovery_create = cls(
            amount=amount,
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            reason=reason,
            recovered_on=recovered_on,
            reference=reference,
            year=year,
        )

        return recovery_create
