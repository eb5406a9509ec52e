from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ratio_public import RatioPublic
    from ..models.year_target_public import YearTargetPublic


T = TypeVar("T", bound="IndicatorPublic")


@_attrs_define
class IndicatorPublic:
    """
    Attributes:
        direction (Direction):
        indicator_id (str):
        label (str):
        targets (list[YearTargetPublic]):
        unit (str):
        baseline (None | str | Unset):
        cumulative_target (None | str | Unset):
        ratio (None | RatioPublic | Unset):
    """

    direction: Direction
    indicator_id: str
    label: str
    targets: list[YearTargetPublic]
    unit: str
    baseline: None | str | Unset = UNSET
    cumulative_target: None | str | Unset = UNSET
    ratio: None | RatioPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ratio_public import RatioPublic  # noqa: PLC0415

        direction = self.direction.value

        indicator_id = self.indicator_id

        label = self.label

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        unit = self.unit

        baseline: None | str | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        cumulative_target: None | str | Unset
        if isinstance(self.cumulative_target, Unset):
            cumulative_target = UNSET
        else:
            cumulative_target = self.cumulative_target

        ratio: dict[str, Any] | None | Unset
        if isinstance(self.ratio, Unset):
            ratio = UNSET
        elif isinstance(self.ratio, RatioPublic):
            ratio = self.ratio.to_dict()
        else:
            ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "direction": direction,
                "indicator_id": indicator_id,
                "label": label,
                "targets": targets,
                "unit": unit,
            }
        )
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if cumulative_target is not UNSET:
            field_dict["cumulative_target"] = cumulative_target
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ratio_public import RatioPublic  # noqa: PLC0415
        from ..models.year_target_public import YearTargetPublic  # noqa: PLC0415

        d = dict(src_dict)
        direction = Direction(d.pop("direction"))

        indicator_id = d.pop("indicator_id")

        label = d.pop("label")

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = YearTargetPublic.from_dict(targets_item_data)

            targets.append(targets_item)

        unit = d.pop("unit")

        def _parse_baseline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline = _parse_baseline(d.pop("baseline", UNSET))

        def _parse_cumulative_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cumulative_target = _parse_cumulative_target(d.pop("cumulative_target", UNSET))

        def _parse_ratio(data: object) -> None | RatioPublic | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ratio_type_0 = RatioPublic.from_dict(data)

                return ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RatioPublic | Unset, data)

        ratio = _parse_ratio(d.pop("ratio", UNSET))

        indicator_public = cls(
            direction=direction,
            indicator_id=indicator_id,
            label=label,
            targets=targets,
            unit=unit,
            baseline=baseline,
            cumulative_target=cumulative_target,
            ratio=ratio,
        )

        indicator_public.additional_properties = d
        return indicator_public

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
