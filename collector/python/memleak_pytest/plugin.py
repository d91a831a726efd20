"""The pytest side: the marker, the `memleak` fixture, settings from ini/environment, snapshot
files, the verdict of memleak's analysis core on each snapshot (a leak fails the test), a live
progress line and a line per leak test in the terminal summary. Tests without the marker or the
fixture are left alone: no tracing is started for them and nothing is written."""
import collections
import functools
import inspect
import os
import sys
import traceback
import unittest

import pytest
from _pytest.unittest import TestCaseFunction  # pytest's item for unittest.TestCase methods, since pytest 3

from . import __version__
from . import document as snapshot_document
from . import snapshot_files
from .attribution import Classifier
from .drivers import Undrivable, driver_for
from .judge import Judge
from .harness import HarnessQuiet
from .measurement import measure
from .soak import interrupts_once, soak
from .heap import NativeHeapReader
from .progress import ProgressLine
from .rss import RssReader
from .settings import INI_HELP, PER_TEST_KEYS, SESSION_KEYS, SettingsError, for_test, ini_name, resolve_session

MARKER = "memleak"
# The outcome of a test whose process ended while it was measured (see _measure_and_write).
UNFINISHED = ("the test process ended while this test was being measured (killed, out of memory, or a crash "
              "in native code): nothing it measured was written")
MARKER_HELP = ("memleak(batches=None, batch_size=None, warmup=None, expect_errors=False, time_budget=None, "
               "allow_bytes_per_op=None, allow_total_bytes=None, soak=None, soak_interval=None, "
               "warning_mb_per_hour=None, failure_mb_per_hour=None): "
               "measure this test for memory leaks: fixtures are set up once and the body is "
               "repeated in batches while memory is sampled after each batch")
_SESSION = pytest.StashKey()


class MemleakInconclusiveWarning(pytest.PytestWarning):
    """memleak's analysis core could not decide whether a leak test leaks; the message says why."""


class MemleakSoakWarning(pytest.PytestWarning):
    """A soak grew faster than its warning tier but slower than its failure tier (MB per hour)."""


# verdict: the analysis core's TestResult (a dict as in report.json), or None when no verdict was
# asked for (MEMLEAK_VERDICT=0) or the core could not run.
CheckResult = collections.namedtuple("CheckResult", "path measurement verdict", defaults=(None,))


def pytest_addoption(parser):
    for key in SESSION_KEYS:
        parser.addini(ini_name(key), INI_HELP[key], default=None)


def pytest_configure(config):
    config.addinivalue_line("markers", MARKER_HELP)
    invocation_dir = str(config.invocation_params.dir)
    rootdir = str(config.rootpath)

    def read_ini(name):
        value = config.getini(name)
        return value if value not in (None, "", []) else None

    try:
        settings = resolve_session(os.environ, read_ini, rootdir, invocation_dir)
    except SettingsError as error:
        raise pytest.UsageError("memleak: %s" % error) from None
    session = LeakSession(settings, _user_root(invocation_dir, rootdir), config)
    config.stash[_SESSION] = session
    config.pluginmanager.register(session, "memleak_pytest_session")
    if not hasattr(config, "workerinput"):  # the controlling process; xdist workers never clean
        snapshot_files.remove_old(settings.snapshot_dir)


def _user_root(invocation_dir, rootdir):
    """The directory whose files count as the user's own: where pytest was started, unless the
    rootdir lies outside it (then the rootdir, which pytest's node ids are relative to)."""
    started_in = os.path.realpath(invocation_dir)
    if os.path.commonpath([started_in, os.path.realpath(rootdir)]) == started_in:
        return invocation_dir
    return rootdir


@pytest.fixture
def memleak(request):
    """Measures one operation inside a test: memleak.check(fn, batches=…, batch_size=…,
    warmup=…, expect_errors=…) repeats fn() and writes the snapshot for this test."""
    return LeakCheck(request.node, request.config.stash[_SESSION])


