"""Growth is charged to the user's own line, also when the allocation happens inside a library."""
import textwrap

from inner import judged, line_of, site_at

LEAK_IN_USER_CODE = textwrap.dedent("""
    import pytest
    KEPT = []

    def remember(size):
        KEPT.append(bytearray(size))  # LEAKS-HERE

    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_remembers():
        remember(100)
""")

LEAK_INSIDE_LOGGING = textwrap.dedent("""
    import itertools, logging
    import pytest
    NAMES = itertools.count()

    @pytest.mark.memleak(batches=4, batch_size=40, warmup=1)
    def test_makes_loggers():
        logging.getLogger("memleak.test.%d" % next(NAMES))  # LOGGER-LINE
""")


def test_growth_is_attributed_to_the_line_that_allocates(inner):
    written = inner.pytester.makepyfile(test_user=LEAK_IN_USER_CODE)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_user.py::test_remembers"]
    line = line_of(written.read_text(), "LEAKS-HERE")
    for phase in document["phases"]:
        site = site_at(phase, "test_user.py", line)
        assert site is not None, phase["name"]
        assert site["function"] == "remember"
        assert site["code"] == "KEPT.append(bytearray(size))  # LEAKS-HERE"
        batches = phase["batches"]
        first = batches.index(judged(phase)[0])
        per_op = (site["sizes"][-1] - site["sizes"][first]) / sum(b["operations"] for b in batches[first + 1:])
        # A 100-byte bytearray (157 bytes) plus its list slot; a short phase may catch one of the
        # list's resizes (an eighth of the list at once), which adds up to ~100 bytes per operation.
        assert 150 <= per_op <= 260
        assert phase["sites"][0] is site  # the biggest grower comes first
    assert [phase["name"] for phase in document["phases"]] == ["screen", "confirm"]


def test_an_allocation_inside_the_standard_library_is_charged_to_the_calling_line(inner):
    written = inner.pytester.makepyfile(test_logging=LEAK_INSIDE_LOGGING)
    inner().assert_outcomes(passed=1)
    document = inner.snapshots()["test_logging.py::test_makes_loggers"]
    screen, confirm = document["phases"]
    line = line_of(written.read_text(), "LOGGER-LINE")
    site = site_at(confirm, "test_logging.py", line)
    assert site is not None and site["function"] == "test_makes_loggers"
    assert site["stack"][0] == {"file": "test_logging.py", "line": line}
    assert "logging" in site["stack"][-1]["file"] and not site["stack"][-1]["file"].startswith("test_")
    growth = site["sizes"][-1] - site["sizes"][confirm["batches"].index(judged(confirm)[0])]
    total = judged(confirm)[-1]["traced_bytes"] - judged(confirm)[0]["traced_bytes"]
    assert growth >= 0.9 * total > 0  # nearly all the growth, charged to the one user line
    assert all(site["file"] == "test_logging.py" for site in confirm["sites"])
    # The screen records one frame: the logger's own allocations stay unattributed there.
    assert screen["unattributed_bytes"][-1] > screen["unattributed_bytes"][1]
    assert confirm["unattributed_bytes"][-1] < 0.05 * judged(confirm)[-1]["traced_bytes"]
    grown_types = {entry["type"] for entry in confirm["object_types"]}
    assert "logging.Logger" in grown_types


def test_the_fixture_measures_one_operation_for_the_test_id(inner):
    source = textwrap.dedent("""
        KEPT = []

        def test_with_fixture(memleak):
            def operation():
                KEPT.append([0] * 30)  # FIXTURE-LEAK
            result = memleak.check(operation, batches=3, batch_size=30, warmup=1)
            assert result.path.endswith(".json")
            assert [phase.name for phase in result.measurement.phases] == ["screen", "confirm"]

        def test_twice(memleak):
            memleak.check(lambda: None, batches=1, batch_size=1)
            memleak.check(lambda: None, batches=1, batch_size=1)
    """)
    written = inner.pytester.makepyfile(test_fixture=source)
    result = inner()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*check() may be called only once*"])
    document = inner.snapshots()["test_fixture.py::test_with_fixture"]
    line = line_of(written.read_text(), "FIXTURE-LEAK")
    site = site_at(document["phases"][-1], "test_fixture.py", line)
    assert site is not None and site["function"] == "test_with_fixture.<locals>.operation"
    assert document["config"]["batch_size"] == 30
