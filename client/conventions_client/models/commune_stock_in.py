from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CommuneStockIn")


@_attrs_define
class CommuneStockIn:
    """
    Attributes:
        commune_insee (str): The commune's INSEE code.
        dwellings (int):
    """

    commune_insee: str
    dwellings: int

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        dwellings = self.dwellings

        field_dict: dict[str, Any] = {}

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

        commune_stock_in = cls(
            commune_insee=commune_insee,
            dwellings=dwellings,
        )

        return commune_stock_in
