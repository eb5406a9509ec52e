"""Bearer tokens, stored hashed (SHA-256) in a JSON file: no secret is kept in clear.

File shape: ``[{"token_sha256": "…", "actor_id": "…", "role": "editor", "party_id": "…"}]``.
The set-up command generates the development tokens; ``conventions create-token`` adds one.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from domain.values import Actor, ActorRole


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class TokenFile:
    path: Path
    # Every request authenticates (up to three times: guards, idempotency, the route), so the
    # parsed file is kept until the file changes (another process issuing or revoking a token
    # replaces it: new inode, new modification time).
    _cache: tuple[tuple[int, int, int], list[dict[str, str | None]]] | None = field(
        default=None, init=False, repr=False
    )

    def _load(self) -> list[dict[str, str | None]]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return []
        version = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        if self._cache is not None and self._cache[0] == version:
            return list(self._cache[1])
        data = json.loads(self.path.read_text())
        if not isinstance(data, list):
            raise ValueError(f"{self.path}: a JSON list of tokens is expected")
        self._cache = (version, data)
        return list(data)

    def authenticate(self, token: str) -> Actor | None:
        digest = token_hash(token)
        for entry in self._load():
            if secrets.compare_digest(str(entry["token_sha256"]), digest):
                party = entry.get("party_id")
                return Actor(
                    actor_id=str(entry["actor_id"]),
                    role=ActorRole(entry["role"]),
                    party_id=UUID(party) if party else None,
                )
        return None

    def revoke(self, actor_id: str) -> bool:
        """Remove the actor's token: the next request with it is 401. Returns whether one existed."""
        entries = self._load()
        kept = [e for e in entries if e["actor_id"] != actor_id]
        self._save(kept)
        return len(kept) != len(entries)

    def issue(self, actor: Actor) -> str:
        """Create a token for the actor, store its hash, return it (shown once). An actor has
        one token: issuing a new one revokes the previous (rotation)."""
        token = secrets.token_urlsafe(32)
        entries = [e for e in self._load() if e["actor_id"] != actor.actor_id]
        entries.append(
            {
                "token_sha256": token_hash(token),
                "actor_id": actor.actor_id,
                "role": actor.role.value,
                "party_id": str(actor.party_id) if actor.party_id else None,
            }
        )
        self._save(entries)
        return token

    def _save(self, entries: list[dict[str, str | None]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(entries, indent=2))
        temporary.chmod(0o600)
        temporary.replace(self.path)
