from decimal import Decimal

import pytest

from app.pricing import invoice_total, list_price, quote_for


@pytest.mark.memleak(batch_size=100)
def test_leak_lru_cache_keyed_by_self(ids):
    assert quote_for("USD", next(ids) % 50 + 1) > 0


# The cache holds 200 entries and every call brings a new SKU: it is still filling during
# the first three measured batches (warm-up 50 + 3 x 50 calls), then stays full.
@pytest.mark.memleak(batches=10, batch_size=50, warmup=1)
def test_clean_bounded_lru_cache_still_filling(ids):
    assert list_price(f"SKU-{next(ids)}") >= 0


@pytest.mark.memleak
def test_clean_pure_computation():
    lines = [(3, "9.99"), (1, "24.90"), (12, "0.35")]
    assert invoice_total(lines, "0.2") == Decimal("70.88")
