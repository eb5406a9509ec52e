from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuaranteeLine")


@_attrs_define
class GuaranteeLine:
    """A guaranteed loan and the guarantor's risk on it (encours garanti).

    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        convention_id (UUID):
        deliberation_reference (str):
        granted_on (datetime.date):
        guaranteed_amount (str):
        guaranteed_outstanding (str): The guaranteed share of the capital outstanding then (the whole guarantee before
            any statement).
        guarantor_id (UUID):
        lender (str):
        loan_amount (str):
        loan_reference (str):
        outstanding_year (int): The year-end the risk is measured at (the last stated).
    """

    beneficiary_id: UUID
    contrepartie_id: str
    convention_id: UUID
    deliberation_reference: str
    granted_on: datetime.date
    guaranteed_amount: str
    guaranteed_outstanding: str
    guarantor_id: UUID
    lender: str
    loan_amount: str
    loan_reference: str
    outstanding_year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        convention_id = str(self.convention_id)

        deliberation_reference = self.deliberation_reference

        granted_on = self.granted_on.isoformat()

        guaranteed_amount = self.guaranteed_amount

        guaranteed_outstanding = self.guaranteed_outstanding

        guarantor_id = str(self.guarantor_id)

        lender = self.lender

        loan_amount = self.loan_amount

        loan_reference = self.loan_reference

        outstanding_year = self.outstanding_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "convention_id": convention_id,
                "deliberation_reference": deliberation_reference,
                "granted_on": granted_on,
                "guaranteed_amount": guaranteed_amount,
                "guaranteed_outstanding": guaranteed_outstanding,
                "guarantor_id": guarantor_id,
                "lender": lender,
                "loan_amount": loan_amount,
                "loan_reference": loan_reference,
                "outstanding_year": outstanding_year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        convention_id = UUID(d.pop("convention_id"))

        deliberation_reference = d.pop("deliberation_reference")

        granted_on = datetime.date.fromisoformat(d.pop("granted_on"))

        guaranteed_amount = d.pop("guaranteed_amount")

        guaranteed_outstanding = d.pop("guaranteed_outstanding")

        guarantor_id = UUID(d.pop("guarantor_id"))

        lender = d.pop("lender")

        loan_amount = d.pop("loan_amount")

        loan_reference = d.pop("loan_reference")

        outstanding_year = d.pop("outstanding_year")

        guarantee_line = cls(
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            convention_id=convention_id,
            deliberation_reference=deliberation_reference,
            granted_on=granted_on,
            guaranteed_amount=guaranteed_amount,
            guaranteed_outstanding=guaranteed_outstanding,
            guarantor_id=guarantor_id,
            lender=lender,
            loan_amount=loan_amount,
            loan_reference=loan_reference,
            outstanding_year=outstanding_year,
        )

        guarantee_line.additional_properties = d
        return guarantee_line

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
