from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="OfficeCreate")


@_attrs_define
class OfficeCreate:
    """
    Attributes:
        attached_on (datetime.date):
        name (str):
        rattachement_id (UUID):
        siren (str):
    """

    attached_on: datetime.date
    name: str
    rattachement_id: UUID
    siren: str

    def to_dict(self) -> dict[str, Any]:
        attached_on = self.attached_on.isoformat()

        name = self.name

        rattachement_id = str(self.rattachement_id)

        siren = self.siren

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "attached_on": attached_on,
                "name": name,
                "rattachement_id": rattachement_id,
                "siren": siren,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attached_on = datetime.date.fromisoformat(d.pop("attached_on"))

        name = d.pop("name")

        rattachement_id = UUID(d.pop("rattachement_id"))

        siren = d.pop("siren")

        office_create = cls(
            attached_on=attached_on,
            name=name,
            rattachement_id=rattachement_id,
            siren=siren,
        )

        return office_create
