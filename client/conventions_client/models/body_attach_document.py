from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.document_kind import DocumentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyAttachDocument")


@_attrs_define
class BodyAttachDocument:
    """
    Attributes:
        file (str): The document: PDF, office formats or a scan; 20971520 bytes at most.
        kind (DocumentKind):
        avenant_number (int | None | Unset): Kind `avenant`, or a deliberation on an avenant.
        party_id (None | Unset | UUID): Kind `deliberation`: whose it is.
        title (str | Unset):  Default: ''.
        year (int | None | Unset): Kind `bilan`: its year.
    """

    file: str
    kind: DocumentKind
    avenant_number: int | None | Unset = UNSET
    party_id: None | Unset | UUID = UNSET
    title: str | Unset = ""
    year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        kind = self.kind.value

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

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
                "file": file,
                "kind": kind,
            }
        )
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number
        if party_id is not UNSET:
            field_dict["party_id"] = party_id
        if title is not UNSET:
            field_dict["title"] = title
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", (None, str(self.file).encode(), "text/plain")))

        files.append(("kind", (None, str(self.kind.value).encode(), "text/plain")))

        if not isinstance(self.avenant_number, Unset):
            if isinstance(self.avenant_number, int):
                files.append(
                    (
                        "avenant_number",
                        (None, str(self.avenant_number).encode(), "text/plain"),
                    )
                )
            else:
                files.append(
                    (
                        "avenant_number",
                        (None, str(self.avenant_number).encode(), "text/plain"),
                    )
                )

        if not isinstance(self.party_id, Unset):
            if isinstance(self.party_id, UUID):
                files.append(("party_id", (None, str(self.party_id), "text/plain")))
            else:
                files.append(
                    ("party_id", (None, str(self.party_id).encode(), "text/plain"))
                )

        if not isinstance(self.title, Unset):
            files.append(("title", (None, str(self.title).encode(), "text/plain")))

        if not isinstance(self.year, Unset):
            if isinstance(self.year, int):
                files.append(("year", (None, str(self.year).encode(), "text/plain")))
            else:
                files.append(("year", (None, str(self.year).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file = d.pop("file")

        kind = DocumentKind(d.pop("kind"))

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

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

        body_attach_document = cls(
            file=file,
            kind=kind,
            avenant_number=avenant_number,
            party_id=party_id,
            title=title,
            year=year,
        )

        body_attach_document.additional_properties = d
        return body_attach_document

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
