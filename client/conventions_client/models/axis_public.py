from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.axis_family import AxisFamily

T = TypeVar("T", bound="AxisPublic")


@_attrs_define
class AxisPublic:
    """
    Attributes:
        axis_id (str):
        family (AxisFamily):
        title (str):
    """

    axis_id: str
    family: AxisFamily
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        axis_id = self.axis_id

        family = self.family.value

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "axis_id": axis_id,
                "family": family,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        axis_id = d.pop("axis_id")

        family = AxisFamily(d.pop("family"))

        title = d.pop("title")

        axis_public = cls(
            axis_id=axis_id,
            family=family,
            title=title,
        )

        axis_public.additional_properties = d
        return axis_public

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
