"""Soak mode: repeats a leak test's body until a duration ends, sampling memory by time.

An ordinary leak test samples after each batch of operations and is judged per operation; a soak
samples every `soak_interval` seconds for `soak` seconds (minutes to hours) and is judged by the
analysis core as a growth rate in MB per hour (src/core/soak.ts), as the OPA client's 24-hour test
does. Each sample records seconds since the soak began (`elapsed_s`), the operations run since
the previous sample, traced bytes (tracemalloc's counter, one frame per allocation: no per-site
detail, whose cost grows with the heap), the RSS and the C allocator's bytes in use, after a full
garbage collection. The first sample and the first tenth of the time measured are warm-up, never judged.

Interrupting a soak (Ctrl-C, SIGTERM from a CI timeout or `memleak soak`) ends it early: one more
sample is taken, the phase says how it stopped, and the caller writes and judges what was
measured before the interrupt goes on (see plugin.py).
"""
import array
import contextlib
import gc
import math
import signal
import threading
import time
import tracemalloc

from .measurement import ROLE_SOAK, tracing_session
from .runner import ErrorTally, Progress

# The first sample, and every sample in the first WARMUP_SHARE of the time measured (of what was
# measured, so an interrupted soak keeps its later samples), are warm-up (imports, caches and
# pools filling): growth is judged "after stabilization", as the OPA client's suite says.
# `memleak soak` marks a process's samples the same way (src/cli/soak/snapshot.ts).
WARMUP_SHARE = 0.1
# The clock is read after a chunk of operations; a chunk doubles while it takes less than this,
# so a microsecond operation pays for a clock read every millisecond, not every call.
CHUNK_SECONDS = 0.001
MAX_CHUNK = 1 << 16


class SoakTerminated(KeyboardInterrupt):
    """SIGTERM during a soak: a KeyboardInterrupt, so pytest ends the session as it does on Ctrl-C."""


class SoakRecorder:
    """The samples of one soak, in arrays sized before tracing starts (nothing of ours is traced)."""

    name = "soak"
    role = ROLE_SOAK
    traceback_depth = 1

    def __init__(self, capacity, readers, expect_errors):
        self.capacity = capacity
        self.rss_reader, self.heap_reader = readers
        self.expect_errors = expect_errors
        self.completed = 0
        self.stopped = None
        self.elapsed = array.array("d", bytes(8 * capacity))
        self.durations = array.array("d", bytes(8 * capacity))
        self.operations = array.array("q", bytes(8 * capacity))
        self.errors = array.array("q", bytes(8 * capacity))
        self.error_types = [None] * capacity
        self.traced = array.array("q", bytes(8 * capacity))
        self.rss = array.array("q", bytes(8 * capacity))  # -1: unknown
        self.native_heap = array.array("q", bytes(8 * capacity))  # -1: unknown

    def record(self, elapsed, duration, operations, tally):
        """Stores one interval and samples memory after a full collection."""
        index = self.completed
        self.elapsed[index] = elapsed
        self.durations[index] = duration
        self.operations[index] = operations
        if tally is not None:
            self.errors[index] = tally.errors
            self.error_types[index] = tally.types
        gc.collect()
        rss = self.rss_reader.read()
        self.rss[index] = -1 if rss is None else rss
        heap = self.heap_reader.read()
        self.native_heap[index] = -1 if heap is None else heap
        self.traced[index] = tracemalloc.get_traced_memory()[0]
        self.completed = index + 1
        if index == 0:
            # What the first interval left alive leaves the collector's reach, as in recorder.py:
            # the full collection of every later sample then walks only newer objects. Without it,
            # sampling every 0.1 s cost 40 % of a soak's throughput in bench/collector/bench_soak.py.
            gc.freeze()

    def is_warmup(self, index):
        """Whether sample `index` is warm-up: the first, or one in the first WARMUP_SHARE of the time measured."""
        return index == 0 or self.elapsed[index] < WARMUP_SHARE * self.elapsed[self.completed - 1]


