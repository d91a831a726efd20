"""Under pytest-xdist every worker writes its own tests' snapshots (and asks its own judge for
the verdict) and only the controlling process clears the directory. Skipped where pytest-xdist is not installed."""
import json
import os
import shutil

import pytest

from inner import line_of

pytest.importorskip("xdist")


COLLECTOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_workers_write_their_own_snapshots_and_only_the_controller_cleans(inner, monkeypatch):
    # As the CLI runs it: a new process with the plugin on PYTHONPATH (xdist hands the
    # controller's sys.path to its workers).
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [COLLECTOR_DIR, os.environ.get("PYTHONPATH")])))
    inner.pytester.makepyfile(test_spread="""
        import os, pytest
        KEPT = []

        @pytest.mark.memleak(batches=2, batch_size=10, warmup=1)
        @pytest.mark.parametrize("index", range(4))
        def test_leaks(index):
            KEPT.append(bytearray(50))
            assert os.environ.get("PYTEST_XDIST_WORKER")
    """)
    inner.snapshot_dir.mkdir()
    stale = inner.snapshot_dir / "test_spread.py_test_gone-0123456789ab.json"
    stale.write_text(json.dumps({"format": "memleak-snapshot", "version": 1}))
    result = inner.pytester.runpytest_subprocess("-p", "memleak_pytest", "-p", "no:cacheprovider", "-n", "2")
    result.assert_outcomes(passed=4)
    assert not stale.exists()
    snapshots = inner.snapshots()
    assert sorted(snapshots) == ["test_spread.py::test_leaks[%d]" % index for index in range(4)]
    result.stdout.fnmatch_lines(["*memleak: 4 leak test(s)*"])


def test_each_worker_judges_its_own_tests_and_progress_stays_off_in_workers(inner, monkeypatch):
    node, cli = shutil.which("node"), os.path.join(os.path.dirname(os.path.dirname(COLLECTOR_DIR)), "dist", "cli.js")
    if not node or not os.path.isfile(cli):
        pytest.skip("needs Node.js on PATH and dist/cli.js (npm run build)")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [COLLECTOR_DIR, os.environ.get("PYTHONPATH")])))
    monkeypatch.delenv("MEMLEAK_VERDICT")
    monkeypatch.setenv("MEMLEAK_PROGRESS_SECONDS", "0")  # a line after every batch, if workers printed any
    # Under CI, pytest repeats a failure's whole message in its short summary: count it once.
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("BUILD_NUMBER", raising=False)
    source = inner.pytester.makepyfile(test_spread="""
        import pytest
        KEPT = []

        @pytest.mark.memleak(batches=6, batch_size=50, warmup=1)
        @pytest.mark.parametrize("index", range(2))
        def test_leaks(index):
            KEPT.append(bytearray(2048))  # the leaking line

        @pytest.mark.memleak(batches=6, batch_size=50, warmup=1)
        @pytest.mark.parametrize("index", range(2))
        def test_clean(index):
            bytearray(2048)
    """)
    line = line_of(source.read_text(), "the leaking line")
    result = inner.pytester.runpytest_subprocess("-p", "memleak_pytest", "-p", "no:cacheprovider", "-n", "2")
    result.assert_outcomes(failed=2, passed=2)
    assert result.stdout.str().count("  top source: test_spread.py:%d" % line) == 2
    result.stdout.fnmatch_lines_random([
        "test_spread.py::test_leaks[[]0[]]  leak at test_spread.py:%d  *" % line,
        "test_spread.py::test_leaks[[]1[]]  leak at test_spread.py:%d  *" % line,
        "test_spread.py::test_clean[[]0[]]  ok  *",
        "test_spread.py::test_clean[[]1[]]  ok  *",
    ])
    assert "batch 1/" not in result.stdout.str()
