from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TypologyGrantPublic")


@_attrs_define
class TypologyGrantPublic:
    """A per-dwelling grant for one typology, e.g. ``T1-T2`` at 10,000 €.

    Attributes:
        amount_per_dwelling (str):
        typology (str):
    """

    amount_per_dwelling: str
    typology: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_per_dwelling = self.amount_per_dwelling

        typology = self.typology

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        amount_per_dwelling = d.pop("amount_per_dwelling")

        typology = d.pop("typology")

        typology_grant_public = cls(
            amount_per_dwelling=amount_per_dwelling,
            typology=typology,
        )

        typology_grant_public.additional_properties = d
        return typology_grant_public

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
