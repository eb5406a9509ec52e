from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SocieteCreate")


@_attrs_define
class SocieteCreate:
    """
    Attributes:
        formed_on (datetime.date):
        name (str):
        siren (str):
    """

    formed_on: datetime.date
    name: str
    siren: str

    def to_dict(self) -> dict[str, Any]:
        formed_on = self.formed_on.isoformat()

        name = self.name

        siren = self.siren

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "formed_on": formed_on,
                "name": name,
                "siren": siren,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formed_on = datetime.date.fromisoformat(d.pop("formed_on"))

        name = d.pop("name")

        siren = d.pop("siren")

        societe_create = cls(
            formed_on=formed_on,
            name=name,
            siren=siren,
        )

        return societe_create
