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
    from ..models.operation_in import OperationIn


T = TypeVar("T", bound="SetOperationIn")


@_attrs_define
class SetOperationIn:
    """
    Attributes:
        op (Literal['set_operation']):
        operation (OperationIn):
    """

    op: Literal["set_operation"]
    operation: OperationIn

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.operation_in import OperationIn  # noqa: PLC0415

        d = dict(src_dict)
        op = cast(Literal["set_operation"], d.pop("op"))
        if op != "set_operation":
            raise ValueError(f"op must match const 'set_operation', got '{op}'")

        operation = OperationIn.from_dict(d.pop("operation"))

        set_operation_in = cls(
            op=op,
            operation=operation,
        )

        return set_operation_in
