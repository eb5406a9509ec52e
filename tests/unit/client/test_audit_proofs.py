"""The Merkle tree and its proofs (RFC 9162): every honest proof verifies, and every mutated
proof fails — a flipped bit, a wrong index, a wrong tree size, swapped roots, a hash missing or
added."""

from __future__ import annotations

import hashlib

from client.audit import (
    MerkleAccumulator,
    MerkleTree,
    leaf_hash,
    node_hash,
    verify_consistency,
    verify_inclusion,
)

SIZES = range(1, 41)


def leaves(n: int) -> list[bytes]:
    return [leaf_hash(hashlib.sha256(str(i).encode()).hexdigest()) for i in range(n)]


def reference_root(items: list[bytes]) -> bytes:
    """MTH as RFC 9162 §2.1.1 writes it, with slices."""
    if len(items) == 1:
        return items[0]
    k = 1
    while k * 2 < len(items):
        k *= 2
    return node_hash(reference_root(items[:k]), reference_root(items[k:]))


def flipped(proof: list[bytes], index: int, bit: int) -> list[bytes]:
    changed = bytearray(proof[index])
    changed[bit // 8] ^= 1 << (bit % 8)
    return [*proof[:index], bytes(changed), *proof[index + 1 :]]


def test_roots_follow_the_rfc_and_the_accumulator_agrees():
    accumulator = MerkleAccumulator()
    items = leaves(max(SIZES))
    tree = MerkleTree(items)
    for n in SIZES:
        accumulator.push(items[n - 1])
        assert tree.root(n) == reference_root(items[:n]) == accumulator.root()
    assert MerkleTree([]).root() == hashlib.sha256(b"").digest()


def test_inclusion_proofs_verify_and_every_mutation_fails():
    items = leaves(max(SIZES) + 1)
    tree = MerkleTree(items)
    for n in SIZES:
        root = tree.root(n)
        for m in range(n):
            proof = tree.inclusion_proof(m, n)
            assert verify_inclusion(m, n, items[m], proof, root)
            for i in range(len(proof)):
                for bit in (0, 77, 255):
                    assert not verify_inclusion(m, n, items[m], flipped(proof, i, bit), root)
            assert not verify_inclusion(m, n, items[(m + 1) % n], proof, root) or n == 1
            if n > 1:
                assert not verify_inclusion((m + 1) % n, n, items[m], proof, root)  # wrong index
                assert not verify_inclusion(m, n, items[m], proof[:-1], root)  # a hash missing
            assert not verify_inclusion(m, n, items[m], [*proof, proof[0] if proof else root], root)
            assert not verify_inclusion(m, n + 1, items[m], proof, tree.root(n + 1))  # wrong size
            # A size deeper than the proof reaches (the path is too short for it): refused.
            # (A size of the same depth cannot be told from the root alone: RFC 9162 binds a
            # root to its size, which is why a checkpoint signs both.)
            for larger in (4 * n + 3, 2 ** (n.bit_length() + 1) + 1):
                assert not verify_inclusion(m, larger, items[m], proof, root)
            assert not verify_inclusion(m, n, items[m], proof, tree.root(n + 1))  # another root
            assert not verify_inclusion(n, n, items[m], proof, root)  # index out of the tree


def test_consistency_proofs_verify_and_every_mutation_fails():
    items = leaves(max(SIZES) + 1)
    tree = MerkleTree(items)
    for n in SIZES:
        for m in range(1, n + 1):
            proof = tree.consistency_proof(m, n)
            first, second = tree.root(m), tree.root(n)
            assert verify_consistency(m, n, first, second, proof)
            if m == n:
                assert not verify_consistency(m, n, first, tree.root(n + 1), proof)
                continue
            for i in range(len(proof)):
                assert not verify_consistency(m, n, first, second, flipped(proof, i, 3))
            assert not verify_consistency(m, n, second, first, proof)  # swapped roots
            assert not verify_consistency(m, n + 1, first, tree.root(n + 1), proof)  # wrong size
            assert not verify_consistency(m, n, first, tree.root(n + 1), proof)  # another root
            if m > 1:
                assert not verify_consistency(m - 1, n, tree.root(m - 1), second, proof)  # wrong first
            assert not verify_consistency(m, n, first, second, proof[:-1])
            assert not verify_consistency(m, n, first, second, [*proof, second])
