"""The texts a PostgreSQL store joins to hash an event's audit-chain link
(``infrastructure.chain_store.record_parts``): joined with the four values only the store knows,
they are the canonical record the offline verifier hashes — for any type, payload and value."""

from __future__ import annotations

import hashlib
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from infrastructure.chain_store import NewEvent, chained, record_parts

hashes = st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)
positive = st.integers(min_value=1, max_value=2**62)


@given(
    topic=st.text(min_size=1),
    state=st.binary(),
    stream=st.uuids(),
    version=positive,
    recorded_us=positive,
    position=positive,
    seq=st.integers(min_value=0, max_value=2**62),
    prev=hashes,
    stream_prev=hashes,
)
def test_the_parts_joined_with_the_stores_values_hash_as_the_verifier_does(
    topic: str,
    state: bytes,
    stream: UUID,
    version: int,
    recorded_us: int,
    position: int,
    seq: int,
    prev: str,
    stream_prev: str,
) -> None:
    event = NewEvent(position, stream, version, topic, state, recorded_us)
    a, b, c, d, e = record_parts(NewEvent(0, stream, version, topic, state, recorded_us))
    joined = f"{a}{position}{b}{prev}{c}{seq}{d}{stream_prev}{e}"  # as the append function joins them
    assert hashlib.sha256(joined.encode()).hexdigest() == chained(event, seq).hash(prev, stream_prev)
