from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationSchemePublic")


@_attrs_define
class EvaluationSchemePublic:
    """
    Attributes:
        annual (bool | Unset):  Default: True.
        avenant_signature_days (int | Unset):  Default: 90.
        bilan_due_day (int | Unset):  Default: 30.
        bilan_due_month (int | Unset):  Default: 6.
        final_evaluation (bool | Unset):  Default: False.
        mid_term_review_year (int | None | Unset):
        payment_due_day (int | Unset):  Default: 31.
        payment_due_month (int | Unset):  Default: 12.
        renewal_notice_months (int | Unset):  Default: 6.
        validating_body_id (None | str | Unset):
    """

    annual: bool | Unset = True
    avenant_signature_days: int | Unset = 90
    bilan_due_day: int | Unset = 30
    bilan_due_month: int | Unset = 6
    final_evaluation: bool | Unset = False
    mid_term_review_year: int | None | Unset = UNSET
    payment_due_day: int | Unset = 31
    payment_due_month: int | Unset = 12
    renewal_notice_months: int | Unset = 6
    validating_body_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annual = self.annual

        avenant_signature_days = self.avenant_signature_days

        bilan_due_day = self.bilan_due_day

        bilan_due_month = self.bilan_due_month

        final_evaluation = self.final_evaluation

        mid_term_review_year: int | None | Unset
        if isinstance(self.mid_term_review_year, Unset):
            mid_term_review_year = UNSET
        else:
            mid_term_review_year = self.mid_term_review_year

        payment_due_day = self.payment_due_day

        payment_due_month = self.payment_due_month

        renewal_notice_months = self.renewal_notice_months

        validating_body_id: None | str | Unset
        if isinstance(self.validating_body_id, Unset):
            validating_body_id = UNSET
        else:
            validating_body_id = self.validating_body_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if annual is not UNSET:
            field_dict["annual"] = annual
        if avenant_signature_days is not UNSET:
            field_dict["avenant_signature_days"] = avenant_signature_days
        if bilan_due_day is not UNSET:
            field_dict["bilan_due_day"] = bilan_due_day
        if bilan_due_month is not UNSET:
            field_dict["bilan_due_month"] = bilan_due_month
        if final_evaluation is not UNSET:
            field_dict["final_evaluation"] = final_evaluation
        if mid_term_review_year is not UNSET:
            field_dict["mid_term_review_year"] = mid_term_review_year
        if payment_due_day is not UNSET:
            field_dict["payment_due_day"] = payment_due_day
        if payment_due_month is not UNSET:
            field_dict["payment_due_month"] = payment_due_month
        if renewal_notice_months is not UNSET:
            field_dict["renewal_notice_months"] = renewal_notice_months
        if validating_body_id is not UNSET:
            field_dict["validating_body_id"] = validating_body_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        annual = d.pop("annual", UNSET)

        avenant_signature_days = d.pop("avenant_signature_days", UNSET)

        bilan_due_day = d.pop("bilan_due_day", UNSET)

        bilan_due_month = d.pop("bilan_due_month", UNSET)

        final_evaluation = d.pop("final_evaluation", UNSET)

        def _parse_mid_term_review_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        mid_term_review_year = _parse_mid_term_review_year(
            d.pop("mid_term_review_year", UNSET)
        )

        payment_due_day = d.pop("payment_due_day", UNSET)

        payment_due_month = d.pop("payment_due_month", UNSET)

        renewal_notice_months = d.pop("renewal_notice_months", UNSET)

        def _parse_validating_body_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validating_body_id = _parse_validating_body_id(
            d.pop("validating_body_id", UNSET)
        )

        evaluation_scheme_public = cls(
            annual=annual,
            avenant_signature_days=avenant_signature_days,
            bilan_due_day=bilan_due_day,
            bilan_due_month=bilan_due_month,
            final_evaluation=final_evaluation,
            mid_term_review_year=mid_term_review_year,
            payment_due_day=payment_due_day,
            payment_due_month=payment_due_month,
            renewal_notice_months=renewal_notice_months,
            validating_body_id=validating_body_id,
        )

        evaluation_scheme_public.additional_properties = d
        return evaluation_scheme_public

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
