"""Cleanup check: do the resources an object took come back once it is closed?

check_cleanup(make, close, use=None) records a baseline (after a full garbage collection): traced
memory, open file descriptors (/proc/self/fd), live threads and, inside a running event loop,
asyncio tasks. It then makes the object, uses it, closes it, drops it, collects garbage and
compares. What is left over is named by the line that allocated it: memory per allocation site
(the collector's rule: the innermost frame in the user's own code), and for a descriptor still
open, the line that made the socket or file object holding it (tracemalloc's traceback of that
object), which is how a connection a pool keeps after close() is pointed at. The OPA client's
suite checks the same (memory back within 10 MB of baseline, connections closed), on RSS.

Standard library only; Linux for descriptors (elsewhere that part is reported as unavailable).
"""
import asyncio
import gc
import inspect
import os
import threading
import tracemalloc

from .attribution import OWN, USER, Classifier, attribute
from .source_lines import code_at

DEFAULT_TOLERANCE_BYTES = 64 * 1024
TRACEBACK_DEPTH = 16
MAX_SITES = 10
_FD_DIR = "/proc/self/fd"


class Leftover:
    """One resource still held after close: kind ('memory', 'fd', 'thread', 'task'), a
    description, and the user's file:line that allocated it (None where unknown)."""

    def __init__(self, kind, description, file=None, line=None, size=0):
        self.kind, self.description, self.file, self.line, self.size = kind, description, file, line, size

    def __repr__(self):
        where = " at %s:%s" % (self.file, self.line) if self.file else ""
        return "%s %s%s" % (self.kind, self.description, where)


class CleanupResult:
    """growth_bytes: traced memory after close less the baseline; leftovers: Leftover list (file
    descriptors, threads and tasks always count; memory sites only when growth exceeds the
    tolerance); ok: nothing left over."""

    def __init__(self, growth_bytes, tolerance_bytes, leftovers, fds_checked):
        self.growth_bytes = growth_bytes
        self.tolerance_bytes = tolerance_bytes
        self.leftovers = leftovers
        self.fds_checked = fds_checked

    @property
    def ok(self):
        return not self.leftovers

    def message(self):
        lines = ["resources not returned after close (memory %+d bytes, tolerance %d):"
                 % (self.growth_bytes, self.tolerance_bytes)]
        lines.extend("  %r" % leftover for leftover in self.leftovers)
        return "\n".join(lines)

    def __repr__(self):
        if self.ok:
            return "<CleanupResult ok: memory %+d bytes (tolerance %d)>" % (self.growth_bytes, self.tolerance_bytes)
        return "<CleanupResult %s>" % self.message()

    def assert_clean(self):
        """Raises AssertionError naming every leftover and its line."""
        if not self.ok:
            raise AssertionError(self.message())
        return self


def check_cleanup(make, close, use=None, tolerance_bytes=DEFAULT_TOLERANCE_BYTES, root=None, warmup=True):
    """make() -> obj; use(obj) (optional); close(obj). Returns a CleanupResult (see assert_clean).
    root: the directory whose files are the user's (default: the current one); warmup: one whole
    cycle first, so what a first use fills for good (imports, codec and DNS caches) is part of
    the baseline. A cycle that leaks still leaks in the measured one."""
    if warmup:
        _cycle(make, use, close)
    baseline, started = _baseline()
    try:
        obj = make()
        if use is not None:
            use(obj)
        close(obj)
        del obj
        return _compare(baseline, tolerance_bytes, root)
    finally:
        if started:
            tracemalloc.stop()


def _cycle(make, use, close):
    obj = make()
    if use is not None:
        use(obj)
    close(obj)


async def check_cleanup_async(make, close, use=None, tolerance_bytes=DEFAULT_TOLERANCE_BYTES, root=None,
                              warmup=True):
    """check_cleanup for coroutines: make, use and close may be async; tasks left running in this
    event loop count as leftovers too."""
    if warmup:
        obj = await _maybe(make())
        if use is not None:
            await _maybe(use(obj))
        await _maybe(close(obj))
        del obj
    baseline, started = _baseline()
    try:
        obj = await _maybe(make())
        if use is not None:
            await _maybe(use(obj))
        await _maybe(close(obj))
        del obj
        await asyncio.sleep(0)  # let cancelled tasks finish
        return _compare(baseline, tolerance_bytes, root)
    finally:
        if started:
            tracemalloc.stop()


async def _maybe(value):
    return await value if inspect.isawaitable(value) else value


