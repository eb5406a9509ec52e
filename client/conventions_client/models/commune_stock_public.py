from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommuneStockPublic")


@_attrs_define
class CommuneStockPublic:
    """
    Attributes:
        commune_insee (str):
        dwellings (int):
    """

    commune_insee: str
    dwellings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        dwellings = self.dwellings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commune_insee": commune_insee,
                "dwellings": dwellings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commune_insee = d.pop("commune_insee")

        dwellings = d.pop("dwellings")

        commune_stock_public = cls(
            commune_insee=commune_insee,
            dwellings=dwellings,
        )

        commune_stock_public.additional_properties = d
        return commune_stock_public

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
