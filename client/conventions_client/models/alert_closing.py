from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertClosing")


@_attrs_define
class AlertClosing:
    """
    Attributes:
        closed_on (datetime.date):
        reason (str):
        body_id (None | str | Unset): L'instance de la convention, où siègent les deux parties, au nom de laquelle
            l'alerte est close (sinon, la collectivité qui apporte les contreparties la clôt).
    """

    closed_on: datetime.date
    reason: str
    body_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        closed_on = self.closed_on.isoformat()

        reason = self.reason

        body_id: None | str | Unset
        if isinstance(self.body_id, Unset):
            body_id = UNSET
        else:
            body_id = self.body_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "closed_on": closed_on,
                "reason": reason,
            }
        )
        if body_id is not UNSET:
            field_dict["body_id"] = body_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        closed_on = datetime.date.fromisoformat(d.pop("closed_on"))

        reason = d.pop("reason")

        def _parse_body_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body_id = _parse_body_id(d.pop("body_id", UNSET))

        alert_closing = cls(
            closed_on=closed_on,
            reason=reason,
            body_id=body_id,
        )

        return alert_closing
