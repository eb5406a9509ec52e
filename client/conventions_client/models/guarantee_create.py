from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="GuaranteeCreate")


@_attrs_define
class GuaranteeCreate:
    """
    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        granted_on (datetime.date):
        guaranteed_amount (float | str):
        loan_amount (float | str):
        loan_reference (str):
        year (int):
    """

    beneficiary_id: UUID
    contrepartie_id: str
    granted_on: datetime.date
    guaranteed_amount: float | str
    loan_amount: float | str
    loan_reference: str
    year: int

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        granted_on = self.granted_on.isoformat()

        guaranteed_amount: float | str
        guaranteed_amount = self.guaranteed_amount

        loan_amount: float | str
        loan_amount = self.loan_amount

        loan_reference = self.loan_reference

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "granted_on": granted_on,
                "guaranteed_amount": guaranteed_amount,
                "loan_amount": loan_amount,
                "loan_reference": loan_reference,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))

        def _parse_guaranteed_amount(data: object) -> float | str:
            return cast(float | str, data)

        guaranteed_amount = _parse_guaranteed_amount(d.pop("guaranteed_amount"))

        def _parse_loan_amount(data: object) -> float | str:
            return cast(float | str, data)

        loan_amount = _parse_loan_amount(d.pop("loan_amount"))

        loan_reference = d.pop("loan_reference")

        year = d.pop("year")

        guarantee_create = cls(
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            granted_on=granted_on,
            guaranteed_amount=guaranteed_amount,
            loan_amount=loan_amount,
            loan_reference=loan_reference,
            year=year,
        )

        return guarantee_create
