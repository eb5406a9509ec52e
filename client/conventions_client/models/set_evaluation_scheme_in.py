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
    from ..models.evaluation_scheme_in import EvaluationSchemeIn


T = TypeVar("T", bound="SetEvaluationSchemeIn")


@_attrs_define
class SetEvaluationSchemeIn:
    """
    Attributes:
        op (Literal['set_evaluation_scheme']):
        scheme (EvaluationSchemeIn):
    """

    op: Literal["set_evaluation_scheme"]
    scheme: EvaluationSchemeIn

    def to_dict(self) -> dict[str, Any]:
        op = self.op

        scheme = self.scheme.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "op": op,
                "scheme": scheme,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_scheme_in import EvaluationSchemeIn  # noqa: PLC0415

        d = dict(src_dict)
        op = cast(Literal["set_evaluation_scheme"], d.pop("op"))
        if op != "set_evaluation_scheme":
            raise ValueError(f"op must match const 'set_evaluation_scheme', got '{op}'")

        scheme = EvaluationSchemeIn.from_dict(d.pop("scheme"))

        set_evaluation_scheme_in = cls(
            op=op,
            scheme=scheme,
        )

        return set_evaluation_scheme_in
