from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.collectivite_kind import CollectiviteKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CollectiviteCreate")


@_attrs_define
class CollectiviteCreate:
    """
    Attributes:
        kind (CollectiviteKind):
        name (str):
        siren (str):
        departement_code (None | str | Unset):
        insee_code (None | str | Unset):
    """

    kind: CollectiviteKind
    name: str
    siren: str
    departement_code: None | str | Unset = UNSET
    insee_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        siren = self.siren

        departement_code: None | str | Unset
        if isinstance(self.departement_code, Unset):
            departement_code = UNSET
        else:
            departement_code = self.departement_code

        insee_code: None | str | Unset
        if isinstance(self.insee_code, Unset):
            insee_code = UNSET
        else:
            insee_code = self.insee_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "name": name,
                "siren": siren,
            }
        )
        if departement_code is not UNSET:
            field_dict["departement_code"] = departement_code
        if insee_code is not UNSET:
            field_dict["insee_code"] = insee_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CollectiviteKind(d.pop("kind"))

        name = d.pop("name")

        siren = d.pop("siren")

        def _parse_departement_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        departement_code = _parse_departement_code(d.pop("departement_code", UNSET))

        def _parse_insee_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        insee_code = _parse_insee_code(d.pop("insee_code", UNSET))

        collectivite_create = cls(
            kind=kind,
            name=name,
            siren=siren,
            departement_code=departement_code,
            insee_code=insee_code,
        )

        return collectivite_create
