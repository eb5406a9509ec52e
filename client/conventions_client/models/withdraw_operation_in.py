from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="WithdrawOperationIn")


@_attrs_define
class WithdrawOperationIn:
    """
    Attributes:
        op (Literal['withdraw_operation']):
        operation_id (str):
    """

    op: Literal["withdraw_operation"]
    operation_id: str

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        operation_id = self.operation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "operation_id": operation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = cast(Literal["withdraw_operation"], d.pop("op"))
        if op != "withdraw_operation":
            raise ValueError(f"op must match const 'withdraw_operation', got '{op}'")

        operation_id = d.pop("operation_id")

        withdraw_operation_in = cls(
            op=op,
            operation_id=operation_id,
        )

        return withdraw_operation_in
