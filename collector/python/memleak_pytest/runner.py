"""Runs the operation in batches and hands each finished batch to a PhaseRecorder."""
import collections
import time

from .settings import AUTO_BATCH_MAX_OPERATIONS, AUTO_BATCH_SECONDS


Progress = collections.namedtuple("Progress", "phase batch planned operations elapsed_s")


class ErrorTally:
    """Exceptions counted in one batch of a test that declared expect_errors."""

    __slots__ = ("errors", "types")

    def __init__(self):
        self.errors = 0
        self.types = {}

    def call(self, op):
        try:
            op()
        except Exception as exc:  # counted, not raised: the test declared expect_errors
            self.errors += 1
            name = type(exc).__name__
            self.types[name] = self.types.get(name, 0) + 1


def _run_counted(op, count, tally):
    if tally is None:
        for _ in range(count):
            op()
    else:
        for _ in range(count):
            tally.call(op)
    return count


def _run_calibrating(op, tally):
    """Runs op in chunks of 1, 2, 4, ... operations for about AUTO_BATCH_SECONDS and returns
    (operations run, batch size). The batch size comes from the fastest chunk's time per
    operation, so first-call costs and the process being descheduled on a busy machine (which
    only ever add time) do not shrink it."""
    clock = time.perf_counter
    deadline = clock() + AUTO_BATCH_SECONDS
    operations = 0
    chunk = 1
    fastest = None
    while True:
        started = clock()
        _run_counted(op, chunk, tally)
        finished = clock()
        operations += chunk
        per_operation = (finished - started) / chunk
        fastest = per_operation if fastest is None else min(fastest, per_operation)
        if finished >= deadline or operations >= AUTO_BATCH_MAX_OPERATIONS:
            break
        chunk = min(chunk * 2, AUTO_BATCH_MAX_OPERATIONS - operations)
    batch_size = int(AUTO_BATCH_SECONDS / fastest) if fastest > 0 else AUTO_BATCH_MAX_OPERATIONS
    return operations, max(1, min(batch_size, AUTO_BATCH_MAX_OPERATIONS))


def run_phase(recorder, op, batch_size, sample_object_types, progress=None):
    """Runs every planned batch of the recorder's phase.

    batch_size None times the operation during the first batch (a warm-up batch) to choose the
    batch size of the rest. Returns the batch size used.
    """
    clock = time.perf_counter
    phase_started = clock()
    for index in range(recorder.planned):
        tally = ErrorTally() if recorder.expect_errors else None
        started = clock()
        if batch_size is None:
            operations, batch_size = _run_calibrating(op, tally)
        else:
            operations = _run_counted(op, batch_size, tally)
        duration = clock() - started
        if tally is None:
            recorder.record(operations, 0, None, duration)
        else:
            recorder.record(operations, tally.errors, tally.types, duration)
        if progress is not None:
            progress(Progress(recorder.name, index + 1, recorder.planned, int(sum(recorder.operations[:index + 1])),
                              clock() - phase_started))
        if sample_object_types and index in (min(recorder.warmup, recorder.planned - 1), recorder.planned - 1):
            recorder.sample_object_types()
    return batch_size
