"""Thumbnail decoding through a native scratch buffer, as a C extension would do it."""

import ctypes
import zlib

_libc = ctypes.CDLL(None)
_libc.malloc.restype = ctypes.c_void_p
_libc.malloc.argtypes = [ctypes.c_size_t]
_libc.free.argtypes = [ctypes.c_void_p]

SCRATCH_BYTES = 64 * 1024


def decode_thumbnail(image):
    """Decodes `image` into native memory and returns the checksum of the decoded pixels."""
    scratch = _libc.malloc(SCRATCH_BYTES)
    ctypes.memset(scratch, 0, SCRATCH_BYTES)
    ctypes.memmove(scratch, image, min(len(image), SCRATCH_BYTES))
    # Deliberate native leak: the scratch buffer is never passed to _libc.free, so the
    # process grows by SCRATCH_BYTES per call while Python's own allocations stay flat.
    return zlib.crc32(ctypes.string_at(scratch, SCRATCH_BYTES))
