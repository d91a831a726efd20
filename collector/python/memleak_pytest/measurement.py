"""Measures one leak test: a screen that gives the verdict and, for suspect tests, a deep phase
that names the lines.

Screen (role "verdict"): tracemalloc with one frame per allocation (about 6x cheaper than 32
frames on a deep pytest stack; see the README). It runs enough operations for the analyser's
floors to be reachable (settings.TARGET_OPERATIONS judged operations) within its share of the
test's time budget; the analyser judges this phase, so the deep phase's cost can never starve the
verdict, and a bounded cache has the screen's whole run to level off.

Confirm (role "attribution"; only when the screen found growth and confirming is on):
`settings.traceback_depth` frames, so an allocation inside a library is charged to the user's
line. Its figures only say where growth comes from: tracing restarts for it (tracemalloc cannot
change depth while tracing), so the frees of what was allocated before it are invisible and a
full bounded cache's evictions look like growth there; which is why it never decides a verdict.
Both run on the same fixtures, in the same process, one after the other.
"""
import contextlib
import gc
import math
import time
import tracemalloc

from .guard import Guard
from .harness import HarnessQuiet
from .recorder import PhaseRecorder
from .retainers import find_retainers
from .runner import run_phase
from .settings import AUTO_BATCH_MAX_OPERATIONS, AUTO_BATCH_SECONDS, MAX_BATCHES, TARGET_OPERATIONS
from .suspicion import reason_to_confirm

SCREEN_TRACEBACK_DEPTH = 1
# The screen's share of the time budget when a confirm phase may follow.
SCREEN_BUDGET_SHARE = 0.6
# Judged batches of the attribution phase: the analyser lists a site that grew in at least 3 of
# its steps, and 6 batches give 5 steps.
ATTRIBUTION_BATCHES = 6
# Operations the attribution phase aims for with a small fixed batch size.
ATTRIBUTION_TARGET_OPERATIONS = 64
# The attribution phase may take half as long as the screen did, within these bounds and the
# budget: deep tracebacks can make an allocation-heavy operation hundreds of times slower, and a
# few operations per batch are enough to see which line grows (its figures are byte-exact). A
# quarter was tried: a SQLAlchemy query's statement cache filling during the shorter phase then
# outgrew the leak's line in 1 of 4 detection rounds (bench/detection.ts); for microsecond
# operations the 0.25 s minimum applies either way.
ATTRIBUTION_SHARE_OF_SCREEN = 0.5
ATTRIBUTION_MIN_SECONDS = 0.25
ATTRIBUTION_MAX_SECONDS = 5.0
# A batch sized from the budget is planned at this share of the time left: sampling after each
# batch and timing jitter take the rest.
BUDGET_MARGIN = 0.85
# The screen fits its batches to the budget at no more than this many times the fastest
# calibration chunk's time per operation.
FIT_FASTEST_FACTOR = 2
# The analyser's default floor (bytes per operation): a screen whose last third of steps (at
# least STILL_GROWING_STEPS) grew by more than this at the median is extended once, by as many
# batches again.
FLOOR_BYTES_PER_OP = 32
STILL_GROWING_STEPS = 3
ROLE_VERDICT = "verdict"
ROLE_ATTRIBUTION = "attribution"
ROLE_SOAK = "soak"
# Objects older than a phase are moved out of the collector's reach with gc.freeze(): the full
# gc.collect() after every batch then costs microseconds instead of the 10-30 ms a pytest
# process's heap takes, and object counts cover only objects made while measuring. Afterwards
# everything is unfrozen again, unless more objects were frozen since this module was imported
# (by the user: unfreezing would undo their freeze, so ours stays too). The baseline is taken
# here because CPython 3.12 already holds a few hundred objects frozen at startup.
_FROZEN_BEFORE_US = gc.get_freeze_count()


def owns_gc_freeze():
    """Whether the objects frozen now are only ours to unfreeze afterwards (see _FROZEN_BEFORE_US)."""
    return gc.get_freeze_count() <= _FROZEN_BEFORE_US


