"""Settings (issue 19: pydantic-settings): read from the environment by ``from_env`` only, checked
at start with the variable named, secrets from a secrets directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from infrastructure.settings import ConfigurationError, Settings


def test_the_environment_gives_the_settings():
    settings = Settings.from_env(
        {
            "DATABASE_URL": "postgresql://postgres@db:5432/conventions",
            "API_RUNS_WORKER": "false",
            "DEMO_SIGN_IN": "oui",
            "SESSION_SECRET": "",
            "LOG_LEVEL": "warning",
            "WRITES_PER_SECOND": "5",
            "UNRELATED": "ignored",
        }
    )
    assert settings.database_url == "postgresql://postgres@db:5432/conventions"
    assert (settings.api_runs_worker, settings.demo_sign_in, settings.session_secret) == (False, True, None)
    assert (settings.log_level, settings.writes_per_second) == ("WARNING", 5.0)


def test_a_wrong_value_is_refused_at_start_naming_its_variable():
    with pytest.raises(ConfigurationError) as refused:
        Settings.from_env({"WORKER_POLL_SECONDS": "vite", "LOG_FORMAT": "xml", "MAX_BODY_BYTES": "0"})
    message = str(refused.value)
    assert "WORKER_POLL_SECONDS : un nombre est attendu" in message
    assert "LOG_FORMAT : valeur non admise" in message
    assert "MAX_BODY_BYTES : doit être au moins 1" in message


def test_secrets_come_from_a_secrets_directory_unless_the_environment_gives_them(tmp_path: Path):
    (tmp_path / "SESSION_SECRET").write_text("du-fichier\n")
    (tmp_path / "OIDC_CLIENT_SECRET").write_text("client-du-fichier")
    settings = Settings.from_env({"SECRETS_DIR": str(tmp_path), "OIDC_CLIENT_SECRET": "de-l-environnement"})
    assert settings.session_secret == "du-fichier"
    assert settings.oidc_client_secret == "de-l-environnement"


def test_settings_built_with_arguments_ignore_the_environment(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://ailleurs/db")
    monkeypatch.setenv("DEMO_SIGN_IN", "true")
    settings = Settings(database_url="memory://")
    assert (settings.database_url, settings.demo_sign_in) == ("memory://", False)
    assert Settings.from_env().database_url == "postgresql://ailleurs/db"


def test_the_daily_deadline_scan_is_on_unless_turned_off():
    """Issue 20: the worker scans the deadlines daily by itself, the embedded default included
    (``conventions run --demo`` turns it off: the demo is a picture of November 2022)."""
    assert Settings(database_url="memory://").daily_deadline_scan is True
    assert Settings.from_env({}).daily_deadline_scan is True
    assert Settings.from_env({"DAILY_DEADLINE_SCAN": "false"}).daily_deadline_scan is False
