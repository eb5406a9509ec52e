"""The application's cases of `tests/unit/application/test_read_rule.py` again, on SQLite and
PostgreSQL: what the unit tier proves on the memory store holds on the real stores."""

from tests.unit.application.test_read_rule import *  # noqa: F403
