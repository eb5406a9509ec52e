"""docker-compose.yml holds together without a Docker engine to run `docker compose config`
(none can pull images here): it is valid against the Compose Specification's own JSON Schema
(the one `docker compose config` checks, kept in tests/fixtures/compose-spec with its source),
every service builds this checkout or names an image, every variable it sets is one the
platform reads, every command is one of the CLI's, every named volume is declared, and what
depends on PostgreSQL waits for it to be healthy."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import jsonschema
import pytest
import yaml

from infrastructure.cli import main
from infrastructure.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
READ_ELSEWHERE = {"AGGREGATE_CACHE_MAXSIZE", "POSTGRES_POOL_SIZE", "POSTGRES_MAX_OVERFLOW", "SECRETS_DIR"}


def variables_the_platform_reads() -> set[str]:
    aliases = {
        f.validation_alias for f in Settings.model_fields.values() if isinstance(f.validation_alias, str)
    }
    return aliases | READ_ELSEWHERE


def commands_of(service: dict) -> list[list[str]]:
    command = service.get("command", [])
    words = command if isinstance(command, list) else shlex.split(command)
    if words[:2] == ["sh", "-c"]:
        return [
            shlex.split(part) for part in words[2].replace(";", "\n").splitlines() if "conventions" in part
        ]
    return [words]


def cli_commands(capsys) -> set[str]:
    """The subcommands the CLI's own parser offers (from its usage line)."""
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    return set(usage[usage.index("{") + 1 : usage.index("}")].split(","))


def compose_errors(compose: dict) -> list[str]:
    schema = json.loads((ROOT / "tests/fixtures/compose-spec/compose-spec.json").read_text())
    return [error.message for error in jsonschema.Draft7Validator(schema).iter_errors(compose)]


def test_the_compose_file_is_valid_against_the_compose_specification():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    assert compose_errors(compose) == []
    # The check sees a key Compose does not know (a misplaced `restart_policy`).
    compose["services"]["api"]["restart_policy"] = "always"
    assert any("restart_policy" in message for message in compose_errors(compose))


def test_the_compose_file_holds_together(capsys):
    commands = cli_commands(capsys)
    assert {"serve", "worker", "scan-deadlines"} <= commands
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "api", "worker"} <= set(services)
    # The deadlines are scanned daily by the worker itself (its default), no cron loop beside it.
    assert "scheduler" not in services
    assert "DAILY_DEADLINE_SCAN" not in services["worker"].get("environment", {})
    declared = set(compose.get("volumes", {}))
    known = variables_the_platform_reads()
    for name, service in services.items():
        assert "build" in service or "image" in service, name
        if service.get("build") is not None:
            assert (ROOT / service["build"] / "Dockerfile").exists()
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source.startswith(("/", ".")) or source in declared, f"{name}: volume {source} undeclared"
        if name == "postgres":
            continue
        unknown = set(service.get("environment", {})) - known
        assert not unknown, f"{name}: variables the platform does not read: {unknown}"
        for words in commands_of(service):
            program = next(w for w in words if w == "conventions" or w.endswith("/conventions"))
            command = words[words.index(program) + 1]
            assert command in commands, f"{name}: unknown command {command}"
        assert service["depends_on"]["postgres"]["condition"] == "service_healthy"
    # The services that share the key and the documents share the volume that holds them.
    for variable in ("AUDIT_SIGNING_KEY_FILE", "DOCUMENTS_URL"):
        values = {services[s]["environment"].get(variable) for s in ("api", "worker")}
        assert len(values) == 1 and None not in values, variable
