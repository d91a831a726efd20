"""Leak measurement outside pytest, importable as `memleak` (collector/python/memleak re-exports this).

- `with memleak.measure("label") as m:` around code that repeats work; `m.batch(operations)` after
  each round of it closes a batch and samples memory (as CallFlow's `detector.take_snapshot()`).
- `memleak.check(fn, label=..., batches=..., soak=...)` and the decorator `@memleak.track("label",
  ...)` repeat a callable in batches (or by time, for a soak) exactly as the pytest marker does
  (the GPR profiler's `run_memory_stress_test` and `@memory_profile`).
- `memleak.judge(path)` returns the verdict on any snapshot file.

Each writes one snapshot file (schemas/snapshot.v1.schema.json) named after its label in
MEMLEAK_SNAPSHOT_DIR (default ./memory_snapshots), and the verdict comes from the same analysis
core as every other front end (`memleak judge --stdio`, see judge.py), so it needs Node 20+ and the
CLI; without them the verdict is None and `reason` says why, and the snapshot is still written.
Settings come from the arguments, then MEMLEAK_* environment variables, then the defaults (there is
no ini file outside pytest); paths in sources are relative to the current directory.
"""
import atexit
import collections
import dataclasses
import functools
import gc
import os
import time
import tracemalloc

from . import __version__
from . import document as snapshot_document
from . import snapshot_files
from .attribution import Classifier
from .heap import NativeHeapReader
from .judge import Judge
from .measurement import ROLE_VERDICT, Measurement, measure as measure_in_batches, tracing_session
from .recorder import PhaseRecorder
from .rss import RssReader
from .settings import for_test, resolve_session
from .soak import interrupts_once, soak

# Batches a `measure()` block keeps at most (per-site arrays are sized up front so that recording
# allocates nothing while tracing); later batch() calls are counted in `stopped`, not recorded.
DEFAULT_MAX_BATCHES = 200


class Verdict(collections.namedtuple("Verdict", "verdict reason snapshot test")):
    """The analysis core's verdict on one snapshot.

    verdict: "leak", "ok", "inconclusive" or "error", or None when the core could not run (or
    MEMLEAK_VERDICT=0 turned verdicts off); reason: the core's reason in words, or why there is no
    verdict; snapshot: the file's path; test: the core's whole result (a dict as in report.json's
    tests[]: sources, growth_per_op_bytes, soak, ...) or None.
    """

    @property
    def leaked(self):
        return self.verdict == "leak"


class _Session:
    """Per-process state of the API: settings from the environment, the classifier, the readers and the judge."""

    def __init__(self):
        root = os.getcwd()
        self.root = root
        self.settings = resolve_session(os.environ, lambda name: None, root, root)
        self.classifier = Classifier(root)
        self.readers = (RssReader(), NativeHeapReader())
        self._judge = None

    def judge(self, path):
        if self._judge is None:
            self._judge = Judge(os.environ, self.root)
            atexit.register(self._judge.close)
        answer = self._judge.judge(path)
        if answer is None:
            return Verdict(None, "no verdict: %s" % self._judge.unavailable, path, None)
        return Verdict(answer.get("verdict"), answer.get("reason", ""), path, answer)

    def write(self, label, settings, measurement, outcome, message):
        test = {"id": label, "name": label}
        document = snapshot_document.build(test, __version__, self.root.replace(os.sep, "/"), settings, measurement,
                                           outcome, message)
        return snapshot_files.write(settings.snapshot_dir, document)

    def verdict_of(self, path, settings):
        if not settings.verdict:
            return Verdict(None, "no verdict: turned off (MEMLEAK_VERDICT=0)", path, None)
        return self.judge(path)


_SESSION = None


def _session():
    global _SESSION
    if _SESSION is None:
        _SESSION = _Session()
    return _SESSION


def _settings(arguments, snapshot_dir, origin):
    session = _session()
    settings = for_test(session.settings, {key: value for key, value in arguments.items() if value is not None}, origin)
    if snapshot_dir is not None:
        settings = dataclasses.replace(settings, snapshot_dir=os.path.abspath(snapshot_dir))
    return settings


def judge(snapshot_path):
    """The core's Verdict on a snapshot file (any collector's, or a LiteLLM-style file)."""
    return _session().judge(os.path.abspath(snapshot_path))


def check(fn, label=None, snapshot_dir=None, **arguments):
    """Repeats fn() (no arguments) in batches, as @pytest.mark.memleak repeats a test body, or by
    time with soak="30m"; writes the snapshot for `label` (default: fn's qualified name) and
    returns its Verdict.

    arguments: the marker's (batches, batch_size, warmup, expect_errors, time_budget,
    allow_bytes_per_op, allow_total_bytes, soak, soak_interval, warning_mb_per_hour,
    failure_mb_per_hour); a bad one raises settings.SettingsError (a ValueError) naming it.
    An exception from fn is re-raised after the snapshot is written (outcome "failed"); an
    interrupted soak (Ctrl-C, SIGTERM) is written and judged, then the interrupt is re-raised.
    """
    if not callable(fn):
        raise TypeError("memleak.check(): expected a callable without arguments, got %r" % (fn,))
    label = label or getattr(fn, "__qualname__", None) or repr(fn)
    settings = _settings(arguments, snapshot_dir, "memleak.check(%r)" % label)
    session = _session()
    if settings.soak is None:
        return _finish(label, settings, measure_in_batches(fn, settings, session.classifier, session.readers))
    with interrupts_once(), snapshot_files.soaking(settings.snapshot_dir):
        return _finish(label, settings, soak(fn, settings, session.readers))


