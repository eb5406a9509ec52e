from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemovePartyIn")


@_attrs_define
class RemovePartyIn:
    """
    Attributes:
        op (Literal['remove_party']):
        party_id (UUID):
    """

    op: Literal["remove_party"]
    party_id: UUID

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        party_id = str(self.party_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "party_id": party_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        op = cast(Literal["remove_party"], d.pop("op"))
        if op != "remove_party":
            raise ValueError(f"op must match const 'remove_party', got '{op}'")

        party_id = UUID(d.pop("party_id"))

        remove_party_in = cls(
            op=op,
            party_id=party_id,
        )

        return remove_party_in
