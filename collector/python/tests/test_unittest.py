"""unittest.TestCase methods with the marker (on the method or the class) are measured like
functions: setUp and tearDown run once around the whole measurement, the method's body is
repeated. IsolatedAsyncioTestCase's async methods are refused with an error that says what to do."""
import json

from inner import growth_per_op, operations


def test_testcase_methods_are_measured_with_setup_and_teardown_once_around_the_measurement(inner):
    inner.pytester.makepyfile(test_cases="""
        import json, unittest, pytest
        EVENTS = []
        KEPT = []

        @pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
        class TestMarkedClass(unittest.TestCase):
            def setUp(self):
                EVENTS.append("setUp")
                self.cache = []

            def tearDown(self):
                EVENTS.append("tearDown")

            def test_leaks(self):
                EVENTS.append("leaks")
                self.cache.append(bytearray(1500))   # the instance lives for the whole measurement

        class TestMarkedMethod(unittest.TestCase):
            @pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
            def test_clean(self):
                EVENTS.append("clean")
                bytearray(1500)

            def test_unmarked(self):
                EVENTS.append("unmarked")

        def test_zz_report():
            with open("events.json", "w") as out:
                json.dump({name: EVENTS.count(name) for name in set(EVENTS)}, out)
    """)
    inner().assert_outcomes(passed=4)
    snapshots = inner.snapshots()
    assert sorted(snapshots) == ["test_cases.py::TestMarkedClass::test_leaks", "test_cases.py::TestMarkedMethod::test_clean"]
    leaks = snapshots["test_cases.py::TestMarkedClass::test_leaks"]
    clean = snapshots["test_cases.py::TestMarkedMethod::test_clean"]
    events = json.loads((inner.pytester.path / "events.json").read_text())
    assert events == {"setUp": 1, "tearDown": 1, "leaks": operations(leaks), "clean": operations(clean), "unmarked": 1}
    assert operations(leaks) >= 100
    # The screen is the judged phase. EVENTS keeps a pointer per call (8 bytes, plus the list's
    # over-allocation): that is the clean test's only growth.
    assert growth_per_op(leaks["phases"][0]) >= 1500
    assert abs(growth_per_op(clean["phases"][0])) < 64


def test_a_failing_testcase_method_fails_after_its_snapshot_and_teardown_still_runs(inner):
    inner.pytester.makepyfile(test_failing="""
        import itertools, unittest, pytest
        CALLS = itertools.count()

        class TestFails(unittest.TestCase):
            def tearDown(self):
                open("teardown-ran", "w").close()

            @pytest.mark.memleak(batches=3, batch_size=10, warmup=1)
            def test_breaks_on_the_25th_call(self):
                self.assertNotEqual(next(CALLS), 24, "call 24 is broken")
    """)
    result = inner()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*call 24 is broken*"])
    assert (inner.pytester.path / "teardown-ran").exists()
    document = inner.snapshots()["test_failing.py::TestFails::test_breaks_on_the_25th_call"]
    assert document["outcome"]["status"] == "failed"
    assert operations(document) == 20


def test_async_methods_of_isolated_asyncio_test_cases_are_refused_with_what_to_do(inner):
    inner.pytester.makepyfile(test_isolated="""
        import unittest, pytest

        class TestAsync(unittest.IsolatedAsyncioTestCase):
            @pytest.mark.memleak(batches=2, batch_size=5)
            async def test_async(self):
                raise AssertionError("never run")
    """)
    result = inner()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*memleak: test_isolated.py::TestAsync::test_async: async methods of "
                                 "unittest.IsolatedAsyncioTestCase cannot be measured*@pytest.mark.asyncio*"])
    assert "never run" not in result.stdout.str()
    document = inner.snapshots()["test_isolated.py::TestAsync::test_async"]
    assert document["outcome"]["status"] == "error"


def test_skipped_testcase_methods_leave_a_skipped_snapshot(inner):
    inner.pytester.makepyfile(test_skips="""
        import unittest, pytest

        @pytest.mark.memleak(batches=2, batch_size=2)
        class TestSkips(unittest.TestCase):
            @unittest.skip("not today")
            def test_decorated(self):
                raise AssertionError("never run")

            def test_skips_itself(self):
                self.skipTest("no network")

        @pytest.mark.memleak(batches=2, batch_size=2)
        @unittest.skip("whole class")
        class TestWholeClass(unittest.TestCase):
            def test_any(self):
                raise AssertionError("never run")
    """)
    inner().assert_outcomes(skipped=3)
    outcomes = {test: document["outcome"] for test, document in inner.snapshots().items()}
    assert outcomes == {
        "test_skips.py::TestSkips::test_decorated": {"status": "skipped", "message": "Skipped: not today"},
        "test_skips.py::TestSkips::test_skips_itself": {"status": "skipped", "message": "no network"},
        "test_skips.py::TestWholeClass::test_any": {"status": "skipped", "message": "Skipped: whole class"},
    }
