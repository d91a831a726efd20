"""Measures one leak test: a cheap screen and, for suspect tests, a deep confirm phase.

Screen: tracemalloc with one frame per allocation (about 6x cheaper than 32 frames on a deep
pytest stack; see the README), `settings.batches` judged batches. Confirm (only when the screen
found a reason and confirming is on): `settings.traceback_depth` frames, so an allocation inside a
library is charged to the user's line, and twice the batches, which also lets a bounded cache
that is still filling level off before the analyser judges it. Both run on the same fixtures,
in the same process, one after the other.
"""
import gc
import tracemalloc

from .recorder import PhaseRecorder
from .runner import run_phase
from .suspicion import reason_to_confirm

SCREEN_TRACEBACK_DEPTH = 1
CONFIRM_BATCH_FACTOR = 2
# Objects older than a phase are moved out of the collector's reach with gc.freeze(): the full
# gc.collect() after every batch then costs microseconds instead of the 10-30 ms a pytest
# process's heap takes, and object counts cover only objects made while measuring. Afterwards
# everything is unfrozen again, unless more objects were frozen since this module was imported
# (by the user: unfreezing would undo their freeze, so ours stays too). The baseline is taken
# here because CPython 3.12 already holds a few hundred objects frozen at startup.
_FROZEN_BEFORE_US = gc.get_freeze_count()


class Measurement:
    """What measure() found; `exception` is what the body raised, for the caller to re-raise."""

    def __init__(self, settings):
        self.settings = settings
        self.batch_size = None if settings.batch_size_is_auto else settings.batch_size
        self.phases = []
        self.confirm_reason = None
        self.exception = None


def measure(op, settings, classifier, rss_reader, progress=None):
    """Runs the phases on op (a callable without arguments). Never raises what op raised.

    progress, when given, is called after every batch with a runner.Progress (phase name,
    batch number from 1, batches planned, operations so far in the phase, seconds since the phase began).
    """
    result = Measurement(settings)
    restore_depth = tracemalloc.get_traceback_limit() if tracemalloc.is_tracing() else None
    if restore_depth is not None:
        tracemalloc.stop()  # the user's own tracing: restarted afterwards, its traces are lost
    owns_freeze = gc.get_freeze_count() <= _FROZEN_BEFORE_US
    try:
        screen = _phase(result, "screen", SCREEN_TRACEBACK_DEPTH, settings.batches, classifier, rss_reader,
                        calibrating=result.batch_size is None)
        result.batch_size = run_phase(screen, op, result.batch_size, sample_object_types=False,
                                      progress=progress)
        tracemalloc.stop()
        if settings.confirm:
            result.confirm_reason = reason_to_confirm(screen, classifier)
        if result.confirm_reason is not None:
            # Deep tracebacks make every operation several times slower, so an automatic batch
            # size is timed again: a confirmation batch then lasts about as long as a screening one.
            confirm_size = None if settings.batch_size_is_auto else result.batch_size
            confirm = _phase(result, "confirm", settings.traceback_depth,
                             settings.batches * CONFIRM_BATCH_FACTOR, classifier, rss_reader,
                             calibrating=confirm_size is None)
            run_phase(confirm, op, confirm_size, sample_object_types=True, progress=progress)
    except BaseException as exc:  # handed back: the caller records the outcome, then re-raises
        result.exception = exc
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        if owns_freeze:
            gc.unfreeze()
        if restore_depth is not None:
            tracemalloc.start(restore_depth)
    return result


def _phase(result, name, depth, batches, classifier, rss_reader, calibrating):
    # The automatic batch size is timed during a warm-up batch, so it needs at least one.
    warmup = result.settings.warmup
    if calibrating:
        warmup = max(warmup, 1)
    recorder = PhaseRecorder(name, depth, warmup, batches, classifier, rss_reader,
                             result.settings.expect_errors)
    result.phases.append(recorder)
    gc.collect()
    gc.freeze()
    tracemalloc.start(depth)
    return recorder
