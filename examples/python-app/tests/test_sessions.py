import pytest

from app.sessions import SessionStore


@pytest.fixture
def store():
    return SessionStore()


@pytest.mark.memleak(batch_size=100)
def test_leak_unbounded_session_cache(store, ids):
    session_id = store.open(next(ids), "user-1", {"role": "buyer", "tier": "gold"})
    assert store.get(session_id).user_id == "user-1"
