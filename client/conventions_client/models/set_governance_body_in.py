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
    from ..models.governance_body_in import GovernanceBodyIn


T = TypeVar("T", bound="SetGovernanceBodyIn")


@_attrs_define
class SetGovernanceBodyIn:
    """
    Attributes:
        body (GovernanceBodyIn):
        op (Literal['set_governance_body']):
    """

    body: GovernanceBodyIn
    op: Literal["set_governance_body"]

    def to_dict(self) -> dict[str, Any]:
        body = self.body.to_dict()

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body": body,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.governance_body_in import GovernanceBodyIn  # noqa: PLC0415

        d = dict(src_dict)
        body = GovernanceBodyIn.from_dict(d.pop("body"))

        op = cast(Literal["set_governance_body"], d.pop("op"))
        if op != "set_governance_body":
            raise ValueError(f"op must match const 'set_governance_body', got '{op}'")

        set_governance_body_in = cls(
            body=body,
            op=op,
        )

        return set_governance_body_in
