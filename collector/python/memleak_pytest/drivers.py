"""How a test body becomes a repeatable operation: a callable without arguments that runs the
body once, on the event loop the test framework gave the test, so fixtures bound to that loop
keep working across operations.

One driver per kind of test (see driver_for()):

- a plain function: called with its fixtures.
- a function another plugin already wrapped into a synchronous runner (pytest-asyncio 1.x
  replaces the item's function with a wrapper that runs the coroutine on the loop of its
  `loop_scope` before pytest calls it): each call of the wrapper is one operation, on
  pytest-asyncio's runner, in its context.
- an `async def` test of anyio's pytest plugin (the `anyio_backend` fixture is in use): each
  operation is `runner.run_test(test, fixtures)` on anyio's test runner, the one its async
  fixtures were set up on (asyncio, or trio when installed).
- an `async def` test no plugin runs: one event loop of our own for the whole measurement.

A test that a framework would run but that we cannot drive raises Undrivable, whose message says
why and what to do; the caller turns it into an `error` snapshot and a failed test, never a
silent pass.
"""
import asyncio
import contextlib
import functools
import inspect


class Undrivable(Exception):
    """The test's body cannot be repeated on its framework's loop; the message says why and what to do."""


# Markers of async test frameworks whose runner we do not drive, and what to use instead.
_FOREIGN_MARKERS = {
    "trio": "pytest-trio runs this test on its own trio loop, which memleak cannot drive; "
            "use anyio's pytest plugin instead (@pytest.mark.anyio with anyio_backend = 'trio')",
    "gen_test": "pytest-tornado runs this test on its own IOLoop, which memleak cannot drive; "
                "use pytest-asyncio (@pytest.mark.asyncio) instead",
}


def driver_for(item, function, arguments):
    """A context manager that yields the operation of a test: op() runs the body once.

    item: the pytest item; function: what pytest is about to call (item.obj, possibly a plugin's
    wrapper); arguments: {name: fixture value} for the function's parameters. Raises Undrivable
    at once (before anything runs) when the test cannot be driven.
    """
    if not inspect.iscoroutinefunction(function):
        # A plain test, or a coroutine another plugin wrapped into a synchronous call of its runner.
        return contextlib.nullcontext(functools.partial(function, **arguments))
    backend = item.funcargs.get("anyio_backend")  # as anyio's own pytest_pyfunc_call decides
    if backend:
        return _anyio(function, arguments, backend)
    for marker, why in _FOREIGN_MARKERS.items():
        if item.get_closest_marker(marker) is not None:
            raise Undrivable("@pytest.mark.%s on %s: %s" % (marker, item.nodeid, why))
    if item.get_closest_marker("asyncio") is not None and item.config.pluginmanager.has_plugin("asyncio"):
        # pytest-asyncio is active and the test is marked, yet its function was not wrapped:
        # a version of pytest-asyncio that runs tests some other way.
        raise Undrivable(
            "%s: pytest-asyncio %s did not hand this test over as a synchronous call, so memleak cannot "
            "repeat it on pytest-asyncio's event loop; use a pytest-asyncio that does (1.x), or measure one "
            "operation with the memleak fixture in a synchronous test" % (item.nodeid, _version("pytest_asyncio")))
    return _own_loop(function, arguments)


@contextlib.contextmanager
def _own_loop(function, arguments):
    """An `async def` test nothing else runs: one loop, created before tracing starts and set as
    the current loop while the test runs (code calling asyncio.get_event_loop() finds it)."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        yield lambda: loop.run_until_complete(function(**arguments))
    finally:
        try:
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            asyncio.set_event_loop(None)
            loop.close()


@contextlib.contextmanager
def _anyio(function, arguments, backend):
    try:
        from anyio import pytest_plugin
        get_runner = pytest_plugin.get_runner
        backend_name, options = pytest_plugin.extract_backend_and_options(backend)
    except (ImportError, AttributeError) as error:
        raise Undrivable(
            "anyio %s: its pytest plugin has no get_runner()/extract_backend_and_options() (%s), so memleak "
            "cannot repeat this test on anyio's test runner; install anyio 4.x, or measure one operation "
            "with the memleak fixture in a synchronous test" % (_version("anyio"), error)) from None
    # A lease on anyio's runner for the whole measurement: the loop the async fixtures were set
    # up on stays alive, and every operation runs on it as anyio would run the test once.
    with get_runner(backend_name, options) as runner:
        yield lambda: runner.run_test(function, arguments)


def _version(module):
    try:
        from importlib.metadata import version
        return version(module.replace("_", "-"))
    except Exception:  # not installed, or no metadata: the message still names the package
        return "(version unknown)"
