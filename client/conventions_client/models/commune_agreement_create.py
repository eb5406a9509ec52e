from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommuneAgreementCreate")


@_attrs_define
class CommuneAgreementCreate:
    """
    Attributes:
        agreed_on (datetime.date):
        office_id (UUID):
        reference (str):
        commune_id (None | Unset | UUID): Par défaut, la partie de l'acteur.
    """

    agreed_on: datetime.date
    office_id: UUID
    reference: str
    commune_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        agreed_on = self.agreed_on.isoformat()

        office_id = str(self.office_id)

        reference = self.reference

        commune_id: None | str | Unset
        if isinstance(self.commune_id, Unset):
            commune_id = UNSET
        elif isinstance(self.commune_id, UUID):
            commune_id = str(self.commune_id)
        else:
            commune_id = self.commune_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agreed_on": agreed_on,
                "office_id": office_id,
                "reference": reference,
            }
        )
        if commune_id is not UNSET:
            field_dict["commune_id"] = commune_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agreed_on = datetime.date.fromisoformat(d.pop("agreed_on"))

        office_id = UUID(d.pop("office_id"))

        reference = d.pop("reference")

        def _parse_commune_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commune_id_type_0 = UUID(data)

                return commune_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        commune_id = _parse_commune_id(d.pop("commune_id", UNSET))

        commune_agreement_create = cls(
            agreed_on=agreed_on,
            office_id=office_id,
            reference=reference,
            commune_id=commune_id,
        )

        return commune_agreement_create
