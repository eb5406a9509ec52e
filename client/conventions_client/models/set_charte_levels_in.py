from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.charte_level_in import CharteLevelIn


T = TypeVar("T", bound="SetCharteLevelsIn")


@_attrs_define
class SetCharteLevelsIn:
    """A charte's levels by parc, all at once (an empty list removes them).

    Attributes:
        levels (list[CharteLevelIn]):
        op (Literal['set_charte_levels']):
    """

    levels: list[CharteLevelIn]
    op: Literal["set_charte_levels"]

    def to_dict(self) -> dict[str, Any]:
        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "levels": levels,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charte_level_in import CharteLevelIn  # noqa: PLC0415

        d = dict(src_dict)
        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = CharteLevelIn.from_dict(levels_item_data)

            levels.append(levels_item)

        op = cast(Literal["set_charte_levels"], d.pop("op"))
        if op != "set_charte_levels":
            raise ValueError(f"op must match const 'set_charte_levels', got '{op}'")

        set_charte_levels_in = cls(
            levels=levels,
            op=op,
        )

        return set_charte_levels_in
