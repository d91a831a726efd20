"""Guards for operations whose cost gets out of hand (issue 7, "Progress and a guard"): a
measurement that slows down batch after batch, or that outlives its time budget
(MEMLEAK_TIME_BUDGET, seconds per test), stops. What a stopped measurement must leave:

- a snapshot whose cut-short phase carries "stopped", a sentence saying why;
- fewer operations than the settings planned (counted from the snapshot, not timed);
- the budget in force in the snapshot's config as "time_budget_s";
- the sentence in front of the user, in the pytest terminal.

The inner tests sleep rather than compute, so they cost the shared machine no CPU, and without a
guard they still end after a few seconds.
"""
import os
import shutil

import pytest

from inner import operations

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
needs_core = pytest.mark.skipif(not shutil.which("node") or not os.path.isfile(os.path.join(REPO, "dist", "cli.js")),
                                reason="needs Node.js on PATH and dist/cli.js (npm run build) for the verdict in pytest")


def _stopped(document):
    """The `stopped` sentences of a snapshot's phases."""
    return [phase["stopped"] for phase in document["phases"] if isinstance(phase.get("stopped"), str) and phase["stopped"]]


def _planned(config):
    return (config["warmup"] + config["batches"]) * config["batch_size"]


@needs_core
def test_an_operation_that_slows_down_batch_after_batch_is_stopped_with_a_message(inner):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")  # the default: judged inside pytest, as users run it
    # Quadratic in the number of calls: call k waits k * k * 0.1 ms, so the first batch lasts
    # about 3 ms and the last planned one about 0.7 s (the real case went from 0.07 s to
    # 261 s per batch). The 44 operations planned here take about 2.8 s in all.
    inner.pytester.makepyfile(test_slowing="""
        import itertools, time
        import pytest

        calls = itertools.count(1)

        @pytest.mark.memleak(batches=10, batch_size=4, warmup=1)
        def test_gets_slower():
            k = next(calls)
            time.sleep(k * k * 0.0001)
    """)
    result = inner()
    document = inner.snapshots()["test_slowing.py::test_gets_slower"]
    stopped = _stopped(document)
    assert stopped, "no phase says it was stopped: %r" % [sorted(phase) for phase in document["phases"]]
    assert "slow" in stopped[0].lower(), stopped
    assert operations(document) < _planned(document["config"]), (operations(document), document["config"])
    assert stopped[0] in result.stdout.str(), result.stdout.str()[-3000:]


def test_a_time_budget_bounds_a_slow_measurement_to_the_budget_plus_one_batch(inner):
    inner.monkeypatch.setenv("MEMLEAK_TIME_BUDGET", "2")
    # 20 ms per operation, 16 batches of 10 planned (2 warm-up): 3.2 s without a budget. With
    # 2 s, at most 2 / 0.02 = 100 operations fit, plus the batch under way when time ran out.
    inner.pytester.makepyfile(test_budget="""
        import time
        import pytest

        @pytest.mark.memleak(batches=14, batch_size=10)
        def test_twenty_milliseconds():
            time.sleep(0.02)
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_budget.py::test_twenty_milliseconds"]
    assert document["config"]["time_budget_s"] == 2
    assert operations(document) <= 2 / 0.02 + document["config"]["batch_size"], operations(document)
    stopped = _stopped(document)
    assert stopped and "budget" in stopped[0], document["phases"]