@contextlib.contextmanager
def tracing_session(quiet):
    """Hands tracemalloc and the gc freeze to one measurement (a batch measurement or a soak).

    A user's own tracing is stopped first and restarted afterwards at its depth (its traces are
    lost). On the way out, whatever happened: tracing stops, `quiet` (a harness.HarnessQuiet, or
    None) re-emits what it held back, and what the measurement froze is unfrozen if the freeze is
    ours. Yields owns_gc_freeze() as it was on the way in.
    """
    restore_depth = tracemalloc.get_traceback_limit() if tracemalloc.is_tracing() else None
    if restore_depth is not None:
        tracemalloc.stop()
    owns_freeze = owns_gc_freeze()
    try:
        yield owns_freeze
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        if quiet is not None:
            quiet.reemit()
        if owns_freeze:
            gc.unfreeze()
        if restore_depth is not None:
            tracemalloc.start(restore_depth)


class Measurement:
    """What measure() found; `exception` is what the body raised, for the caller to re-raise."""

    def __init__(self, settings):
        self.settings = settings
        self.batch_size = None if settings.batch_size_is_auto else settings.batch_size
        self.phases = []
        self.confirm_reason = None
        self.exception = None

    @property
    def verdict_phase(self):
        """The phase the analyser judges (the screen), or None when nothing ran."""
        return next((phase for phase in self.phases if phase.role == ROLE_VERDICT), None)


def measure(op, settings, classifier, readers, progress=None):
    """Runs the phases on op (a callable without arguments). Never raises what op raised.

    readers: (RssReader, NativeHeapReader). progress, when given, is called after every batch
    with a runner.Progress (phase name, batch number from 1, batches planned, operations so far
    in the phase, seconds since the phase began).
    """
    result = Measurement(settings)
    clock = time.perf_counter
    started = clock()
    end = started + settings.time_budget
    quiet = HarnessQuiet()
    with tracing_session(quiet) as owns_freeze:
        try:
            screen_end = started + settings.time_budget * SCREEN_BUDGET_SHARE if settings.confirm else end
            share = ("screen", round(screen_end - started, 1)) if settings.confirm else None
            guard = Guard(screen_end, settings.time_budget, share)
            batches = settings.batches
            if result.batch_size is not None:
                batches = _batches_for(result.batch_size, batches, TARGET_OPERATIONS)
            screen = _phase(result, "screen", ROLE_VERDICT, SCREEN_TRACEBACK_DEPTH, batches, classifier, readers,
                            calibrating=result.batch_size is None, reserve=batches)
            screen_size = _screen_batch_size(settings.batches)
            result.batch_size = run_phase(screen, op, result.batch_size, guard, screen_size,
                                          sample_object_types=False, progress=progress, quiet=quiet)
            if guard.stopped is None and _still_growing(screen) and _time_for(screen, batches, guard):
                # Still growing at the end: a leak, or a cache still filling. Twice the judged
                # operations let a filling cache show that it levels off; a leak only grows on.
                screen.extend(batches)
                run_phase(screen, op, result.batch_size, guard, screen_size, sample_object_types=False, progress=progress,
                          quiet=quiet)
            screen.stopped = guard.stopped
            tracemalloc.stop()
            if settings.confirm:
                result.confirm_reason = reason_to_confirm(screen, classifier)
            if result.confirm_reason is not None and not guard.slowed_down and end - clock() > AUTO_BATCH_SECONDS:
                confirm = _attribute(result, op, classifier, readers, Guard(end, settings.time_budget),
                                     clock() - started, progress, quiet)
                if owns_freeze:
                    # Needs the phase's tracebacks (tracing on) and the whole heap (it unfreezes):
                    # a user's own freeze would hide the holders, so then no retainer is looked for.
                    confirm.retainers = find_retainers(confirm, classifier)
        except BaseException as exc:  # handed back: the caller records the outcome, then re-raises
            result.exception = exc
    return result


