from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.commune_stock_line import CommuneStockLine


T = TypeVar("T", bound="Patrimoine")


@_attrs_define
class Patrimoine:
    """A landlord's patrimoine as last declared: its communes d'implantation.

    Attributes:
        communes (list[CommuneStockLine]):
        declared_on (datetime.date):
        dwellings (int): Dwellings in all, over its communes.
    """

    communes: list[CommuneStockLine]
    declared_on: datetime.date
    dwellings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        communes = []
        for communes_item_data in self.communes:
            communes_item = communes_item_data.to_dict()
            communes.append(communes_item)

        declared_on = self.declared_on.isoformat()

        dwellings = self.dwellings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "communes": communes,
                "declared_on": declared_on,
                "dwellings": dwellings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commune_stock_line import CommuneStockLine  # noqa: PLC0415

        d = dict(src_dict)
        communes = []
        _communes = d.pop("communes")
        for communes_item_data in _communes:
            communes_item = CommuneStockLine.from_dict(communes_item_data)

            communes.append(communes_item)

        declared_on = datetime.date.fromisoformat(d.pop("declared_on"))

        dwellings = d.pop("dwellings")

        patrimoine = cls(
            communes=communes,
            declared_on=declared_on,
            dwellings=dwellings,
        )

        patrimoine.additional_properties = d
        return patrimoine

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
