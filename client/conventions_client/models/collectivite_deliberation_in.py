from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="CollectiviteDeliberationIn")


@_attrs_define
class CollectiviteDeliberationIn:
    """
    Attributes:
        adopted_on (datetime.date):
        collectivite_id (UUID):
        reference (str):
    """

    adopted_on: datetime.date
    collectivite_id: UUID
    reference: str

    def to_dict(self) -> dict[str, Any]:
        adopted_on = self.adopted_on.isoformat()

        collectivite_id = str(self.collectivite_id)

        reference = self.reference

        field_dict: dict[str, Any] = {}

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

        collectivite_deliberation_in = cls(
            adopted_on=adopted_on,
            collectivite_id=collectivite_id,
            reference=reference,
        )

        return collectivite_deliberation_in
