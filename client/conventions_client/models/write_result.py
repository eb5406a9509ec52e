from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_side_state import ReadSideState


T = TypeVar("T", bound="WriteResult")


@_attrs_define
class WriteResult:
    """
    Attributes:
        id (UUID):
        notification_id (int | None): Position of the last event written in the notification log.
        version (int):
        avenant_in_force (bool | None | Unset):
        avenant_number (int | None | Unset):
        document_id (None | Unset | UUID): The document attached (a document's upload).
        entered_into_force (bool | None | Unset):
        read_side (None | ReadSideState | Unset):
        sha256 (None | str | Unset): The SHA-256 of the document attached.
        warnings (list[str] | Unset):
    """

    id: UUID
    notification_id: int | None
    version: int
    avenant_in_force: bool | None | Unset = UNSET
    avenant_number: int | None | Unset = UNSET
    document_id: None | Unset | UUID = UNSET
    entered_into_force: bool | None | Unset = UNSET
    read_side: None | ReadSideState | Unset = UNSET
    sha256: None | str | Unset = UNSET
    warnings: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415

        id = str(self.id)

        notification_id: int | None
        notification_id = self.notification_id

        version = self.version

        avenant_in_force: bool | None | Unset
        if isinstance(self.avenant_in_force, Unset):
            avenant_in_force = UNSET
        else:
            avenant_in_force = self.avenant_in_force

        avenant_number: int | None | Unset
        if isinstance(self.avenant_number, Unset):
            avenant_number = UNSET
        else:
            avenant_number = self.avenant_number

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        elif isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id

        entered_into_force: bool | None | Unset
        if isinstance(self.entered_into_force, Unset):
            entered_into_force = UNSET
        else:
            entered_into_force = self.entered_into_force

        read_side: dict[str, Any] | None | Unset
        if isinstance(self.read_side, Unset):
            read_side = UNSET
        elif isinstance(self.read_side, ReadSideState):
            read_side = self.read_side.to_dict()
        else:
            read_side = self.read_side

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        warnings: list[str] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "notification_id": notification_id,
                "version": version,
            }
        )
        if avenant_in_force is not UNSET:
            field_dict["avenant_in_force"] = avenant_in_force
        if avenant_number is not UNSET:
            field_dict["avenant_number"] = avenant_number
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if entered_into_force is not UNSET:
            field_dict["entered_into_force"] = entered_into_force
        if read_side is not UNSET:
            field_dict["read_side"] = read_side
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_side_state import ReadSideState  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_notification_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        notification_id = _parse_notification_id(d.pop("notification_id"))

        version = d.pop("version")

        def _parse_avenant_in_force(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        avenant_in_force = _parse_avenant_in_force(d.pop("avenant_in_force", UNSET))

        def _parse_avenant_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        avenant_number = _parse_avenant_number(d.pop("avenant_number", UNSET))

        def _parse_document_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_id_type_0 = UUID(data)

                return document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))

        def _parse_entered_into_force(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        entered_into_force = _parse_entered_into_force(
            d.pop("entered_into_force", UNSET)
        )

        def _parse_read_side(data: object) -> None | ReadSideState | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                read_side_type_0 = ReadSideState.from_dict(data)

                return read_side_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadSideState | Unset, data)

        read_side = _parse_read_side(d.pop("read_side", UNSET))

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))

        warnings = cast(list[str], d.pop("warnings", UNSET))

        write_result = cls(
            id=id,
            notification_id=notification_id,
            version=version,
            avenant_in_force=avenant_in_force,
            avenant_number=avenant_number,
            document_id=document_id,
            entered_into_force=entered_into_force,
            read_side=read_side,
            sha256=sha256,
            warnings=warnings,
        )

        write_result.additional_properties = d
        return write_result

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
