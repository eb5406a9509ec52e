from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.framework_kind import FrameworkKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="FrameworkReferencePublic")


@_attrs_define
class FrameworkReferencePublic:
    """A plan or contract the convention consolidates (PLH, PDH, PSP, CUS, NPNRU…).

    Attributes:
        framework_id (str):
        kind (FrameworkKind): The plans and contracts a convention declines locally (the guide: « convention de mise en
            œuvre du PLH (étendue à d'autres contractualisations : CIA, NPNRU, CUS…) »), each carried by
            a collectivité, a landlord or the State.
        title (str):
        end_year (int | None | Unset):
        holder (str | Unset):  Default: ''.
        holder_id (None | Unset | UUID):
        start_year (int | None | Unset):
    """

    framework_id: str
    kind: FrameworkKind
    title: str
    end_year: int | None | Unset = UNSET
    holder: str | Unset = ""
    holder_id: None | Unset | UUID = UNSET
    start_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        framework_reference_public = cls(
            framework_id=framework_id,
            kind=kind,
            title=title,
            end_year=end_year,
            holder=holder,
            holder_id=holder_id,
            start_year=start_year,
        )

        framework_reference_public.additional_properties = d
        return framework_reference_public

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
