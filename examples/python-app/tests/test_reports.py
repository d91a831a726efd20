import gc

import pytest

from app.reports import Document, render_export


# Each call allocates and frees 5 MiB; a handful per batch is plenty.
@pytest.mark.memleak(batch_size=5)
def test_clean_large_transient_allocation():
    assert len(render_export([(1, 2490), (2, 1750)])) == 64


def test_clean_cycles_with_finalizer(memleak):
    texts = ["Terms of sale", "Delivery within five days", "Returns accepted for thirty days"] * 10
    memleak.check(lambda: Document("Terms", texts).word_count())
    gc.collect()
    assert Document.open_documents == 0
