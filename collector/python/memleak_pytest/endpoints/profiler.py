"""The endpoint profiler: samples requests, charges what they leave allocated to their endpoint,
and writes one snapshot per endpoint at every flush.

Run time is the standard library only. Tracing starts with the first sampled request (not at
construction, so a server that forks workers after importing the app traces in each worker)
with `traceback_depth` frames: deep enough to reach from an allocation down to the endpoint's
frame through the framework (Flask ~6 frames, Starlette ~15). tracemalloc then traces every
allocation in the process, sampled or not: what sampling saves is the per-request work and the
sampled requests' share of the snapshot, which is why the overhead at 0.01 is not 1% of that at
1.0 (BENCHMARKS.md has both).

A flush (every `flush_interval_s` seconds in a daemon thread, on flush() and at close()) closes
one batch per endpoint that had sampled requests since the last one and rewrites that
endpoint's file. Nothing the profiler does inside a request or a flush raises into the
application: failures are logged once (safety.py) and the request goes on.
"""
import atexit
import inspect
import os
import random
import threading
import time
import tracemalloc

from .. import snapshot_files
from ..attribution import Classifier
from ..source_lines import FunctionIndex
from . import document, sampler
from .safety import LOGGER, Swallow
from .series import EndpointSeries
from .trampolines import Trampolines

DEFAULTS = {
    "directory": "memleak-endpoints",
    "sampling_rate": 1.0,
    "flush_interval_s": 10.0,
    "max_batches": 64,
    "max_endpoints": 100,
    "max_sites": 20,
    "traceback_depth": 32,
    "warmup_batches": 1,
}


