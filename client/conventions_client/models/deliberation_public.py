from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliberationPublic")


@_attrs_define
class DeliberationPublic:
    """
    Attributes:
        adopted_on (datetime.date):
        body (str):
        party_id (UUID):
        reference (str):
        avenant_number (int | None | Unset):
        terms_fingerprint (None | str | Unset):
        terms_revision (int | None | Unset):
    """

    adopted_on: datetime.date
    body: str
    party_id: UUID
    reference: str
    avenant_number: int | None | Unset = UNSET
    terms_fingerprint: None | str | Unset = UNSET
    terms_revision: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adopted_on = self.adopted_on.isoformat()

        body = self.body

        party_id = str(self.party_id)

        reference = self.reference

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

        terms_fingerprint: None | str | Unset
        if isinstance(self.terms_fingerprint, Unset):
            terms_fingerprint = UNSET
        else:
            terms_fingerprint = self.terms_fingerprint

        terms_revision: int | None | Unset
        if isinstance(self.terms_revision, Unset):
            terms_revision = UNSET
        else:
            terms_revision = self.terms_revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "adopted_on": adopted_on,
                "body": body,
                "party_id": party_id,
                "reference": reference,
            }
        )
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number
        if terms_fingerprint is not UNSET:
            field_dict["terms_fingerprint"] = terms_fingerprint
        if terms_revision is not UNSET:
            field_dict["terms_revision"] = terms_revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adopted_on = datetime.date.fromisoformat(d.pop("adopted_on"))

        body = d.pop("body")

        party_id = UUID(d.pop("party_id"))

        reference = d.pop("reference")

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

        def _parse_terms_fingerprint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms_fingerprint = _parse_terms_fingerprint(d.pop("terms_fingerprint", UNSET))

        def _parse_terms_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        terms_revision = _parse_terms_revision(d.pop("terms_revision", UNSET))

        deliberation_public = cls(
            adopted_on=adopted_on,
            body=body,
            party_id=party_id,
            reference=reference,
            avenant_number=avenant_number,
            terms_fingerprint=terms_fingerprint,
            terms_revision=terms_revision,
        )

        deliberation_public.additional_properties = d
        return deliberation_public

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
