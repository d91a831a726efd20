"""The measurements behind the collector's defaults (collector/python/README.md cites them).

    python3 bench/collector/measure_defaults.py

1. Cost per operation of tracemalloc by traceback depth, on a stack 50 frames deep (a test body
   under pytest sits about that deep): why the screen records 1 frame and only suspect tests
   pay for 32.
2. Cost of a full gc.collect() on a heap of 200,000 objects, with and without gc.freeze().
3. How many batches ordinary, non-leaking bodies need before their traced memory stops moving
   (the warm-up), and what the screen decides for them and for a real leak and a bounded cache.
"""
import collections
import datetime
import functools
import gc
import itertools
import json
import logging
import os
import re
import sys
import time
import tracemalloc

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "collector", "python"))

from memleak_pytest.attribution import Classifier  # noqa: E402
from memleak_pytest.measurement import measure  # noqa: E402
from memleak_pytest.rss import RssReader  # noqa: E402
from memleak_pytest.settings import Settings  # noqa: E402


def allocating_operation():
    document = {"a": [1, 2, 3], "b": "x" * 50, "c": {"k": 1}}
    json.loads(json.dumps(document))
    collections.OrderedDict(a=1, b=2)
    return [str(i) for i in range(20)]


def at_depth(depth, function):
    return function() if depth == 0 else at_depth(depth - 1, function)


def microseconds_per_op(nframe, count=2000):
    if nframe:
        tracemalloc.start(nframe)

    def loop():
        started = time.perf_counter()
        for _ in range(count):
            allocating_operation()
        return time.perf_counter() - started

    best = min(at_depth(50, loop) for _ in range(3))
    if nframe:
        tracemalloc.stop()
    return best / count * 1e6


def traceback_depth_costs():
    print("1. tracemalloc cost per operation, stack 50 frames deep (best of 3)")
    untraced = microseconds_per_op(0)
    print("   untraced        %7.1f µs" % untraced)
    for nframe in (1, 5, 10, 25, 32, 50):
        cost = microseconds_per_op(nframe)
        print("   nframe=%-3d      %7.1f µs  (x%.1f untraced)" % (nframe, cost, cost / untraced))


def gc_costs():
    print("2. full gc.collect() on a heap of ~200,000 container objects")
    heap = [[index] for index in range(200000)]
    started = time.perf_counter()
    gc.collect()
    plain = time.perf_counter() - started
    gc.freeze()
    started = time.perf_counter()
    gc.collect()
    frozen = time.perf_counter() - started
    gc.unfreeze()
    del heap
    print("   plain %.2f ms, after gc.freeze() %.3f ms" % (plain * 1e3, frozen * 1e3))


NAMES = itertools.count()
PATTERN = re.compile(r"(\w+)@(\w+)\.com")
CACHE = functools.lru_cache(maxsize=40000)(lambda key: "value-%d" % key)
KEPT = []

BODIES = {
    "json round trip": lambda: json.loads(json.dumps({"k": list(range(10)), "s": "x" * 100})),
    "regex match": lambda: PATTERN.match("someone@example.com").groups(),
    "same logger": lambda: logging.getLogger("memleak.defaults").debug("quiet"),
    "strptime": lambda: datetime.datetime.strptime("2024-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"),
    "format + dict churn": lambda: {str(i): "%05d" % i for i in range(30)},
    "bounded lru_cache(40000), unique keys": lambda: CACHE(next(NAMES)),
    "leak: new logger each op": lambda: logging.getLogger("memleak.leak.%d" % next(NAMES)),
    "leak: 8 bytes/op (list slot)": lambda: KEPT.append(None),
}


def warmup_and_screen():
    print("3. traced bytes after each batch (no warm-up, automatic batch size), screen decision")
    classifier = Classifier(REPO)
    reader = RssReader()
    for name, body in BODIES.items():
        settings = Settings(batches=9, warmup=0, batch_size="auto")
        result = measure(body, settings, classifier, reader)
        screen = result.phases[0]
        traced = list(screen.traced[:screen.completed])
        steps = [later - earlier for earlier, later in zip(traced, traced[1:])]
        print("   %-38s batch size %5d, growth per batch: %s" % (name, result.batch_size, steps))
        print("   %-38s screen: %s%s" % ("", result.confirm_reason or "not suspect",
                                         "; confirm growth per batch: %s" % _confirm_steps(result) if len(result.phases) > 1 else ""))
    reader.close()


def _confirm_steps(result):
    confirm = result.phases[1]
    traced = list(confirm.traced[:confirm.completed])
    return [later - earlier for earlier, later in zip(traced, traced[1:])]


if __name__ == "__main__":
    traceback_depth_costs()
    gc_costs()
    warmup_and_screen()
