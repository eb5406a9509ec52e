from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignaturePublic")


@_attrs_define
class SignaturePublic:
    """
    Attributes:
        party_id (UUID):
        signed_on (datetime.date):
        signatory_id (None | Unset | UUID):
        terms_fingerprint (None | str | Unset):
        terms_revision (int | None | Unset):
    """

    party_id: UUID
    signed_on: datetime.date
    signatory_id: None | Unset | UUID = UNSET
    terms_fingerprint: None | str | Unset = UNSET
    terms_revision: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        party_id = str(self.party_id)

        signed_on = self.signed_on.isoformat()

        signatory_id: None | str | Unset
        if isinstance(self.signatory_id, Unset):
            signatory_id = UNSET
        elif isinstance(self.signatory_id, UUID):
            signatory_id = str(self.signatory_id)
        else:
            signatory_id = self.signatory_id

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
                "party_id": party_id,
                "signed_on": signed_on,
            }
        )
        if signatory_id is not UNSET:
            field_dict["signatory_id"] = signatory_id
        if terms_fingerprint is not UNSET:
            field_dict["terms_fingerprint"] = terms_fingerprint
        if terms_revision is not UNSET:
            field_dict["terms_revision"] = terms_revision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        party_id = UUID(d.pop("party_id"))

        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))

        def _parse_signatory_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signatory_id_type_0 = UUID(data)

                return signatory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        signatory_id = _parse_signatory_id(d.pop("signatory_id", UNSET))

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

        signature_public = cls(
            party_id=party_id,
            signed_on=signed_on,
            signatory_id=signatory_id,
            terms_fingerprint=terms_fingerprint,
            terms_revision=terms_revision,
        )

        signature_public.additional_properties = d
        return signature_public

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
