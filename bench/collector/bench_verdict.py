"""Time to a verdict per leak test, as users run it: a whole pytest process with the collector
and the in-pytest verdict, for ~20 µs, ~1 ms and ~30 ms operations, clean and leaking.

Each test's wall time comes from pytest's own report (the call phase: measurement, snapshot and
the core's verdict). Its floor is a bare loop running the same operations as the judged
evidence (the screen's) under tracemalloc with one frame, in the same process kind, timed here;
the ratio says what the collector adds to that evidence (warm-up, sampling, the attribution phase
for leaking tests, the verdict). Also checks each verdict is the expected one.

Then, with --many N (default 60; 0 leaves it out): N leaking tests of microsecond operations
(three kinds, ~2 µs, ~20 µs and ~100 µs, each keeping ~100-400 B per call) in one pytest
process, as one action run would have them: the whole process's wall time, the time per test,
and how many got the right verdict (a leak, failing inside pytest) with the right line.

    python3 bench/collector/bench_verdict.py [--json] [--many N] [--only-many]
"""
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
COLLECTOR = os.path.join(ROOT, "collector", "python")

# One module both the measured tests and the floor import: the same operations in both.
OPERATIONS = textwrap.dedent("""
    import json, time
    KEPT = []

    def spin(seconds):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            pass

    def op_20us(leak):
        json.loads(json.dumps({"a": [1, 2, 3], "b": "x" * 40}))
        if leak:
            KEPT.append("k%d" % len(KEPT) * 8)

    def op_1ms(leak):
        spin(0.001)
        if leak:
            KEPT.append("k%d" % len(KEPT) * 8)

    def op_30ms(leak):
        spin(0.03)
        if leak:
            KEPT.append("k%d" % len(KEPT) * 8)
""")
TESTS = textwrap.dedent("""
    import pytest
    from ops import op_20us, op_1ms, op_30ms

    @pytest.mark.memleak
    def test_clean_20us(): op_20us(False)

    @pytest.mark.memleak
    def test_leak_20us(): op_20us(True)

    @pytest.mark.memleak
    def test_clean_1ms(): op_1ms(False)

    @pytest.mark.memleak
    def test_leak_1ms(): op_1ms(True)

    @pytest.mark.memleak
    def test_clean_30ms(): op_30ms(False)

    @pytest.mark.memleak
    def test_leak_30ms(): op_30ms(True)
""")
DURATIONS = textwrap.dedent("""
    import json, time
    STARTED = {}
    def pytest_runtest_call(item):
        STARTED[item.nodeid] = time.perf_counter()
    def pytest_runtest_teardown(item):
        with open("durations.jsonl", "a") as out:
            out.write(json.dumps([item.nodeid, time.perf_counter() - STARTED[item.nodeid]]) + "\\n")
""")


def floor_seconds(project, name, leak, operations):
    """A bare loop of the same operations under 1-frame tracemalloc, in a fresh process."""
    code = textwrap.dedent("""
        import sys, time, tracemalloc
        sys.path.insert(0, %r)
        import ops
        op = getattr(ops, %r)
        tracemalloc.start(1)
        started = time.perf_counter()
        for _ in range(%d):
            op(%r)
        print(time.perf_counter() - started)
    """ % (project, name, operations, leak))
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


# N leaking tests of microsecond operations; each keeps what it makes on a line of its own
# (marked "# leak"), so the verdict's first source can be checked against it.
MANY_OPERATIONS = textwrap.dedent("""
    import json
    KEPT = []

    def op_2us(i):
        KEPT.append("k%d" % i * 12)  # leak

    def op_20us(i):
        KEPT.append(json.loads(json.dumps({"a": [1, 2, 3], "b": "x" * 40, "i": i})))  # leak

    def op_100us(i):
        text = json.dumps([{"n": n, "s": "v" * 20} for n in range(40)])
        KEPT.append(text[:200] + str(i))  # leak
""")
MANY_TEST = textwrap.dedent("""
    @pytest.mark.memleak
    def test_many_%(index)03d():
        COUNTER[0] += 1
        many_ops.op_%(speed)s(COUNTER[0])
""")