class SoakMeasurement:
    """What soak() found; `exception` is what the body raised (or the interrupt), for the caller to re-raise."""

    batch_size = None
    confirm_reason = None
    verdict_phase = None  # no batch-based screen: the core judges the soak phase by time

    def __init__(self, settings, recorder):
        self.settings = settings
        self.phases = [recorder]
        self.exception = None
        self.interrupted = None  # "SIGINT" or "SIGTERM" when the soak was cut short by a signal


def soak(op, settings, readers, progress=None, quiet=None, clock=time.monotonic):
    """Repeats op for settings.soak seconds, sampling every settings.soak_interval seconds.

    readers: (RssReader, NativeHeapReader); progress(runner.Progress) after every sample; quiet:
    a harness.HarnessQuiet wrapping each interval. Never raises what op raised, nor the interrupt:
    both end up in `exception`. Run it inside interrupts_once() to be interrupted by SIGTERM too.
    """
    duration, interval = settings.soak, settings.soak_interval
    capacity = math.ceil(duration / interval) + 2
    recorder = SoakRecorder(capacity, readers, settings.expect_errors)
    result = SoakMeasurement(settings, recorder)
    started = clock()
    with tracing_session(quiet):
        try:
            gc.collect()
            gc.freeze()
            tracemalloc.start(1)
            started = clock()
            _run(op, recorder, started, duration, interval, progress, quiet, clock)
        except KeyboardInterrupt as interrupt:
            result.exception = interrupt
            result.interrupted = "SIGTERM" if isinstance(interrupt, SoakTerminated) else "SIGINT"
            elapsed = clock() - started
            if recorder.completed < recorder.capacity and tracemalloc.is_tracing():
                recorder.record(elapsed, elapsed - (recorder.elapsed[recorder.completed - 1] if recorder.completed else 0),
                                0, None)
            recorder.stopped = ("interrupted by %s after %s of the %s soak; what was measured until then is judged"
                                % (result.interrupted, _duration(elapsed), _duration(duration)))
        except BaseException as exc:  # the body failed: handed back, the caller records the outcome and re-raises
            result.exception = exc
    return result


def _run(op, recorder, started, duration, interval, progress, quiet, clock):
    end = started + duration
    planned = recorder.capacity - 1
    previous = started
    chunk = 1
    while recorder.completed < recorder.capacity:
        due = min(end, previous + interval)
        tally = ErrorTally() if recorder.expect_errors else None
        call = op if tally is None else (lambda: tally.call(op))
        done = 0
        with quiet.batch() if quiet is not None else contextlib.nullcontext():
            while True:
                began = clock()
                for _ in range(chunk):
                    call()
                done += chunk
                now = clock()
                if now >= due:
                    break
                if now - began < CHUNK_SECONDS and chunk < MAX_CHUNK:
                    chunk *= 2
        recorder.record(now - started, now - previous, done, tally)
        previous = now
        if progress is not None:
            progress(Progress("soak", recorder.completed, planned, int(sum(recorder.operations[:recorder.completed])),
                              now - started))
        if now >= end:
            break


@contextlib.contextmanager
def interrupts_once():
    """Wrap a soak and the writing of its snapshot: the first SIGINT raises KeyboardInterrupt and
    the first SIGTERM SoakTerminated (Python's default for SIGTERM would end the process without
    writing anything); every later one is ignored until the block ends, so a second Ctrl-C, or
    the same signal forwarded by `memleak soak` to its child, cannot cut the snapshot short.
    Handlers can only be set from the main thread; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received = []

    def interrupt(signum, frame):
        if received:
            return
        received.append(signum)
        raise SoakTerminated() if signum == signal.SIGTERM else KeyboardInterrupt()

    previous = {number: signal.signal(number, interrupt) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _duration(seconds):
    if seconds >= 3600:
        return "%.1f h" % (seconds / 3600)
    if seconds >= 60:
        return "%.1f min" % (seconds / 60)
    return "%.1f s" % seconds
