from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="YearResults")


@_attrs_define
class YearResults:
    """
    Attributes:
        evaluated (int):
        met (int):
        with_target (int):
        year (int):
    """

    evaluated: int
    met: int
    with_target: int
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluated = self.evaluated

        met = self.met

        with_target = self.with_target

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluated": evaluated,
                "met": met,
                "with_target": with_target,
                "year": year,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evaluated = d.pop("evaluated")

        met = d.pop("met")

        with_target = d.pop("with_target")

        year = d.pop("year")

        year_results = cls(
            evaluated=evaluated,
            met=met,
            with_target=with_target,
            year=year,
        )

        year_results.additional_properties = d
        return year_results

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
