from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.in_kind_mode import InKindMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="InKindCreate")


@_attrs_define
class InKindCreate:
    """
    Attributes:
        beneficiary_id (UUID):
        contrepartie_id (str):
        mode (InKindMode):
        parcel_reference (str): The cadastral reference: « Nevers, section AB n° 123 ».
        realised_on (datetime.date):
        surface_m2 (float | str): Square metres.
        valuation (float | str): Its value (France Domaine's, or the deed's), in euros.
        year (int):
        deed_reference (str | Unset):  Default: ''.
    """

    beneficiary_id: UUID
    contrepartie_id: str
    mode: InKindMode
    parcel_reference: str
    realised_on: datetime.date
    surface_m2: float | str
    valuation: float | str
    year: int
    deed_reference: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        beneficiary_id = str(self.beneficiary_id)

        contrepartie_id = self.contrepartie_id

        mode = self.mode.value

        parcel_reference = self.parcel_reference

        realised_on = self.realised_on.isoformat()

        surface_m2: float | str
        surface_m2 = self.surface_m2

        valuation: float | str
        valuation = self.valuation

        year = self.year

        deed_reference = self.deed_reference

        field_dict: dict[str, Any] = {}

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

        def _parse_surface_m2(data: object) -> float | str:
            return cast(float | str, data)

        surface_m2 = _parse_surface_m2(d.pop("surface_m2"))

        def _parse_valuation(data: object) -> float | str:
            return cast(float | str, data)

        valuation = _parse_valuation(d.pop("valuation"))

        year = d.pop("year")

        deed_reference = d.pop("deed_reference", UNSET)

        in_kind_create = cls(
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

        return in_kind_create
