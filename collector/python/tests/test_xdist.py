"""Under pytest-xdist every worker writes its own tests' snapshots and only the controlling
process clears the directory. Skipped where pytest-xdist is not installed."""
import json
import os

import pytest

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
