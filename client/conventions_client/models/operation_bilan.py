from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bilan_line import BilanLine


T = TypeVar("T", bound="OperationBilan")


@_attrs_define
class OperationBilan:
    """One operation of the year's terms: what it is, the dwellings delivered for it in the
    year, and its financial bilan.

        Attributes:
            commune_insee (str):
            delivered_in_year (int):
            dwellings (int):
            lines (list[BilanLine]):
            nature (str):
            operation_id (str):
            title (str):
            total (str):
    """

    commune_insee: str
    delivered_in_year: int
    dwellings: int
    lines: list[BilanLine]
    nature: str
    operation_id: str
    title: str
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commune_insee = self.commune_insee

        delivered_in_year = self.delivered_in_year

        dwellings = self.dwellings

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        nature = self.nature

        operation_id = self.operation_id

        title = self.title

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commune_insee": commune_insee,
                "delivered_in_year": delivered_in_year,
                "dwellings": dwellings,
                "lines": lines,
                "nature": nature,
                "operation_id": operation_id,
                "title": title,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bilan_line import BilanLine  # noqa: PLC0415

        d = dict(src_dict)
        commune_insee = d.pop("commune_insee")

        delivered_in_year = d.pop("delivered_in_year")

        dwellings = d.pop("dwellings")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = BilanLine.from_dict(lines_item_data)

            lines.append(lines_item)

        nature = d.pop("nature")

        operation_id = d.pop("operation_id")

        title = d.pop("title")

        total = d.pop("total")

        operation_bilan = cls(
            commune_insee=commune_insee,
            delivered_in_year=delivered_in_year,
            dwellings=dwellings,
            lines=lines,
            nature=nature,
            operation_id=operation_id,
            title=title,
            total=total,
        )

        operation_bilan.additional_properties = d
        return operation_bilan

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
