from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="EvaluationValidation")


@_attrs_define
class EvaluationValidation:
    """
    Attributes:
        body_id (str):
        validated_on (datetime.date):
    """

    body_id: str
    validated_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        body_id = self.body_id

        validated_on = self.validated_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "body_id": body_id,
                "validated_on": validated_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_id = d.pop("body_id")

        validated_on = datetime.date.fromisoformat(d.pop("validated_on"))

        evaluation_validation = cls(
            body_id=body_id,
            validated_on=validated_on,
        )

        return evaluation_validation
