from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicKeyPublic")


@_attrs_define
class PublicKeyPublic:
    """
    Attributes:
        key_id (str): SHA-256 of the raw public key, first 16 hex digits.
        public_key_pem (str):
        algorithm (str | Unset):  Default: 'Ed25519'.
    """

    key_id: str
    public_key_pem: str
    algorithm: str | Unset = "Ed25519"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key_id = self.key_id

        public_key_pem = self.public_key_pem

        algorithm = self.algorithm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_id": key_id,
                "public_key_pem": public_key_pem,
            }
        )
        if algorithm is not UNSET:
            field_dict["algorithm"] = algorithm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key_id = d.pop("key_id")

        public_key_pem = d.pop("public_key_pem")

        algorithm = d.pop("algorithm", UNSET)

        public_key_public = cls(
            key_id=key_id,
            public_key_pem=public_key_pem,
            algorithm=algorithm,
        )

        public_key_public.additional_properties = d
        return public_key_public

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
