"""The application's cases of `tests/unit/application/test_contrepartie_shapes.py` again, on
SQLite and PostgreSQL: the shapes of money hold on the real stores (and decode from them)."""

from tests.unit.application.test_contrepartie_shapes import *  # noqa: F403
