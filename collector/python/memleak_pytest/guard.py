"""The time guard of one phase: a deadline, and a watch for operations that slow down.

A leak test must not run for minutes with pytest's dots as the only output: a phase stops at its
deadline (checked between operations, so a batch can end early) or as soon as operations have
slowed down batch after batch so much that the batches still planned would overrun it. Either
way the phase records why it stopped (`stopped` in the snapshot) and the analyser judges what was
measured, naming the limit that left.
"""
import time

# Consecutive batches whose time per operation must each exceed the one before by this factor
# before the slowdown is projected forward: timing jitter on a loaded machine stays well below it.
SLOWDOWN_FACTOR = 1.25
SLOWDOWN_BATCHES = 3
# Batches shorter than this are never taken for a slowdown: at microseconds, a batch's time is
# mostly jitter, and three rising ones in a row happen by chance.
SLOWDOWN_MIN_BATCH_SECONDS = 0.02


class Guard:
    """deadline: a time.perf_counter() value; budget_s: the test's whole budget, for messages."""

    def __init__(self, deadline, budget_s, clock=time.perf_counter):
        self.deadline = deadline
        self.budget_s = budget_s
        self.clock = clock
        self.stopped = None  # why the phase stopped early, a sentence; None while it runs on
        self.slowed_down = False
        self._per_operation = []

    def time_left(self):
        return self.deadline - self.clock()

    def expired(self):
        return self.clock() >= self.deadline

    def stop_for_budget(self, batch, planned):
        self.stopped = ("the time budget of %gs ran out in batch %d of %d (raise time_budget, or "
                        "MEMLEAK_TIME_BUDGET, to measure more operations)" % (self.budget_s, batch, planned))

    def after_batch(self, operations, duration, batches_left):
        """Records a finished batch; returns True when the phase should stop (reason in .stopped)."""
        if operations > 0:
            self._per_operation.append(duration / operations)
        if batches_left <= 0 or duration < SLOWDOWN_MIN_BATCH_SECONDS:
            return False
        recent = self._per_operation[-(SLOWDOWN_BATCHES + 1):]
        if len(recent) <= SLOWDOWN_BATCHES or recent[0] <= 0:
            return False
        ratios = [later / earlier for earlier, later in zip(recent, recent[1:]) if earlier > 0]
        if len(ratios) < SLOWDOWN_BATCHES or min(ratios) < SLOWDOWN_FACTOR:
            return False
        # Time per operation growing linearly with the operations run (a quadratic operation):
        # the batches left take the last batch's time plus the recent increase, again and again.
        increase = duration * (1 - recent[0] / recent[-1]) / SLOWDOWN_BATCHES
        projected = batches_left * duration + increase * batches_left * (batches_left + 1) / 2
        if projected <= self.time_left():
            return False
        self.slowed_down = True
        self.stopped = ("operations slow down batch after batch (%s per operation, then %s): the %d batch(es) "
                        "still planned would overrun the time budget of %gs"
                        % (_seconds(recent[0]), _seconds(recent[-1]), batches_left, self.budget_s))
        return True


def _seconds(value):
    if value >= 1:
        return "%.1f s" % value
    if value >= 1e-3:
        return "%.1f ms" % (value * 1e3)
    return "%.1f µs" % (value * 1e6)
