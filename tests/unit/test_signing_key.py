"""The signing key: created once, readable by its owner only, and the same for processes that
start together (the API and the worker of docker-compose share it)."""

from __future__ import annotations

import stat
import threading

import pytest

from infrastructure.audit_trail import Signer


def test_signers_starting_together_share_one_key(tmp_path):
    key_file = tmp_path / "keys" / "audit-signing-key.pem"
    signers: list[Signer] = []
    start = threading.Barrier(8)

    def make() -> None:
        start.wait()
        signers.append(Signer(key_file))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({s.key_id for s in signers}) == 1 and len(signers) == 8
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert Signer(key_file).key_id == signers[0].key_id  # and the next start reads it


def test_a_file_that_is_not_an_ed25519_key_is_refused(tmp_path):
    key_file = tmp_path / "key.pem"
    key_file.write_text("not a key")
    with pytest.raises(ValueError, match="not an Ed25519 private key"):
        Signer(key_file)
