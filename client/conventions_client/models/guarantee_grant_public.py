from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuaranteeGrantPublic")


@_attrs_define
class GuaranteeGrantPublic:
    """
    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        granted_on (datetime.date):
        guaranteed_amount (str):
        loan_amount (str):
        loan_reference (str):
        year (int):
        deliberation_reference (str | Unset):  Default: ''.
        duration_years (int | None | Unset):
        lender (str | Unset):  Default: ''.
        operation_id (None | str | Unset):
    """

    beneficiary_id: UUID
    contrepartie_id: str
    granted_on: datetime.date
    guaranteed_amount: str
    loan_amount: str
    loan_reference: str
    year: int
    deliberation_reference: str | Unset = ""
    duration_years: int | None | Unset = UNSET
    lender: str | Unset = ""
    operation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        granted_on = self.granted_on.isoformat()

        guaranteed_amount = self.guaranteed_amount

        loan_amount = self.loan_amount

        loan_reference = self.loan_reference

        year = self.year

        deliberation_reference = self.deliberation_reference

        duration_years: int | None | Unset
        if isinstance(self.duration_years, Unset):
            duration_years = UNSET
        else:
            duration_years = self.duration_years

        lender = self.lender

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if deliberation_reference is not UNSET:
            field_dict["deliberation_reference"] = deliberation_reference
        if duration_years is not UNSET:
            field_dict["duration_years"] = duration_years
        if lender is not UNSET:
            field_dict["lender"] = lender
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))

        guaranteed_amount = d.pop("guaranteed_amount")

        loan_amount = d.pop("loan_amount")

        loan_reference = d.pop("loan_reference")

        year = d.pop("year")

        deliberation_reference = d.pop("deliberation_reference", UNSET)

        def _parse_duration_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_years = _parse_duration_years(d.pop("duration_years", UNSET))

        lender = d.pop("lender", UNSET)

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

        guarantee_grant_public = cls(
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            granted_on=granted_on,
            guaranteed_amount=guaranteed_amount,
            loan_amount=loan_amount,
            loan_reference=loan_reference,
            year=year,
            deliberation_reference=deliberation_reference,
            duration_years=duration_years,
            lender=lender,
            operation_id=operation_id,
        )

        guarantee_grant_public.additional_properties = d
        return guarantee_grant_public

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
