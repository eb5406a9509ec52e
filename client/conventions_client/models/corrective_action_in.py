from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CorrectiveActionIn")


@_attrs_define
class CorrectiveActionIn:
    """
    Attributes:
        due_on (datetime.date):
        label (str):
        party_id (None | Unset | UUID):
    """

    due_on: datetime.date
    label: str
    party_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        label = self.label

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
                "due_on": due_on,
                "label": label,
            }
        )
        if party_id is not UNSET:
            field_dict["party_id"] = party_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        label = d.pop("label")

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

        corrective_action_in = cls(
            due_on=due_on,
            label=label,
            party_id=party_id,
        )

        return corrective_action_in
