from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.axis_public import AxisPublic
    from ..models.charte_level_public import CharteLevelPublic
    from ..models.commitment_public import CommitmentPublic
    from ..models.contrepartie_public import ContrepartiePublic
    from ..models.convention_party_public import ConventionPartyPublic
    from ..models.evaluation_scheme_public import EvaluationSchemePublic
    from ..models.framework_reference_public import FrameworkReferencePublic
    from ..models.governance_body_public import GovernanceBodyPublic
    from ..models.operation_public import OperationPublic
    from ..models.period_public import PeriodPublic


T = TypeVar("T", bound="TermsPublic")


@_attrs_define
class TermsPublic:
    """
    Attributes:
        parties (list[ConventionPartyPublic]):
        period (PeriodPublic):
        title (str):
        axes (list[AxisPublic] | Unset):
        commitments (list[CommitmentPublic] | Unset):
        contreparties (list[ContrepartiePublic] | Unset):
        evaluation_scheme (EvaluationSchemePublic | Unset):
        framework_id (None | Unset | UUID): A convention d'opération's convention cadre, if it was opened under one.
        frameworks (list[FrameworkReferencePublic] | Unset):
        governance_bodies (list[GovernanceBodyPublic] | Unset):
        levels (list[CharteLevelPublic] | Unset):
        operation (None | str | Unset):
        operations (list[OperationPublic] | Unset):
        takes_effect_on (datetime.date | None | Unset):
    """

    parties: list[ConventionPartyPublic]
    period: PeriodPublic
    title: str
    axes: list[AxisPublic] | Unset = UNSET
    commitments: list[CommitmentPublic] | Unset = UNSET
    contreparties: list[ContrepartiePublic] | Unset = UNSET
    evaluation_scheme: EvaluationSchemePublic | Unset = UNSET
    framework_id: None | Unset | UUID = UNSET
    frameworks: list[FrameworkReferencePublic] | Unset = UNSET
    governance_bodies: list[GovernanceBodyPublic] | Unset = UNSET
    levels: list[CharteLevelPublic] | Unset = UNSET
    operation: None | str | Unset = UNSET
    operations: list[OperationPublic] | Unset = UNSET
    takes_effect_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        period = self.period.to_dict()

        title = self.title

        axes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.axes, Unset):
            axes = []
            for axes_item_data in self.axes:
                axes_item = axes_item_data.to_dict()
                axes.append(axes_item)

        commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments, Unset):
            commitments = []
            for commitments_item_data in self.commitments:
                commitments_item = commitments_item_data.to_dict()
                commitments.append(commitments_item)

        contreparties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contreparties, Unset):
            contreparties = []
            for contreparties_item_data in self.contreparties:
                contreparties_item = contreparties_item_data.to_dict()
                contreparties.append(contreparties_item)

        evaluation_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.evaluation_scheme, Unset):
            evaluation_scheme = self.evaluation_scheme.to_dict()

        framework_id: None | str | Unset
        if isinstance(self.framework_id, Unset):
            framework_id = UNSET
        elif isinstance(self.framework_id, UUID):
            framework_id = str(self.framework_id)
        else:
            framework_id = self.framework_id

        frameworks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frameworks, Unset):
            frameworks = []
            for frameworks_item_data in self.frameworks:
                frameworks_item = frameworks_item_data.to_dict()
                frameworks.append(frameworks_item)

        governance_bodies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.governance_bodies, Unset):
            governance_bodies = []
            for governance_bodies_item_data in self.governance_bodies:
                governance_bodies_item = governance_bodies_item_data.to_dict()
                governance_bodies.append(governance_bodies_item)

        levels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.levels, Unset):
            levels = []
            for levels_item_data in self.levels:
                levels_item = levels_item_data.to_dict()
                levels.append(levels_item)

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        operations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.operations, Unset):
            operations = []
            for operations_item_data in self.operations:
                operations_item = operations_item_data.to_dict()
                operations.append(operations_item)

        takes_effect_on: None | str | Unset
        if isinstance(self.takes_effect_on, Unset):
            takes_effect_on = UNSET
        elif isinstance(self.takes_effect_on, datetime.date):
            takes_effect_on = self.takes_effect_on.isoformat()
        else:
            takes_effect_on = self.takes_effect_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parties": parties,
                "period": period,
                "title": title,
            }
        )
        if axes is not UNSET:
            field_dict["axes"] = axes
        if commitments is not UNSET:
            field_dict["commitments"] = commitments
        if contreparties is not UNSET:
            field_dict["contreparties"] = contreparties
        if evaluation_scheme is not UNSET:
            field_dict["evaluation_scheme"] = evaluation_scheme
        if framework_id is not UNSET:
            field_dict["framework_id"] = framework_id
        if frameworks is not UNSET:
            field_dict["frameworks"] = frameworks
        if governance_bodies is not UNSET:
            field_dict["governance_bodies"] = governance_bodies
        if levels is not UNSET:
            field_dict["levels"] = levels
        if operation is not UNSET:
            field_dict["operation"] = operation
        if operations is not UNSET:
            field_dict["operations"] = operations
        if takes_effect_on is not UNSET:
            field_dict["takes_effect_on"] = takes_effect_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.axis_public import AxisPublic  # noqa: PLC0415
        from ..models.charte_level_public import CharteLevelPublic  # noqa: PLC0415
        from ..models.commitment_public import CommitmentPublic  # noqa: PLC0415
        from ..models.contrepartie_public import ContrepartiePublic  # noqa: PLC0415
        from ..models.convention_party_public import ConventionPartyPublic  # noqa: PLC0415
        from ..models.evaluation_scheme_public import EvaluationSchemePublic  # noqa: PLC0415
        from ..models.framework_reference_public import FrameworkReferencePublic  # noqa: PLC0415
        from ..models.governance_body_public import GovernanceBodyPublic  # noqa: PLC0415
        from ..models.operation_public import OperationPublic  # noqa: PLC0415
        from ..models.period_public import PeriodPublic  # noqa: PLC0415

        d = dict(src_dict)
        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = ConventionPartyPublic.from_dict(parties_item_data)

            parties.append(parties_item)

        period = PeriodPublic.from_dict(d.pop("period"))

        title = d.pop("title")

        _axes = d.pop("axes", UNSET)
        axes: list[AxisPublic] | Unset = UNSET
        if _axes is not UNSET:
            axes = []
            for axes_item_data in _axes:
                axes_item = AxisPublic.from_dict(axes_item_data)

                axes.append(axes_item)

        _commitments = d.pop("commitments", UNSET)
        commitments: list[CommitmentPublic] | Unset = UNSET
        if _commitments is not UNSET:
            commitments = []
            for commitments_item_data in _commitments:
                commitments_item = CommitmentPublic.from_dict(commitments_item_data)

                commitments.append(commitments_item)

        _contreparties = d.pop("contreparties", UNSET)
        contreparties: list[ContrepartiePublic] | Unset = UNSET
        if _contreparties is not UNSET:
            contreparties = []
            for contreparties_item_data in _contreparties:
                contreparties_item = ContrepartiePublic.from_dict(
                    contreparties_item_data
                )

                contreparties.append(contreparties_item)

        _evaluation_scheme = d.pop("evaluation_scheme", UNSET)
        evaluation_scheme: EvaluationSchemePublic | Unset
        if isinstance(_evaluation_scheme, Unset):
            evaluation_scheme = UNSET
        else:
            evaluation_scheme = EvaluationSchemePublic.from_dict(_evaluation_scheme)

        def _parse_framework_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                framework_id_type_0 = UUID(data)

                return framework_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        framework_id = _parse_framework_id(d.pop("framework_id", UNSET))

        _frameworks = d.pop("frameworks", UNSET)
        frameworks: list[FrameworkReferencePublic] | Unset = UNSET
        if _frameworks is not UNSET:
            frameworks = []
            for frameworks_item_data in _frameworks:
                frameworks_item = FrameworkReferencePublic.from_dict(
                    frameworks_item_data
                )

                frameworks.append(frameworks_item)

        _governance_bodies = d.pop("governance_bodies", UNSET)
        governance_bodies: list[GovernanceBodyPublic] | Unset = UNSET
        if _governance_bodies is not UNSET:
            governance_bodies = []
            for governance_bodies_item_data in _governance_bodies:
                governance_bodies_item = GovernanceBodyPublic.from_dict(
                    governance_bodies_item_data
                )

                governance_bodies.append(governance_bodies_item)

        _levels = d.pop("levels", UNSET)
        levels: list[CharteLevelPublic] | Unset = UNSET
        if _levels is not UNSET:
            levels = []
            for levels_item_data in _levels:
                levels_item = CharteLevelPublic.from_dict(levels_item_data)

                levels.append(levels_item)

        def _parse_operation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        _operations = d.pop("operations", UNSET)
        operations: list[OperationPublic] | Unset = UNSET
        if _operations is not UNSET:
            operations = []
            for operations_item_data in _operations:
                operations_item = OperationPublic.from_dict(operations_item_data)

                operations.append(operations_item)

        def _parse_takes_effect_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                takes_effect_on_type_0 = datetime.date.fromisoformat(data)

                return takes_effect_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        takes_effect_on = _parse_takes_effect_on(d.pop("takes_effect_on", UNSET))

        terms_public = cls(
            parties=parties,
            period=period,
            title=title,
            axes=axes,
            commitments=commitments,
            contreparties=contreparties,
            evaluation_scheme=evaluation_scheme,
            framework_id=framework_id,
            frameworks=frameworks,
            governance_bodies=governance_bodies,
            levels=levels,
            operation=operation,
            operations=operations,
            takes_effect_on=takes_effect_on,
        )

        terms_public.additional_properties = d
        return terms_public

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
