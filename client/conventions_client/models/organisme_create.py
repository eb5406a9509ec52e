from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.organisme_kind import OrganismeKind

T = TypeVar("T", bound="OrganismeCreate")


@_attrs_define
class OrganismeCreate:
    """
    Attributes:
        kind (OrganismeKind):
        name (str):
        siren (str):
    """

    kind: OrganismeKind
    name: str
    siren: str

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        siren = self.siren

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "siren": siren,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = OrganismeKind(d.pop("kind"))

        name = d.pop("name")

        siren = d.pop("siren")

        organisme_create = cls(
            kind=kind,
            name=name,
            siren=siren,
        )

        return organisme_create
