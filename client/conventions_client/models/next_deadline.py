from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NextDeadline")


@_attrs_define
class NextDeadline:
    """
    Attributes:
        due_on (datetime.date):
        kind (str):
        label (str):
    """

    due_on: datetime.date
    kind: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        due_on = self.due_on.isoformat()

        kind = self.kind

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "due_on": due_on,
                "kind": kind,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_on = datetime.date.fromisoformat(d.pop("due_on"))

        kind = d.pop("kind")

        label = d.pop("label")

        next_deadline = cls(
            due_on=due_on,
            kind=kind,
            label=label,
        )

        next_deadline.additional_properties = d
        return next_deadline

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
