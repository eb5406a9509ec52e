from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RecoveryPublic")


@_attrs_define
class RecoveryPublic:
    """
    Attributes:
        amount (str):
        beneficiary_id (UUID):
        contrepartie_id (str):
        reason (str):
        recovered_on (datetime.date):
        reference (str):
        year (int):
    """

    amount: str
    beneficiary_id: UUID
    contrepartie_id: str
    reason: str
    recovered_on: datetime.date
    reference: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        reason = self.reason

        recovered_on = self.recovered_on.isoformat()

        reference = self.reference

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        amount = d.pop("amount")

        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        reason = d.pop("reason")

        recovered_on = datetime.date.fromisoformat(d.pop("recovered_on"))

        reference = d.pop("reference")

        year = d.pop("year")

        recovery_public = cls(
            amount=amount,
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            reason=reason,
            recovered_on=recovered_on,
            reference=reference,
            year=year,
        )

        recovery_public.additional_properties = d
        return recovery_public

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
