"""What the API needs of the read side, whatever runs it (see infrastructure.views)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class ReadModels(Protocol):
    def settle(self) -> int:
        """Bring the alert process and every read model up to the last write acknowledged
        (read-your-writes for whoever asks after writing); returns the events handled."""

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]: ...
