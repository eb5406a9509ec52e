from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeadlineRow")


@_attrs_define
class DeadlineRow:
    """
    Attributes:
        convention_id (UUID):
        due_on (datetime.date):
        kind (str):
        label (str):
        party_id (None | UUID):
    """

    convention_id: UUID
    due_on: datetime.date
    kind: str
    label: str
    party_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        convention_id = str(self.convention_id)

        due_on = self.due_on.isoformat()

        kind = self.kind

        label = self.label

        party_id: None | str
        if isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "convention_id": convention_id,
                "due_on": due_on,
                "kind": kind,
                "label": label,
                "party_id": party_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        convention_id = UUID(d.pop("convention_id"))

        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        kind = d.pop("kind")

        label = d.pop("label")

        def _parse_party_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        party_id = _parse_party_id(d.pop("party_id"))

        deadline_row = cls(
            convention_id=convention_id,
            due_on=due_on,
            kind=kind,
            label=label,
            party_id=party_id,
        )

        deadline_row.additional_properties = d
        return deadline_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
