from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.framework_kind import FrameworkKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FrameworkReferenceIn")


@_attrs_define
class FrameworkReferenceIn:
    """A plan or contract the convention consolidates: PLH, PDH, PSP, CUS, NPNRU, contrat de
    ville, CIA, abattement de TFPB, a territorial contract with the State.

        Attributes:
            framework_id (str):
            kind (FrameworkKind): The plans and contracts a convention declines locally (the guide: « convention de mise en
                œuvre du PLH (étendue à d'autres contractualisations : CIA, NPNRU, CUS…) »), each carried by
                a collectivité, a landlord or the State.
            title (str):
            end_year (int | None | Unset):
            holder (str | Unset): Son porteur en toutes lettres quand il n'est pas partie (la préfecture, l'ANRU). Default:
                ''.
            holder_id (None | Unset | UUID): La partie qui le porte (l'EPCI pour son PLH…).
            start_year (int | None | Unset):
    """

    framework_id: str
    kind: FrameworkKind
    title: str
    end_year: int | None | Unset = UNSET
    holder: str | Unset = ""
    holder_id: None | Unset | UUID = UNSET
    start_year: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        framework_id = self.framework_id

        kind = self.kind.value

        title = self.title

        end_year: int | None | Unset
        if isinstance(self.end_year, Unset):
            end_year = UNSET
        else:
            end_year = self.end_year

        holder = self.holder

        holder_id: None | str | Unset
        if isinstance(self.holder_id, Unset):
            holder_id = UNSET
        elif isinstance(self.holder_id, UUID):
            holder_id = str(self.holder_id)
        else:
            holder_id = self.holder_id

        start_year: int | None | Unset
        if isinstance(self.start_year, Unset):
            start_year = UNSET
        else:
            start_year = self.start_year

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "framework_id": framework_id,
                "kind": kind,
                "title": title,
            }
        )
        if end_year is not UNSET:
            field_dict["end_year"] = end_year
        if holder is not UNSET:
            field_dict["holder"] = holder
        if holder_id is not UNSET:
            field_dict["holder_id"] = holder_id
        if start_year is not UNSET:
            field_dict["start_year"] = start_year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        framework_id = d.pop("framework_id")

        kind = FrameworkKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_end_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_year = _parse_end_year(d.pop("end_year", UNSET))

        holder = d.pop("holder", UNSET)

        def _parse_holder_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                holder_id_type_0 = UUID(data)

                return holder_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        holder_id = _parse_holder_id(d.pop("holder_id", UNSET))

        def _parse_start_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_year = _parse_start_year(d.pop("start_year", UNSET))

        framework_reference_in = cls(
            framework_id=framework_id,
            kind=kind,
            title=title,
            end_year=end_year,
            holder=holder,
            holder_id=holder_id,
            start_year=start_year,
        )

        return framework_reference_in
