"""A live line while a leak test runs: test id, phase, batch i/n, operations, elapsed time.

On a terminal the line is drawn on the row below pytest's current line and redrawn in place after
every batch; when the test ends it is erased and the cursor is back where pytest left it, so
pytest's own output (dots, PASSED, the progress percentage) is never garbled. When the output is
not a terminal (CI logs, `memleak run` piping), a plain line is printed only for tests that run
longer than `quiet_s` (the progress_seconds setting), then at most every `quiet_s` seconds.
"""
import time

# Terminal control sequences (ECMA-48): cursor up/down one row, to a column, erase the row.
_UP, _DOWN, _ERASE_ROW = "\x1b[A", "\x1b[B", "\r\x1b[2K"


def _column(number):
    return "\x1b[%dG" % number


def describe(test_id, progress, elapsed_s):
    """One line: `memleak  tests/x.py::test_y  confirm batch 3/18  1,200 ops  12.3 s`."""
    return "memleak  %s  %s batch %d/%d  %s ops  %.1f s" % (
        test_id, progress.phase, progress.batch, progress.planned, format(progress.operations, ","), elapsed_s)


class ProgressLine:
    """Shows a test's progress; call update(progress) after every batch and finish() at the end.

    out: an object with write(text) and flush() for the terminal; uncaptured(): a context manager
    during which writes reach the terminal (pytest's capture suspended), entered only to write;
    column(): the cursor's column on pytest's current line (0-based); width: the terminal's width;
    write_line(text): prints a whole line the way pytest does (non-terminal).
    """

    def __init__(self, test_id, out, uncaptured, isatty, column, width, write_line, quiet_s, clock=time.monotonic):
        self._test_id = test_id
        self._out = out
        self._uncaptured = uncaptured
        self._isatty = isatty
        self._column = column
        self._width = width
        self._write_line = write_line
        self._quiet_s = quiet_s
        self._clock = clock
        self._started = clock()
        self._last_printed = None
        self._drawn_at = None  # the column to return to, while a line is drawn below

    def update(self, progress):
        now = self._clock()
        text = describe(self._test_id, progress, now - self._started)
        if self._isatty:
            with self._uncaptured():
                self._draw(text)
        elif self._due(now):
            self._last_printed = now
            with self._uncaptured():
                self._write_line(text)

    def finish(self):
        """Erases the live line (terminal only); the cursor returns to where pytest left it."""
        if self._drawn_at is None:
            return
        with self._uncaptured():
            self._out.write(_DOWN + _ERASE_ROW + _UP + _column(self._drawn_at + 1))
            self._out.flush()
        self._drawn_at = None

    def _due(self, now):
        if self._last_printed is None:
            return now - self._started >= self._quiet_s
        return now - self._last_printed >= self._quiet_s

    def _draw(self, text):
        text = text[:max(self._width - 1, 10)]  # never wrap: a wrapped row would not be erased
        if self._drawn_at is None:
            self._drawn_at = self._column()
            # A newline reserves the row below (scrolling if pytest is on the last row); then back up.
            self._out.write("\n" + _UP + _column(self._drawn_at + 1))
        self._out.write(_DOWN + _ERASE_ROW + text + _UP + _column(self._drawn_at + 1))
        self._out.flush()
