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
    from ..models.commitment_in import CommitmentIn


T = TypeVar("T", bound="SetCommitmentIn")


@_attrs_define
class SetCommitmentIn:
    """
    Attributes:
        commitment (CommitmentIn):
        op (Literal['set_commitment']):
    """

    commitment: CommitmentIn
    op: Literal["set_commitment"]

    def to_dict(self) -> dict[str, Any]:
        commitment = self.commitment.to_dict()

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "commitment": commitment,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commitment_in import CommitmentIn  # noqa: PLC0415

        d = dict(src_dict)
        commitment = CommitmentIn.from_dict(d.pop("commitment"))

        op = cast(Literal["set_commitment"], d.pop("op"))
        if op != "set_commitment":
            raise ValueError(f"op must match const 'set_commitment', got '{op}'")

        set_commitment_in = cls(
            commitment=commitment,
            op=op,
        )

        return set_commitment_in
