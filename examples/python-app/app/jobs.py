"""Background jobs and the scheduler that runs them."""

import time
from contextlib import contextmanager


class Job:
    # Every job ever created, for the admin page's "recent jobs" list.
    registry = []

    def __init__(self, name, payload):
        self.name = name
        # Deliberate leak: the class-level registry below keeps every job, and with it this spec.
        self.spec = {"name": name, "payload": payload, "retries": 3, "timeout_s": 30.0}  # memleak: leak
        Job.registry.append(self)


class Scheduler:
    def __init__(self):
        self.running = {}
        self.finished = 0

    def submit(self, name, payload):
        return Job(name, payload)

    @contextmanager
    def lease(self, job_id):
        """Marks a job as running for the duration of a with-block, even if it fails."""
        self.running[job_id] = time.monotonic()
        try:
            yield
        finally:
            del self.running[job_id]
            self.finished += 1
