from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonCreate")


@_attrs_define
class PersonCreate:
    """
    Attributes:
        full_name (str):
        function (str): Ex. « directeur général », « présidente ».
        email (None | str | Unset):
        party_id (None | Unset | UUID): Par défaut, la partie de l'acteur.
        phone (None | str | Unset):
    """

    full_name: str
    function: str
    email: None | str | Unset = UNSET
    party_id: None | Unset | UUID = UNSET
    phone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        function = self.function

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_name": full_name,
                "function": function,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if party_id is not UNSET:
            field_dict["party_id"] = party_id
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name")

        function = d.pop("function")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

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

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        person_create = cls(
            full_name=full_name,
            function=function,
            email=email,
            party_id=party_id,
            phone=phone,
        )

        return person_create
