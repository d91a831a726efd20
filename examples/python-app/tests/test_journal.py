import pytest

from app.journal import format_entry, keep_entry


# One operation per batch, as users write it for an operation they think is slow: ~250 bytes
# kept per call.
@pytest.mark.memleak(batch_size=1)
def test_leak_journal_batch_size_one():
    keep_entry()


@pytest.mark.memleak(batch_size=1)
def test_clean_journal_batch_size_one(ids):
    assert len(format_entry(next(ids))) >= 50
