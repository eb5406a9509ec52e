from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TypologyGrantIn")


@_attrs_define
class TypologyGrantIn:
    """
    Attributes:
        amount_per_dwelling (float | str):
        typology (str):
    """

    amount_per_dwelling: float | str
    typology: str

    def to_dict(self) -> dict[str, Any]:
        amount_per_dwelling: float | str
        amount_per_dwelling = self.amount_per_dwelling

        typology = self.typology

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_per_dwelling": amount_per_dwelling,
                "typology": typology,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_per_dwelling(data: object) -> float | str:
            return cast(float | str, data)

        amount_per_dwelling = _parse_amount_per_dwelling(d.pop("amount_per_dwelling"))

        typology = d.pop("typology")

        typology_grant_in = cls(
            amount_per_dwelling=amount_per_dwelling,
            typology=typology,
        )

        return typology_grant_in
