from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DwellingCountIn")


@_attrs_define
class DwellingCountIn:
    """
    Attributes:
        count (int):
        typology (str):
    """

    count: int
    typology: str

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        typology = self.typology

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "count": count,
                "typology": typology,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        count = d.pop("count")

        typology = d.pop("typology")

        dwelling_count_in = cls(
            count=count,
            typology=typology,
        )

        return dwelling_count_in
