from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dwelling_count_public import DwellingCountPublic


T = TypeVar("T", bound="PaymentPublic")


@_attrs_define
class PaymentPublic:
    """
    Attributes:
        amount (str):
        beneficiary_id (UUID):
        contrepartie_id (str):
        paid_on (datetime.date):
        reference (str):
        year (int):
        dwellings (list[DwellingCountPublic] | Unset):
    """

    amount: str
    beneficiary_id: UUID
    contrepartie_id: str
    paid_on: datetime.date
    reference: str
    year: int
    dwellings: list[DwellingCountPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        paid_on = self.paid_on.isoformat()

        reference = self.reference

        year = self.year

        dwellings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dwellings, Unset):
            dwellings = []
            for dwellings_item_data in self.dwellings:
                dwellings_item = dwellings_item_data.to_dict()
                dwellings.append(dwellings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "paid_on": paid_on,
                "reference": reference,
                "year": year,
            }
        )
        if dwellings is not UNSET:
            field_dict["dwellings"] = dwellings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dwelling_count_public import DwellingCountPublic  # noqa: PLC0415

        d = dict(src_dict)
        amount = d.pop("amount")

        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        reference = d.pop("reference")

        year = d.pop("year")

        _dwellings = d.pop("dwellings", UNSET)
        dwellings: list[DwellingCountPublic] | Unset = UNSET
        if _dwellings is not UNSET:
            dwellings = []
            for dwellings_item_data in _dwellings:
                dwellings_item = DwellingCountPublic.from_dict(dwellings_item_data)

                dwellings.append(dwellings_item)

        payment_public = cls(
            amount=amount,
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            paid_on=paid_on,
            reference=reference,
            year=year,
            dwellings=dwellings,
        )

        payment_public.additional_properties = d
        return payment_public

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
