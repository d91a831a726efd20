"""The collector must not measure itself, and must run every kind of test body."""
import json
import os
import shutil

from inner import judged

COLLECTOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_a_body_that_retains_nothing_shows_no_growth_and_needs_no_attribution(inner):
    inner.pytester.makepyfile(test_quiet="""
        import json, pytest

        @pytest.mark.memleak(batches=4, batch_size=50, warmup=1)
        def test_no_op():
            pass

        @pytest.mark.memleak(batches=4, batch_size=50, warmup=1)
        def test_transient_work():
            json.loads(json.dumps({"key": list(range(20)), "text": "x" * 300}))
    """)
    inner().assert_outcomes(passed=2)
    snapshots = inner.snapshots()
    for name in ("test_no_op", "test_transient_work"):
        document = snapshots["test_quiet.py::" + name]
        assert [phase["name"] for phase in document["phases"]] == ["screen"], name
        traced = [batch["traced_bytes"] for batch in judged(document["phases"][0])]
        assert max(traced) - min(traced) == 0, (name, traced)
        assert document["phases"][0]["sites"] == []
        assert "confirm_reason" not in document


def test_traced_bytes_are_exactly_the_sites_so_the_collectors_own_memory_is_left_out(inner):
    inner.pytester.makepyfile(test_many_sites="""
        import pytest
        KEPT = []

        @pytest.mark.memleak(batches=3, batch_size=20, warmup=1)
        def test_leaks_from_many_lines():
            KEPT.append(bytearray(10))
            KEPT.append(bytearray(20))
            KEPT.append(bytearray(30))
            KEPT.append({"fresh": object()})
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_many_sites.py::test_leaks_from_many_lines"]
    assert len(document["phases"]) == 2
    for phase in document["phases"]:
        # Every user site grew here, so none was dropped from the list, and the traced total is
        # exactly the sites plus what no user frame allocated. The latter holds at most the odd
        # block the surrounding pytest session keeps (a one-off 120 bytes, seen only when the inner
        # session runs in a process that ran others before it), never the site tables, caches
        # and statistics the collector keeps between batches.
        assert len(phase["sites"]) == 4
        for index, batch in enumerate(phase["batches"]):
            attributed = sum(site["sizes"][index] for site in phase["sites"])
            assert batch["traced_bytes"] == attributed + phase["unattributed_bytes"][index]
        assert max(phase["unattributed_bytes"]) <= 256


def test_a_coroutine_test_runs_on_one_event_loop_per_measurement(inner):
    inner.pytester.makepyfile(test_async="""
        import asyncio, pytest
        KEPT = []

        @pytest.mark.memleak(batches=2, batch_size=10, warmup=1)
        async def test_awaits():
            await asyncio.sleep(0)
            KEPT.append(bytearray(200))
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_async.py::test_awaits"]
    assert document["outcome"] == {"status": "passed"}
    confirm = document["phases"][-1]
    assert confirm["name"] == "confirm"
    assert confirm["sites"][0]["code"] == "KEPT.append(bytearray(200))"


def test_the_plugin_loads_from_pytest_plugins_and_pythonpath_alone(pytester, monkeypatch):
    pytester.makepyfile(test_env="""
        import pytest, tracemalloc

        def test_plain():
            assert not tracemalloc.is_tracing()

        @pytest.mark.memleak(batches=2, batch_size=5, warmup=0)
        def test_marked():
            assert tracemalloc.is_tracing()
    """)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [COLLECTOR_DIR, os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("PYTEST_PLUGINS", "memleak_pytest")
    monkeypatch.setenv("MEMLEAK_SNAPSHOT_DIR", "out")
    monkeypatch.setenv("MEMLEAK_VERDICT", "0")
    # Named twice (environment and -p): pytest must load it once, not fail on a double registration.
    result = pytester.runpytest_subprocess("-p", "memleak_pytest", "-p", "no:cacheprovider", "--strict-markers")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*memleak: 1 leak test(s), snapshots in *out*", "test_env.py::test_marked  passed  screen*"])
    assert [path.name.startswith("test_env.py_test_marked-") for path in (pytester.path / "out").iterdir()] == [True]


def test_own_frames_stay_recognised_when_pytest_cached_the_plugin_under_another_path(pytester, monkeypatch, tmp_path):
    # pytest caches its rewritten copy of a plugin module with the path it was imported from. A
    # process that imported the collector through a symlink (as memleak's own end-to-end tests
    # do) leaves frames under that path for every later process to see.
    copy = tmp_path / "real"
    shutil.copytree(os.path.join(COLLECTOR_DIR, "memleak_pytest"), str(copy / "memleak_pytest"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    link = tmp_path / "link"
    link.symlink_to(copy, target_is_directory=True)
    pytester.makepyfile(test_cached="""
        import pytest

        @pytest.mark.memleak(batches=3, batch_size=20, warmup=1)
        def test_no_op():
            pass
    """)
    monkeypatch.setenv("PYTEST_PLUGINS", "memleak_pytest")
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    for path in (link, copy):
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(path), os.environ.get("PYTHONPATH")])))
        pytester.runpytest_subprocess("-p", "no:cacheprovider").assert_outcomes(passed=1)
        if path == link:
            link.unlink()
    cached = list((copy / "memleak_pytest" / "__pycache__").glob("recorder.*pytest*.pyc"))
    assert cached and str(link).encode() in cached[0].read_bytes()  # the stale path really was served
    document = json.loads(next((pytester.path / "memory_snapshots").glob("*.json")).read_text())
    assert [phase["name"] for phase in document["phases"]] == ["screen"]
    assert {batch["traced_bytes"] for batch in document["phases"][0]["batches"][1:]} == {0}


