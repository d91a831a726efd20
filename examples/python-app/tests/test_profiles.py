import pytest

from app.profiles import customer_badge, customer_profile


# A new customer per call: the 512-entry cache fills during the measurement (about half a
# millisecond of work per call), then only rotates.
@pytest.mark.memleak
def test_clean_lru_cache_512_profiles(ids):
    assert customer_profile(next(ids))["tags"]


# ~1 KB values in a 64-entry cache: full after 64 calls, long before the judged batches.
@pytest.mark.memleak
def test_clean_lru_cache_64_badges(ids):
    assert customer_badge(next(ids)).endswith("</svg>")
