"""Runs the operation in batches and hands each finished batch to a PhaseRecorder."""
import collections
import contextlib
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


def _run_counted(op, count, tally, guard):
    """Runs op up to count times; stops early once the guard's deadline has passed (checked about
    32 times per batch, so the clock costs nothing next to the operations). Returns the count run."""
    stride = max(1, count // 32)
    done = 0
    while done < count:
        chunk = min(stride, count - done)
        if tally is None:
            for _ in range(chunk):
                op()
        else:
            for _ in range(chunk):
                tally.call(op)
        done += chunk
        if done < count and guard.expired():
            break
    return done


class Calibration:
    """What timing the first batch found: the fastest chunk's and the average time per operation."""

    __slots__ = ("fastest", "average")

    def __init__(self, fastest, average):
        self.fastest = fastest
        self.average = average


def _run_calibrating(op, tally, guard):
    """Runs op in chunks of 1, 2, 4, ... operations for about AUTO_BATCH_SECONDS (and at least
    two chunks) and returns (operations run, Calibration). The fastest chunk's time per operation
    sets the batch size for a batch of AUTO_BATCH_SECONDS, so first-call costs and the process
    being descheduled on a busy machine (which only ever add time) do not shrink it. The average,
    which fits the batches to the budget, leaves out the first chunk (one call, which pays the
    first-call costs) when later ones ran: one slow first call on a loaded machine made it 30x the
    real time per operation, shrank the batches below the 512 judged operations and turned a
    clean test inconclusive (bench/collector/bench_verdict.py under load)."""
    clock = time.perf_counter
    began = clock()
    deadline = began + AUTO_BATCH_SECONDS
    operations = 0
    chunk = 1
    fastest = None
    first_seconds = None
    while True:
        started = clock()
        _run_counted(op, chunk, tally, guard)
        finished = clock()
        operations += chunk
        if first_seconds is None:
            first_seconds = finished - started
        per_operation = (finished - started) / chunk
        fastest = per_operation if fastest is None else min(fastest, per_operation)
        if (finished >= deadline and operations > 1) or operations >= AUTO_BATCH_MAX_OPERATIONS or guard.expired():
            break
        chunk = min(chunk * 2, AUTO_BATCH_MAX_OPERATIONS - operations)
    elapsed = clock() - began
    average = (elapsed - first_seconds) / (operations - 1) if operations > 1 else elapsed
    return operations, Calibration(fastest, average)


def run_phase(recorder, op, batch_size, guard, choose_batch_size, sample_object_types, progress=None, quiet=None):
    """Runs the recorder's planned batches not yet run, or fewer when the guard stops the phase.

    batch_size None times the operation during the first batch (a warm-up batch) and asks
    choose_batch_size(calibration, batches_left, seconds_left) for the size of the rest.
    quiet: a harness.HarnessQuiet whose batch() wraps each batch, so what pytest keeps of its
    logs and warnings is let go before memory is sampled. Returns the batch size used.
    """
    clock = time.perf_counter
    phase_started = clock()
    for index in range(recorder.completed, recorder.planned):
        tally = ErrorTally() if recorder.expect_errors else None
        started = clock()
        with quiet.batch() if quiet is not None else contextlib.nullcontext():
            if batch_size is None:
                operations, calibration = _run_calibrating(op, tally, guard)
                batch_size = choose_batch_size(calibration, recorder.planned - index - 1, guard.time_left())
            else:
                operations = _run_counted(op, batch_size, tally, guard)
        duration = clock() - started
        if tally is None:
            recorder.record(operations, 0, None, duration)
        else:
            recorder.record(operations, tally.errors, tally.types, duration)
        if progress is not None:
            progress(Progress(recorder.name, index + 1, recorder.planned, int(sum(recorder.operations[:index + 1])),
                              clock() - phase_started))
        batches_left = recorder.planned - index - 1
        if batches_left and guard.expired():
            guard.stop_for_budget(index + 1, recorder.planned)
        else:
            guard.after_batch(operations, duration, batches_left)
        last = not batches_left or guard.stopped is not None
        if sample_object_types and (index == min(recorder.warmup, recorder.planned - 1) or last):
            recorder.sample_object_types()
        if last:
            break
    return batch_size
