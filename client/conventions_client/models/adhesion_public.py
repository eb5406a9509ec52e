from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convention_party_public import ConventionPartyPublic


T = TypeVar("T", bound="AdhesionPublic")


@_attrs_define
class AdhesionPublic:
    """
    Attributes:
        joined_on (datetime.date):
        party (ConventionPartyPublic):
        attached_to (None | Unset | UUID):
        withdrawn_on (datetime.date | None | Unset):
    """

    joined_on: datetime.date
    party: ConventionPartyPublic
    attached_to: None | Unset | UUID = UNSET
    withdrawn_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        joined_on = self.joined_on.isoformat()

        party = self.party.to_dict()

        attached_to: None | str | Unset
        if isinstance(self.attached_to, Unset):
            attached_to = UNSET
        elif isinstance(self.attached_to, UUID):
            attached_to = str(self.attached_to)
        else:
            attached_to = self.attached_to

        withdrawn_on: None | str | Unset
        if isinstance(self.withdrawn_on, Unset):
            withdrawn_on = UNSET
        elif isinstance(self.withdrawn_on, datetime.date):
            withdrawn_on = self.withdrawn_on.isoformat()
        else:
            withdrawn_on = self.withdrawn_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "joined_on": joined_on,
                "party": party,
            }
        )
        if attached_to is not UNSET:
            field_dict["attached_to"] = attached_to
        if withdrawn_on is not UNSET:
            field_dict["withdrawn_on"] = withdrawn_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.convention_party_public import ConventionPartyPublic  # noqa: PLC0415

        d = dict(src_dict)
        joined_on = datetime.date.fromisoformat(d.pop("joined_on"))

        party = ConventionPartyPublic.from_dict(d.pop("party"))

        def _parse_attached_to(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attached_to_type_0 = UUID(data)

                return attached_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        attached_to = _parse_attached_to(d.pop("attached_to", UNSET))

        def _parse_withdrawn_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                withdrawn_on_type_0 = datetime.date.fromisoformat(data)

                return withdrawn_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        withdrawn_on = _parse_withdrawn_on(d.pop("withdrawn_on", UNSET))

        adhesion_public = cls(
            joined_on=joined_on,
            party=party,
            attached_to=attached_to,
            withdrawn_on=withdrawn_on,
        )

        adhesion_public.additional_properties = d
        return adhesion_public

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
