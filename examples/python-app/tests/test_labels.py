import pytest

from app.labels import import_label_batch, normalise_label

ADDRESS = "12  analytical row,   london"


# Native memory only: strdup's 560-byte copy is lost on every call (~576 bytes of malloc with
# its header), about 70 KiB per batch of the automatic size; tracemalloc sees nothing.
@pytest.mark.memleak
def test_leak_native_strdup_label():
    assert normalise_label(ADDRESS).startswith(b"12 ANALYTICAL ROW")


# An ordinary test (not a leak test) that builds and drops ~200 MB (3,200 scans of 64 KiB): it
# leaves glibc with a large free heap, which later native allocations in this process reuse
# without the resident size moving.
def test_bulk_label_import():
    addresses = [f"{n} Long Street, Town {n % 977}" for n in range(3_200)]
    assert import_label_batch(addresses) > 0


# The same native leak as above, right after the memory-hungry test in the same process.
@pytest.mark.memleak
def test_leak_native_strdup_label_after_bulk_import():
    assert normalise_label(ADDRESS).startswith(b"12 ANALYTICAL ROW")
