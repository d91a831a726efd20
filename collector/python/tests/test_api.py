"""The Python API outside pytest (`import memleak`): measure() around code that repeats work,
check() and @track for a callable, judge() for any snapshot. Each runs here as a user's script
would: a separate Python process in its own directory, writing snapshots there, judged by the same
core as everything else."""
import json
import os
import subprocess
import sys

import pytest

from inner import line_of
from test_verdict import needs_core

COLLECTOR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCRIPT = """
import json, memleak

CACHE = []

def remember(n):
    CACHE.append("x" * 500 + str(n))  # the leaking line

def render(n):
    return ("x" * 500 + str(n)).upper()

results = {}
with memleak.measure("script::measured") as m:
    for _ in range(12):
        for n in range(200):
            remember(n)
        m.batch(200)
results["measure"] = m.verdict

@memleak.track("script::tracked", batches=8, batch_size=200)
def tracked(n):
    render(n)

results["track"] = tracked(3)
results["check"] = memleak.check(lambda: remember(1), label="script::checked", batches=6, batch_size=100)
results["judge"] = memleak.judge(m.snapshot)
print(json.dumps({name: {"verdict": v.verdict, "reason": v.reason, "snapshot": v.snapshot,
                         "sources": (v.test or {}).get("sources", [])} for name, v in results.items()}))
"""


def run_script(directory, source, **env):
    (directory / "script.py").write_text(source)
    environment = {key: value for key, value in os.environ.items() if not key.startswith("MEMLEAK_")}
    environment.update(PYTHONPATH=COLLECTOR, **env)
    done = subprocess.run([sys.executable, "script.py"], cwd=str(directory), env=environment,
                          capture_output=True, text=True, timeout=300)
    return done


@needs_core
def test_measure_track_check_and_judge_write_snapshots_and_return_the_cores_verdicts(tmp_path):
    done = run_script(tmp_path, SCRIPT)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    leaking_line = line_of(SCRIPT, "the leaking line")
    assert results["measure"]["verdict"] == "leak", results["measure"]
    assert [(s["file"], s["line"]) for s in results["measure"]["sources"][:1]] == [("script.py", leaking_line)]
    assert results["track"]["verdict"] == "ok", results["track"]
    assert results["check"]["verdict"] == "leak", results["check"]
    assert results["judge"] == results["measure"]
    written = sorted(p.name for p in (tmp_path / "memory_snapshots").iterdir())
    assert [name.rsplit("-", 1)[0] for name in written] == ["script_checked", "script_measured", "script_tracked"]
    document = json.loads((tmp_path / "memory_snapshots" / written[1]).read_text())
    assert document["test"] == {"id": "script::measured", "name": "script::measured"}
    assert document["outcome"] == {"status": "passed"}
    assert [batch["operations"] for batch in document["phases"][0]["batches"]] == [200] * 12
    # `memleak analyze` gives the same verdicts from the same files.
    from test_verdict import CLI, NODE
    analyzed = subprocess.run([NODE, CLI, "analyze", "memory_snapshots", "--json", "--out", "report"],
                              cwd=str(tmp_path), capture_output=True, text=True)
    verdicts = {test["id"]: test["verdict"] for test in json.loads(analyzed.stdout)["tests"]}
    assert verdicts == {"script::measured": "leak", "script::tracked": "ok", "script::checked": "leak"}


def test_without_verdicts_the_snapshot_is_still_written_and_the_reason_says_why(tmp_path):
    done = run_script(tmp_path, """
import memleak
with memleak.measure("quiet") as m:
    for _ in range(4):
        m.batch(1)
print(m.verdict.verdict, "|", m.verdict.reason, "|", m.snapshot)
""", MEMLEAK_VERDICT="0", MEMLEAK_SNAPSHOT_DIR="out")
    assert done.returncode == 0, done.stderr
    verdict, reason, path = done.stdout.strip().split(" | ")
    assert (verdict, reason) == ("None", "no verdict: turned off (MEMLEAK_VERDICT=0)")
    assert os.path.dirname(path) == str(tmp_path / "out")


@needs_core
def test_an_exception_in_the_block_is_recorded_goes_on_and_the_verdict_is_error(tmp_path):
    done = run_script(tmp_path, """
import memleak
try:
    with memleak.measure("broken") as m:
        m.batch(1)
        raise ValueError("bad payload")
except ValueError:
    print(m.verdict.verdict, "|", m.verdict.reason)
""")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "error | the test did not run to the end: ValueError: bad payload"


def test_bad_arguments_raise_a_settings_error_naming_them(tmp_path):
    done = run_script(tmp_path, """
import memleak
try:
    memleak.check(lambda: None, label="x", batches=0)
except memleak.SettingsError as error:
    print(error)
try:
    memleak.check(lambda: None, label="x", colour="red")
except ValueError as error:
    print(error)
""")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "memleak.check('x') batches=0: expected an integer from 1 to 100000"
    assert lines[1].startswith("memleak.check('x'): unknown argument(s) colour; allowed: batches, ")


def test_sigterm_during_a_soak_from_a_script_writes_what_was_measured_then_interrupts(tmp_path):
    import signal
    import time
    (tmp_path / "script.py").write_text(
        "import memleak\nKEPT = []\n"
        "memleak.check(lambda: KEPT.append(bytearray(100)), label='job', soak='10m', soak_interval='0.1s')\n"
        "print('not reached')\n")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("MEMLEAK_")}
    environment.update(PYTHONPATH=COLLECTOR, MEMLEAK_VERDICT="0")
    process = subprocess.Popen([sys.executable, "script.py"], cwd=str(tmp_path), env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    snapshots = tmp_path / "memory_snapshots"
    deadline = time.monotonic() + 60
    while not (snapshots.exists() and any(p.name.startswith(".memleak-soaking-") for p in snapshots.iterdir())):
        assert time.monotonic() < deadline and process.poll() is None, "the soak never started"
        time.sleep(0.05)
    time.sleep(0.5)
    process.send_signal(signal.SIGTERM)
    stdout, stderr = process.communicate(timeout=60)
    assert "not reached" not in stdout
    assert "SoakTerminated" in stderr  # the interrupt goes on once the snapshot is written
    files = [p for p in snapshots.iterdir() if p.suffix == ".json"]
    assert len(files) == 1, [p.name for p in snapshots.iterdir()]
    phase = json.loads(files[0].read_text())["phases"][0]
    assert phase["role"] == "soak" and phase["stopped"].startswith("interrupted by SIGTERM after ")
