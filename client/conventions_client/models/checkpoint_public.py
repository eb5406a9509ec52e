from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckpointPublic")


@_attrs_define
class CheckpointPublic:
    """
    Attributes:
        head_hash (str):
        head_position (int):
        key_id (str):
        log (str):
        root (str): RFC 9162 Merkle tree hash, hex.
        signature (str): Ed25519 over the canonical JSON of the other fields, base64.
        signed_at (str):
        tree_size (int): Events covered: leaves 0 … tree_size − 1 of the Merkle tree.
    """

    head_hash: str
    head_position: int
    key_id: str
    log: str
    root: str
    signature: str
    signed_at: str
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        head_hash = self.head_hash

        head_position = self.head_position

        key_id = self.key_id

        log = self.log

        root = self.root

        signature = self.signature

        signed_at = self.signed_at

        tree_size = self.tree_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "head_hash": head_hash,
                "head_position": head_position,
                "key_id": key_id,
                "log": log,
                "root": root,
                "signature": signature,
                "signed_at": signed_at,
                "tree_size": tree_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        head_hash = d.pop("head_hash")

        head_position = d.pop("head_position")

        key_id = d.pop("key_id")

        log = d.pop("log")

        root = d.pop("root")

        signature = d.pop("signature")

        signed_at = d.pop("signed_at")

        tree_size = d.pop("tree_size")

        checkpoint_public = cls(
            head_hash=head_hash,
            head_position=head_position,
            key_id=key_id,
            log=log,
            root=root,
            signature=signature,
            signed_at=signed_at,
            tree_size=tree_size,
        )

        checkpoint_public.additional_properties = d
        return checkpoint_public

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
