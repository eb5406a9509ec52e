from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AdhesionWithdrawal")


@_attrs_define
class AdhesionWithdrawal:
    """
    Attributes:
        reason (str):
        withdrawn_on (datetime.date):
    """

    reason: str
    withdrawn_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        withdrawn_on = self.withdrawn_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "withdrawn_on": withdrawn_on,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        withdrawn_on = datetime.date.fromisoformat(d.pop("withdrawn_on"))

        adhesion_withdrawal = cls(
            reason=reason,
            withdrawn_on=withdrawn_on,
        )

        return adhesion_withdrawal
