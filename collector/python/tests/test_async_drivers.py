"""`async def` leak tests: the body is repeated on the event loop its framework gave it
(pytest-asyncio in strict and auto mode with async fixtures of every loop scope, anyio's pytest
plugin, or our own loop when no plugin runs it), and a framework we cannot drive is an error,
never a silent pass. Each inner test asserts, on every operation, that it runs on the loop its
fixture was set up on, and a last inner test writes how often each body ran."""
import json

import pytest

from inner import growth_per_op, operations

LEAK_BYTES = 1500  # per operation: far above any floor, so growth per operation is unambiguous

COUNTING = """
import json

def test_zz_report_calls():
    with open("calls.json", "w") as out:
        json.dump({"leaks": len(LEAK_CALLS), "clean": len(CLEAN_CALLS)}, out)
"""


def _check(inner, result, module, passed=3):
    """Both bodies ran once per operation measured, the leak grew by about LEAK_BYTES per operation
    and the clean one by (almost) nothing."""
    result.assert_outcomes(passed=passed)
    snapshots = inner.snapshots()
    leaks = snapshots["%s::test_leaks" % module]
    clean = snapshots["%s::test_clean" % module]
    calls = json.loads((inner.pytester.path / "calls.json").read_text())
    assert calls == {"leaks": operations(leaks), "clean": operations(clean)}
    assert operations(leaks) >= 100
    assert growth_per_op(leaks["phases"][-1]) >= LEAK_BYTES
    # The clean body keeps nothing of its own; the event loop's own tables may still grow once
    # in a batch of 40 (a 71 B/op step was seen under load), so the bound is a tenth of the leak.
    assert abs(growth_per_op(clean["phases"][-1])) < LEAK_BYTES / 10


def _asyncio_module(fixture_decorator, test_marker):
    return """
import asyncio, pytest, pytest_asyncio
LEAK_CALLS, CLEAN_CALLS, KEPT = [], [], []

%(fixture)s
async def loop_of_fixture():
    yield asyncio.get_running_loop()

%(marker)s
@pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
async def test_leaks(loop_of_fixture):
    assert asyncio.get_running_loop() is loop_of_fixture
    LEAK_CALLS.append(None)
    await asyncio.sleep(0)
    KEPT.append(bytearray(%(leak)d))

%(marker)s
@pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
async def test_clean(loop_of_fixture):
    assert asyncio.get_running_loop() is loop_of_fixture
    CLEAN_CALLS.append(None)
    await asyncio.sleep(0)
""" % {"fixture": fixture_decorator, "marker": test_marker, "leak": LEAK_BYTES} + COUNTING


@pytest.mark.parametrize("scope", ["function", "module", "session"])
def test_pytest_asyncio_strict_mode_repeats_the_body_on_the_loop_of_its_async_fixture(inner, scope):
    pytest.importorskip("pytest_asyncio", reason="needs pytest-asyncio (run with .cache/venv/bin/python3)")
    inner.pytester.makeini("[pytest]\nasyncio_mode = strict\nasyncio_default_fixture_loop_scope = function\n")
    inner.pytester.makepyfile(test_strict=_asyncio_module(
        '@pytest_asyncio.fixture(scope="%s", loop_scope="%s")' % (scope, scope),
        '@pytest.mark.asyncio(loop_scope="%s")' % scope))
    _check(inner, inner(), "test_strict.py")


def test_pytest_asyncio_auto_mode_with_default_loop_scopes_from_the_ini_file(inner):
    pytest.importorskip("pytest_asyncio", reason="needs pytest-asyncio (run with .cache/venv/bin/python3)")
    inner.pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = module\n"
                           "asyncio_default_test_loop_scope = module\n")
    inner.pytester.makepyfile(test_auto=_asyncio_module('@pytest.fixture(scope="module")', ""))
    _check(inner, inner(), "test_auto.py")


