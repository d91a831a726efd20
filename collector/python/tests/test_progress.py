"""The live progress line of a running leak test: plain lines when the output is not a terminal
(after `progress_seconds`, here 0 so a short test shows them), and one line redrawn in place on a
terminal, erased at the end so pytest's own output stays intact."""
import os
import re
import subprocess
import sys

import pytest

COLLECTOR_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLOW = """
import pytest

@pytest.mark.memleak(batches=3, batch_size=300, warmup=1)  # 3 batches reach 512 judged operations
def test_slow():
    bytearray(100)

def test_plain():
    pass
"""
PROGRESS = re.compile(r"memleak  test_slow\.py::test_slow  (screen|confirm) batch (\d+)/(\d+)  ([\d,]+) ops  [\d.]+ s")


@pytest.mark.parametrize("verbosity", ["-q", "-v"])
def test_without_a_terminal_a_line_per_batch_once_the_quiet_time_is_over(inner, verbosity):
    inner.monkeypatch.setenv("MEMLEAK_PROGRESS_SECONDS", "0")
    inner.pytester.makepyfile(test_slow=SLOW)
    result = inner(verbosity)
    result.assert_outcomes(passed=2)
    lines = [PROGRESS.fullmatch(line) for line in result.outlines]
    shown = [(m.group(1), int(m.group(2)), int(m.group(3)), int(m.group(4).replace(",", ""))) for m in lines if m]
    assert shown[:4] == [("screen", batch, 4, 300 * batch) for batch in range(1, 5)]
    if verbosity == "-v":  # pytest writes the result again after the interruption, on its own line
        result.stdout.fnmatch_lines(["test_slow.py::test_slow PASSED*", "test_slow.py::test_plain PASSED*"])


def test_by_default_a_short_test_prints_no_progress_line(inner):
    inner.pytester.makepyfile(test_slow=SLOW)
    result = inner()
    result.assert_outcomes(passed=2)
    assert not any(PROGRESS.search(line) for line in result.outlines)


def _run_on_a_terminal(pytester, *args, **env):
    """Runs pytest in a new process whose output is a pseudo-terminal; returns what it wrote."""
    pty = pytest.importorskip("pty", reason="needs a pseudo-terminal (POSIX)")
    leader, follower = pty.openpty()
    environment = dict(os.environ, COLUMNS="100", MEMLEAK_VERDICT="0",
                       PYTHONPATH=os.pathsep.join(filter(None, [COLLECTOR_DIR, os.environ.get("PYTHONPATH")])))
    environment.pop("MEMLEAK_PROGRESS_SECONDS", None)
    environment.update(env)
    process = subprocess.Popen([sys.executable, "-m", "pytest", "-p", "memleak_pytest", "-p", "no:cacheprovider",
                                "--color=no", *args], cwd=str(pytester.path), env=environment,
                               stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the follower side closed: the process has ended
            break
        if not chunk:
            break
        output += chunk
    os.close(leader)
    assert process.wait() == 0, output
    return output.decode("utf-8", "replace")


def test_on_a_terminal_the_line_is_drawn_below_pytests_line_and_erased_afterwards(pytester):
    pytester.makepyfile(test_slow=SLOW)
    text = _run_on_a_terminal(pytester, "test_slow.py")
    drawn = "\x1b[B\r\x1b[2Kmemleak  test_slow.py::test_slow  screen batch 1/4  300 ops"
    assert drawn in text
    # Drawn from the column after pytest's "test_slow.py " and back there each time.
    back = "\x1b[A\x1b[%dG" % (len("test_slow.py ") + 1)
    after_last_draw = text[text.rindex("\x1b[2Kmemleak"):]
    assert after_last_draw.startswith("\x1b[2Kmemleak") and back in after_last_draw
    erased = "\x1b[B\r\x1b[2K" + back
    assert erased in after_last_draw, "the line is erased at the end"
    # What a terminal shows at the end: pytest's line intact, then its own output.
    screen = _render(text)
    assert re.search(r"^test_slow\.py \.\.\s+\[100%\]$", screen, re.M), screen
    assert "memleak  test_slow" not in screen


def test_on_a_terminal_with_capture_off_plain_lines_are_printed_instead(pytester):
    pytester.makepyfile(test_slow=SLOW)
    text = _run_on_a_terminal(pytester, "-s", "test_slow.py", MEMLEAK_PROGRESS_SECONDS="0")
    assert "\x1b[2K" not in text
    assert "memleak  test_slow.py::test_slow  screen batch 1/4  300 ops" in text


def _render(text):
    """A small terminal: the cursor moves and erasures this plugin and pytest use, on a grid of rows."""
    rows, row, col = [[]], 0, 0
    for token in re.findall(r"\x1b\[(\d*)([A-Za-z])|(\r\n|\n)|(\r)|([^\x1b\r\n])", text):
        number, command, newline, carriage, char = token
        if newline:
            row, col = row + 1, 0
        elif carriage:
            col = 0
        elif command == "A":
            row -= 1
        elif command == "B":
            row += 1
        elif command == "G":
            col = int(number or 1) - 1
        while len(rows) <= row:
            rows.append([])
        if command == "K" and number == "2":
            rows[row] = []
        elif char:
            line = rows[row]
            line.extend(" " * (col - len(line) + 1))
            line[col] = char
            col += 1
    return "\n".join("".join(line).rstrip() for line in rows)
