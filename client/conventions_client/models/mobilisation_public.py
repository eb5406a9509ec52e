from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MobilisationPublic")


@_attrs_define
class MobilisationPublic:
    """
    Attributes:
        amount (str): Owed from then on: due on the year's payment date, or 3 months after a later decision.
        beneficiary_id (UUID):
        contrepartie_id (str):
        decided_on (datetime.date):
        year (int):
        alert_number (int | None | Unset): The alert whose decision triggered the support.
    """

    amount: str
    beneficiary_id: UUID
    contrepartie_id: str
    decided_on: datetime.date
    year: int
    alert_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        decided_on = self.decided_on.isoformat()

        year = self.year

        alert_number: int | None | Unset
        if isinstance(self.alert_number, Unset):
            alert_number = UNSET
        else:
            alert_number = self.alert_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "decided_on": decided_on,
                "year": year,
            }
        )
        if alert_number is not UNSET:
            field_dict["alert_number"] = alert_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        year = d.pop("year")

        def _parse_alert_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        alert_number = _parse_alert_number(d.pop("alert_number", UNSET))

        mobilisation_public = cls(
            amount=amount,
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            decided_on=decided_on,
            year=year,
            alert_number=alert_number,
        )

        mobilisation_public.additional_properties = d
        return mobilisation_public

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
