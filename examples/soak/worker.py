"""A small job worker that runs until it is stopped: the kind of program a soak watches.

    python3 worker.py            # keeps every finished job's result: grows for ever
    python3 worker.py --steady   # keeps the last 100 only: levels off
"""
import collections
import sys
import time

STEADY = "--steady" in sys.argv
# The leak: a history nobody reads, appended to on every job (bounded with --steady).
HISTORY = collections.deque(maxlen=100) if STEADY else []


def handle(job_id):
    result = {"job": job_id, "payload": "x" * 2048, "status": "done"}  # allocated here: the line memleak names
    HISTORY.append(result)  # kept here for ever (without --steady)
    return result["status"]


if __name__ == "__main__":
    job = 0
    try:
        while True:
            handle(job)
            job += 1
            time.sleep(0.002)
    except KeyboardInterrupt:  # Ctrl-C, or `memleak soak` passing one on: a clean stop
        print("worker: stopped after %d jobs" % job)
