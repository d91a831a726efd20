"""Tracks calls to deprecated API versions, for a daily report to the API's owners."""


class DeprecationTracker:
    def __init__(self):
        self._notes = []

    def note(self, client_id, endpoint):
        # Deliberate slow leak (~100 bytes per call): the daily report that should clear
        # these notes was never scheduled.
        self._notes.append(f"{client_id} called deprecated endpoint {endpoint}")  # memleak: leak

    def report(self):
        notes, self._notes = self._notes, []
        return notes
