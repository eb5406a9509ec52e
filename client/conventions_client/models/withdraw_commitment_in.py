from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="WithdrawCommitmentIn")


@_attrs_define
class WithdrawCommitmentIn:
    """
    Attributes:
        commitment_id (str):
        op (Literal['withdraw_commitment']):
    """

    commitment_id: str
    op: Literal["withdraw_commitment"]

    def to_dict(self) -> dict[str, Any]:
        commitment_id = self.commitment_id

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "commitment_id": commitment_id,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commitment_id = d.pop("commitment_id")

        op = cast(Literal["withdraw_commitment"], d.pop("op"))
        if op != "withdraw_commitment":
            raise ValueError(f"op must match const 'withdraw_commitment', got '{op}'")

        withdraw_commitment_in = cls(
            commitment_id=commitment_id,
            op=op,
        )

        return withdraw_commitment_in
