"""Soak tests: `soak=True` takes the duration from `memleak soak --duration` (MEMLEAK_SOAK); under
plain pytest or `memleak run` they are ordinary leak tests; every interval the collector samples memory, and the analysis core
judges the growth in MB per hour against the tiers (here the OPA client's: warning 1, failure 5)."""
import os
import sys
import time

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import worker  # noqa: E402

CACHE = {}


@pytest.mark.memleak(soak=True, soak_interval="1s", warning_mb_per_hour=1, failure_mb_per_hour=5)
def test_handle_job_keeps_history():
    worker.handle(1)
    time.sleep(0.001)  # a job takes a while; the leak then grows by ~0.7 GB/hour, not by gigabytes a minute


@pytest.mark.memleak(soak=True, soak_interval="1s", warning_mb_per_hour=1, failure_mb_per_hour=5)
def test_lookup_is_steady():
    CACHE["key"] = "value" * 100
    CACHE.get("key")
    time.sleep(0.001)
