"""Soak mode: a marked test (or check()) repeats its body until a duration ends, sampling memory
by time; the snapshot's phase has role "soak" and each sample its elapsed_s; the core judges it in
MB per hour. An interrupt (SIGINT, SIGTERM) writes and judges what was measured, then ends the
session. The soaks here last a second or two (a real one: 30 minutes to 24 hours)."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from test_verdict import needs_core

COLLECTOR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SOAKED = """
import pytest
KEPT = []

@pytest.mark.memleak(soak="1.5s", soak_interval="0.1s", warning_mb_per_hour=2, failure_mb_per_hour=50)
def test_leaks():
    KEPT.append(bytearray(1000))

@pytest.mark.memleak(soak="1.5s", soak_interval="0.1s", warning_mb_per_hour=2, failure_mb_per_hour=50)
def test_clean():
    bytearray(1000)
"""


def soak_phase(document):
    assert [phase["role"] for phase in document["phases"]] == ["soak"]
    return document["phases"][0]


def test_a_soak_samples_by_time_and_records_elapsed_seconds_operations_and_memory(inner):
    inner.pytester.makepyfile(test_soaked=SOAKED)
    inner().assert_outcomes(passed=2)
    documents = inner.snapshots()
    leaks, clean = documents["test_soaked.py::test_leaks"], documents["test_soaked.py::test_clean"]
    assert leaks["config"]["soak"] == {"duration_s": 1.5, "interval_s": 0.1, "warning_mb_per_hour": 2,
                                       "failure_mb_per_hour": 50}
    assert clean["config"]["soak"] == leaks["config"]["soak"]
    for document in (leaks, clean):
        batches = soak_phase(document)["batches"]
        elapsed = [batch["elapsed_s"] for batch in batches]
        assert elapsed == sorted(elapsed) and elapsed[-1] >= 1.5
        assert batches[0]["warmup"] and not batches[-1]["warmup"]
        assert all(batch["operations"] > 0 for batch in batches)
        assert "stopped" not in soak_phase(document)
        if sys.platform.startswith("linux"):
            assert all(batch["rss_bytes"] > 0 for batch in batches)
    traced = [batch["traced_bytes"] for batch in soak_phase(leaks)["batches"]]
    operations = sum(batch["operations"] for batch in soak_phase(leaks)["batches"][1:])
    # Every operation keeps a 1000-byte object: the traced growth is at least that much per operation.
    assert traced[-1] - traced[0] >= 1000 * operations
    clean_traced = [batch["traced_bytes"] for batch in soak_phase(clean)["batches"]]
    assert max(clean_traced) - min(clean_traced) < 64 * 1024


def test_the_environment_makes_every_marked_test_soak_and_check_soaks_too(inner):
    inner.monkeypatch.setenv("MEMLEAK_SOAK", "1s")
    inner.monkeypatch.setenv("MEMLEAK_SOAK_INTERVAL", "0.2s")
    inner.pytester.makepyfile(test_env="""
        import pytest

        @pytest.mark.memleak
        def test_marked():
            bytearray(100)

        @pytest.mark.memleak(soak=True)  # a soak test whose length comes from the session
        def test_soak_true():
            bytearray(100)

        def test_fixture(memleak):
            result = memleak.check(lambda: bytearray(100), soak="0.6s", soak_interval="0.1s")
            assert result.verdict is None  # MEMLEAK_VERDICT=0 in these inner runs
    """)
    inner().assert_outcomes(passed=3)
    documents = inner.snapshots()
    assert documents["test_env.py::test_marked"]["config"]["soak"] == {"duration_s": 1.0, "interval_s": 0.2}
    assert documents["test_env.py::test_soak_true"]["config"]["soak"] == {"duration_s": 1.0, "interval_s": 0.2}
    assert documents["test_env.py::test_fixture"]["config"]["soak"] == {"duration_s": 0.6, "interval_s": 0.1}
    assert soak_phase(documents["test_env.py::test_fixture"])["batches"][-1]["elapsed_s"] >= 0.6


def test_soak_true_without_a_session_duration_is_an_ordinary_leak_test(inner):
    # Under `memleak run` or plain pytest nothing gives a soak its length: the suite must not
    # quietly turn into a 30-minute run (found by a new user, whose leaking soak test ran out of
    # memory); the test is measured in batches like any other.
    inner.pytester.makepyfile(test_plain="""
        import pytest

        @pytest.mark.memleak(soak=True, time_budget=2)
        def test_soak_capable():
            bytearray(100)
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_plain.py::test_soak_capable"]
    assert "soak" not in document["config"], document["config"]
    assert [phase["role"] for phase in document["phases"]][0] == "verdict"


