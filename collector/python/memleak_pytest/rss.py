"""Reads the process's resident set size, cheaply enough to call after every batch.

Linux: the second field of /proc/self/statm (pages), read through a descriptor opened once.
Elsewhere the collector reports null: resource.getrusage() gives the peak, not the current size,
and spawning `ps` per batch would cost more than the batch.
"""
import os


class RssReader:
    def __init__(self):
        self._page_size = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 0
        self._fd = None
        if hasattr(os, "pread") and os.path.exists("/proc/self/statm"):
            try:
                self._fd = os.open("/proc/self/statm", os.O_RDONLY)
            except OSError:
                self._fd = None

    def read(self):
        """Current RSS in bytes, or None where the platform cannot tell."""
        if self._fd is None:
            return None
        try:
            fields = os.pread(self._fd, 128, 0).split()
            return int(fields[1]) * self._page_size
        except (OSError, IndexError, ValueError):
            return None

    def close(self):
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