ANYIO_MODULE = """
import asyncio, pytest
LEAK_CALLS, CLEAN_CALLS, KEPT = [], [], []

@pytest.fixture
def anyio_backend():
    return "%(backend)s"

@pytest.fixture
async def runner_token():
    import anyio.lowlevel
    yield anyio.lowlevel.current_token()

def same_runner(token):
    import anyio.lowlevel
    return anyio.lowlevel.current_token() == token

@pytest.mark.anyio
@pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
async def test_leaks(runner_token):
    assert same_runner(runner_token)
    LEAK_CALLS.append(None)
    KEPT.append(bytearray(%(leak)d))

@pytest.mark.anyio
@pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
async def test_clean(runner_token):
    assert same_runner(runner_token)
    CLEAN_CALLS.append(None)
""" + COUNTING


def test_anyio_repeats_the_body_on_its_test_runner_with_the_asyncio_backend(inner):
    pytest.importorskip("anyio", reason="needs anyio (run with .cache/venv/bin/python3)")
    inner.pytester.makepyfile(test_anyio_asyncio=ANYIO_MODULE % {"backend": "asyncio", "leak": LEAK_BYTES})
    _check(inner, inner("-p", "no:asyncio"), "test_anyio_asyncio.py")


def test_anyio_repeats_the_body_on_its_test_runner_with_the_trio_backend(inner):
    pytest.importorskip("anyio", reason="needs anyio (run with .cache/venv/bin/python3)")
    pytest.importorskip("trio", reason="anyio's trio backend needs trio")
    inner.pytester.makepyfile(test_probe="""
        import pytest
        @pytest.fixture
        def anyio_backend():
            return "trio"
        @pytest.fixture
        async def value():
            yield 1
        @pytest.mark.anyio
        async def test_trio_works(value):
            pass
    """)
    probe = inner("-p", "no:asyncio", "test_probe.py")
    if probe.ret != 0:
        pytest.skip("anyio's trio backend does not work with the trio installed here: %s"
                    % next((line for line in probe.outlines if line.startswith("E ")), "see its output"))
    inner.pytester.makepyfile(test_anyio_trio=ANYIO_MODULE % {"backend": "trio", "leak": LEAK_BYTES})
    _check(inner, inner("-p", "no:asyncio", "test_anyio_trio.py"), "test_anyio_trio.py")


def test_a_bare_async_test_runs_on_one_loop_of_our_own_that_is_also_the_current_loop(inner):
    inner.pytester.makepyfile(test_bare="""
        import asyncio, pytest
        LEAK_CALLS, CLEAN_CALLS, KEPT, LOOPS = [], [], [], set()

        @pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
        async def test_leaks():
            LOOPS.add(asyncio.get_running_loop())
            assert asyncio.get_event_loop() is asyncio.get_running_loop()
            LEAK_CALLS.append(None)
            KEPT.append(bytearray(%d))

        @pytest.mark.memleak(batches=3, batch_size=40, warmup=1)
        async def test_clean():
            CLEAN_CALLS.append(None)
            await asyncio.sleep(0)

        def test_one_loop_then_closed():
            assert len(LOOPS) == 1 and next(iter(LOOPS)).is_closed()
    """ % LEAK_BYTES + COUNTING.replace("\n", "\n        "))
    _check(inner, inner("-p", "no:asyncio", "-p", "no:anyio"), "test_bare.py", passed=4)


def test_an_async_framework_memleak_cannot_drive_is_an_error_that_says_what_to_do(inner):
    inner.pytester.makeini("[pytest]\nmarkers =\n    trio: pytest-trio\n")
    inner.pytester.makepyfile(test_foreign="""
        import pytest

        @pytest.mark.trio
        @pytest.mark.memleak(batches=2, batch_size=5)
        async def test_on_trio():
            raise AssertionError("never run")
    """)
    result = inner("-p", "no:asyncio", "-p", "no:anyio")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*memleak: @pytest.mark.trio on test_foreign.py::test_on_trio: pytest-trio runs*"
                                 "use anyio's pytest plugin instead*"])
    assert "never run" not in result.stdout.str()
    document = inner.snapshots()["test_foreign.py::test_on_trio"]
    assert document["outcome"]["status"] == "error"
    assert "@pytest.mark.anyio" in document["outcome"]["message"]
