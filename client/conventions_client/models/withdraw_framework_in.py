from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="WithdrawFrameworkIn")


@_attrs_define
class WithdrawFrameworkIn:
    """
    Attributes:
        framework_id (str):
        op (Literal['withdraw_framework']):
    """

    framework_id: str
    op: Literal["withdraw_framework"]

    def to_dict(self) -> dict[str, Any]:
        framework_id = self.framework_id

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "framework_id": framework_id,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        framework_id = d.pop("framework_id")

        op = cast(Literal["withdraw_framework"], d.pop("op"))
        if op != "withdraw_framework":
            raise ValueError(f"op must match const 'withdraw_framework', got '{op}'")

        withdraw_framework_in = cls(
            framework_id=framework_id,
            op=op,
        )

        return withdraw_framework_in
