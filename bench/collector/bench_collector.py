"""Times the Python collector against the floor it cannot beat.

The floor is the same loop under bare tracemalloc: the same frame depth, the same batches and
the same gc.freeze()/gc.collect() calls, but no snapshots, attribution or bookkeeping. The
collector's cost is what it adds on top. Measured for a ~20 µs operation that retains nothing
(screen phase only, the common case) and for one that leaks (screen + confirm, where deep
tracebacks cost the most). Times are the process's CPU time (time.process_time), so other
processes on a busy machine do not count; each figure is the median of several repetitions, with
collector and floor interleaved.

    python3 bench/collector/bench_collector.py           # table
    python3 bench/collector/bench_collector.py --json    # the table, then one JSON line
"""
import argparse
import gc
import json
import os
import statistics
import sys
import time
import tracemalloc

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "collector", "python"))

from memleak_pytest.attribution import Classifier  # noqa: E402
from memleak_pytest.heap import NativeHeapReader  # noqa: E402
from memleak_pytest.measurement import SCREEN_TRACEBACK_DEPTH, measure  # noqa: E402
from memleak_pytest.rss import RssReader  # noqa: E402
from memleak_pytest.settings import Settings  # noqa: E402

PAYLOAD = {"id": 12345, "name": "widget", "tags": ["a", "b", "c"], "price": 9.99,
           "attributes": {"colour": "red", "size": [1, 2, 3], "stock": True}}
KEPT = []
# Fixed rather than automatic, so every repetition and its floor run the same operations.
BATCH_SIZE = 200


def operation():
    """About 20 µs untraced: three JSON round trips of a small document."""
    for _ in range(3):
        json.loads(json.dumps(PAYLOAD))


def leaking_operation():
    operation()
    KEPT.append(bytearray(64))


def at_pytest_depth(function, *arguments):
    """Calls function 50 frames down, about where a test body runs under pytest. With 32 frames
    recorded, a shallower stack would make every traceback cheaper than it is in real use, and
    the collector's own few frames (measure, run_phase, ...) would count against it."""
    def descend(depth):
        return function(*arguments) if depth == 0 else descend(depth - 1)
    return descend(50)


def untraced_op_seconds(op, count=5000):
    started = time.process_time()
    for _ in range(count):
        op()
    return (time.process_time() - started) / count


def floor_seconds(op, phases):
    """phases: [(traceback depth, batches in all, batch size)] run as the collector runs them."""
    started = time.process_time()
    for depth, batches, batch_size in phases:
        gc.collect()
        gc.freeze()
        tracemalloc.start(depth)
        for _ in range(batches):
            for _ in range(batch_size):
                op()
            gc.collect()
        tracemalloc.stop()
    gc.unfreeze()
    return time.process_time() - started


def collector_seconds(op, settings):
    classifier = Classifier(REPO)
    reader = RssReader()
    started = time.process_time()
    result = measure(op, settings, classifier, (reader, NativeHeapReader()))
    elapsed = time.process_time() - started
    reader.close()
    if result.exception is not None:
        raise result.exception
    return elapsed, result


def phase_plan(result):
    return [(phase.traceback_depth, phase.planned, result.batch_size) for phase in result.phases]


def compare(op, settings, repetitions):
    """Median seconds of the collector and of its floor, and the phases the collector ran. Which
    of the two runs first alternates, so neither always inherits the other's warm caches."""
    _, result = at_pytest_depth(collector_seconds, op, settings)  # warm-up: first-call costs
    plan = phase_plan(result)
    at_pytest_depth(floor_seconds, op, plan)
    collector, floor = [], []
    for repetition in range(repetitions):
        if repetition % 2:
            floor.append(at_pytest_depth(floor_seconds, op, plan))
        elapsed, result = at_pytest_depth(collector_seconds, op, settings)
        collector.append(elapsed)
        if not repetition % 2:
            floor.append(at_pytest_depth(floor_seconds, op, plan))
    return statistics.median(collector), statistics.median(floor), plan


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="also print one JSON line with the figures")
    parser.add_argument("--repetitions", type=int, default=5)
    arguments = parser.parse_args()

    op_us = untraced_op_seconds(operation) * 1e6
    # The collector's defaults, except the batch size.
    screen_settings = Settings(batch_size=BATCH_SIZE, confirm=False)
    confirm_settings = Settings(batch_size=BATCH_SIZE, confirm=True)
    # The screen is cheap: three times the repetitions for a steadier median.
    screen, screen_floor, screen_plan = compare(operation, screen_settings, 3 * arguments.repetitions)
    deep, deep_floor, deep_plan = compare(leaking_operation, confirm_settings, arguments.repetitions)
    screen_only, _, _ = compare(leaking_operation, Settings(batch_size=BATCH_SIZE, confirm=False), arguments.repetitions)

    rows = [
        ("operation, untraced", "%.1f µs/op" % op_us, ""),
        ("screen (nframe=%d), no leak" % SCREEN_TRACEBACK_DEPTH, "%.3f s" % screen, "floor %.3f s, x%.3f" % (screen_floor, screen / screen_floor)),
        ("screen + confirm (nframe=%d), leak" % confirm_settings.traceback_depth, "%.3f s" % deep, "floor %.3f s, x%.3f" % (deep_floor, deep / deep_floor)),
        ("screen only, same leak", "%.3f s" % screen_only, "confirm adds %.3f s (x%.1f)" % (deep - screen_only, deep / screen_only)),
    ]
    width = max(len(row[0]) for row in rows)
    print("Python collector, CPU seconds, median of %d (screen: %d) repetitions; phases (depth, batches, ops): "
          "screen %s, confirm %s" % (arguments.repetitions, 3 * arguments.repetitions, screen_plan, deep_plan[1:]))
    for name, value, note in rows:
        print("%s  %12s  %s" % (name.ljust(width), value, note))
    if arguments.json:
        print(json.dumps({
            "bench": "collector-python",
            "runtime": "%s %s" % (sys.implementation.name, ".".join(map(str, sys.version_info[:3]))),
            "repetitions": arguments.repetitions,
            "operation_untraced_us": round(op_us, 2),
            "screen_s": round(screen, 4),
            "screen_floor_s": round(screen_floor, 4),
            "screen_ratio": round(screen / screen_floor, 4),
            "confirm_s": round(deep, 4),
            "confirm_floor_s": round(deep_floor, 4),
            "confirm_ratio": round(deep / deep_floor, 4),
            "screen_only_leak_s": round(screen_only, 4),
            "deep_traceback_cost_s": round(deep - screen_only, 4),
            "target_ratio": 1.2,
        }))


if __name__ == "__main__":
    main()
