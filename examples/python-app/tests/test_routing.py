import pytest

from app.routing import match_tenant_order, tenant_order_numbers


# A new tenant, hence a new pattern, on every call. The re module's cache holds at most
# 512 compiled patterns; the warm-up (600 calls) fills it, after which it only rotates.
@pytest.mark.memleak(batches=10, batch_size=100, warmup=6)
def test_clean_regex_cache_bounded(ids):
    # Fixed-width ids: every cached pattern has the same size, so a full cache stays the same size.
    tenant = f"t{next(ids):07d}"
    assert match_tenant_order(tenant, f"/tenants/{tenant}/orders/7") == 7


ACCESS_LOG = [f"/tenants/t{n % 7:07d}/orders/{n}" for n in range(800)]


# A new tenant per call again, but each call scans an access log (about half a millisecond):
# with the collector's defaults the 512-entry cache fills during the measurement itself.
@pytest.mark.memleak
def test_clean_regex_cache_filling_during_measurement(ids):
    tenant = f"v{next(ids):07d}"
    assert tenant_order_numbers(tenant, ACCESS_LOG + [f"/tenants/{tenant}/orders/9"]) == [9]