def _finish(label, settings, measurement):
    error = measurement.exception
    session = _session()
    if error is None or getattr(measurement, "interrupted", None):
        path = session.write(label, settings, measurement, "passed", None)
    elif isinstance(error, Exception):
        path = session.write(label, settings, measurement, "failed", "%s: %s" % (type(error).__name__, error))
    else:  # SystemExit and the like: the program is ending, write nothing
        raise error
    verdict = session.verdict_of(path, settings)
    if error is not None:
        raise error
    return verdict


def track(label=None, snapshot_dir=None, **arguments):
    """Decorator: calling the decorated function with arguments measures it, repeating
    fn(*args, **kwargs) as check() does, and returns the Verdict (the function's own return
    value is not kept: the call is a leak check). The label defaults to the function's qualified name."""
    def decorate(fn):
        @functools.wraps(fn)
        def measured(*args, **kwargs):
            return check(lambda: fn(*args, **kwargs), label=label or fn.__qualname__, snapshot_dir=snapshot_dir,
                         **arguments)
        return measured
    return decorate


def measure(label, snapshot_dir=None, max_batches=DEFAULT_MAX_BATCHES, **arguments):
    """Context manager around code that repeats work: `with measure("label") as m:` then
    `m.batch(operations)` after each round. Traces allocations (settings.traceback_depth frames,
    so a library's allocation is charged to your line) from entry to exit; the first `warmup`
    batches are warm-up. On exit the snapshot is written (an exception in the block is recorded
    as "failed" and goes on); `m.verdict` judges it on first use, `m.snapshot` is its path.
    arguments: the marker's, of which `warmup` applies here; max_batches: batches kept at most."""
    settings = _settings(arguments, snapshot_dir, "memleak.measure(%r)" % label)
    return Measure(label, settings, max_batches)


class Measure:
    """The object `with memleak.measure(label) as m` gives: batch(), then snapshot and verdict."""

    def __init__(self, label, settings, max_batches):
        if not isinstance(max_batches, int) or max_batches < 1:
            raise ValueError("memleak.measure(%r): max_batches must be a whole number of at least 1, got %r"
                             % (label, max_batches))
        self.label = label
        self.snapshot = None
        self._settings = settings
        self._max_batches = max_batches
        self._result = Measurement(settings)
        self._recorder = None
        self._dropped = 0
        self._tracing = None
        self._last = None
        self._verdict = None

    def __enter__(self):
        session = _session()
        settings = self._settings
        batches = max(1, self._max_batches - settings.warmup)
        self._recorder = PhaseRecorder("measure", ROLE_VERDICT, settings.traceback_depth, settings.warmup, batches,
                                       session.classifier, session.readers, False)
        self._result.phases.append(self._recorder)
        # The same hand-over as a batch measurement: a user's own tracing is stopped and restored.
        self._tracing = tracing_session(None)
        self._tracing.__enter__()
        gc.collect()
        gc.freeze()
        tracemalloc.start(settings.traceback_depth)
        self._last = time.perf_counter()
        return self

    def batch(self, operations=1):
        """Closes a batch of `operations` repetitions since the last call and samples memory."""
        now = time.perf_counter()
        recorder = self._recorder
        if recorder is None or not tracemalloc.is_tracing():
            raise RuntimeError("memleak.measure(%r): batch() is called inside the with block" % self.label)
        if recorder.completed >= recorder.planned:
            self._dropped += 1
            return
        recorder.record(operations, 0, None, now - self._last)
        self._last = time.perf_counter()

    def __exit__(self, exc_type, exc, tb):
        self._tracing.__exit__(exc_type, exc, tb)
        if self._dropped:
            self._recorder.stopped = ("batch() was called %d more time(s) than max_batches=%d; those batches were "
                                      "not recorded" % (self._dropped, self._max_batches))
        if exc is None:
            outcome, message = "passed", None
        else:
            outcome, message = "failed", "%s: %s" % (exc_type.__name__, exc)
        self.snapshot = _session().write(self.label, self._settings, self._result, outcome, message)
        return False

    @property
    def verdict(self):
        """The core's Verdict on the snapshot (judged once, after the block)."""
        if self.snapshot is None:
            raise RuntimeError("memleak.measure(%r): the verdict exists once the with block has ended" % self.label)
        if self._verdict is None:
            self._verdict = _session().verdict_of(self.snapshot, self._settings)
        return self._verdict
