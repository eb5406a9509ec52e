from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PersonPublic")


@_attrs_define
class PersonPublic:
    """
    Attributes:
        email (None | str):
        erased_at (datetime.datetime | None): Si renseigné, les données personnelles ont été effacées ; l'identifiant
            reste.
        full_name (None | str):
        function (None | str):
        id (UUID):
        party_id (UUID):
        phone (None | str):
        registered_at (datetime.datetime):
    """

    email: None | str
    erased_at: datetime.datetime | None
    full_name: None | str
    function: None | str
    id: UUID
    party_id: UUID
    phone: None | str
    registered_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str
        email = self.email

        erased_at: None | str
        if isinstance(self.erased_at, datetime.datetime):
            erased_at = self.erased_at.isoformat()
        else:
            erased_at = self.erased_at

        full_name: None | str
        full_name = self.full_name

        function: None | str
        function = self.function

        id = str(self.id)

        party_id = str(self.party_id)

        phone: None | str
        phone = self.phone

        registered_at = self.registered_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "erased_at": erased_at,
                "full_name": full_name,
                "function": function,
                "id": id,
                "party_id": party_id,
                "phone": phone,
                "registered_at": registered_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_erased_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                erased_at_type_0 = datetime.datetime.fromisoformat(data)

                return erased_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        erased_at = _parse_erased_at(d.pop("erased_at"))

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("full_name"))

        def _parse_function(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        function = _parse_function(d.pop("function"))

        id = UUID(d.pop("id"))

        party_id = UUID(d.pop("party_id"))

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

        person_public = cls(
            email=email,
            erased_at=erased_at,
            full_name=full_name,
            function=function,
            id=id,
            party_id=party_id,
            phone=phone,
            registered_at=registered_at,
        )

        person_public.additional_properties = d
        return person_public

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
