"""Per-batch sampling cost of the collector against the size of the traced live heap.

For 0, 100 k, 1 M and 3 M live traced objects (built after tracing starts, as a test whose first
operation fills a large fixture or cache does), times what the collector does after every batch
(PhaseRecorder.record: a full collection, RSS, the C allocator's bytes in use, the traced total
and, below 8 MiB traced, the per-site detail) and reports the median of 7 batches, CPU seconds,
with its ratio to the empty heap's in the same run. Also the peak RSS of the process, against
two floors measured in fresh processes: the largest heap built untraced, and built under bare
tracemalloc (one frame) with nothing else; the collector's own peak is what it adds to the latter.

    python3 bench/collector/bench_heap.py [--json]
"""
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "collector", "python"))

from memleak_pytest.attribution import Classifier  # noqa: E402
from memleak_pytest.heap import NativeHeapReader  # noqa: E402
from memleak_pytest.recorder import PhaseRecorder  # noqa: E402
from memleak_pytest.rss import RssReader  # noqa: E402

SIZES = (0, 100000, 1000000, 3000000)
BATCHES = 7


def sample_cost(objects):
    """Median CPU seconds of one batch's sampling with `objects` small live objects traced."""
    readers = (RssReader(), NativeHeapReader())
    recorder = PhaseRecorder("screen", "verdict", 1, 1, BATCHES, Classifier(os.getcwd()), readers, False)
    gc.collect()
    gc.freeze()
    tracemalloc.start(1)
    heap = [[i, "x%d" % i] for i in range(objects)]  # noqa: F841 - alive, and tracked by the gc
    costs = []
    for _ in range(recorder.planned):
        started = time.process_time()
        recorder.record(1, 0, None, 0.0)
        costs.append(time.process_time() - started)
    tracemalloc.stop()
    gc.unfreeze()
    del heap
    gc.collect()
    return statistics.median(costs[1:])


def floor_peak(traced):
    """Peak RSS (bytes) of a fresh process that builds the largest heap, under bare tracemalloc or untraced."""
    code = ("import resource, tracemalloc\n"
            + ("tracemalloc.start(1)\n" if traced else "")
            + "heap = [[i, 'x%%d' %% i] for i in range(%d)]\n" % max(SIZES)
            + "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)\n")
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main():
    # First, while this process is small: Linux carries a process's peak RSS over fork and exec.
    untraced, bare = floor_peak(False), floor_peak(True)
    results = []
    for objects in SIZES:
        results.append({"objects": objects, "seconds": sample_cost(objects)})
    floor = results[0]["seconds"] or 1e-9
    for result in results:
        result["ratio"] = result["seconds"] / floor
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if "--json" in sys.argv:
        print(json.dumps({"batches": results, "peak_rss_bytes": peak, "untraced_peak_rss_bytes": untraced,
                          "bare_tracemalloc_peak_rss_bytes": bare}))
        return
    print("%-12s %14s %10s" % ("live traced", "per batch (CPU)", "vs empty"))
    for result in results:
        print("%-12s %12.2f ms %9.1fx" % ("{:,}".format(result["objects"]), result["seconds"] * 1e3, result["ratio"]))
    print("peak RSS of the process: %.0f MiB; the same %s objects built untraced: %.0f MiB, under bare "
          "tracemalloc: %.0f MiB (the collector adds %.0f MiB to that)"
          % (peak / 2 ** 20, "{:,}".format(max(SIZES)), untraced / 2 ** 20, bare / 2 ** 20, (peak - bare) / 2 ** 20))


if __name__ == "__main__":
    main()
