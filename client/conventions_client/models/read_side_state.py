from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_side_state_lag_type_0 import ReadSideStateLagType0


T = TypeVar("T", bound="ReadSideState")


@_attrs_define
class ReadSideState:
    """How fresh the read models are when the answer was made.

    Attributes:
        caught_up (bool | None | Unset): With ?wait=: whether the alert process and the read models had handled this
            write (and the alerts it raised) before the wait ran out.
        failure (None | str | Unset): When a follower is stopped at an event it cannot handle: which, since when, at
            which event, why (the other followers go on). In a write's answer without ?wait=, as known within the last
            second.
        lag (None | ReadSideStateLagType0 | Unset): Per follower (the alert process, each read model: alert_board,
            portfolio): notifications still to handle. Told when asked (?lag=true) or with ?wait= on a write: it costs a
            query (several on the embedded store).
    """

    caught_up: bool | None | Unset = UNSET
    failure: None | str | Unset = UNSET
    lag: None | ReadSideStateLagType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.read_side_state_lag_type_0 import ReadSideStateLagType0  # noqa: PLC0415

        caught_up: bool | None | Unset
        if isinstance(self.caught_up, Unset):
            caught_up = UNSET
        else:
            caught_up = self.caught_up

        failure: None | str | Unset
        if isinstance(self.failure, Unset):
            failure = UNSET
        else:
            failure = self.failure

        lag: dict[str, Any] | None | Unset
        if isinstance(self.lag, Unset):
            lag = UNSET
        elif isinstance(self.lag, ReadSideStateLagType0):
            lag = self.lag.to_dict()
        else:
            lag = self.lag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caught_up is not UNSET:
            field_dict["caught_up"] = caught_up
        if failure is not UNSET:
            field_dict["failure"] = failure
        if lag is not UNSET:
            field_dict["lag"] = lag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_side_state_lag_type_0 import ReadSideStateLagType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_caught_up(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        caught_up = _parse_caught_up(d.pop("caught_up", UNSET))

        def _parse_failure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure = _parse_failure(d.pop("failure", UNSET))

        def _parse_lag(data: object) -> None | ReadSideStateLagType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lag_type_0 = ReadSideStateLagType0.from_dict(data)

                return lag_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReadSideStateLagType0 | Unset, data)

        lag = _parse_lag(d.pop("lag", UNSET))

        read_side_state = cls(
            caught_up=caught_up,
            failure=failure,
            lag=lag,
        )

        read_side_state.additional_properties = d
        return read_side_state

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
