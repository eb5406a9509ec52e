from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CharteLevelPublic")


@_attrs_define
class CharteLevelPublic:
    """A level of a charte by the parc the landlord manages on the collectivité's territory.

    Attributes:
        label (str):
        level (int):
        min_dwellings (int):
    """

    label: str
    level: int
    min_dwellings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        level = self.level

        min_dwellings = self.min_dwellings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "level": level,
                "min_dwellings": min_dwellings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        level = d.pop("level")

        min_dwellings = d.pop("min_dwellings")

        charte_level_public = cls(
            label=label,
            level=level,
            min_dwellings=min_dwellings,
        )

        charte_level_public.additional_properties = d
        return charte_level_public

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