def many_leaks(count):
    """N leaking microsecond tests in one pytest process: wall time, right verdicts and lines."""
    project = tempfile.mkdtemp(prefix="memleak-bench-many-")
    speeds = ("2us", "20us", "100us")
    tests = "import pytest\nimport many_ops\nCOUNTER = [0]\n" + "".join(
        MANY_TEST % {"index": index, "speed": speeds[index % len(speeds)]} for index in range(count))
    for name, text in (("many_ops.py", MANY_OPERATIONS), ("test_many.py", tests), ("conftest.py", DURATIONS)):
        with open(os.path.join(project, name), "w") as out:
            out.write(text)
    leak_lines = {_function_of(MANY_OPERATIONS, number)[len("op_"):]: number
                  for number, line in enumerate(MANY_OPERATIONS.splitlines(), 1) if line.endswith("# leak")}
    env = dict(os.environ, PYTHONPATH=COLLECTOR, PYTEST_PLUGINS="memleak_pytest", MEMLEAK_SNAPSHOT_DIR="snaps")
    started = time.perf_counter()
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_many.py"],
                         cwd=project, env=env, capture_output=True, text=True)
    whole = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    durations = [seconds for _, seconds in (json.loads(line) for line in open(os.path.join(project, "durations.jsonl")))]
    # The collector's summary names each test's verdict and first source: "test_many.py::test_many_000  leak at many_ops.py:5 ..."
    verdicts = {line.split()[0]: line for line in run.stdout.splitlines() if line.startswith("test_many.py::test_many_")}
    leaks = right_line = 0
    for index in range(count):
        line = verdicts.get("test_many.py::test_many_%03d" % index, "")
        if line.split()[1:2] == ["leak"]:
            leaks += 1
            if "many_ops.py:%d " % leak_lines[speeds[index % len(speeds)]] in line + " ":
                right_line += 1
    return {"tests": count, "whole_seconds": whole, "whole_cpu_seconds": cpu,
            "per_test_median_seconds": sorted(durations)[len(durations) // 2],
            "per_test_max_seconds": max(durations), "leaks_found": leaks, "right_line": right_line,
            "exit": run.returncode}


def _function_of(source, number):
    """The name of the function whose body holds line `number` of source."""
    name = None
    for at, line in enumerate(source.splitlines(), 1):
        if line.startswith("def "):
            name = line[4:line.index("(")]
        if at == number:
            return name
    return None


def main():
    many = int(sys.argv[sys.argv.index("--many") + 1]) if "--many" in sys.argv else 60
    if "--only-many" in sys.argv:
        report_many(many_leaks(many))
        return
    project = tempfile.mkdtemp(prefix="memleak-bench-verdict-")
    for name, text in (("ops.py", OPERATIONS), ("test_speed.py", TESTS), ("conftest.py", DURATIONS)):
        with open(os.path.join(project, name), "w") as out:
            out.write(text)
    env = dict(os.environ, PYTHONPATH=COLLECTOR, PYTEST_PLUGINS="memleak_pytest", MEMLEAK_SNAPSHOT_DIR="snaps")
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_speed.py"],
                         cwd=project, env=env, capture_output=True, text=True)
    whole = time.perf_counter() - started
    durations = dict(json.loads(line) for line in open(os.path.join(project, "durations.jsonl")))
    rows = []
    for path in glob.glob(os.path.join(project, "snaps", "*.json")):
        document = json.load(open(path))
        test = document["test"]["id"]
        screen = next(phase for phase in document["phases"] if phase.get("role", "verdict") == "verdict")
        judged = sum(batch["operations"] for batch in screen["batches"])
        _, kind, speed = test.split("::")[1].split("_")
        floor = floor_seconds(project, "op_" + speed, kind == "leak", judged)
        rows.append({"test": test.split("::")[1], "seconds": durations[test], "floor_seconds": floor,
                     "ratio": durations[test] / floor, "screen_operations": judged,
                     "phases": "+".join(phase["name"] for phase in document["phases"])})
    rows.sort(key=lambda row: (["20us", "1ms", "30ms"].index(row["test"].split("_")[2]), row["test"]))
    verdicts = {line.split("::", 1)[1].split()[0]: line for line in run.stdout.splitlines()
                if line.startswith("test_speed.py::test_") and "  " in line}
    for row in rows:
        row["line"] = verdicts.get(row["test"], "")
    many_figures = many_leaks(many) if many else None
    if "--json" in sys.argv:
        print(json.dumps({"tests": rows, "whole_seconds": whole, "exit": run.returncode, "many": many_figures}))
        return
    print("%-16s %9s %9s %7s %8s  %s" % ("test", "wall", "floor", "ratio", "ops", "phases"))
    for row in rows:
        print("%-16s %8.2fs %8.2fs %6.1fx %8d  %s" % (row["test"], row["seconds"], row["floor_seconds"], row["ratio"],
                                                    row["screen_operations"], row["phases"]))
    print("whole pytest process: %.1f s, exit %d (the leaking tests fail inside pytest)" % (whole, run.returncode))
    for row in rows:
        print("  " + row["line"])
    if many_figures:
        report_many(many_figures)


def report_many(figures):
    """Prints many_leaks()'s figures: one line, or JSON with --json."""
    if "--json" in sys.argv:
        print(json.dumps(figures))
        return
    print("%(tests)d leaking microsecond tests in one pytest process: %(whole_seconds).1f s wall, "
          "%(whole_cpu_seconds).1f s CPU (per test: median %(per_test_median_seconds).2f s, slowest "
          "%(per_test_max_seconds).2f s); %(leaks_found)d failed as leaks, %(right_line)d naming the leaking line"
          % figures)


if __name__ == "__main__":
    main()
