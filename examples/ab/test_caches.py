"""A vs B: the same workload on both implementations, told apart by the parameter ids [A] and [B].
`memleak ab memory_snapshots --label A --label B` puts them side by side."""
import itertools

import pytest

from caches import LruCache, UnboundedCache


def render(key):
    return ("<p>%d</p>" % key) * 8


@pytest.fixture(params=[UnboundedCache, LruCache], ids=["A", "B"])
def cache(request):
    return request.param(render)


@pytest.fixture
def keys():
    return itertools.count()


@pytest.mark.memleak
def test_lookup(cache, keys):
    cache.get(next(keys))
