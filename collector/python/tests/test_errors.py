"""Exceptions in the body: counted with expect_errors, otherwise the first one fails the test
(after its snapshot is written). Setup errors and skips still leave a snapshot."""

def test_expect_errors_counts_exceptions_per_batch_and_type(inner):
    inner.pytester.makepyfile(test_counting="""
        import itertools, pytest
        CALLS = itertools.count()

        @pytest.mark.memleak(batches=3, batch_size=12, warmup=1, expect_errors=True)
        def test_sometimes_raises():
            call = next(CALLS)
            if call % 3 == 0:
                raise KeyError(call)
            if call % 3 == 1:
                raise ValueError(call)
    """)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_counting.py::test_sometimes_raises"]
    assert document["outcome"] == {"status": "passed"}
    assert document["config"]["expect_errors"] is True
    for phase in document["phases"]:
        for batch in phase["batches"]:
            assert batch["errors"] == 8
            assert batch["error_types"] == {"KeyError": 4, "ValueError": 4}


def test_without_expect_errors_the_first_exception_fails_the_test(inner):
    inner.pytester.makepyfile(test_fails="""
        import itertools, pytest
        CALLS = itertools.count()

        @pytest.mark.memleak(batches=3, batch_size=10, warmup=1)
        def test_fails_on_the_25th_call():
            assert next(CALLS) != 24, "call 24 is broken"
    """)
    result = inner()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*AssertionError: call 24 is broken*"])
    document = inner.snapshots()["test_fails.py::test_fails_on_the_25th_call"]
    assert document["outcome"]["status"] == "failed"
    assert document["outcome"]["message"].startswith("AssertionError: call 24 is broken")
    screen = document["phases"][0]
    assert [batch["operations"] for batch in screen["batches"]] == [10, 10]  # the third never finished
    assert all("errors" not in batch for batch in screen["batches"])
    assert len(document["phases"]) == 1


def test_a_failing_setup_or_a_skip_still_leaves_a_snapshot(inner):
    inner.pytester.makepyfile(test_setup="""
        import pytest

        @pytest.fixture
        def broken():
            raise RuntimeError("no database")

        @pytest.mark.memleak(batches=2, batch_size=2)
        def test_needs_database(broken):
            pass

        @pytest.mark.skip(reason="not today")
        @pytest.mark.memleak(batches=2, batch_size=2)
        def test_skipped():
            pass

        @pytest.mark.memleak(batches=2, batch_size=2, warmup=0)
        def test_skips_itself():
            pytest.skip("no network")
    """)
    inner().assert_outcomes(errors=1, skipped=2)
    snapshots = inner.snapshots()
    error = snapshots["test_setup.py::test_needs_database"]
    assert error["outcome"]["status"] == "error" and "no database" in error["outcome"]["message"]
    assert error["phases"] == [{"name": "screen", "traceback_depth": 1, "batches": []}]
    assert snapshots["test_setup.py::test_skipped"]["outcome"]["status"] == "skipped"
    assert snapshots["test_setup.py::test_skips_itself"]["outcome"] == {"status": "skipped", "message": "no network"}


def test_bad_marker_arguments_fail_that_test_with_a_clear_message(inner):
    inner.pytester.makepyfile(test_bad="""
        import pytest

        @pytest.mark.memleak(batches=0)
        def test_zero_batches():
            pass

        @pytest.mark.memleak(rounds=3)
        def test_unknown_argument():
            pass
    """)
    result = inner()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines([
        "*@pytest.mark.memleak on test_bad.py::test_zero_batches batches=0: expected an integer from 1 to 100000*",
        "*@pytest.mark.memleak on test_bad.py::test_unknown_argument: unknown argument(s) rounds*",
    ])
    assert inner.snapshots() == {}
