from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CommuneAgreementPublic")


@_attrs_define
class CommuneAgreementPublic:
    """
    Attributes:
        agreed_on (datetime.date):
        commune_id (UUID):
        office_id (UUID):
        reference (str):
    """

    agreed_on: datetime.date
    commune_id: UUID
    office_id: UUID
    reference: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agreed_on = self.agreed_on.isoformat()

        commune_id = str(self.commune_id)

        office_id = str(self.office_id)

        reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreed_on": agreed_on,
                "commune_id": commune_id,
                "office_id": office_id,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agreed_on = datetime.date.fromisoformat(d.pop("agreed_on"))

        commune_id = UUID(d.pop("commune_id"))

        office_id = UUID(d.pop("office_id"))

        reference = d.pop("reference")

        commune_agreement_public = cls(
            agreed_on=agreed_on,
            commune_id=commune_id,
            office_id=office_id,
            reference=reference,
        )

        commune_agreement_public.additional_properties = d
        return commune_agreement_public

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
