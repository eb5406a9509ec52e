from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CharteLevelIn")


@_attrs_define
class CharteLevelIn:
    """
    Attributes:
        label (str):
        level (int):
        min_dwellings (int): Logements gérés sur le territoire de la collectivité à partir desquels le niveau
            s'applique.
    """

    label: str
    level: int
    min_dwellings: int

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        level = self.level

        min_dwellings = self.min_dwellings

        field_dict: dict[str, Any] = {}

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

        charte_level_in = cls(
            label=label,
            level=level,
            min_dwellings=min_dwellings,
        )

        return charte_level_in
