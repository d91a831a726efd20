"""Keeps the profiler's own failures out of the application.

Every step the profiler takes inside a request (choosing the endpoint, counting the request) and
in its flush thread runs inside `except Exception`, which hands the failure to Swallow: the first
failure of each step is logged with its traceback on the `memleak.endpoints` logger, later ones
are only counted, and the request goes on as if the profiler were not there.
"""
import logging

LOGGER = logging.getLogger("memleak.endpoints")


class Swallow:
    """Counts the profiler's own failures; logs the first of each step once."""

    def __init__(self):
        self.failures = 0
        self._logged = set()

    def failed(self, step):
        """Call from an `except Exception` block; step names what failed ("flushing", …)."""
        self.failures += 1
        if step in self._logged:
            return
        self._logged.add(step)
        try:
            LOGGER.warning("memleak endpoint profiler: %s failed; the application goes on "
                           "(further failures of this step are not logged)", step, exc_info=True)
        except Exception:  # a broken logging setup must not turn into the application's error either
            pass
