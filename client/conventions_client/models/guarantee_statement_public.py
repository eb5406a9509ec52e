from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GuaranteeStatementPublic")


@_attrs_define
class GuaranteeStatementPublic:
    """
    Attributes:
        contrepartie_id (str):
        loan_reference (str):
        outstanding (str):
        stated_on (datetime.date):
        year (int):
    """

    contrepartie_id: str
    loan_reference: str
    outstanding: str
    stated_on: datetime.date
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        loan_reference = self.loan_reference

        outstanding = self.outstanding

        stated_on = self.stated_on.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contrepartie_id": contrepartie_id,
                "loan_reference": loan_reference,
                "outstanding": outstanding,
                "stated_on": stated_on,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contrepartie_id = d.pop("contrepartie_id")

        loan_reference = d.pop("loan_reference")

        outstanding = d.pop("outstanding")

        stated_on = datetime.date.fromisoformat(d.pop("stated_on"))

        year = d.pop("year")

        guarantee_statement_public = cls(
            contrepartie_id=contrepartie_id,
            loan_reference=loan_reference,
            outstanding=outstanding,
            stated_on=stated_on,
            year=year,
        )

        guarantee_statement_public.additional_properties = d
        return guarantee_statement_public

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
