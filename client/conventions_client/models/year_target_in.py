from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="YearTargetIn")


@_attrs_define
class YearTargetIn:
    """
    Attributes:
        target (float | str):
        year (int):
        alert_threshold (float | None | str | Unset):
    """

    target: float | str
    year: int
    alert_threshold: float | None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        target: float | str
        target = self.target

        year = self.year

        alert_threshold: float | None | str | Unset
        if isinstance(self.alert_threshold, Unset):
            alert_threshold = UNSET
        else:
            alert_threshold = self.alert_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target": target,
                "year": year,
            }
        )
        if alert_threshold is not UNSET:
            field_dict["alert_threshold"] = alert_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_target(data: object) -> float | str:
            return cast(float | str, data)

        target = _parse_target(d.pop("target"))

        year = d.pop("year")

        def _parse_alert_threshold(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        alert_threshold = _parse_alert_threshold(d.pop("alert_threshold", UNSET))

        year_target_in = cls(
            target=target,
            year=year,
            alert_threshold=alert_threshold,
        )

        return year_target_in