@pytest.mark.parametrize("arguments, message", [
    ('soak="ten minutes"', "soak='ten minutes': expected a duration above 0 and at most 604800s, such as 90, 2.5s, 30m or 1h30m"),
    ('soak="1m", soak_interval="0"', "soak_interval='0': expected a duration above 0"),
    ('soak="1m", warning_mb_per_hour=9, failure_mb_per_hour=5',
     "warning_mb_per_hour=9 is above failure_mb_per_hour=5; the warning tier must not be above the failure tier"),
    ('soak="7d", soak_interval="1s"', "a soak of 604800s sampled every 1s takes more than 99998 samples; sample less often"),
])
def test_bad_soak_settings_fail_the_test_naming_the_argument(inner, arguments, message):
    inner.pytester.makepyfile(test_bad="""
        import pytest

        @pytest.mark.memleak(%s)
        def test_it():
            pass
    """ % arguments)
    result = inner()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*@pytest.mark.memleak on test_bad.py::test_it*%s*" % message])


@needs_core
def test_plain_pytest_fails_a_soak_above_its_failure_tier_and_passes_a_flat_one(inner):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")
    inner.pytester.makepyfile(test_soaked=SOAKED)
    result = inner("-rA")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines([
        "memleak: soak failure (leak): * grew * MB/hour (95 % interval * over *, at or above the failure tier "
        "of 50.0 MB/hour",
        "*test_soaked.py::test_leaks  leak (soak: failure)  * MB/hour (95% interval * to *) over 1.* s  -> *",
        # Resident memory moves in 4 KiB pages: over a second, one page is ~10 MB/hour, so a clean
        # test is acceptable or, if a page moved, undecided; never a leak.
        "*test_soaked.py::test_clean  ok (soak: acceptable)  *" if "test_clean  ok" in result.stdout.str()
        else "*test_soaked.py::test_clean  inconclusive (soak: undecided)  *",
    ])


@needs_core
def test_the_fixture_returns_the_cores_verdict(inner):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")
    inner.pytester.makepyfile(test_fixture="""
        def test_checked(memleak):
            path, measurement, verdict = memleak.check(lambda: bytearray(1000), batches=6, batch_size=100)
            assert verdict["verdict"] == "ok", verdict
            assert verdict["id"] == "test_fixture.py::test_checked" and verdict["snapshot"]
    """)
    inner().assert_outcomes(passed=1)


@pytest.mark.parametrize("sent", [signal.SIGINT, signal.SIGTERM])
def test_a_real_signal_mid_soak_writes_what_was_measured_and_ends_the_session(tmp_path, sent):
    (tmp_path / "test_long.py").write_text(
        "import time, pytest\nKEPT = []\n\n"
        "@pytest.mark.memleak(soak='10m', soak_interval='0.1s')\n"
        "def test_long():\n    KEPT.append(bytearray(1000))\n    time.sleep(0.0005)\n\n"
        "def test_never_reached():\n    pass\n")
    env = {key: value for key, value in os.environ.items() if not key.startswith("MEMLEAK_")}
    env.update(PYTHONPATH=COLLECTOR, MEMLEAK_VERDICT="0")
    process = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "memleak_pytest", "-p", "no:cacheprovider", "test_long.py"],
        cwd=str(tmp_path), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    snapshots = tmp_path / "memory_snapshots"
    deadline = time.monotonic() + 60
    while not (snapshots.exists() and any(p.name.startswith(".memleak-soaking-") for p in snapshots.iterdir())):
        assert time.monotonic() < deadline and process.poll() is None, "the soak never started"
        time.sleep(0.05)
    time.sleep(1.0)  # a few samples
    process.send_signal(sent)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 2, output  # pytest's "interrupted"
    name = "SIGINT" if sent == signal.SIGINT else "SIGTERM"
    assert "test_long.py::test_long  interrupted (%s)  soak  -> " % name in output
    files = [p for p in snapshots.iterdir() if p.suffix == ".json"]
    assert len(files) == 1 and not any(p.name.startswith(".memleak-soaking-") for p in snapshots.iterdir())
    document = json.loads(files[0].read_text())
    phase = soak_phase(document)
    assert document["outcome"] == {"status": "passed"}
    assert phase["stopped"].startswith("interrupted by %s after " % name)
    assert phase["stopped"].endswith("of the 10.0 min soak; what was measured until then is judged")
    assert len(phase["batches"]) >= 3
