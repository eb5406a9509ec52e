from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DocumentFilePublic")


@_attrs_define
class DocumentFilePublic:
    """
    Attributes:
        filename (str):
        media_type (str): The format read from the content, not from the name.
        sha256 (str): SHA-256 of the bytes (lowercase hex): what the hash chain covers.
        size (int): Bytes.
    """

    filename: str
    media_type: str
    sha256: str
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filename = self.filename

        media_type = self.media_type

        sha256 = self.sha256

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filename": filename,
                "media_type": media_type,
                "sha256": sha256,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        filename = d.pop("filename")

        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        document_file_public = cls(
            filename=filename,
            media_type=media_type,
            sha256=sha256,
            size=size,
        )

        document_file_public.additional_properties = d
        return document_file_public

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
