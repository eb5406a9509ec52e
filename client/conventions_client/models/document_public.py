from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_kind import DocumentKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.document_file_public import DocumentFilePublic


T = TypeVar("T", bound="DocumentPublic")


@_attrs_define
class DocumentPublic:
    """
    Attributes:
        attached_on (datetime.date):
        document_id (UUID):
        file (DocumentFilePublic):
        kind (DocumentKind):
        avenant_number (int | None | Unset):
        erased_on (datetime.date | None | Unset): Its bytes erased on that date (personal data); its record and digest
            stay.
        party_id (None | Unset | UUID): Whose deliberation it is (kind `deliberation`).
        title (str | Unset):  Default: ''.
        year (int | None | Unset): The year of the bilan (kind `bilan`).
    """

    attached_on: datetime.date
    document_id: UUID
    file: DocumentFilePublic
    kind: DocumentKind
    avenant_number: int | None | Unset = UNSET
    erased_on: datetime.date | None | Unset = UNSET
    party_id: None | Unset | UUID = UNSET
    title: str | Unset = ""
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attached_on = self.attached_on.isoformat()

        document_id = str(self.document_id)

        file = self.file.to_dict()

        kind = self.kind.value

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

        erased_on: None | str | Unset
        if isinstance(self.erased_on, Unset):
            erased_on = UNSET
        elif isinstance(self.erased_on, datetime.date):
            erased_on = self.erased_on.isoformat()
        else:
            erased_on = self.erased_on

        party_id: None | str | Unset
        if isinstance(self.party_id, Unset):
            party_id = UNSET
        elif isinstance(self.party_id, UUID):
            party_id = str(self.party_id)
        else:
            party_id = self.party_id

        title = self.title

        year: int | None | Unset
        if isinstance(self.year, Unset):
            year = UNSET
        else:
            year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attached_on": attached_on,
                "document_id": document_id,
                "file": file,
                "kind": kind,
            }
        )
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number
        if erased_on is not UNSET:
            field_dict["erased_on"] = erased_on
        if party_id is not UNSET:
            field_dict["party_id"] = party_id
        if title is not UNSET:
            field_dict["title"] = title
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_file_public import DocumentFilePublic  # noqa: PLC0415

        d = dict(src_dict)
        attached_on = datetime.date.fromisoformat(d.pop("attached_on"))

        document_id = UUID(d.pop("document_id"))

        file = DocumentFilePublic.from_dict(d.pop("file"))

        kind = DocumentKind(d.pop("kind"))

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

        def _parse_erased_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                erased_on_type_0 = datetime.date.fromisoformat(data)

                return erased_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        erased_on = _parse_erased_on(d.pop("erased_on", UNSET))

        def _parse_party_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                party_id_type_0 = UUID(data)

                return party_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        party_id = _parse_party_id(d.pop("party_id", UNSET))

        title = d.pop("title", UNSET)

        def _parse_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        year = _parse_year(d.pop("year", UNSET))

        document_public = cls(
            attached_on=attached_on,
            document_id=document_id,
            file=file,
            kind=kind,
            avenant_number=avenant_number,
            erased_on=erased_on,
            party_id=party_id,
            title=title,
            year=year,
        )

        document_public.additional_properties = d
        return document_public

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
