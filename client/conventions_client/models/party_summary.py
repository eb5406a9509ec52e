from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.party_type import PartyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PartySummary")


@_attrs_define
class PartySummary:
    """
    Attributes:
        departement_code (None | str):
        kind (None | str):
        merged_into (None | UUID):
        name (str):
        party_id (UUID):
        party_type (PartyType):
        rattached_to (None | UUID):
        region_code (None | str):
        siren (str):
        siret (None | str | Unset): Its seat's SIRET, once recorded.
    """

    departement_code: None | str
    kind: None | str
    merged_into: None | UUID
    name: str
    party_id: UUID
    party_type: PartyType
    rattached_to: None | UUID
    region_code: None | str
    siren: str
    siret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departement_code: None | str
        departement_code = self.departement_code

        kind: None | str
        kind = self.kind

        merged_into: None | str
        if isinstance(self.merged_into, UUID):
            merged_into = str(self.merged_into)
        else:
            merged_into = self.merged_into

        name = self.name

        party_id = str(self.party_id)

        party_type = self.party_type.value

        rattached_to: None | str
        if isinstance(self.rattached_to, UUID):
            rattached_to = str(self.rattached_to)
        else:
            rattached_to = self.rattached_to

        region_code: None | str
        region_code = self.region_code

        siren = self.siren

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departement_code": departement_code,
                "kind": kind,
                "merged_into": merged_into,
                "name": name,
                "party_id": party_id,
                "party_type": party_type,
                "rattached_to": rattached_to,
                "region_code": region_code,
                "siren": siren,
            }
        )
        if siret is not UNSET:
            field_dict["siret"] = siret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_departement_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        departement_code = _parse_departement_code(d.pop("departement_code"))

        def _parse_kind(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        kind = _parse_kind(d.pop("kind"))

        def _parse_merged_into(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                merged_into_type_0 = UUID(data)

                return merged_into_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        merged_into = _parse_merged_into(d.pop("merged_into"))

        name = d.pop("name")

        party_id = UUID(d.pop("party_id"))

        party_type = PartyType(d.pop("party_type"))

        def _parse_rattached_to(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rattached_to_type_0 = UUID(data)

                return rattached_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        rattached_to = _parse_rattached_to(d.pop("rattached_to"))

        def _parse_region_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region_code = _parse_region_code(d.pop("region_code"))

        siren = d.pop("siren")

        def _parse_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siret = _parse_siret(d.pop("siret", UNSET))

        party_summary = cls(
            departement_code=departement_code,
            kind=kind,
            merged_into=merged_into,
            name=name,
            party_id=party_id,
            party_type=party_type,
            rattached_to=rattached_to,
            region_code=region_code,
            siren=siren,
            siret=siret,
        )

        party_summary.additional_properties = d
        return party_summary

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
