from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.axis_family import AxisFamily

T = TypeVar("T", bound="AxisIn")


@_attrs_define
class AxisIn:
    """
    Attributes:
        axis_id (str):
        family (AxisFamily):
        title (str):
    """

    axis_id: str
    family: AxisFamily
    title: str

    def to_dict(self) -> dict[str, Any]:
        axis_id = self.axis_id

        family = self.family.value

        title = self.title

        field_dict: dict[str, Any] = {}

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

        axis_in = cls(
            axis_id=axis_id,
            family=family,
            title=title,
        )

        return axis_in
