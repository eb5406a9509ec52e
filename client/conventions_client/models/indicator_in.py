from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.direction import Direction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ratio_in import RatioIn
    from ..models.year_target_in import YearTargetIn


T = TypeVar("T", bound="IndicatorIn")


@_attrs_define
class IndicatorIn:
    """
    Attributes:
        indicator_id (str):
        label (str):
        unit (str):
        baseline (float | None | str | Unset):
        cumulative_target (float | None | str | Unset):
        direction (Direction | Unset):
        ratio (None | RatioIn | Unset):
        targets (list[YearTargetIn] | Unset):
    """

    indicator_id: str
    label: str
    unit: str
    baseline: float | None | str | Unset = UNSET
    cumulative_target: float | None | str | Unset = UNSET
    direction: Direction | Unset = UNSET
    ratio: None | RatioIn | Unset = UNSET
    targets: list[YearTargetIn] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ratio_in import RatioIn  # noqa: PLC0415

        indicator_id = self.indicator_id

        label = self.label

        unit = self.unit

        baseline: float | None | str | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        cumulative_target: float | None | str | Unset
        if isinstance(self.cumulative_target, Unset):
            cumulative_target = UNSET
        else:
            cumulative_target = self.cumulative_target

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        ratio: dict[str, Any] | None | Unset
        if isinstance(self.ratio, Unset):
            ratio = UNSET
        elif isinstance(self.ratio, RatioIn):
            ratio = self.ratio.to_dict()
        else:
            ratio = self.ratio

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "indicator_id": indicator_id,
                "label": label,
                "unit": unit,
            }
        )
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if cumulative_target is not UNSET:
            field_dict["cumulative_target"] = cumulative_target
        if direction is not UNSET:
            field_dict["direction"] = direction
        if ratio is not UNSET:
            field_dict["ratio"] = ratio
        if targets is not UNSET:
            field_dict["targets"] = targets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ratio_in import RatioIn  # noqa: PLC0415
        from ..models.year_target_in import YearTargetIn  # noqa: PLC0415

        d = dict(src_dict)
        indicator_id = d.pop("indicator_id")

        label = d.pop("label")

        unit = d.pop("unit")

        def _parse_baseline(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        baseline = _parse_baseline(d.pop("baseline", UNSET))

        def _parse_cumulative_target(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        cumulative_target = _parse_cumulative_target(d.pop("cumulative_target", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: Direction | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = Direction(_direction)

        def _parse_ratio(data: object) -> None | RatioIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ratio_type_0 = RatioIn.from_dict(data)

                return ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RatioIn | Unset, data)

        ratio = _parse_ratio(d.pop("ratio", UNSET))

        _targets = d.pop("targets", UNSET)
        targets: list[YearTargetIn] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = YearTargetIn.from_dict(targets_item_data)

                targets.append(targets_item)

        indicator_in = cls(
            indicator_id=indicator_id,
            label=label,
            unit=unit,
            baseline=baseline,
            cumulative_target=cumulative_target,
            direction=direction,
            ratio=ratio,
            targets=targets,
        )

        return indicator_in
