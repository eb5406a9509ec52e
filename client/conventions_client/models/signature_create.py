from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureCreate")


@_attrs_define
class SignatureCreate:
    """
    Attributes:
        signed_on (datetime.date):
        party_id (None | Unset | UUID): Par défaut, la partie de l'acteur.
        signatory_id (None | Unset | UUID): La personne qui signe pour la partie, enregistrée au registre des personnes
            (POST /people) ; l'événement ne garde que cet identifiant.
    """

    signed_on: datetime.date
    party_id: None | Unset | UUID = UNSET
    signatory_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        signed_on = self.signed_on.isoformat()

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        signatory_id: None | str | Unset
        if isinstance(self.signatory_id, Unset):
            signatory_id = UNSET
        elif isinstance(self.signatory_id, UUID):
            signatory_id = str(self.signatory_id)
        else:
            signatory_id = self.signatory_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "signed_on": signed_on,
            }
        )
        if party_id is not UNSET:
            field_dict["party_id"] = party_id
        if signatory_id is not UNSET:
            field_dict["signatory_id"] = signatory_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        signed_on = datetime.date.fromisoformat(d.pop("signed_on"))

        def _parse_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

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

        signature_create = cls(
            signed_on=signed_on,
            party_id=party_id,
            signatory_id=signatory_id,
        )

        return signature_create
