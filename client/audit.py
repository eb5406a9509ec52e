"""The audit toolkit, standing alone: the canonical encoding of an event, its place in the hash
chain, the Merkle tree over the chain (RFC 9162: inclusion and consistency proofs) and the signed
checkpoints. The platform hashes with these very functions, and an auditor verifies an export
with them offline: they need the Python standard library and `cryptography` (Ed25519), nothing
of the platform. The specification they implement is docs/audit.md.

    python -m client.audit verify EXPORT.jsonl [--public-key KEY.pem]
    python client/audit.py verify EXPORT.jsonl      (the file copied alone works too)
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID, uuid5

LOG_NAME = "conventions-oph"
ZERO = "0" * 64


# --- the chain ---------------------------------------------------------------------------


def canonical(record: dict[str, Any]) -> bytes:
    """Canonical JSON: keys sorted, no spaces, UTF-8; only strings and integers appear."""
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def event_id(stream: str, version: int) -> str:
    """The event's id: UUID v5 in the namespace of its stream, named by its version."""
    return str(uuid5(UUID(stream), str(version)))


@dataclass(frozen=True)
class ChainedEvent:
    """What the chain binds of one stored event. ``state`` is the payload exactly as stored."""

    seq: int  # its leaf index: 0, 1, 2… in commit order, without gaps
    position: int  # its notification id (may have gaps)
    stream: str
    version: int
    topic: str
    recorded_us: int
    state: bytes

    def record(self, prev: str, stream_prev: str) -> dict[str, Any]:
        return {
            "chain": LOG_NAME,
            "seq": self.seq,
            "position": self.position,
            "id": event_id(self.stream, self.version),
            "stream": str(UUID(self.stream)),
            "version": self.version,
            "type": self.topic,
            "recorded_us": self.recorded_us,
            "state_sha256": hashlib.sha256(self.state).hexdigest(),
            "prev": prev,
            "stream_prev": stream_prev,
        }

    def hash(self, prev: str, stream_prev: str) -> str:
        return hashlib.sha256(canonical(self.record(prev, stream_prev))).hexdigest()


# --- the Merkle tree (RFC 9162, section 2.1) ----------------------------------------------


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def leaf_hash(chain_hash: str) -> bytes:
    return _sha(b"\x00" + bytes.fromhex(chain_hash))


def node_hash(left: bytes, right: bytes) -> bytes:
    return _sha(b"\x01" + left + right)


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    k = 1
    while k << 1 < n:
        k <<= 1
    return k


class MerkleTree:
    """The tree over leaf hashes; subtree roots are remembered, so that many proofs against
    one tree cost about one pass over its leaves."""

    def __init__(self, leaves: Sequence[bytes]) -> None:
        self.leaves = leaves
        self._memo: dict[tuple[int, int], bytes] = {}

    @classmethod
    def of_chain(cls, chain_hashes: Iterable[str]) -> MerkleTree:
        return cls([leaf_hash(h) for h in chain_hashes])

    def root(self, size: int | None = None) -> bytes:
        size = len(self.leaves) if size is None else size
        if size > len(self.leaves):
            raise ValueError(f"the tree has {len(self.leaves)} leaves, not {size}")
        return _sha(b"") if size == 0 else self._subtree(0, size)

    def _subtree(self, start: int, size: int) -> bytes:
        if size == 1:
            return self.leaves[start]
        key = (start, size)
        found = self._memo.get(key)
        if found is None:
            k = _split(size)
            found = node_hash(self._subtree(start, k), self._subtree(start + k, size - k))
            self._memo[key] = found
        return found

    def inclusion_proof(self, index: int, size: int) -> list[bytes]:
        if not 0 <= index < size <= len(self.leaves):
            raise ValueError(f"no leaf {index} in a tree of {size}")
        return self._path(index, 0, size)

    def _path(self, m: int, start: int, n: int) -> list[bytes]:
        if n == 1:
            return []
        k = _split(n)
        if m < k:
            return [*self._path(m, start, k), self._subtree(start + k, n - k)]
        return [*self._path(m - k, start + k, n - k), self._subtree(start, k)]

    def consistency_proof(self, first: int, second: int) -> list[bytes]:
        if not 0 < first <= second <= len(self.leaves):
            raise ValueError(f"no consistency between sizes {first} and {second}")
        return self._subproof(first, 0, second, True)

    def _subproof(self, m: int, start: int, n: int, whole: bool) -> list[bytes]:
        if m == n:
            return [] if whole else [self._subtree(start, n)]
        k = _split(n)
        if m <= k:
            return [*self._subproof(m, start, k, whole), self._subtree(start + k, n - k)]
        return [*self._subproof(m - k, start + k, n - k, False), self._subtree(start, k)]


