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
    from ..models.contrepartie_in import ContrepartieIn


T = TypeVar("T", bound="SetContrepartieIn")


@_attrs_define
class SetContrepartieIn:
    """
    Attributes:
        contrepartie (ContrepartieIn):
        op (Literal['set_contrepartie']):
    """

    contrepartie: ContrepartieIn
    op: Literal["set_contrepartie"]

    def to_dict(self) -> dict[str, Any]:
        contrepartie = self.contrepartie.to_dict()

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contrepartie": contrepartie,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contrepartie_in import ContrepartieIn  # noqa: PLC0415

        d = dict(src_dict)
        contrepartie = ContrepartieIn.from_dict(d.pop("contrepartie"))

        op = cast(Literal["set_contrepartie"], d.pop("op"))
        if op != "set_contrepartie":
            raise ValueError(f"op must match const 'set_contrepartie', got '{op}'")

        set_contrepartie_in = cls(
            contrepartie=contrepartie,
            op=op,
        )

        return set_contrepartie_in
