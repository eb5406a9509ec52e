"""The read side's lag on PostgreSQL in one query (issue 18): for every state of the followers
— none has followed, the alert process alone, all caught up, then events that only some read
— it says what asking the recorder and the positions in turn says."""

from __future__ import annotations

from datetime import date

import pytest

from infrastructure.bootstrap import build_read_side
from tests.builders import World
from tests.settings import Settings

pytestmark = pytest.mark.stores("postgres")


def test_the_lag_in_one_query_says_what_asking_in_turn_says(database_url, ledger, tmp_path):
    read_side = build_read_side(Settings(database_url=database_url, tokens_file=tmp_path / "t.json"), ledger)
    seen = []

    def both() -> dict[str, int]:
        one_query, in_turn = read_side.lag(), read_side._lag_in_turn()
        assert one_query == in_turn
        seen.append(one_query)
        return one_query

    world = World(ledger)
    world.convention_in_force()
    assert all(behind > 0 for behind in both().values())

    ledger.alert_process.process()
    lag = both()
    assert lag["alert_process"] == 0 and lag["portfolio"] > 0

    read_side.settle()
    assert set(both().values()) == {0}

    # A change of rattachement: the portfolio reads it, the alert process and the board do not.
    world.reattach(world.oph_yonne, world.nievre, date(2024, 1, 1))
    lag = both()
    assert lag["portfolio"] > 0 and lag["alert_process"] == 0 and lag["alert_board"] == 0
    assert len(seen) == 4
