"""What pytest itself keeps while a leak test's body repeats, kept out of the measurement.

pytest captures every log record (its logging plugin's handlers, `caplog` included) and every
warning (`warnings.catch_warnings(record=True)` around each test) for the test's report. Repeated
thousands of times, code that logs or warns on each call grows by every record and warning
pytest keeps, and a clean test would be called a leak for the harness's memory. So after each
batch the log-capture handlers are emptied, and warnings are caught per batch: the first few of
each kind are warned again once the measurement is over, so pytest still reports them.
"""
import contextlib
import logging
import warnings

# Distinct warnings (category, text, file, line) re-emitted after the measurement, at most.
MAX_WARNINGS_KEPT = 20
_LOG_CAPTURE_HANDLERS = ("LogCaptureHandler",)  # pytest's, for reports and for caplog


class HarnessQuiet:
    """One per measurement: batch() wraps each batch, reemit() runs once tracing has stopped."""

    def __init__(self):
        self._kept = {}

    @contextlib.contextmanager
    def batch(self):
        """Catches the batch's warnings (kept: the first MAX_WARNINGS_KEPT distinct ones), then
        empties pytest's log-capture handlers."""
        with warnings.catch_warnings(record=True) as caught:
            yield
        for message in caught:
            if len(self._kept) >= MAX_WARNINGS_KEPT:
                break
            key = (message.category, str(message.message), message.filename, message.lineno)
            self._kept.setdefault(key, message)
        del caught
        _reset_log_capture()

    def reemit(self):
        """Warns each kept warning once, where it was raised, for pytest to report."""
        for message in self._kept.values():
            warnings.warn_explicit(message.message, message.category, message.filename, message.lineno)
        self._kept.clear()


def _reset_log_capture():
    # Emptied in place: clear()/reset() would put a new list and a new StringIO in their places,
    # objects traced here that the collector would then count as the body's.
    for handler in logging.getLogger().handlers:
        if type(handler).__name__ not in _LOG_CAPTURE_HANDLERS:
            continue
        records, stream = getattr(handler, "records", None), getattr(handler, "stream", None)
        if isinstance(records, list):
            records.clear()
        if hasattr(stream, "truncate") and hasattr(stream, "seek"):
            stream.seek(0)
            stream.truncate()
