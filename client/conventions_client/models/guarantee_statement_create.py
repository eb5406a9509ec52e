from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GuaranteeStatementCreate")


@_attrs_define
class GuaranteeStatementCreate:
    """
    Attributes:
        contrepartie_id (str):
        loan_reference (str):
        outstanding (float | str): Capital remaining due at the end of the year (the lender's table).
        stated_on (datetime.date):
        year (int):
    """

    contrepartie_id: str
    loan_reference: str
    outstanding: float | str
    stated_on: datetime.date
    year: int

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        loan_reference = self.loan_reference

        outstanding: float | str
        outstanding = self.outstanding

        stated_on = self.stated_on.isoformat()

        year = self.year

        field_dict: dict[str, Any] = {}

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

        def _parse_outstanding(data: object) -> float | str:
            return cast(float | str, data)

        outstanding = _parse_outstanding(d.pop("outstanding"))

        stated_on = datetime.date.fromisoformat(d.pop("stated_on"))

        year = d.pop("year")

        guarantee_statement_create = cls(
            contrepartie_id=contrepartie_id,
            loan_reference=loan_reference,
            outstanding=outstanding,
            stated_on=stated_on,
            year=year,
        )

        return guarantee_statement_create
