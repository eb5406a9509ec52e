from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InclusionProofPublic")


@_attrs_define
class InclusionProofPublic:
    """
    Attributes:
        chain_hash (str):
        leaf_index (int):
        position (int):
        proof (list[str]):
        tree_size (int):
    """

    chain_hash: str
    leaf_index: int
    position: int
    proof: list[str]
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_hash = self.chain_hash

        leaf_index = self.leaf_index

        position = self.position

        proof = self.proof

        tree_size = self.tree_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain_hash": chain_hash,
                "leaf_index": leaf_index,
                "position": position,
                "proof": proof,
                "tree_size": tree_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        chain_hash = d.pop("chain_hash")

        leaf_index = d.pop("leaf_index")

        position = d.pop("position")

        proof = cast(list[str], d.pop("proof"))

        tree_size = d.pop("tree_size")

        inclusion_proof_public = cls(
            chain_hash=chain_hash,
            leaf_index=leaf_index,
            position=position,
            proof=proof,
            tree_size=tree_size,
        )

        inclusion_proof_public.additional_properties = d
        return inclusion_proof_public

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
