from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.impact_kind import ImpactKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImpactPublic")


@_attrs_define
class ImpactPublic:
    """
    Attributes:
        kind (ImpactKind): The effects on the territory a final evaluation presents as figures (the Nièvre's
            bilan of 2020: economic activity, attractiveness, thermal comfort).
        value (str):
        baseline (None | str | Unset):
        comment (str | Unset):  Default: ''.
    """

    kind: ImpactKind
    value: str
    baseline: None | str | Unset = UNSET
    comment: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        value = self.value

        baseline: None | str | Unset
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        else:
            baseline = self.baseline

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "value": value,
            }
        )
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ImpactKind(d.pop("kind"))

        value = d.pop("value")

        def _parse_baseline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline = _parse_baseline(d.pop("baseline", UNSET))

        comment = d.pop("comment", UNSET)

        impact_public = cls(
            kind=kind,
            value=value,
            baseline=baseline,
            comment=comment,
        )

        impact_public.additional_properties = d
        return impact_public

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
