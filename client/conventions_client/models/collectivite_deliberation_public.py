from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CollectiviteDeliberationPublic")


@_attrs_define
class CollectiviteDeliberationPublic:
    """The deliberation of a collectivité concerned by a change of rattachement.

    Attributes:
        adopted_on (datetime.date):
        collectivite_id (UUID):
        reference (str):
    """

    adopted_on: datetime.date
    collectivite_id: UUID
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adopted_on = self.adopted_on.isoformat()

        collectivite_id = str(self.collectivite_id)

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adopted_on": adopted_on,
                "collectivite_id": collectivite_id,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        collectivite_id = UUID(d.pop("collectivite_id"))

        reference = d.pop("reference")

        collectivite_deliberation_public = cls(
            adopted_on=adopted_on,
            collectivite_id=collectivite_id,
            reference=reference,
        )

        collectivite_deliberation_public.additional_properties = d
        return collectivite_deliberation_public

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
