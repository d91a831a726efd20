import pytest

from app.deprecations import DeprecationTracker


@pytest.fixture
def tracker():
    return DeprecationTracker()


# About 100 bytes per call: 200 calls per batch make the growth (~20 KB a batch) visible.
@pytest.mark.memleak(batches=10, batch_size=200)
def test_leak_slow_deprecation_notes(tracker, ids):
    tracker.note(f"client-{next(ids)}", "/v1/orders")
