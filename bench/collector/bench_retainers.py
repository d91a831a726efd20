"""Times the retainer search (what keeps each leaking site's objects) against the measurement it ends.

For six leak shapes (a module list, a class registry, an lru_cache on a method, a logger per name,
strings in a dict of atoms, one string grown with +=), the collector measures a leaking test
(screen + confirm, its defaults but a fixed batch size) on a heap of about 100,000 objects
(a pytest process with a few libraries loaded) and of 600,000 (the same plus 500,000 live objects
kept by the suite). The figure is the CPU time (time.process_time: every thread of the process,
the search's own thread included) of retainers.find_retainers per leaking test, against the CPU
time of the whole measurement it is part of, in the same run. Median of several repetitions.

    python3 bench/collector/bench_retainers.py           # table
    python3 bench/collector/bench_retainers.py --json    # the table, then one JSON line
"""
import argparse
import functools
import gc
import itertools
import json
import logging
import os
import statistics
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "collector", "python"))

import memleak_pytest.measurement as measurement_module  # noqa: E402
from memleak_pytest.attribution import Classifier  # noqa: E402
from memleak_pytest.heap import NativeHeapReader  # noqa: E402
from memleak_pytest.rss import RssReader  # noqa: E402
from memleak_pytest.settings import Settings  # noqa: E402

BATCH_SIZE = 100
IDS = itertools.count()
AUDIT_TRAIL = []
ETAGS = {}
BALLAST = []


class Job:
    registry = []

    def __init__(self, name):
        self.spec = {"name": name, "retries": 3, "payload": [1, 2]}
        Job.registry.append(self)


class Quoter:
    def __init__(self, rate):
        self.rate = rate

    @functools.lru_cache(maxsize=None)
    def quote(self, quantity):
        return quantity * self.rate


class Buffer:
    def __init__(self):
        self.text = ""


BUFFER = Buffer()


def module_list():
    AUDIT_TRAIL.append({"at": next(IDS), "headers": {"x": "y"}})


def class_registry():
    Job("job-%d" % next(IDS))


def lru_cache_on_a_method():
    Quoter(1.5).quote(next(IDS) % 7)


def logger_per_name():
    logging.getLogger("bench.request.%d" % next(IDS))


def strings_in_a_dict():
    ETAGS[next(IDS)] = "W/%012d-etag-of-an-invoice" % next(IDS)


def one_growing_string():
    BUFFER.text += "%d: a line kept for ever\n" % next(IDS)


SHAPES = [module_list, class_registry, lru_cache_on_a_method, logger_per_name, strings_in_a_dict, one_growing_string]


def at_pytest_depth(function, *arguments):
    """Calls function 50 frames down, about where a test body runs under pytest."""
    def descend(depth):
        return function(*arguments) if depth == 0 else descend(depth - 1)
    return descend(50)


def measured(op):
    """(CPU seconds of the whole measurement, CPU seconds of its retainer search, retainers found)."""
    searches = []
    original = measurement_module.find_retainers

    def timed(recorder, classifier):
        started = time.process_time()
        found = original(recorder, classifier)
        searches.append((time.process_time() - started, found))
        return found
    measurement_module.find_retainers = timed
    try:
        reader = RssReader()
        started = time.process_time()
        result = at_pytest_depth(measurement_module.measure, op, Settings(batch_size=BATCH_SIZE, confirm=True),
                                 Classifier(REPO), (reader, NativeHeapReader()))
        elapsed = time.process_time() - started
        reader.close()
    finally:
        measurement_module.find_retainers = original
    if result.exception is not None:
        raise result.exception
    search, found = searches[0] if searches else (0.0, {})
    return elapsed, search, found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="also print one JSON line with the figures")
    parser.add_argument("--repetitions", type=int, default=3)
    arguments = parser.parse_args()
    import asyncio, email.message, http.client, unittest, xml.dom.minidom  # noqa: E401,F401  a realistic heap
    rows = []
    for ballast in (0, 500_000):
        BALLAST[:] = [{"n": index} if index % 2 else [index] for index in range(ballast)]
        gc.collect()
        heap = len(gc.get_objects())
        for shape in SHAPES:
            whole, search, kept = [], [], None
            for _ in range(arguments.repetitions):
                elapsed, spent, found = measured(shape)
                whole.append(elapsed)
                search.append(spent)
                kept = next(iter(found.values()), None)
            rows.append({"shape": shape.__name__, "heap_objects": heap, "search_ms": round(statistics.median(search) * 1000, 1),
                         "measurement_s": round(statistics.median(whole), 3),
                         "share": round(statistics.median(search) / statistics.median(whole), 4),
                         "retainer": "%s (%s) <- %s" % (kept["path"], kept["type"], kept["root"]) if kept else None})
    BALLAST.clear()
    print("Retainer search per leaking test, CPU, median of %d; batch size %d" % (arguments.repetitions, BATCH_SIZE))
    print("%-22s %12s %10s %14s %7s  %s" % ("shape", "heap objects", "search", "measurement", "share", "retainer"))
    for row in rows:
        print("%-22s %12d %7.1f ms %12.3f s %6.1f%%  %s" % (row["shape"], row["heap_objects"], row["search_ms"],
                                                          row["measurement_s"], 100 * row["share"], row["retainer"]))
    if arguments.json:
        print(json.dumps({"bench": "collector-retainers", "runtime": "%s %s" % (
            sys.implementation.name, ".".join(map(str, sys.version_info[:3]))), "rows": rows}))


if __name__ == "__main__":
    # The shapes run from a module with a name, as application code does (not from __main__).
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import bench_retainers
    bench_retainers.main()
