from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.state_service_kind import StateServiceKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="StateServiceCreate")


@_attrs_define
class StateServiceCreate:
    """
    Attributes:
        kind (StateServiceKind):
        name (str):
        siren (str):
        departement_code (None | str | Unset): The département it serves (none for a national agency).
    """

    kind: StateServiceKind
    name: str
    siren: str
    departement_code: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        name = self.name

        siren = self.siren

        departement_code: None | str | Unset
        if isinstance(self.departement_code, Unset):
            departement_code = UNSET
        else:
            departement_code = self.departement_code

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = StateServiceKind(d.pop("kind"))

        name = d.pop("name")

        siren = d.pop("siren")

        def _parse_departement_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        departement_code = _parse_departement_code(d.pop("departement_code", UNSET))

        state_service_create = cls(
            kind=kind,
            name=name,
            siren=siren,
            departement_code=departement_code,
        )

        return state_service_create
