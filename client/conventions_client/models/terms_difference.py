from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.terms_difference_change import TermsDifferenceChange

T = TypeVar("T", bound="TermsDifference")


@_attrs_define
class TermsDifference:
    """
    Attributes:
        after (Any):
        before (Any):
        change (TermsDifferenceChange):
        key (str):
        part (str):
    """

    after: Any
    before: Any
    change: TermsDifferenceChange
    key: str
    part: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        before = self.before

        change = self.change.value

        key = self.key

        part = self.part

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "after": after,
                "before": before,
                "change": change,
                "key": key,
                "part": part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        after = d.pop("after")

        before = d.pop("before")

        change = TermsDifferenceChange(d.pop("change"))

        key = d.pop("key")

        part = d.pop("part")

        terms_difference = cls(
            after=after,
            before=before,
            change=change,
            key=key,
            part=part,
        )

        terms_difference.additional_properties = d
        return terms_difference

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