def _attribute(result, op, classifier, readers, guard, screen_seconds, progress, quiet):
    """The deep phase: same operation, `traceback_depth` frames, sized to the time left; returns
    its PhaseRecorder (tracing still on)."""
    settings = result.settings
    fixed = None if settings.batch_size_is_auto else result.batch_size
    batches = ATTRIBUTION_BATCHES if fixed is None else _batches_for(fixed, ATTRIBUTION_BATCHES,
                                                                    ATTRIBUTION_TARGET_OPERATIONS)
    confirm = _phase(result, "confirm", ROLE_ATTRIBUTION, settings.traceback_depth, batches, classifier, readers,
                     calibrating=fixed is None)
    seconds = min(ATTRIBUTION_MAX_SECONDS, max(ATTRIBUTION_MIN_SECONDS, ATTRIBUTION_SHARE_OF_SCREEN * screen_seconds))

    def choose(calibration, batches_left, seconds_left):
        fits = min(seconds, seconds_left) * BUDGET_MARGIN / max(1, batches_left) / calibration.average
        return max(1, min(AUTO_BATCH_MAX_OPERATIONS, int(fits)))

    run_phase(confirm, op, fixed, guard, choose, sample_object_types=True, progress=progress, quiet=quiet)
    confirm.stopped = guard.stopped
    return confirm


def _batches_for(batch_size, batches, target_operations):
    """Judged batches for a fixed batch size: the setting, or more when it cannot reach the target.
    Growth is judged from the first judged batch to the last, so the operations of the batches
    after the first are the ones that count."""
    return min(MAX_BATCHES, max(batches, math.ceil(target_operations / batch_size) + 1))


def _screen_batch_size(batches):
    """The screen's choice after timing: a batch of about AUTO_BATCH_SECONDS, or more operations
    when the judged batches would not reach TARGET_OPERATIONS, within the time left."""
    needed = math.ceil(TARGET_OPERATIONS / max(1, batches - 1))  # the first judged batch is the base

    def choose(calibration, batches_left, seconds_left):
        wanted = max(needed, int(AUTO_BATCH_SECONDS / calibration.fastest) if calibration.fastest > 0
                     else AUTO_BATCH_MAX_OPERATIONS)
        # The calibration's few calls are a poor average on a busy machine (two calls descheduled
        # for 50 ms shrank a clean test's batches below 512 judged operations): the fit takes at
        # most FIT_FASTEST_FACTOR times the fastest chunk; the guard still stops at the budget.
        per_operation = min(calibration.average, FIT_FASTEST_FACTOR * calibration.fastest)
        fits = seconds_left * BUDGET_MARGIN / max(1, batches_left) / max(per_operation, 1e-9)
        return max(1, min(AUTO_BATCH_MAX_OPERATIONS, wanted, int(fits)))
    return choose


def _still_growing(recorder):
    """Whether the last third of the judged steps (at least STILL_GROWING_STEPS) grew, at the
    median, by more than the analyser's default floor per operation: what it would call a leak
    unless more operations showed the growth levelling off."""
    last = recorder.completed - 1
    steps = last - recorder.first_judged
    window = max(STILL_GROWING_STEPS, -(-steps // 3))
    if steps < window:
        return False
    per_op = sorted((recorder.traced[index] - recorder.traced[index - 1]) / max(1, recorder.operations[index])
                    for index in range(last - window + 1, last + 1))
    middle = len(per_op) // 2
    median = per_op[middle] if len(per_op) % 2 else (per_op[middle - 1] + per_op[middle]) / 2
    return median > FLOOR_BYTES_PER_OP


def _time_for(recorder, batches, guard):
    """Whether `batches` more batches, at the judged batches' average duration, fit the time left."""
    judged = recorder.durations[recorder.first_judged:recorder.completed]
    return len(judged) > 0 and sum(judged) / len(judged) * batches < guard.time_left() * BUDGET_MARGIN


def _phase(result, name, role, depth, batches, classifier, readers, calibrating, reserve=0):
    # The automatic batch size is timed during a warm-up batch, so it needs at least one.
    warmup = result.settings.warmup
    if calibrating:
        warmup = max(warmup, 1)
    recorder = PhaseRecorder(name, role, depth, warmup, batches, classifier, readers,
                             result.settings.expect_errors, reserve=reserve)
    result.phases.append(recorder)
    gc.collect()
    gc.freeze()
    tracemalloc.start(depth)
    return recorder