class LeakCheck:
    def __init__(self, item, session):
        self._item = item
        self._session = session
        self._checked = False

    def check(self, fn, batches=None, batch_size=None, warmup=None, expect_errors=None, time_budget=None,
              allow_bytes_per_op=None, allow_total_bytes=None, soak=None, soak_interval=None,
              warning_mb_per_hour=None, failure_mb_per_hour=None):
        """Returns CheckResult(path, measurement, verdict): the snapshot's path, what was measured, and
        the analysis core's verdict on it (a dict as in report.json's tests[]; None without one)."""
        origin = "memleak.check() in %s" % self._item.nodeid
        if self._item.get_closest_marker(MARKER) is not None:
            pytest.fail("%s: the test already has @pytest.mark.memleak; use the marker or the fixture, "
                        "not both" % origin, pytrace=False)
        if self._checked:
            pytest.fail("%s: one snapshot per test, so check() may be called only once" % origin, pytrace=False)
        if not callable(fn):
            pytest.fail("%s: expected a callable without arguments, got %r" % (origin, fn), pytrace=False)
        self._checked = True
        arguments = {"batches": batches, "batch_size": batch_size, "warmup": warmup, "expect_errors": expect_errors,
                     "time_budget": time_budget, "allow_bytes_per_op": allow_bytes_per_op,
                     "allow_total_bytes": allow_total_bytes, "soak": soak, "soak_interval": soak_interval,
                     "warning_mb_per_hour": warning_mb_per_hour, "failure_mb_per_hour": failure_mb_per_hour}
        settings = _settings_or_fail(self._session.settings, arguments, origin)
        return self._session.measure_and_write(self._item, settings, fn)

    def cleanup(self, make, close, use=None, tolerance_bytes=None):
        """Fails the test unless what make() took comes back after close(obj): memory within
        tolerance_bytes (default 64 KiB), no new file descriptor, thread or asyncio task; each
        leftover is named with the line that allocated it. Returns cleanup.CleanupResult."""
        from .cleanup import DEFAULT_TOLERANCE_BYTES, check_cleanup
        tolerance = DEFAULT_TOLERANCE_BYTES if tolerance_bytes is None else tolerance_bytes
        result = check_cleanup(make, close, use, tolerance, root=self._session.root)
        if not result.ok:
            pytest.fail("memleak.cleanup() in %s: %s" % (self._item.nodeid, result.message()), pytrace=False)
        return result


