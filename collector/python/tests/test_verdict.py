"""The verdict inside plain pytest: after its snapshot is written, a leak test is judged by
memleak's analysis core (`memleak judge --stdio`, dist/cli.js of this checkout) and fails when
the core says leak, with the core's reason and its top file:line, exactly as `memleak analyze`
judges the same snapshot. Without Node or the CLI it says so once and still writes snapshots;
MEMLEAK_VERDICT=0 (or ini memleak_verdict = 0) turns it off."""
import json
import os
import shutil
import subprocess

import pytest

from inner import line_of

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
CLI = os.path.join(REPO, "dist", "cli.js")
NODE = shutil.which("node")
needs_core = pytest.mark.skipif(not NODE or not os.path.isfile(CLI),
                                reason="needs Node.js on PATH and dist/cli.js (npm run build)")

LEAKING = """
import pytest
KEPT = []

@pytest.mark.memleak(batches=6, batch_size=50, warmup=1)
def test_leaks():
    KEPT.append(bytearray(2048))  # the leaking line

@pytest.mark.memleak(batches=6, batch_size=50, warmup=1)
def test_clean():
    bytearray(2048)
"""


@needs_core
def test_plain_pytest_fails_a_leaking_test_with_the_verdict_and_line_memleak_analyze_gives(inner):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")  # the default: on
    source = inner.pytester.makepyfile(test_judged=LEAKING)
    leaking_line = line_of(source.read_text(), "the leaking line")
    result = inner("-rA")
    result.assert_outcomes(failed=1, passed=1)
    analyzed = subprocess.run([NODE, CLI, "analyze", str(inner.snapshot_dir), "--json", "--out", "report"],
                              cwd=str(inner.pytester.path), capture_output=True, text=True)
    report = {test["id"]: test for test in json.loads(analyzed.stdout)["tests"]}
    leak = report["test_judged.py::test_leaks"]
    assert leak["verdict"] == "leak" and leak["sources"][0]["line"] == leaking_line
    assert report["test_judged.py::test_clean"]["verdict"] == "ok"
    result.stdout.fnmatch_lines([
        "*_ test_leaks _*",
        "memleak: %s" % leak["reason"],
        "  top source: test_judged.py:%d*" % leaking_line,
    ])
    result.stdout.fnmatch_lines([
        "*memleak: 2 leak test(s)*",
        "test_judged.py::test_leaks  leak at test_judged.py:%d  *" % leaking_line,
        "test_judged.py::test_clean  ok  *",
    ])
    assert "FAILED test_judged.py::test_leaks" in result.stdout.str()


@needs_core
def test_an_inconclusive_verdict_is_a_warning_naming_the_test_not_a_failure(inner):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")
    inner.pytester.makepyfile(test_short="""
        import time, pytest

        # 50 ms operations in a 0.5 s budget: a handful of operations, far from the 512 the
        # floors need, so the core cannot rule a leak out.
        @pytest.mark.memleak(batch_size=1, warmup=0, time_budget=0.5)
        def test_too_short():
            time.sleep(0.05)
    """)
    result = inner()
    # pytest may add its own warning (an already-imported plugin it cannot rewrite): count ours.
    result.assert_outcomes(passed=1, warnings=result.parseoutcomes().get("warnings", 0))
    result.stdout.fnmatch_lines(["*MemleakInconclusiveWarning: memleak: test_short.py::test_too_short is inconclusive: *"])
    assert sum("MemleakInconclusiveWarning" in line for line in result.outlines) == 1


@pytest.mark.parametrize("how", ["environment", "ini"])
def test_verdict_off_leaves_a_leaking_test_passing(inner, how):
    if how == "environment":
        inner.monkeypatch.setenv("MEMLEAK_VERDICT", "0")
    else:
        inner.monkeypatch.delenv("MEMLEAK_VERDICT")
        inner.pytester.makeini("[pytest]\nmemleak_verdict = 0\n")
    inner.monkeypatch.setenv("MEMLEAK_CLI", os.path.join(str(inner.pytester.path), "absent-cli.js"))
    inner.pytester.makepyfile(test_judged=LEAKING)
    result = inner()
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["test_judged.py::test_leaks  passed  *"])  # not judged
    assert "no verdicts" not in result.stdout.str()
    assert len(inner.snapshots()) == 2
    # Unjudged, the line gives net growth and no growth per operation of its own: that figure is
    # the analyser's, and `memleak run` prints it once, in its table.
    line = next(text for text in result.stdout.lines if text.startswith("test_judged.py::test_leaks  passed"))
    assert " B traced over " in line and "B/op" not in line, line


@pytest.mark.parametrize("missing", ["cli", "node", "crashing"])
def test_without_the_core_it_says_so_once_and_still_writes_every_snapshot(inner, missing):
    inner.monkeypatch.delenv("MEMLEAK_VERDICT")
    if missing == "cli":
        inner.monkeypatch.setenv("MEMLEAK_CLI", os.path.join(str(inner.pytester.path), "absent-cli.js"))
        why = "MEMLEAK_CLI=*absent-cli.js: no such file*"
    elif missing == "crashing":
        if not NODE:
            pytest.skip("needs Node.js on PATH")
        inner.pytester.makefile(".js", cli='process.stderr.write("cannot load the core\\n"); process.exit(3);')
        inner.monkeypatch.setenv("MEMLEAK_CLI", str(inner.pytester.path / "cli.js"))
        why = "the memleak judge (*cli.js judge --stdio) exited with status 3: cannot load the core"
    else:
        inner.pytester.makefile(".js", cli="")
        inner.monkeypatch.setenv("MEMLEAK_CLI", str(inner.pytester.path / "cli.js"))
        inner.monkeypatch.setenv("MEMLEAK_NODE", os.path.join(str(inner.pytester.path), "no-such-node"))
        why = "could not start *no-such-node*"
    inner.pytester.makepyfile(test_judged=LEAKING)
    result = inner()
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["memleak: no verdicts inside pytest: %s. Snapshots are still written*" % why])
    assert result.stdout.str().count("no verdicts inside pytest") == 1
    assert sorted(inner.snapshots()) == ["test_judged.py::test_clean", "test_judged.py::test_leaks"]
