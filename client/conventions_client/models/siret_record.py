from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SiretRecord")


@_attrs_define
class SiretRecord:
    """
    Attributes:
        siret (str): The SIRET of the party's seat: its SIREN then the establishment's 5 digits.
    """

    siret: str

    def to_dict(self) -> dict[str, Any]:
        siret = self.siret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "siret": siret,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        siret = d.pop("siret")

        siret_record = cls(
            siret=siret,
        )

        return siret_record
