import pytest

pytest.importorskip("sqlalchemy", reason="SQLAlchemy is missing: it is a test-only extra in .cache/venv (see .ci/run)")

from app.catalogue import cheapest_in, open_catalogue, products_in, stock_value  # noqa: E402


@pytest.fixture
def engine():
    engine = open_catalogue(categories=4, products_per_category=100)
    yield engine
    engine.dispose()


# One ORM query (100 rows) per operation on SQLite in memory, ~250 bytes kept per call.
@pytest.mark.memleak
def test_leak_orm_identity_map(engine, ids):
    assert len(products_in(engine, "category-1", next(ids))) == 100


@pytest.mark.memleak
def test_clean_orm_query(engine):
    assert cheapest_in(engine, "category-2") == ("SKU-2-0", 100)


# A new engine, schema and session per call, disposed of afterwards. SQLAlchemy's statement
# caches (the mapper's compiled cache among them) fill for ~150 calls, then prune themselves.
@pytest.mark.memleak
def test_clean_orm_engine_per_call(ids):
    tenant, total = stock_value(f"tenant-{next(ids)}")
    assert total > 0