def _tasks():
    try:
        return set(asyncio.all_tasks())
    except RuntimeError:  # no running loop
        return set()


def _fds():
    """{descriptor: what it points to} from /proc/self/fd, or None where there is none."""
    try:
        names = os.listdir(_FD_DIR)
    except OSError:
        return None
    fds = {}
    for name in names:
        try:
            fds[name] = os.readlink(os.path.join(_FD_DIR, name))
        except OSError:  # closed since the listing (the listing's own descriptor)
            continue
    return fds


def _baseline():
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start(TRACEBACK_DEPTH)
    gc.collect()
    return {"snapshot": tracemalloc.take_snapshot(), "fds": _fds(), "threads": set(threading.enumerate()),
            "tasks": _tasks()}, started


def _compare(baseline, tolerance_bytes, root):
    gc.collect()
    classifier = Classifier(root or os.getcwd())
    snapshot = tracemalloc.take_snapshot()
    leftovers = []
    fds = _fds()
    if fds is not None and baseline["fds"] is not None:
        holders = _fd_holders()
        for fd, target in sorted(fds.items(), key=lambda item: int(item[0])):
            if baseline["fds"].get(fd) == target or not os.path.exists(os.path.join(_FD_DIR, fd)):
                continue  # the same descriptor; or the one listing /proc/self/fd opened, gone by now
            site = _site_of(holders.get(int(fd)), classifier)
            leftovers.append(Leftover("fd", "%s (%s)" % (fd, target), *site))
    for thread in set(threading.enumerate()) - baseline["threads"]:
        leftovers.append(Leftover("thread", repr(thread.name)))
    for task in _tasks() - baseline["tasks"]:
        if not task.done() and task is not asyncio.current_task():
            leftovers.append(Leftover("task", task.get_name(), *_coroutine_line(task, classifier)))
    growth, grown = _growth(baseline["snapshot"], snapshot, classifier)
    if growth > tolerance_bytes:
        largest = sorted(grown.items(), key=lambda item: item[1], reverse=True)[:MAX_SITES]
        leftovers.extend(Leftover("memory", "%d bytes (%s)" % (size, code_at(filename, line)),
                                  classifier.display_path(filename), line, size)
                         for (filename, line), size in largest if size > 0)
    return CleanupResult(growth, tolerance_bytes, leftovers, fds is not None)


def _growth(before, after, classifier):
    """(traced growth in bytes, {user site: growth}), the check's own allocations (its snapshots,
    made by this package and tracemalloc) left out as attribution.py decides."""
    total = 0
    grown = {}
    for stat in after.compare_to(before, "traceback"):
        frames = tuple((frame.filename, frame.lineno) for frame in reversed(stat.traceback))  # innermost first
        if _is_own(classifier, frames):
            continue
        kind, frame = attribute(classifier, frames)
        total += stat.size_diff
        if kind == USER:
            grown[frame] = grown.get(frame, 0) + stat.size_diff
    return total, grown


def _is_own(classifier, frames):
    """Whether the check itself allocated this (a frame of this package below any user frame:
    its snapshots, the thread list); the user's make/use/close run above its frames."""
    for filename, _ in frames:
        kind = classifier.kind(filename)
        if kind == USER:
            return False
        if kind == OWN:
            return True
    return False


def _fd_holders():
    """{fd: the live object holding it} for sockets and files (objects with a fileno())."""
    holders = {}
    for obj in gc.get_objects():
        fileno = getattr(type(obj), "fileno", None)
        if fileno is None or not callable(fileno):
            continue
        try:
            number = obj.fileno()
        except Exception:  # closed files raise ValueError, others anything
            continue
        if isinstance(number, int) and number >= 0:
            holders.setdefault(number, obj)
    return holders


def _site_of(obj, classifier):
    """(file, line) of the user's line that allocated obj, or (None, None)."""
    traceback = tracemalloc.get_object_traceback(obj) if obj is not None else None
    if traceback is None:
        return None, None
    frames = tuple((frame.filename, frame.lineno) for frame in reversed(traceback))  # innermost first
    kind, frame = attribute(classifier, frames)
    return (classifier.display_path(frame[0]), frame[1]) if kind == USER else (None, None)


def _coroutine_line(task, classifier):
    frame = getattr(task.get_coro(), "cr_frame", None)
    if frame is None or classifier.kind(frame.f_code.co_filename) != USER:
        return None, None
    return classifier.display_path(frame.f_code.co_filename), frame.f_lineno