class LeakSession:
    """Per-process state: settings, the source classifier, the RSS reader, the judge, and what to report."""

    def __init__(self, settings, root, config):
        self.settings = settings
        self.root = root
        self.config = config
        self.classifier = Classifier(root)
        self.rss_reader = RssReader()
        self.readers = (self.rss_reader, NativeHeapReader())
        self.judge = Judge(os.environ, str(config.invocation_params.dir))
        self.summaries = []

    def measure_and_write(self, item, settings, op):
        """Measures op (in batches, or by time for a soak), writes the snapshot, then fails the test
        if the body failed or the core judged it a leak (an inconclusive verdict is a warning)."""
        if settings.soak is None:
            return self._measure_and_write(item, settings, lambda progress: measure(
                op, settings, self.classifier, self.readers, progress=progress))
        # A soak is interrupted by the first SIGINT or SIGTERM, and what it measured is still written.
        with interrupts_once(), snapshot_files.soaking(settings.snapshot_dir):
            return self._measure_and_write(item, settings, lambda progress: soak(
                op, settings, self.readers, progress=progress, quiet=HarnessQuiet()))

    def _measure_and_write(self, item, settings, run):
        # Until the measurement is written, the test's snapshot says the process ended during it:
        # a test killed mid-measurement (out of memory, SIGKILL, a crash in native code) is then
        # listed as an error with its id, not lost from the report.
        self._write(item, settings, None, "error", UNFINISHED)
        progress = self._progress_line(item)
        try:
            measurement = run(None if progress is None else progress.update)
        finally:
            if progress is not None:
                progress.finish()
        error = measurement.exception
        if getattr(measurement, "interrupted", None):
            return self._write_interrupted(item, settings, measurement)
        if error is None:
            outcome, message = "passed", None
        elif isinstance(error, (pytest.skip.Exception, unittest.SkipTest)):  # pytest skips on both
            outcome, message = "skipped", str(error)
        elif isinstance(error, (Exception, pytest.fail.Exception)):
            outcome = "failed"
            message = "".join(traceback.format_exception_only(type(error), error)).strip()
        else:  # KeyboardInterrupt, SystemExit, pytest.exit(): the run is ending, write nothing
            raise error
        path = self._write(item, settings, measurement, outcome, message)
        summary = _summary(path, measurement, outcome)
        verdict = self._judge(path, settings) if outcome == "passed" else None
        if verdict is not None:
            summary.update(_verdict_summary(verdict))
        elif settings.verdict and self.judge.unavailable:
            summary["verdict_unavailable"] = self.judge.unavailable
        item.user_properties.append((MARKER, summary))
        if error is not None:
            raise error
        if verdict is not None:
            _act_on(item, path, verdict)
        return CheckResult(path, measurement, verdict)

    def _write_interrupted(self, item, settings, measurement):
        """A soak cut short by a signal: its samples so far are written and judged, the verdict goes
        to the terminal summary (the test gets no report: the session is ending), and the interrupt
        goes on so pytest stops as it does on Ctrl-C."""
        path = self._write(item, settings, measurement, "passed", None)
        summary = _summary(path, measurement, "interrupted (%s)" % measurement.interrupted)
        verdict = self._judge(path, settings)
        if verdict is not None:
            summary.update(_verdict_summary(verdict))
        self.summaries.append((item.nodeid, summary))
        raise measurement.exception

    def refuse(self, item, settings, why):
        """A test we cannot measure: an `error` snapshot saying why, and the test fails with it."""
        path = self._write(item, settings, None, "error", why)
        item.user_properties.append((MARKER, {"snapshot": path, "outcome": "error"}))
        pytest.fail("memleak: %s" % why, pytrace=False)

    def _judge(self, path, settings):
        if not settings.verdict:
            return None
        return self.judge.judge(path)

    def _progress_line(self, item):
        """A live progress line in pytest's terminal, or None (no terminal reporter, an xdist worker)."""
        reporter = self.config.pluginmanager.get_plugin("terminalreporter")
        capture = self.config.pluginmanager.get_plugin("capturemanager")
        if reporter is None or capture is None or hasattr(self.config, "workerinput"):
            return None
        writer = reporter._tw  # pytest's TerminalWriter: the one public route to the current column
        isatty = reporter.isatty() if callable(reporter.isatty) else bool(reporter.isatty)
        # With -s the test's own prints reach the terminal mid-line too; a line drawn in place could
        # then be left behind half-erased, so plain lines it is.
        isatty = isatty and self.config.getoption("capture", "fd") != "no"
        # Writes go out with pytest's capture suspended, as pytest's own live logging does.
        return ProgressLine(item.nodeid, _Stdout(), capture.global_and_fixture_disabled, isatty,
                            lambda: writer.width_of_current_line, writer.fullwidth,
                            functools.partial(_own_line, reporter, writer),
                            self.settings.progress_seconds)

    def _write(self, item, settings, measurement, outcome, message):
        document = snapshot_document.build(
            _describe(item, self.root), __version__, self.root.replace(os.sep, "/"),
            settings, measurement, outcome, message)
        return snapshot_files.write(settings.snapshot_dir, document)

    @pytest.hookimpl(tryfirst=True)
    def pytest_pyfunc_call(self, pyfuncitem):
        marker = pyfuncitem.get_closest_marker(MARKER)
        if marker is None:
            return None
        settings = self._marker_settings(pyfuncitem, marker)
        arguments = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        try:
            driver, why = driver_for(pyfuncitem, pyfuncitem.obj, arguments), None
        except Undrivable as error:
            driver, why = None, str(error)
        if driver is None:  # failed outside the except block: no "during handling" chain in the report
            self.refuse(pyfuncitem, settings, why)
        with driver as op:
            self.measure_and_write(pyfuncitem, settings, op)
        return True

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_call(self, item):
        """unittest.TestCase methods never reach pytest_pyfunc_call: pytest's TestCaseFunction calls
        the bound method it finds in item.obj between setUp and tearDown. Replacing item.obj with
        a measurement of that method repeats the body while setUp and tearDown run once around
        it, as fixtures do for a function."""
        marker = item.get_closest_marker(MARKER)
        if marker is None or not _is_unittest(item):
            return
        settings = self._marker_settings(item, marker)
        method = item.obj
        if inspect.iscoroutinefunction(method):
            self.refuse(item, settings, (
                "%s: async methods of unittest.IsolatedAsyncioTestCase cannot be measured (unittest runs them "
                "on a loop memleak cannot drive); write the test as an `async def` function with "
                "@pytest.mark.asyncio or @pytest.mark.anyio instead" % item.nodeid))

        @functools.wraps(method)
        def measured():
            self.measure_and_write(item, settings, method)

        item.obj = measured

    def _marker_settings(self, item, marker):
        origin = "@pytest.mark.memleak on %s" % item.nodeid
        if marker.args:
            pytest.fail("%s: takes keyword arguments only (%s)"
                        % (origin, ", ".join(key + "=" for key in PER_TEST_KEYS)), pytrace=False)
        return _settings_or_fail(self.settings, marker.kwargs, origin)

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        """A marked test whose setup failed or was skipped still gets a snapshot, so the analyser
        can tell 'not measured' from 'missing'. So does a unittest method that unittest skipped
        (@unittest.skip on it or its class) before any measurement: pytest turns that into a
        skip only while it makes the call's report, hence a wrapper that reads the report."""
        outcome = yield
        report = outcome.get_result()
        marker = item.get_closest_marker(MARKER)
        if marker is None or report.passed:
            return
        if report.when == "setup":
            status = "skipped" if report.skipped else "error"
        elif report.when == "call" and report.skipped and _is_unittest(item) \
                and not any(name == MARKER for name, _ in item.user_properties):
            status = "skipped"
        else:
            return
        message = call.excinfo.exconly() if call.excinfo is not None else _skip_reason(report)
        try:
            settings = for_test(self.settings, marker.kwargs, item.nodeid)
        except SettingsError:
            settings = self.settings
        path = self._write(item, settings, None, status, message)
        entry = (MARKER, {"snapshot": path, "outcome": status})
        item.user_properties.append(entry)
        report.user_properties.append(entry)

    def pytest_runtest_logreport(self, report):
        if report.when not in ("call", "setup"):
            return
        for name, value in report.user_properties:
            if name == MARKER and isinstance(value, dict):
                self.summaries.append((report.nodeid, value))

    def pytest_terminal_summary(self, terminalreporter):
        if not self.summaries:
            return
        terminalreporter.write_sep("-", "memleak: %d leak test(s), snapshots in %s"
                                   % (len(self.summaries), self.settings.snapshot_dir))
        for nodeid, summary in self.summaries:
            terminalreporter.write_line("%s  %s" % (nodeid, _describe_summary(summary)))
        unavailable = next((summary["verdict_unavailable"] for _, summary in self.summaries
                            if "verdict_unavailable" in summary), None)
        if unavailable:
            terminalreporter.write_line(
                "memleak: no verdicts inside pytest: %s. Snapshots are still written; judge them with "
                "`memleak analyze %s`, or set MEMLEAK_VERDICT=0 to silence this." % (unavailable, self.settings.snapshot_dir))

    def pytest_unconfigure(self, config):
        self.judge.close()
        self.rss_reader.close()


