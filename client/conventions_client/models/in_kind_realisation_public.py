from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.in_kind_mode import InKindMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="InKindRealisationPublic")


@_attrs_define
class InKindRealisationPublic:
    """
    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        mode (InKindMode):
        parcel_reference (str):
        realised_on (datetime.date):
        surface_m2 (str):
        valuation (str):
        year (int):
        deed_reference (str | Unset):  Default: ''.
    """

    beneficiary_id: UUID
    contrepartie_id: str
    mode: InKindMode
    parcel_reference: str
    realised_on: datetime.date
    surface_m2: str
    valuation: str
    year: int
    deed_reference: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        mode = self.mode.value

        parcel_reference = self.parcel_reference

        realised_on = self.realised_on.isoformat()

        surface_m2 = self.surface_m2

        valuation = self.valuation

        year = self.year

        deed_reference = self.deed_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficiary_id": beneficiary_id,
                "contrepartie_id": contrepartie_id,
                "mode": mode,
                "parcel_reference": parcel_reference,
                "realised_on": realised_on,
                "surface_m2": surface_m2,
                "valuation": valuation,
                "year": year,
            }
        )
        if deed_reference is not UNSET:
            field_dict["deed_reference"] = deed_reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary_id = UUID(d.pop("beneficiary_id"))

        contrepartie_id = d.pop("contrepartie_id")

        mode = InKindMode(d.pop("mode"))

        parcel_reference = d.pop("parcel_reference")

        realised_on = datetime.date.fromisoformat(d.pop("realised_on"))

        surface_m2 = d.pop("surface_m2")

        valuation = d.pop("valuation")

        year = d.pop("year")

        deed_reference = d.pop("deed_reference", UNSET)

        in_kind_realisation_public = cls(
            beneficiary_id=beneficiary_id,
            contrepartie_id=contrepartie_id,
            mode=mode,
            parcel_reference=parcel_reference,
            realised_on=realised_on,
            surface_m2=surface_m2,
            valuation=valuation,
            year=year,
            deed_reference=deed_reference,
        )

        in_kind_realisation_public.additional_properties = d
        return in_kind_realisation_public

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
