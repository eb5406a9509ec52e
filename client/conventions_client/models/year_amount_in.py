from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="YearAmountIn")


@_attrs_define
class YearAmountIn:
    """
    Attributes:
        amount (float | str):
        year (int):
    """

    amount: float | str
    year: int

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        year = self.year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
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

        year = d.pop("year")

        year_amount_in = cls(
            amount=amount,
            year=year,
        )

        return year_amount_in
