"""Audit log of who did what; written to disk by a periodic flush."""

import time


class AuditLog:
    def __init__(self):
        self._buffer = ""

    def write(self, actor, action, target):
        # Deliberate leak: flush() is meant to run on a timer that was never started, so
        # this one string grows by a line per call (one ever-larger block, not many).
        self._buffer += f'{{"at": {time.time():.3f}, "actor": "{actor}", "action": "{action}", "target": "{target}"}}\n'  # memleak: leak

    def flush(self, stream):
        stream.write(self._buffer)
        self._buffer = ""
