from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BilanMoney")


@_attrs_define
class BilanMoney:
    """A contrepartie for one beneficiary in the year: what it commits to, what is owed (None:
    nothing is, a ceiling or an envelope not drawn on) and what was given — paid, or realised
    in kind — net of reversements.

        Attributes:
            beneficiary (str):
            commitment (str):
            contrepartie (str):
            given (str):
            giver (str):
            in_kind (bool):
            owed (None | str):
    """

    beneficiary: str
    commitment: str
    contrepartie: str
    given: str
    giver: str
    in_kind: bool
    owed: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beneficiary = self.beneficiary

        commitment = self.commitment

        contrepartie = self.contrepartie

        given = self.given

        giver = self.giver

        in_kind = self.in_kind

        owed: None | str
        owed = self.owed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "beneficiary": beneficiary,
                "commitment": commitment,
                "contrepartie": contrepartie,
                "given": given,
                "giver": giver,
                "in_kind": in_kind,
                "owed": owed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beneficiary = d.pop("beneficiary")

        commitment = d.pop("commitment")

        contrepartie = d.pop("contrepartie")

        given = d.pop("given")

        giver = d.pop("giver")

        in_kind = d.pop("in_kind")

        def _parse_owed(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        owed = _parse_owed(d.pop("owed"))

        bilan_money = cls(
            beneficiary=beneficiary,
            commitment=commitment,
            contrepartie=contrepartie,
            given=given,
            giver=giver,
            in_kind=in_kind,
            owed=owed,
        )

        bilan_money.additional_properties = d
        return bilan_money

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
