"""The time guard of one phase: a deadline, and a watch for operations that slow down.

A leak test must not run for minutes with pytest's dots as the only output: a phase stops at its
deadline (checked between operations, so a batch can end early) or as soon as operations have
slowed down batch after batch so much that the batches still planned would overrun it. Either
way the phase records why it stopped (`stopped` in the snapshot) and the analyser judges what was
measured, naming the limit that left.
"""
import time

# A slowdown is taken for real only when the time per operation rose in each of the last
# SLOWDOWN_BATCHES batches and is now SLOWDOWN_RATIO times the fastest batch's: a loaded machine
# makes single batches slow, not a steady climb of that size. Batches shorter than
# SLOWDOWN_MIN_BATCH_SECONDS are never taken for one: at microseconds a batch's time is jitter.
SLOWDOWN_BATCHES = 4
SLOWDOWN_RATIO = 4.0
SLOWDOWN_MIN_BATCH_SECONDS = 0.02


class Guard:
    """deadline: a time.perf_counter() value; budget_s: the test's whole budget, for messages."""

    def __init__(self, deadline, budget_s, share=None, clock=time.perf_counter):
        """share: the phase's name and its seconds when it has only a part of the budget."""
        self.deadline = deadline
        self.budget_s = budget_s
        self.share = share
        self.clock = clock
        self.stopped = None  # why the phase stopped early, a sentence; None while it runs on
        self.slowed_down = False
        self._per_operation = []

    def time_left(self):
        return self.deadline - self.clock()

    def expired(self):
        return self.clock() >= self.deadline

    def stop_for_budget(self, batch, planned):
        budget = "the time budget of %gs" % self.budget_s
        if self.share is not None:
            budget = "the %s's %gs of the %gs time budget" % (self.share[0], self.share[1], self.budget_s)
        self.stopped = ("%s ran out in batch %d of %d (raise time_budget, or MEMLEAK_TIME_BUDGET, to measure "
                        "more operations)" % (budget, batch, planned))

    def after_batch(self, operations, duration, batches_left):
        """Records a finished batch; returns True when the phase should stop (reason in .stopped)."""
        if operations > 0:
            self._per_operation.append(duration / operations)
        if batches_left <= 0 or duration < SLOWDOWN_MIN_BATCH_SECONDS:
            return False
        recent = self._per_operation[-(SLOWDOWN_BATCHES + 1):]
        if len(recent) <= SLOWDOWN_BATCHES or recent[0] <= 0:
            return False
        rising = all(later > earlier for earlier, later in zip(recent, recent[1:]))
        if not rising or recent[-1] < SLOWDOWN_RATIO * min(self._per_operation):
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
