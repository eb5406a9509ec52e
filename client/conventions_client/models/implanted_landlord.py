from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ImplantedLandlord")


@_attrs_define
class ImplantedLandlord:
    """A landlord holding dwellings on the collectivité's territory (by its last declaration).

    Attributes:
        declared_on (datetime.date):
        dwellings (int):
        landlord_id (UUID):
        name (str):
    """

    declared_on: datetime.date
    dwellings: int
    landlord_id: UUID
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        declared_on = self.declared_on.isoformat()

        dwellings = self.dwellings

        landlord_id = str(self.landlord_id)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "declared_on": declared_on,
                "dwellings": dwellings,
                "landlord_id": landlord_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        declared_on = datetime.date.fromisoformat(d.pop("declared_on"))

        dwellings = d.pop("dwellings")

        landlord_id = UUID(d.pop("landlord_id"))

        name = d.pop("name")

        implanted_landlord = cls(
            declared_on=declared_on,
            dwellings=dwellings,
            landlord_id=landlord_id,
            name=name,
        )

        implanted_landlord.additional_properties = d
        return implanted_landlord

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