def test_a_large_traced_heap_is_sampled_from_the_counter_and_the_deep_phase_still_names_the_line(inner):
    # The first operation builds ~200,000 live objects (well over the 8 MiB a snapshot may cover):
    # the screen then reads its totals from tracemalloc's counter, without per-site detail, and
    # still sees the leak exactly; the confirm phase traces only new allocations and names the line.
    inner.pytester.makepyfile(test_big="""
        import pytest
        BIG = []
        KEPT = []

        @pytest.mark.memleak(batch_size=100, warmup=1)
        def test_leaks_beside_a_big_heap():
            if not BIG:
                BIG.extend([i, str(i)] for i in range(100000))
            KEPT.append(bytearray(200))
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_big.py::test_leaks_beside_a_big_heap"]
    screen, confirm = document["phases"]
    assert screen["sites"] == [] and set(screen["unattributed_bytes"]) == {None}
    traced = [batch["traced_bytes"] for batch in judged(screen)]
    steps = {later - earlier for earlier, later in zip(traced, traced[1:])}
    assert min(steps) > 100 * 200 and max(steps) < 100 * 300, steps  # 200-byte bytearrays plus list growth
    assert confirm["sites"][0]["code"] == "KEPT.append(bytearray(200))"


def test_a_test_killed_while_measured_leaves_an_error_snapshot_naming_it(pytester, monkeypatch):
    # SIGKILL (as the kernel's out-of-memory killer sends) mid-measurement: no Python code runs
    # after it, so the snapshot written before the measurement began is what remains, and the
    # test is listed as an error with its id instead of vanishing from the report.
    pytester.makepyfile(test_killed="""
        import os, signal, pytest

        CALLS = [0]

        @pytest.mark.memleak(batches=4, batch_size=5, warmup=0)
        def test_dies():
            CALLS[0] += 1
            if CALLS[0] == 7:
                os.kill(os.getpid(), signal.SIGKILL)
    """)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [COLLECTOR_DIR, os.environ.get("PYTHONPATH")])))
    monkeypatch.setenv("MEMLEAK_SNAPSHOT_DIR", "out")
    monkeypatch.setenv("MEMLEAK_VERDICT", "0")
    result = pytester.runpytest_subprocess("-p", "memleak_pytest", "-p", "no:cacheprovider")
    assert result.ret == -9 or result.ret == 137, result.ret
    [path] = list((pytester.path / "out").iterdir())
    with open(str(path), encoding="utf-8") as source:
        document = json.load(source)
    assert document["test"]["id"] == "test_killed.py::test_dies"
    assert document["outcome"]["status"] == "error"
    assert "ended while this test was being measured" in document["outcome"]["message"]
