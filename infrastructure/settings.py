"""Configuration from the environment, and the eventsourcing persistence it selects.

``DATABASE_URL`` picks the store:
- ``sqlite:///var/conventions.sqlite3`` (default; relative path) or ``sqlite:////abs/path.db``;
- ``postgresql://user:password@host:5432/dbname`` (PostgreSQL, the production store);
- ``memory://`` (in-process, nothing kept: tests and experiments).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

DEFAULT_DATABASE_URL = "sqlite:///var/conventions.sqlite3"


class ConfigurationError(Exception):
    pass


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    tokens_file: Path = Path("var/tokens.json")
    log_format: str = "console"  # "json" in production
    log_level: str = "INFO"
    worker_poll_seconds: float = 1.0
    read_side_page_size: int = 500  # events per transaction when the read models catch up
    api_runs_worker: bool = True  # False when a separate worker service follows the log
    max_body_bytes: int = 1_000_000
    writes_per_second: float = 20.0  # per actor, per API process
    write_burst: int = 40
    # The Ed25519 key that signs the audit checkpoints (created when missing); by default
    # beside the token file.
    audit_key_file: Path | None = None
    # Where each signed checkpoint is also written, outside the database (the witness):
    # by default beside the signing key. Hand it to auditors with every export.
    audit_witness_dir: Path | None = None
    # The web interface (issue 17). The key that signs the session cookies: SESSION_SECRET, or
    # a file created beside the token file at first use (mode 600).
    session_secret: str | None = None
    secure_cookies: bool = False  # True behind HTTPS (production): the cookie goes only over HTTPS
    # OpenID Connect sign-in (ProConnect for public agents): off unless an issuer is given.
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: str | None = None
    oidc_scopes: str = "openid email given_name usual_name siret"
    oidc_provider_name: str = "ProConnect"
    # The development sign-in (pick a demo actor, no password): only where the demo is loaded.
    demo_sign_in: bool = False

    @property
    def signing_key_file(self) -> Path:
        return self.audit_key_file or self.tokens_file.with_name("audit-signing-key.pem")

    @property
    def witness_dir(self) -> Path:
        return self.audit_witness_dir or self.signing_key_file.with_name("audit-witness")

    @property
    def session_secret_file(self) -> Path:
        return self.tokens_file.with_name("session-secret")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        return cls(
            database_url=env.get("DATABASE_URL", DEFAULT_DATABASE_URL),
            tokens_file=Path(env.get("CONVENTIONS_TOKENS_FILE", "var/tokens.json")),
            log_format=env.get("LOG_FORMAT", "console"),
            log_level=env.get("LOG_LEVEL", "INFO"),
            worker_poll_seconds=float(env.get("WORKER_POLL_SECONDS", "1.0")),
            read_side_page_size=int(env.get("READ_SIDE_PAGE_SIZE", "500")),
            api_runs_worker=env.get("API_RUNS_WORKER", "true").lower() not in ("0", "false", "no"),
            max_body_bytes=int(env.get("MAX_BODY_BYTES", "1000000")),
            writes_per_second=float(env.get("WRITES_PER_SECOND", "20")),
            write_burst=int(env.get("WRITE_BURST", "40")),
            audit_key_file=Path(env["AUDIT_SIGNING_KEY_FILE"]) if env.get("AUDIT_SIGNING_KEY_FILE") else None,
            audit_witness_dir=Path(env["AUDIT_WITNESS_DIR"]) if env.get("AUDIT_WITNESS_DIR") else None,
            session_secret=env.get("SESSION_SECRET") or None,
            secure_cookies=_flag(env.get("SESSION_COOKIE_SECURE", "false")),
            oidc_issuer=env.get("OIDC_ISSUER") or None,
            oidc_client_id=env.get("OIDC_CLIENT_ID") or None,
            oidc_client_secret=env.get("OIDC_CLIENT_SECRET") or None,
            oidc_scopes=env.get("OIDC_SCOPES", "openid email given_name usual_name siret"),
            oidc_provider_name=env.get("OIDC_PROVIDER_NAME", "ProConnect"),
            demo_sign_in=_flag(env.get("DEMO_SIGN_IN", "false")),
        )


def _flag(value: str) -> bool:
    return value.strip().lower() in ("1", "true", "yes", "oui")


def sqlite_path(database_url: str) -> str:
    """The file of a ``sqlite:///relative`` or ``sqlite:////absolute`` URL (folder created)."""
    url = urlparse(database_url)
    path = url.path[1:] if url.path.startswith("/") else url.path
    if not path:
        raise ConfigurationError("DATABASE_URL sqlite: indiquez un fichier, ex. sqlite:///var/db.sqlite3")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return path


def persistence_env(database_url: str) -> dict[str, str]:
    """The eventsourcing environment variables for a database URL."""
    url = urlparse(database_url)
    if url.scheme == "memory":
        return {"PERSISTENCE_MODULE": "infrastructure.recorders:MemoryFactory"}
    if url.scheme == "sqlite":
        return {
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "PROCESS_RECORDER_TOPIC": "infrastructure.recorders:SQLiteLedgerRecorder",
            "SQLITE_DBNAME": sqlite_path(database_url),
            "SQLITE_LOCK_TIMEOUT": "10",
        }
    if url.scheme in ("postgresql", "postgres"):
        return {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "PROCESS_RECORDER_TOPIC": "infrastructure.recorders:PostgresLedgerRecorder",
            "POSTGRES_DBNAME": url.path.lstrip("/") or "postgres",
            "POSTGRES_HOST": url.hostname or "127.0.0.1",
            "POSTGRES_PORT": str(url.port or 5432),
            "POSTGRES_USER": unquote(url.username or "postgres"),
            "POSTGRES_PASSWORD": unquote(url.password or ""),
            # Connections per process; many processes (writers, benchmarks) may need fewer.
            "POSTGRES_POOL_SIZE": os.environ.get("POSTGRES_POOL_SIZE", "10"),
            "POSTGRES_MAX_OVERFLOW": os.environ.get("POSTGRES_MAX_OVERFLOW", "10"),
            "POSTGRES_CONNECT_TIMEOUT": "10",
        }
    raise ConfigurationError(
        f"DATABASE_URL « {database_url} » : schéma inconnu (sqlite, postgresql ou memory)."
    )
