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
    from ..models.framework_reference_in import FrameworkReferenceIn


T = TypeVar("T", bound="SetFrameworkIn")


@_attrs_define
class SetFrameworkIn:
    """
    Attributes:
        framework (FrameworkReferenceIn): A plan or contract the convention consolidates: PLH, PDH, PSP, CUS, NPNRU,
            contrat de
            ville, CIA, abattement de TFPB, a territorial contract with the State.
        op (Literal['set_framework']):
    """

    framework: FrameworkReferenceIn
    op: Literal["set_framework"]

    def to_dict(self) -> dict[str, Any]:
        framework = self.framework.to_dict()

        op = self.op

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "framework": framework,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.framework_reference_in import FrameworkReferenceIn  # noqa: PLC0415

        d = dict(src_dict)
        framework = FrameworkReferenceIn.from_dict(d.pop("framework"))

        op = cast(Literal["set_framework"], d.pop("op"))
        if op != "set_framework":
            raise ValueError(f"op must match const 'set_framework', got '{op}'")

        set_framework_in = cls(
            framework=framework,
            op=op,
        )

        return set_framework_in