class EndpointProfiler:
    """Samples requests per endpoint and writes snapshot.v1 files.

    directory: where the snapshots go (one `<endpoint>-<hash>.json` per endpoint, rewritten at
    every flush); sampling_rate: share of requests measured, 0 < rate <= 1; flush_interval_s:
    seconds between flushes (0: only on flush() and close()); max_batches: batches kept per
    endpoint (series.py halves the resolution when full); max_endpoints: endpoints kept (requests
    to more are not measured, logged once); max_sites: allocation sites kept per batch and
    written per endpoint; traceback_depth: tracemalloc frames per allocation; warmup_batches:
    first batches of each endpoint that are never judged; root: directory whose files are the
    user's own (default: the current directory), as the pytest collector's rule.
    Raises ValueError for settings out of range (at construction, never during a request).
    """

    def __init__(self, directory=None, sampling_rate=None, flush_interval_s=None, max_batches=None,
                 max_endpoints=None, max_sites=None, traceback_depth=None, warmup_batches=None, root=None, seed=None):
        given = {"directory": directory, "sampling_rate": sampling_rate, "flush_interval_s": flush_interval_s,
                 "max_batches": max_batches, "max_endpoints": max_endpoints, "max_sites": max_sites,
                 "traceback_depth": traceback_depth, "warmup_batches": warmup_batches}
        options = {name: DEFAULTS[name] if value is None else value for name, value in given.items()}
        _check(options)
        self.directory = os.path.abspath(options["directory"])
        self.sampling_rate = float(options["sampling_rate"])
        self.flush_interval_s = float(options["flush_interval_s"])
        self.max_batches = int(options["max_batches"])
        self.max_endpoints = int(options["max_endpoints"])
        self.max_sites = int(options["max_sites"])
        self.traceback_depth = int(options["traceback_depth"])
        self.warmup_batches = int(options["warmup_batches"])
        self.root = os.path.abspath(root or os.getcwd())
        self.swallow = Swallow()
        self._random = random.Random(seed).random
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._trampolines = Trampolines()
        self._series = {}
        self._pending = {}  # endpoint key: sampled requests since the last flush
        self._started = False
        self._started_tracing = False
        self._closed = False
        self._stop = threading.Event()
        self._thread = None
        self._last_flush = None
        self._over_limit_logged = False

    # Inside a request -------------------------------------------------------------------------

    def sampled(self):
        """Whether to measure this request; starts the profiler on the first one."""
        if self._closed:
            return False
        if not self._started:
            self._start()
        return self.sampling_rate >= 1.0 or self._random() < self.sampling_rate

    def enter(self, key, asynchronous):
        """The trampoline to call a sampled request through, or None when the endpoint cannot be
        kept (max_endpoints reached)."""
        with self._lock:
            if key not in self._series:
                if len(self._series) >= self.max_endpoints:
                    if not self._over_limit_logged:
                        self._over_limit_logged = True
                        LOGGER.warning("memleak endpoint profiler: more than %d endpoints; requests to %r and "
                                       "later new endpoints are not measured", self.max_endpoints, key)
                    return None
                self._series[key] = EndpointSeries(key, self.max_batches, self.max_sites, self.warmup_batches)
                self._pending[key] = 0
            return self._trampolines.get(key, asynchronous)

    def leave(self, key, handler=None, unmeasured=None):
        """Counts a finished sampled request; handler: the function that handled it, if known;
        unmeasured: why what the handler keeps cannot be charged to the endpoint, if it cannot
        (logged once per endpoint, and the endpoint's snapshot says so instead of a verdict)."""
        try:
            with self._lock:
                self._pending[key] += 1
                series = self._series[key]
                if unmeasured is not None and series.unmeasured is None:
                    series.unmeasured = unmeasured
                    LOGGER.warning("memleak endpoint profiler: %s", unmeasured)
                if handler is not None and series.handler is None:
                    code = getattr(inspect.unwrap(handler), "__code__", None)
                    if code is not None:
                        series.handler = (code.co_filename, code.co_firstlineno)
        except Exception:
            self.swallow.failed("counting a request")

    # Flushing ---------------------------------------------------------------------------------

    def flush(self):
        """Closes a batch for every endpoint with sampled requests since the last flush and writes
        their snapshots; returns the paths written ([] on failure, which is logged once)."""
        try:
            with self._flush_lock:
                return self._flush()
        except Exception:
            self.swallow.failed("flushing")
            return []

    def _flush(self):
        now = time.monotonic()
        duration = now - (self._last_flush if self._last_flush is not None else now)
        self._last_flush = now
        with self._lock:
            pending = {key: count for key, count in self._pending.items() if count}
            for key in pending:
                self._pending[key] = 0
        if not pending:
            return []
        classifier = Classifier(self.root)
        samples = sampler.sample(classifier, self._trampolines)
        empty = sampler.EndpointSample()
        functions = FunctionIndex()
        written = []
        for key, operations in sorted(pending.items()):
            series = self._series[key]
            series.add(operations, duration, samples.get(key, empty))
            snapshot = document.build(series, classifier, functions, self.root, self.traceback_depth,
                                      self.sampling_rate)
            written.append(snapshot_files.write(self.directory, snapshot))
        return written

    # Life cycle -------------------------------------------------------------------------------

    def _start(self):
        with self._lock:
            if self._started:
                return
            self._started = True
        try:
            if tracemalloc.is_tracing():
                if tracemalloc.get_traceback_limit() < self.traceback_depth:
                    LOGGER.warning("memleak endpoint profiler: tracemalloc was already started with %d frames "
                                   "(< %d): endpoints deeper than that are not measured",
                                   tracemalloc.get_traceback_limit(), self.traceback_depth)
            else:
                tracemalloc.start(self.traceback_depth)
                self._started_tracing = True
            self._last_flush = time.monotonic()
            if self.flush_interval_s > 0:
                self._thread = threading.Thread(target=self._run, name="memleak-endpoint-flush", daemon=True)
                self._thread.start()
            atexit.register(self.close)
        except Exception:
            self.swallow.failed("starting")

    def _run(self):
        while not self._stop.wait(self.flush_interval_s):
            self.flush()

    def close(self):
        """Last flush, then stops the flush thread and the tracing this profiler started. Requests
        after close() are not measured. Safe to call more than once."""
        if self._closed:
            return []
        self._closed = True
        self._stop.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=max(5.0, self.flush_interval_s))
        written = self.flush()
        if self._started_tracing and tracemalloc.is_tracing():
            tracemalloc.stop()
        try:
            atexit.unregister(self.close)
        except Exception:
            self.swallow.failed("closing")
        return written


def _check(options):
    rate = options["sampling_rate"]
    if not isinstance(rate, (int, float)) or not 0 < rate <= 1:
        raise ValueError("sampling_rate must be a number in (0, 1], got %r" % (rate,))
    interval = options["flush_interval_s"]
    if not isinstance(interval, (int, float)) or interval < 0 or interval != interval:
        raise ValueError("flush_interval_s must be a number of seconds >= 0, got %r" % (interval,))
    for name, lowest in (("max_batches", 3), ("max_endpoints", 1), ("max_sites", 0), ("traceback_depth", 1),
                         ("warmup_batches", 0)):
        value = options[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < lowest:
            raise ValueError("%s must be an integer >= %d, got %r" % (name, lowest, value))
    if options["max_batches"] < options["warmup_batches"] + 2:
        raise ValueError("max_batches must be at least warmup_batches + 2, got %r" % (options["max_batches"],))
    if not isinstance(options["directory"], (str, os.PathLike)):
        raise ValueError("directory must be a path, got %r" % (options["directory"],))
