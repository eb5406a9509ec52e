from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="WithdrawContrepartieIn")


@_attrs_define
class WithdrawContrepartieIn:
    """
    Attributes:
        contrepartie_id (str):
        op (Literal['withdraw_contrepartie']):
    """

    contrepartie_id: str
    op: Literal["withdraw_contrepartie"]

    def to_dict(self) -> dict[str, Any]:
        contrepartie_id = self.contrepartie_id

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contrepartie_id": contrepartie_id,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contrepartie_id = d.pop("contrepartie_id")

        op = cast(Literal["withdraw_contrepartie"], d.pop("op"))
        if op != "withdraw_contrepartie":
            raise ValueError(f"op must match const 'withdraw_contrepartie', got '{op}'")

        withdraw_contrepartie_in = cls(
            contrepartie_id=contrepartie_id,
            op=op,
        )

        return withdraw_contrepartie_in
