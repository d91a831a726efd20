"""Reads the bytes the C allocator has handed out and not yet taken back: native evidence that
memory freed earlier in the process cannot mask.

RSS rarely moves for a native leak that runs after a memory-hungry test: glibc hands the leak
chunks that were freed earlier (tracemalloc's own tables among them, freed at
`tracemalloc.stop()`), so resident pages stay exactly flat. glibc's `mallinfo2()` (2.33 and later)
counts bytes in use instead of pages: `uordblks` (in use in the arenas) + `hblkhd` (in use in
blocks mapped on their own). tracemalloc's own tables are malloc'd too and grow with the number of
traces, so `tracemalloc.get_tracemalloc_memory()` is subtracted. Python objects come from
pymalloc's arenas (mapped directly, not malloc'd) unless they are larger than 512 bytes; those
larger ones are also traced, which is why the analyser subtracts the traced growth before calling
growth native.

Elsewhere (musl, macOS, an older glibc) read() returns None and the analyser falls back to RSS.
Source: glibc manual, "Statistics for Memory Allocation with malloc"; mallinfo2(3).
"""
import ctypes
import ctypes.util
import tracemalloc


class _MallInfo2(ctypes.Structure):
    # struct mallinfo2: ten size_t fields, in this order (malloc.h, glibc >= 2.33).
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def _load_mallinfo2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None)
        function = libc.mallinfo2
    except (OSError, AttributeError):
        return None
    function.restype = _MallInfo2
    function.argtypes = []
    return function


class NativeHeapReader:
    """Bytes in use by the C allocator, less tracemalloc's own; None where glibc cannot tell."""

    def __init__(self):
        self._mallinfo2 = _load_mallinfo2()

    def read(self):
        """Bytes (int) in use by malloc outside tracemalloc's tables, or None."""
        if self._mallinfo2 is None:
            return None
        info = self._mallinfo2()
        return max(0, info.uordblks + info.hblkhd - tracemalloc.get_tracemalloc_memory())