class _Stdout:
    """The process's standard output as it is at each write (pytest swaps it while capturing)."""

    def write(self, text):
        sys.stdout.write(text)

    def flush(self):
        sys.stdout.flush()


def _skip_reason(report):
    """The reason of a skip report: pytest keeps it as (path, line, "Skipped: reason")."""
    longrepr = report.longrepr
    return longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)


def _is_unittest(item):
    return isinstance(item, TestCaseFunction)


def _verdict_summary(verdict):
    """The core's verdict reduced to plain values for the terminal line (they travel from xdist workers)."""
    summary = {"verdict": verdict.get("verdict"), "reason": verdict.get("reason", ""),
               "core_per_op": verdict.get("growth_per_op_bytes")}
    if verdict.get("soak"):
        summary["soak"] = verdict["soak"]
    sources = verdict.get("sources") or []
    if sources:
        summary["top"] = "%s:%s" % (sources[0].get("file"), sources[0].get("line"))
        summary["more_sources"] = len(sources) - 1
    return summary


def _own_line(reporter, writer, text):
    """Writes text on a line of its own: after pytest's progress dots (-q) it first ends their line."""
    if writer.width_of_current_line:
        reporter.write("\n")
    reporter.write_line(text)


def _act_on(item, path, verdict):
    """A leak fails the test with the core's reason and its top line; inconclusive warns."""
    summary = _verdict_summary(verdict)
    if summary["verdict"] == "leak":
        where = ""
        if "top" in summary:
            where = "\n  top source: %s%s" % (summary["top"], " (+%d more)" % summary["more_sources"]
                                               if summary["more_sources"] else "")
        reason = summary["reason"]
        if "leak" not in reason.split(":", 1)[0]:  # the core's reasons name the verdict first; say it if one does not
            reason = "leak: " + reason
        pytest.fail("memleak: %s%s\n  snapshot: %s" % (reason, where, path), pytrace=False)
    if summary["verdict"] == "inconclusive":
        item.warn(MemleakInconclusiveWarning("memleak: %s is inconclusive: %s" % (item.nodeid, summary["reason"])))
    if (summary.get("soak") or {}).get("tier") == "warning":
        item.warn(MemleakSoakWarning("memleak: %s: %s" % (item.nodeid, summary["reason"])))


