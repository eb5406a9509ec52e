from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RatioPublic")


@_attrs_define
class RatioPublic:
    """A ratio indicator (like the CUS ones) is measured as numerator / denominator × scale.

    Attributes:
        denominator (str):
        numerator (str):
        scale (str | Unset):  Default: '1'.
    """

    denominator: str
    numerator: str
    scale: str | Unset = "1"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        denominator = self.denominator

        numerator = self.numerator

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "denominator": denominator,
                "numerator": numerator,
            }
        )
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        denominator = d.pop("denominator")

        numerator = d.pop("numerator")

        scale = d.pop("scale", UNSET)

        ratio_public = cls(
            denominator=denominator,
            numerator=numerator,
            scale=scale,
        )

        ratio_public.additional_properties = d
        return ratio_public

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
