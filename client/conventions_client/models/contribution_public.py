from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributionPublic")


@_attrs_define
class ContributionPublic:
    """
    Attributes:
        amount (str):
        contrepartie_id (str):
        beneficiary_id (None | Unset | UUID):
    """

    amount: str
    contrepartie_id: str
    beneficiary_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        contrepartie_id = self.contrepartie_id

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        elif isinstance(self.beneficiary_id, UUID):
            beneficiary_id = str(self.beneficiary_id)
        else:
            beneficiary_id = self.beneficiary_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "contrepartie_id": contrepartie_id,
            }
        )
        if beneficiary_id is not UNSET:
            field_dict["beneficiary_id"] = beneficiary_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount = d.pop("amount")

        contrepartie_id = d.pop("contrepartie_id")

        def _parse_beneficiary_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                beneficiary_id_type_0 = UUID(data)

                return beneficiary_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiary_id", UNSET))

        contribution_public = cls(
            amount=amount,
            contrepartie_id=contrepartie_id,
            beneficiary_id=beneficiary_id,
        )

        contribution_public.additional_properties = d
        return contribution_public

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
