from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="FinancialLineIn")


@_attrs_define
class FinancialLineIn:
    """
    Attributes:
        amount (float | str):
        label (str):
    """

    amount: float | str
    label: str

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
        amount = self.amount

        label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount": amount,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

        label = d.pop("label")

        financial_line_in = cls(
            amount=amount,
            label=label,
        )

        return financial_line_in