class MerkleAccumulator:
    """The root of a growing tree with O(log n) memory: the perfect subtrees of the binary
    decomposition of its size, largest first (the tree of RFC 9162 folds them from the right)."""

    def __init__(self) -> None:
        self.size = 0
        self._stack: list[tuple[int, bytes]] = []  # (size, root) of perfect subtrees

    def push(self, leaf: bytes) -> None:
        size, digest = 1, leaf
        while self._stack and self._stack[-1][0] == size:
            left_size, left = self._stack.pop()
            size, digest = left_size + size, node_hash(left, digest)
        self._stack.append((size, digest))
        self.size += 1

    def root(self) -> bytes:
        if not self._stack:
            return _sha(b"")
        digest = self._stack[-1][1]
        for _, left in reversed(self._stack[:-1]):
            digest = node_hash(left, digest)
        return digest


def verify_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes) -> bool:
    """RFC 9162, 2.1.3.2."""
    if index >= size or index < 0:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(
    first: int, second: int, first_root: bytes, second_root: bytes, proof: Sequence[bytes]
) -> bool:
    """RFC 9162, 2.1.4.2."""
    if first <= 0 or first > second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while not (fn & 1 or fn == 0):
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


# --- checkpoints ---------------------------------------------------------------------------


def checkpoint_message(checkpoint: dict[str, Any]) -> bytes:
    """What the platform signs: the checkpoint's fields but its signature, canonically."""
    fields = ("log", "tree_size", "root", "head_position", "head_hash", "signed_at", "key_id")
    return canonical({name: checkpoint[name] for name in fields})


def key_id(public_key_raw: bytes) -> str:
    return hashlib.sha256(public_key_raw).hexdigest()[:16]


