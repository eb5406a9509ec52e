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
    from ..models.party_in import PartyIn


T = TypeVar("T", bound="AddPartyIn")


@_attrs_define
class AddPartyIn:
    """
    Attributes:
        op (Literal['add_party']):
        party (PartyIn):
    """

    op: Literal["add_party"]
    party: PartyIn

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        party = self.party.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "party": party,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.party_in import PartyIn  # noqa: PLC0415

        d = dict(src_dict)
        op = cast(Literal["add_party"], d.pop("op"))
        if op != "add_party":
            raise ValueError(f"op must match const 'add_party', got '{op}'")

        party = PartyIn.from_dict(d.pop("party"))

        add_party_in = cls(
            op=op,
            party=party,
        )

        return add_party_in
