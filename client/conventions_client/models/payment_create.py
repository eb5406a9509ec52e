from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dwelling_count_in import DwellingCountIn


T = TypeVar("T", bound="PaymentCreate")


@_attrs_define
class PaymentCreate:
    """
    Attributes:
        amount (float | str):
        beneficiary_id (UUID):
        contrepartie_id (str):
        paid_on (datetime.date):
        reference (str):
        year (int):
        dwellings (list[DwellingCountIn] | Unset):
    """

    amount: float | str
    beneficiary_id: UUID
    contrepartie_id: str
    paid_on: datetime.date
    reference: str
    year: int
    dwellings: list[DwellingCountIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
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
        from ..models.dwelling_count_in import DwellingCountIn  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        paid_on = datetime.date.fromisoformat(d.pop("paid_on"))

        reference = d.pop("reference")

        year = d.pop("year")

        _dwellings = d.pop("dwellings", UNSET)
        dwellings: list[DwellingCountIn] | Unset = UNSET
        if _dwellings is not UNSET:
            dwellings = []
            for dwellings_item_data in _dwellings:
                dwellings_item = DwellingCountIn.from_dict(dwellings_item_data)

                dwellings.append(dwellings_item)

        payment_create = cls(
            amount=amount,
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            paid_on=paid_on,
            reference=reference,
            year=year,
            dwellings=dwellings,
        )

        return payment_create
