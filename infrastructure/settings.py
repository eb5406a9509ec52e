"""Configuration from the environment, and the eventsourcing persistence it selects.

``DATABASE_URL`` picks the store:
- ``sqlite:///var/conventions.sqlite3`` (default; relative path) or ``sqlite:////abs/path.db``;
- ``postgresql://user:password@host:5432/dbname`` (PostgreSQL, the production store);
- ``memory://`` (in-process, nothing kept: tests and experiments).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///var/conventions.sqlite3"


class ConfigurationError(Exception):
    pass


class Settings(BaseSettings):
    """The platform's settings. Built with arguments (``Settings(database_url=…)``: tests,
    scripts), it takes those and the defaults only; ``Settings.from_env()`` reads the environment
    variables below and, for the secrets, files of a secrets directory (``SECRETS_DIR``, e.g.
    Docker's ``/run/secrets``: a file ``SESSION_SECRET`` or ``OIDC_CLIENT_SECRET``). Values are
    checked (pydantic-settings): a wrong one is refused at start, naming the variable."""

    model_config = SettingsConfigDict(frozen=True, populate_by_name=True, extra="ignore")

    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL")
    tokens_file: Path = Field(Path("var/tokens.json"), validation_alias="CONVENTIONS_TOKENS_FILE")
    log_format: Literal["console", "json"] = Field(
        "console", validation_alias="LOG_FORMAT"
    )  # "json" in production
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field(
        "INFO", validation_alias="LOG_LEVEL"
    )
    worker_poll_seconds: float = Field(1.0, gt=0, validation_alias="WORKER_POLL_SECONDS")
    # Events per transaction when the read models catch up.
    read_side_page_size: int = Field(500, ge=1, validation_alias="READ_SIDE_PAGE_SIZE")
    # False when a separate worker service follows the log.
    api_runs_worker: bool = Field(True, validation_alias="API_RUNS_WORKER")
    max_body_bytes: int = Field(1_000_000, ge=1, validation_alias="MAX_BODY_BYTES")
    # Per actor, per API process.
    writes_per_second: float = Field(20.0, gt=0, validation_alias="WRITES_PER_SECOND")
    write_burst: int = Field(40, ge=1, validation_alias="WRITE_BURST")
    # The Ed25519 key that signs the audit checkpoints (created when missing); by default
    # beside the token file.
    audit_key_file: Path | None = Field(None, validation_alias="AUDIT_SIGNING_KEY_FILE")
    # Where each signed checkpoint is also written, outside the database (the witness):
    # by default beside the signing key. Hand it to auditors with every export.
    audit_witness_dir: Path | None = Field(None, validation_alias="AUDIT_WITNESS_DIR")
    # The web interface (issue 17). The key that signs the session cookies: SESSION_SECRET, or
    # a file created beside the token file at first use (mode 600).
    session_secret: str | None = Field(None, validation_alias="SESSION_SECRET")
    # True behind HTTPS (production): the cookie goes only over HTTPS.
    secure_cookies: bool = Field(False, validation_alias="SESSION_COOKIE_SECURE")
    # OpenID Connect sign-in (ProConnect for public agents): off unless an issuer is given.
    oidc_issuer: str | None = Field(None, validation_alias="OIDC_ISSUER")
    oidc_client_id: str | None = Field(None, validation_alias="OIDC_CLIENT_ID")
    oidc_client_secret: str | None = Field(None, validation_alias="OIDC_CLIENT_SECRET")
    oidc_scopes: str = Field(
        "openid email given_name usual_name siret",
        validation_alias="OIDC_SCOPES",
    )
    oidc_provider_name: str = Field("ProConnect", validation_alias="OIDC_PROVIDER_NAME")
    # The development sign-in (pick a demo actor, no password): only where the demo is loaded.
    demo_sign_in: bool = Field(False, validation_alias="DEMO_SIGN_IN")
    # The daily deadline scan, run by the worker itself (as of each day, UTC), in whichever
    # process holds the worker's lease — the embedded default and docker-compose alike. Off only
    # where the store is the demo (``conventions run --demo`` turns it off): the demo is a picture
    # of November 2022, and a scan as of today would raise today's deadlines on it.
    daily_deadline_scan: bool = Field(True, validation_alias="DAILY_DEADLINE_SCAN")
    # Webhooks: the delay before the first retry of a failed delivery (then doubled each time,
    # up to an hour).
    webhook_first_retry_seconds: float = Field(5.0, gt=0, validation_alias="WEBHOOK_FIRST_RETRY_SECONDS")
    # Where the documents' bytes are kept (their records are events): a directory (by default
    # beside the token file, ``var/documents``; with the in-memory database, in memory), or an
    # S3-compatible bucket ``s3://bucket/prefix`` with its endpoint, region and keys.
    documents_url: str | None = Field(None, validation_alias="DOCUMENTS_URL")
    documents_s3_endpoint_url: str | None = Field(None, validation_alias="DOCUMENTS_S3_ENDPOINT_URL")
    documents_s3_region: str | None = Field(None, validation_alias="DOCUMENTS_S3_REGION")
    documents_s3_access_key_id: str | None = Field(None, validation_alias="DOCUMENTS_S3_ACCESS_KEY_ID")
    documents_s3_secret_access_key: str | None = Field(
        None, validation_alias="DOCUMENTS_S3_SECRET_ACCESS_KEY"
    )

    @field_validator(
        "session_secret",
        "oidc_issuer",
        "oidc_client_id",
        "oidc_client_secret",
        "audit_key_file",
        "audit_witness_dir",
        "documents_url",
        "documents_s3_endpoint_url",
        "documents_s3_region",
        "documents_s3_access_key_id",
        "documents_s3_secret_access_key",
        mode="before",
    )
    @classmethod
    def _empty_is_none(cls, value: Any) -> Any:
        return None if value == "" else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator(
        "api_runs_worker", "secure_cookies", "demo_sign_in", "daily_deadline_scan", mode="before"
    )
    @classmethod
    def _french_flag(cls, value: Any) -> Any:
        return True if isinstance(value, str) and value.strip().lower() == "oui" else value

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Built with arguments, a Settings is what it is told (and the defaults): the
        # environment is read by ``from_env`` alone.
        return (init_settings,)

    @property
    def signing_key_file(self) -> Path:
        return self.audit_key_file or self.tokens_file.with_name("audit-signing-key.pem")

    @property
    def witness_dir(self) -> Path:
        return self.audit_witness_dir or self.signing_key_file.with_name("audit-witness")

    @property
    def documents_location(self) -> str:
        if self.documents_url:
            return self.documents_url
        if urlparse(self.database_url).scheme == "memory":
            return "memory://"
        return str(self.tokens_file.with_name("documents"))

    @property
    def session_secret_file(self) -> Path:
        return self.tokens_file.with_name("session-secret")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings the environment gives (``environ``, by default the process's), the
        secrets also from the files of ``SECRETS_DIR`` when it is set."""
        env = dict(os.environ if environ is None else environ)
        names = {alias for field in cls.model_fields.values() for alias in _aliases(field)}
        given: dict[str, Any] = {name: value for name, value in env.items() if name in names}
        secrets = env.get("SECRETS_DIR")
        if secrets:
            for name in SECRET_NAMES:
                path = Path(secrets) / name
                if name not in given and path.is_file():
                    given[name] = path.read_text().strip()
        try:
            return cls(**given)
        except ValidationError as error:
            wrong = "; ".join(
                f"{_variable(problem['loc'])} : {FRENCH.get(problem['type'], problem['msg'])}"
                for problem in error.errors()
            )
            raise ConfigurationError(f"Configuration invalide — {wrong}.") from None


FRENCH = {
    "float_parsing": "un nombre est attendu",
    "int_parsing": "un nombre entier est attendu",
    "bool_parsing": "true ou false est attendu",
    "literal_error": "valeur non admise (voir le README, « Configuration »)",
    "greater_than": "doit être strictement positif",
    "greater_than_equal": "doit être au moins 1",
}
"""What an operator reads when a variable is wrong (pydantic's message otherwise)."""

SECRET_NAMES = ("SESSION_SECRET", "OIDC_CLIENT_SECRET", "DOCUMENTS_S3_SECRET_ACCESS_KEY")
"""The settings a secrets directory may hold, one file each, named after its variable."""


def _aliases(field: Any) -> list[str]:
    """The environment variable of a setting (a field read by its name alone has none)."""
    return [field.validation_alias] if isinstance(field.validation_alias, str) else []


def _variable(location: tuple[Any, ...]) -> str:
    """The environment variable a validation problem is about."""
    name = str(location[0]) if location else "?"
    field = Settings.model_fields.get(name)
    return next(iter(_aliases(field)), name) if field is not None else name


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
            "PERSISTENCE_MODULE": "infrastructure.recorders:PostgresLedgerFactory",
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
