"""The soak mode's cost: operations per CPU second of a soak against the same loop without it.

A soak runs for a duration, so its cost shows as throughput. Three runs of the same ~20 µs
operation for the same wall time, interleaved and repeated (median):
  bare      the plain loop, as the program runs without memleak;
  traced    the loop under tracemalloc at one frame (what a soak traces with), no sampling;
  soak      memleak_pytest.soak.soak(): tracing, the clock checks, and a sample (full garbage
            collection, RSS, native heap, traced counter) every interval.
soak / traced is the sampling's own cost; soak / bare is all a soak costs the program.

    python3 bench/collector/bench_soak.py                      # 4 s runs at 1 s and 0.1 s intervals
    python3 bench/collector/bench_soak.py --seconds 10 --json
"""
import argparse
import json
import os
import statistics
import sys
import time
import tracemalloc

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "collector", "python"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bench_collector import operation  # noqa: E402 - the same ~20 µs operation as the collector bench
from memleak_pytest.heap import NativeHeapReader  # noqa: E402
from memleak_pytest.rss import RssReader  # noqa: E402
from memleak_pytest.settings import Settings  # noqa: E402
from memleak_pytest.soak import soak  # noqa: E402


def loop_rate(seconds, traced):
    """Operations per CPU second of the plain loop, checking the clock every 64 operations."""
    if traced:
        tracemalloc.start(1)
    operations = 0
    cpu = time.process_time()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        for _ in range(64):
            operation()
        operations += 64
    cpu = time.process_time() - cpu
    if traced:
        tracemalloc.stop()
    return operations / cpu


def soak_rate(seconds, interval, readers):
    settings = Settings(soak=seconds, soak_interval=interval)
    cpu = time.process_time()
    result = soak(operation, settings, readers)
    cpu = time.process_time() - cpu
    if result.exception is not None:
        raise result.exception
    recorder = result.phases[0]
    return sum(recorder.operations[:recorder.completed]) / cpu, recorder.completed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0, help="wall seconds per run")
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    arguments = parser.parse_args()
    readers = (RssReader(), NativeHeapReader())
    soak_rate(0.5, 0.1, readers)  # first-call costs
    figures = {}
    for interval in (1.0, 0.1):
        bare, traced, soaked, samples = [], [], [], 0
        for _ in range(arguments.repetitions):
            bare.append(loop_rate(arguments.seconds, traced=False))
            traced.append(loop_rate(arguments.seconds, traced=True))
            rate, samples = soak_rate(arguments.seconds, interval, readers)
            soaked.append(rate)
        figures[interval] = {"bare": statistics.median(bare), "traced": statistics.median(traced),
                             "soak": statistics.median(soaked), "samples": samples}
    print("soak mode: operations per CPU second, ~20 µs operation, %g s runs, median of %d"
          % (arguments.seconds, arguments.repetitions))
    print("%-10s %12s %12s %12s %9s %12s %12s" % ("interval", "bare", "traced", "soak", "samples",
                                                 "soak/traced", "soak/bare"))
    for interval, figure in figures.items():
        print("%-10s %12.0f %12.0f %12.0f %9d %11.3fx %11.3fx" % (
            "%g s" % interval, figure["bare"], figure["traced"], figure["soak"], figure["samples"],
            figure["soak"] / figure["traced"], figure["soak"] / figure["bare"]))
    if arguments.json:
        print(json.dumps({"bench": "soak", "seconds": arguments.seconds, "repetitions": arguments.repetitions,
                          "intervals": {str(k): v for k, v in figures.items()}}))


if __name__ == "__main__":
    main()
