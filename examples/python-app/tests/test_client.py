import pytest

from app.client import ConnectionPool, InventoryClient, run_shutdown_hooks


@pytest.fixture
def client():
    yield InventoryClient(ConnectionPool(size=4))
    run_shutdown_hooks()


@pytest.mark.memleak(batch_size=100)
def test_leak_closure_in_global_list(client):
    assert client.watch("SKU-1") == len("/stock/SKU-1")


# Every third send fails, so stock() retries through the pool on a fixed set of connections.
def test_clean_fixed_connection_pool_with_retries(memleak):
    client = InventoryClient(ConnectionPool(size=4, fail_every=3))
    memleak.check(lambda: client.stock("SKU-2"))
    assert client.stock("SKU-2") == len("/stock/SKU-2")
