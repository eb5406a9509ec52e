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
    from ..models.axis_in import AxisIn


T = TypeVar("T", bound="SetAxisIn")


@_attrs_define
class SetAxisIn:
    """
    Attributes:
        axis (AxisIn):
        op (Literal['set_axis']):
    """

    axis: AxisIn
    op: Literal["set_axis"]

    def to_dict(self) -> dict[str, Any]:
        axis = self.axis.to_dict()

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "axis": axis,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.axis_in import AxisIn  # noqa: PLC0415

        d = dict(src_dict)
        axis = AxisIn.from_dict(d.pop("axis"))

        op = cast(Literal["set_axis"], d.pop("op"))
        if op != "set_axis":
            raise ValueError(f"op must match const 'set_axis', got '{op}'")

        set_axis_in = cls(
            axis=axis,
            op=op,
        )

        return set_axis_in
