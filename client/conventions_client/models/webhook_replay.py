from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebhookReplay")


@_attrs_define
class WebhookReplay:
    """
    Attributes:
        after (int): Serve again every event after this position of the log (0: all).
    """

    after: int

    def to_dict(self) -> dict[str, Any]:
        after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "after": after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        after = d.pop("after")

        webhook_replay = cls(
            after=after,
        )

        return webhook_replay
