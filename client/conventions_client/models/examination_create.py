from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExaminationCreate")


@_attrs_define
class ExaminationCreate:
    """
    Attributes:
        reason (str):
        requested_on (datetime.date):
        party_id (None | Unset | UUID): The office requesting (default: the actor's party).
    """

    reason: str
    requested_on: datetime.date
    party_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        requested_on = self.requested_on.isoformat()

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "reason": reason,
                "requested_on": requested_on,
            }
        )
        if party_id is not UNSET:
            field_dict["party_id"] = party_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        requested_on = datetime.date.fromisoformat(d.pop("requested_on"))

        def _parse_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

        examination_create = cls(
            reason=reason,
            requested_on=requested_on,
            party_id=party_id,
        )

        return examination_create
