from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.impact_kind import ImpactKind

T = TypeVar("T", bound="BilanImpact")


@_attrs_define
class BilanImpact:
    """
    Attributes:
        baseline (None | str):
        comment (str):
        kind (ImpactKind): The effects on the territory a final evaluation presents as figures (the Nièvre's
            bilan of 2020: economic activity, attractiveness, thermal comfort).
        label (str):
        text (str):
        value (str):
    """

    baseline: None | str
    comment: str
    kind: ImpactKind
    label: str
    text: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline: None | str
        baseline = self.baseline

        comment = self.comment

        kind = self.kind.value

        label = self.label

        text = self.text

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline": baseline,
                "comment": comment,
                "kind": kind,
                "label": label,
                "text": text,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_baseline(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        baseline = _parse_baseline(d.pop("baseline"))

        comment = d.pop("comment")

        kind = ImpactKind(d.pop("kind"))

        label = d.pop("label")

        text = d.pop("text")

        value = d.pop("value")

        bilan_impact = cls(
            baseline=baseline,
            comment=comment,
            kind=kind,
            label=label,
            text=text,
            value=value,
        )

        bilan_impact.additional_properties = d
        return bilan_impact

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
