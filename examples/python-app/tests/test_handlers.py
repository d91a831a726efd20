import pytest

from app.handlers import IngestHandler, StrictHandler, TracedHandler

INVALID_ORDER = {"quantity": 2, "note": "the SKU is missing"}


@pytest.fixture
def ingest():
    return IngestHandler()


@pytest.fixture
def strict():
    return StrictHandler()


# Every call fails validation: the leak is on the error path only. Formatting the traceback
# is slow under deep tracing, and each call keeps ~700 bytes: 20 calls a batch are plenty.
@pytest.mark.memleak(batch_size=20, expect_errors=True)
def test_leak_error_path_dead_letters(ingest):
    ingest.handle(INVALID_ORDER)


@pytest.mark.memleak(expect_errors=True)
def test_clean_error_path_counted(strict):
    strict.handle(INVALID_ORDER)


def test_leak_logger_per_request(memleak, ids):
    handler = TracedHandler()
    memleak.check(lambda: handler.handle(next(ids), {"sku": "SKU-1", "quantity": 1}), batch_size=100)
    assert handler.handled > 0
