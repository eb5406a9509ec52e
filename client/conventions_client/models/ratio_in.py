from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RatioIn")


@_attrs_define
class RatioIn:
    """
    Attributes:
        denominator (str):
        numerator (str):
        scale (float | str | Unset):  Default: 1.0.
    """

    denominator: str
    numerator: str
    scale: float | str | Unset = 1.0

    def to_dict(self) -> dict[str, Any]:
        denominator = self.denominator

        numerator = self.numerator

        scale: float | str | Unset
        if isinstance(self.scale, Unset):
            scale = UNSET
        else:
            scale = self.scale

        field_dict: dict[str, Any] = {}

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

        def _parse_scale(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        scale = _parse_scale(d.pop("scale", UNSET))

        ratio_in = cls(
            denominator=denominator,
            numerator=numerator,
            scale=scale,
        )

        return ratio_in
