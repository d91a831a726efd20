"""Shipping labels normalised by the C library, through ctypes."""

import ctypes
import hashlib

_libc = ctypes.CDLL(None)
# c_char_p as the result type makes ctypes copy the C string into a bytes object and drop the
# pointer: nothing can pass it to free() any more.
_libc.strdup.restype = ctypes.c_char_p
_libc.strdup.argtypes = [ctypes.c_char_p]

LABEL_BYTES = 559  # + the terminating NUL: a 560-byte malloc (a 576-byte chunk) per label


def normalise_label(address):
    """The label text for an address: upper-cased, checksummed, padded to the printer's width."""
    text = " ".join(address.split()).upper()
    for _ in range(60):  # about 0.1 ms of checksumming, as the label printer's format wants
        text = text[:400] + " " + hashlib.md5(text.encode()).hexdigest()[:8]
    # Deliberate native leak: strdup's copy is never freed (see the restype above).
    return _libc.strdup(text.encode().ljust(LABEL_BYTES)[:LABEL_BYTES])


def import_label_batch(addresses):
    """Loads a bulk import in memory, one 64 KiB scanned label per address (hundreds of
    megabytes for a big customer), and returns the number of distinct label headers; everything
    is dropped when it returns."""
    scans = [address.encode().ljust(64 * 1024, b"\xff") for address in addresses]
    return len({scan[:16] for scan in scans})
