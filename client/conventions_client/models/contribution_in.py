from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContributionIn")


@_attrs_define
class ContributionIn:
    """
    Attributes:
        amount (float | str):
        contrepartie_id (str):
        beneficiary_id (None | Unset | UUID): When the contrepartie goes to several.
    """

    amount: float | str
    contrepartie_id: str
    beneficiary_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        amount: float | str
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

        def _parse_amount(data: object) -> float | str:
            return cast(float | str, data)

        amount = _parse_amount(d.pop("amount"))

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

        contribution_in = cls(
            amount=amount,
            contrepartie_id=contrepartie_id,
            beneficiary_id=beneficiary_id,
        )

        return contribution_in