def _settings_or_fail(session_settings, arguments, origin):
    """The test's settings; a bad argument fails the test with the message alone (the traceback
    would only show this plugin's internals)."""
    try:
        return for_test(session_settings, arguments, origin)
    except SettingsError as error:
        message = str(error)
    pytest.fail(message, pytrace=False)  # outside the except block: no "during handling" chain


def _describe(item, root):
    test = {"id": item.nodeid, "name": item.name}
    path = str(getattr(item, "path", "") or "")
    if path:
        try:
            relative = os.path.relpath(path, root)
        except ValueError:  # another drive (Windows)
            relative = os.pardir
        test["file"] = (path if relative.startswith(os.pardir) else relative).replace(os.sep, "/")
    return test


def _summary(path, measurement, outcome):
    """A few plain values for the terminal line (they travel from xdist workers to the controller)."""
    summary = {"snapshot": path, "outcome": outcome, "phases": [phase.name for phase in measurement.phases]}
    judged = measurement.verdict_phase  # the phase the analyser judges, not the attribution phase
    if judged is not None and judged.completed:
        first, end = judged.first_judged, judged.completed - 1
        operations = sum(judged.operations[first + 1:end + 1])
        growth = judged.traced[end] - judged.traced[first]
        summary["operations"] = operations
        summary["growth_bytes"] = growth
    return summary


def _rate(value):
    """A rate in MB/hour with the decimals the core's reasons give it (src/core/soak.ts, mbh)."""
    size = abs(value)
    return "%.*f" % (0 if size >= 100 else 1 if size >= 10 else 2 if size >= 1 else 3, value)


def _describe_summary(summary):
    soak = summary.get("soak")
    if soak:  # a rate over time: operations are beside the point
        tier = soak.get("tier") or "undecided"
        parts = ["%s (soak: %s)" % (summary["verdict"], tier)]
        if soak.get("mb_per_hour") is not None:
            parts.append("%s MB/hour (95%% interval %s to %s) over %.1f s" % (
                _rate(soak["mb_per_hour"]), _rate(soak["mb_per_hour_low"]), _rate(soak["mb_per_hour_high"]),
                soak["duration_s"]))
        if summary.get("outcome", "").startswith("interrupted"):
            parts.append(summary["outcome"])
        parts.append("-> %s" % os.path.basename(summary["snapshot"]))
        return "  ".join(parts)
    if summary.get("verdict"):  # the body ran to the end and the core judged it: the core's figures
        parts = ["%s%s" % (summary["verdict"], " at %s" % summary["top"] if summary.get("top") else "")]
        # The operations growth was judged over (after the first judged batch), as the reason counts them.
        if summary.get("operations"):
            parts.append("%+d B/op over %d ops" % (summary["core_per_op"] or 0, summary["operations"]))
    else:
        parts = [summary.get("outcome", "?")]
    if summary.get("phases"):
        parts.append("+".join(summary["phases"]))
    if summary.get("operations") and not summary.get("verdict"):
        # Net growth only: growth per operation is the analyser's figure (it is not net growth
        # divided by operations), and the table printed after the run must be its only value.
        parts.append("%+d B traced over %d ops" % (summary["growth_bytes"], summary["operations"]))
    parts.append("-> %s" % os.path.basename(summary["snapshot"]))
    return "  ".join(parts)
