from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.convention_party_public import ConventionPartyPublic


T = TypeVar("T", bound="AddPartyPublic")


@_attrs_define
class AddPartyPublic:
    """
    Attributes:
        party (ConventionPartyPublic):
    """

    party: ConventionPartyPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        party = self.party.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "party": party,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.convention_party_public import ConventionPartyPublic  # noqa: PLC0415

        d = dict(src_dict)
        party = ConventionPartyPublic.from_dict(d.pop("party"))

        add_party_public = cls(
            party=party,
        )

        add_party_public.additional_properties = d
        return add_party_public

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
