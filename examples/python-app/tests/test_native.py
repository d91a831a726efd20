import pytest

from app.native import SCRATCH_BYTES, decode_thumbnail

IMAGE = bytes(range(256)) * 16


# Native memory only: tracemalloc sees nothing; the process's resident size grows by
# SCRATCH_BYTES (64 KiB) per call, 1.25 MiB per batch of 20.
@pytest.mark.memleak(batches=10, batch_size=20)
def test_leak_native_scratch_buffer():
    assert decode_thumbnail(IMAGE) != 0
    assert SCRATCH_BYTES > len(IMAGE)