def key_id_of_pem(public_key_pem: str) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

    key = load_pem_public_key(public_key_pem.encode())
    return key_id(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def verify_checkpoint_signature(checkpoint: dict[str, Any], public_key_pem: bytes) -> bool:
    try:
        return signed_by(public_key_pem, checkpoint, checkpoint_message(checkpoint))
    except (KeyError, TypeError, ValueError, AttributeError):
        return False


# --- verifying an export offline -----------------------------------------------------------


@dataclass
class Report:
    ok: bool
    checked: int
    seconds: float
    problem: str | None = None
    line: int | None = None
    documents: int = 0  # documents of an archive whose bytes were checked against their events


def verify_export(data: bytes, public_key_pem: bytes | None = None) -> Report:
    """An export (JSON Lines, docs/audit.md): a header with the public key, the signed
    checkpoint, each event with its stored payload, its chain links and its inclusion proof,
    the terms, and an end line signing the SHA-256 of every byte before it. Every event's hash
    is recomputed, each stream's links checked from its first event without gaps, every proof
    checked against the signed root, and the whole file against its signature: a single byte
    changed anywhere fails."""
    started = time.perf_counter()
    header: dict[str, Any] | None = None
    checkpoint: dict[str, Any] | None = None
    key = public_key_pem or b""  # the header's key is taken only when none was given
    checked = 0
    last_of_stream: dict[str, tuple[int, str]] = {}
    digest = hashlib.sha256()

    def failed(problem: str, number: int | None) -> Report:
        return Report(False, checked, time.perf_counter() - started, problem, number)

    for number, raw in enumerate(data.splitlines(keepends=True), start=1):
        try:
            line = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return failed("une ligne n'est pas du JSON", number)
        if not isinstance(line, dict):
            return failed("une ligne n'est pas un objet JSON", number)
        kind = line.get("kind")
        if kind != "end":
            digest.update(raw)
        if kind == "header":
            header = line
            key = public_key_pem if public_key_pem is not None else str(header.get("public_key", "")).encode()
        elif kind == "checkpoint":
            if header is None:
                return failed("le point de contrôle précède l'en-tête", number)
            if not verify_checkpoint_signature(line, key):
                return failed(
                    "la signature du point de contrôle ne se vérifie pas avec la clé publique", number
                )
            checkpoint = line
        elif kind == "event":
            if checkpoint is None:
                return failed("un événement précède le point de contrôle signé", number)
            problem = _check_event(line, checkpoint, last_of_stream)
            if problem:
                return failed(problem, number)
            checked += 1
        elif kind == "end":
            if raw != canonical(line) + b"\n" or not isinstance(line.get("sha256"), str):
                return failed("la ligne de fin n'est pas sous sa forme canonique", number)
            if line.get("events") != checked:
                return failed(
                    f"l'export annonce {line.get('events')} événements et en contient {checked}", number
                )
            if line.get("sha256") != digest.hexdigest():
                return failed(
                    "le fichier a été modifié : son empreinte diffère de celle qui est signée", number
                )
            if not signed_by(key, line, str(line["sha256"]).encode()):
                return failed("la signature du fichier ne se vérifie pas avec la clé publique", number)
            if number != len(data.splitlines()):
                return failed("des lignes suivent la fin signée", number)
            return Report(True, checked, time.perf_counter() - started)
    return failed("l'export n'a pas de ligne de fin : il a été tronqué", None)


def _check_event(
    line: dict[str, Any], checkpoint: dict[str, Any], last_of_stream: dict[str, tuple[int, str]]
) -> str | None:
    try:
        return _check_chained(line, checkpoint, last_of_stream)
    except (KeyError, TypeError, ValueError, AttributeError):
        return "un événement n'a pas tous les champs de la chaîne, ou l'un d'eux n'a pas le bon type"


def _check_chained(
    line: dict[str, Any], checkpoint: dict[str, Any], last_of_stream: dict[str, tuple[int, str]]
) -> str | None:
    try:
        event = ChainedEvent(
            seq=line["seq"],
            position=line["position"],
            stream=line["stream"],
            version=line["version"],
            topic=line["type"],
            recorded_us=line["recorded_us"],
            state=line["stored_state"].encode(),
        )
        computed = event.hash(line["prev"], line["stream_prev"])
        proof = [bytes.fromhex(p) for p in line["inclusion_proof"]]
        root = bytes.fromhex(checkpoint["root"])
    except (KeyError, TypeError, ValueError, AttributeError):
        return "un événement n'a pas tous les champs de la chaîne, ou l'un d'eux n'a pas le bon type"
    if computed != line["hash"]:
        return f"événement en position {event.position} : son empreinte ne correspond pas à son contenu"
    previous = last_of_stream.get(event.stream)
    if previous is None and (event.version != 1 or line["stream_prev"] != ZERO):
        return f"événement en position {event.position} : les événements antérieurs de son flux manquent"
    if previous is not None and (previous[0] + 1 != event.version or previous[1] != line["stream_prev"]):
        return f"événement en position {event.position} : l'événement précédent de son flux n'est pas celui qui le précède"
    last_of_stream[event.stream] = (event.version, computed)
    if not verify_inclusion(event.seq, checkpoint["tree_size"], leaf_hash(computed), proof, root):
        return f"événement en position {event.position} : absent du point de contrôle signé"
    return None


def signed_by(public_key_pem: bytes, line: dict[str, Any], message: bytes) -> bool:
    """``line`` holds a ``key_id`` and an Ed25519 ``signature`` of ``message`` by that key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

    try:
        key = load_pem_public_key(public_key_pem)
    except ValueError:
        return False
    if not isinstance(key, Ed25519PublicKey):
        return False
    if line.get("key_id") != key_id(key.public_bytes(Encoding.Raw, PublicFormat.Raw)):
        return False
    try:
        key.verify(base64.b64decode(str(line["signature"]), validate=True), message)
    except (InvalidSignature, ValueError, KeyError):
        return False
    return True


SEAL_LENGTH = 256


def seal_comment(key: str, signature: str) -> bytes:
    """The archive's comment: its seal, canonical JSON padded to a fixed length."""
    return canonical({"key_id": key, "signature": signature}).ljust(SEAL_LENGTH, b" ")


def verify_bundle(data: bytes, public_key_pem: bytes | None = None) -> Report:
    """An export.zip: its manifest is signed and names the digest of every file in it; its
    events.jsonl verifies as above."""
    import io
    import zipfile

    started = time.perf_counter()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files = {name: archive.read(name) for name in archive.namelist()}
            comment = archive.comment
    except Exception:  # a damaged archive fails in many ways (bad zip, zlib, CRC, headers)
        return Report(False, 0, time.perf_counter() - started, "l'archive est endommagée")
    # The archive's comment signs every byte before it: no byte of the archive goes unchecked,
    # not even the zip's own headers and timestamps.
    try:
        seal = json.loads(comment)
        if comment != seal_comment(seal["key_id"], seal["signature"]):
            raise ValueError("not canonical")
        key = public_key_pem if public_key_pem is not None else files["cle-publique.pem"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return Report(
            False, 0, time.perf_counter() - started, "le sceau de l'archive manque ou est endommagé"
        )
    if not data.endswith(comment) or not signed_by(
        key, seal, hashlib.sha256(data[: len(data) - len(comment)]).hexdigest().encode()
    ):
        return Report(False, 0, time.perf_counter() - started, "le sceau de l'archive ne se vérifie pas")
    try:
        manifest = json.loads(files.pop("manifest.json"))
        signed = {k: v for k, v in manifest.items() if k not in ("key_id", "signature")}
    except (KeyError, json.JSONDecodeError, UnicodeDecodeError):
        return Report(False, 0, time.perf_counter() - started, "l'archive n'a pas de manifeste lisible")
    message = hashlib.sha256(canonical(signed)).hexdigest().encode()
    if not signed_by(key, manifest, message):
        return Report(False, 0, time.perf_counter() - started, "la signature du manifeste ne se vérifie pas")
    if set(files) != set(manifest["files"]):
        return Report(
            False,
            0,
            time.perf_counter() - started,
            "des fichiers ont été ajoutés à l'archive ou en ont été retirés",
        )
    for name, content in files.items():
        if hashlib.sha256(content).hexdigest() != manifest["files"][name]:
            return Report(False, 0, time.perf_counter() - started, f"{name} a été modifié")
    report = verify_export(files["events.jsonl"], key)
    if not report.ok:
        return report
    return _check_documents(report, files, manifest, started)


DOCUMENT_ATTACHED = "Convention.DocumentAttached"


def attached_documents(events_jsonl: bytes) -> list[tuple[int, str, str]]:
    """(position, SHA-256, file name) of every document the export's events attach, read from
    each event's payload as stored (which its chain hash covers): ``document._data_.file._data_``
    holds ``sha256`` and ``filename`` (docs/audit.md)."""
    found = []
    for raw in events_jsonl.splitlines():
        line = json.loads(raw)
        if line.get("kind") == "event" and str(line.get("type", "")).endswith(DOCUMENT_ATTACHED):
            file = json.loads(line["stored_state"])["document"]["_data_"]["file"]["_data_"]
            found.append((int(line["position"]), str(file["sha256"]), str(file["filename"])))
    return found


def _check_documents(
    report: Report, files: dict[str, bytes], manifest: dict[str, Any], started: float
) -> Report:
    """Each document an event attaches travels in the archive as ``documents/<sha256>`` and
    hashes to the digest its event recorded — unless the signed manifest lists it as erased
    (personal data: the bytes are gone, the record stays)."""
    erased = set(manifest.get("erased_documents", []))
    checked = 0
    try:
        attached = attached_documents(files["events.jsonl"])
    except (KeyError, TypeError, ValueError):
        return Report(False, report.checked, time.perf_counter() - started, "un document joint est illisible")
    for position, sha256, filename in attached:
        content = files.get(f"documents/{sha256}")
        if content is None:
            if sha256 in erased:
                continue
            return Report(
                False,
                report.checked,
                time.perf_counter() - started,
                f"le document « {filename} » (position {position}) manque à l'archive",
            )
        if hashlib.sha256(content).hexdigest() != sha256:
            return Report(
                False,
                report.checked,
                time.perf_counter() - started,
                f"le document « {filename} » (position {position}) n'est pas celui enregistré : "
                "son empreinte diffère",
            )
        checked += 1
    return Report(True, report.checked, time.perf_counter() - started, documents=checked)


def usable_public_key(pem: bytes) -> str | None:
    """The key id of an Ed25519 public key in PEM, or None when it is not one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

    try:
        key = load_pem_public_key(pem)
    except (ValueError, TypeError):
        return None
    if not isinstance(key, Ed25519PublicKey):
        return None
    return key_id(key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 only when the export verifies with the key the auditor holds (``--public-key``,
    the one the platform publishes); 1 when it does not verify or the key given is unusable;
    2 when it verifies only with the key it carries itself — which proves nothing about who
    signed it: fail closed."""
    parser = argparse.ArgumentParser(prog="audit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    verify = commands.add_parser("verify", help="vérifier un export (events.jsonl ou export.zip) hors ligne")
    verify.add_argument("export")
    verify.add_argument(
        "--public-key", help="la clé publique de la plateforme (PEM), obtenue d'elle (GET /audit/public-key)"
    )
    args = parser.parse_args(argv)
    key = None
    if args.public_key is not None:
        with open(args.public_key, "rb") as handle:
            key = handle.read()
        if usable_public_key(key) is None:
            print(f"ÉCHEC : {args.public_key} ne contient pas de clé publique Ed25519 utilisable (PEM).")
            return 1
    with open(args.export, "rb") as handle:
        data = handle.read()
    report = verify_bundle(data, key) if data[:2] == b"PK" else verify_export(data, key)
    if not report.ok:
        where = f" (ligne {report.line})" if report.line else ""
        print(f"ÉCHEC{where} : {report.problem} ; {report.checked} événement(s) vérifié(s) auparavant.")
        return 1
    if key is None:
        print(
            f"NON CONCLUANT : l'export est cohérent ({report.checked} événements), mais seulement avec "
            "la clé qu'il porte lui-même, que rien n'authentifie. Vérifiez-le avec la clé publiée par "
            "la plateforme : --public-key CLE.pem."
        )
        return 2
    documents = f" et {report.documents} document(s)" if report.documents else ""
    print(
        f"OK : {report.checked} événements{documents} vérifiés contre le point de contrôle signé par la "
        f"clé {usable_public_key(key)}, en {report.seconds:.3f} s."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
