"""Guards for operations whose cost gets out of hand (issue 7, "Progress and a guard").

Both guards are specified here before they exist: each test is a strict xfail until the
collector stops a measurement that slows down batch after batch, or that outlives its time
budget (MEMLEAK_TIME_BUDGET, seconds per test). What they require of a stopped measurement:

- the snapshot still gets written, and the phase that was cut short carries "stopped", a
  sentence saying why (for the terminal, the report and the analyser's verdict);
- fewer operations ran than the settings planned (counted from the snapshot, not timed);
- the budget in force is recorded in the snapshot's config as "time_budget_s".

The inner tests sleep rather than compute, so they cost the shared machine no CPU and today
(without a guard) still end after a few seconds.
"""
import pytest

from inner import judged


def _operations(document):
    return sum(batch["operations"] for phase in document["phases"] for batch in phase["batches"])


def _stopped_phases(document):
    return [phase for phase in document["phases"] if isinstance(phase.get("stopped"), str) and phase["stopped"]]


@pytest.mark.xfail(strict=True, reason="guard not implemented yet")
def test_an_operation_that_slows_down_batch_after_batch_is_stopped_with_a_message(inner):
    # Quadratic in the number of calls: call k waits k * k * 0.1 ms, so the first batch lasts
    # about 3 ms and the last planned one about 0.7 s (the real case went from 0.07 s to
    # 261 s per batch). 44 operations as planned take about 2.8 s in all.
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
    planned = (document["config"]["warmup"] + document["config"]["batches"]) * document["config"]["batch_size"]
    stopped = _stopped_phases(document)
    assert stopped, "no phase says it was stopped: %r" % [sorted(phase) for phase in document["phases"]]
    assert _operations(document) < planned, (_operations(document), planned)
    # The message reaches the user in the pytest terminal, next to the test's name.
    output = result.stdout.str()
    assert "test_gets_slower" in output and "stopped" in output.lower(), output[-2000:]


@pytest.mark.xfail(strict=True, reason="guard not implemented yet")
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
    inner()
    document = inner.snapshots()["test_budget.py::test_twenty_milliseconds"]
    assert document["config"]["time_budget_s"] == 2
    batch_size = document["config"]["batch_size"]
    assert _operations(document) <= 2 / 0.02 + batch_size, _operations(document)
    assert _stopped_phases(document), "the phase cut short by the budget does not say so"
    # The batches that did run are whole: the budget ends a phase between batches.
    for phase in document["phases"]:
        assert all(batch["operations"] == batch_size for batch in judged(phase)), phase["batches"]
