import pytest

from app.routing import match_tenant_order


# A new tenant, hence a new pattern, on every call. The re module's cache holds at most
# 512 compiled patterns; the warm-up (600 calls) fills it, after which it only rotates.
@pytest.mark.memleak(batches=10, batch_size=100, warmup=6)
def test_clean_regex_cache_bounded(ids):
    # Fixed-width ids: every cached pattern has the same size, so a full cache stays the same size.
    tenant = f"t{next(ids):07d}"
    assert match_tenant_order(tenant, f"/tenants/{tenant}/orders/7") == 7
