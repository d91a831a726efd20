"""Records one measurement phase: after each batch, what is still allocated, in total and per site.

Everything the recorder keeps is allocated from this package's own frames (or tracemalloc's), so
attribution.attribute() classifies it as the collector's own and it never enters a figure; the
per-batch numbers go into arrays sized up front.

Sampling runs while tracing is on, and every allocation it makes is traced with a full
traceback (microseconds each at depth 32). So the traces are grouped without allocating per
trace: sorted by traceback (tracemalloc hands out one tuple per distinct traceback) and summed per
group in C. Snapshot.statistics() allocates an int per trace and made the confirm phase 1.5x
slower than bare tracemalloc in bench/collector. That needs the raw trace tuples
(domain, size, frames innermost first, total frames) of Snapshot.traces._traces, unchanged
from CPython 3.9 to 3.13.
"""
import array
import gc
import itertools
import operator
import sys
import tracemalloc

from .attribution import OWN, USER, attribute


_FRAMES = operator.itemgetter(2)
_SIZE = operator.itemgetter(1)
# Above this many traced bytes, a tracemalloc snapshot (a Python tuple per trace, then a sort)
# costs more than a batch should: a test whose first operation builds a million small objects
# would pay ~3-6 s per batch for it. The traced total then comes from tracemalloc's O(1) counter
# and the phase keeps no per-site detail; the deep phase restarts tracing and sees only new
# allocations, so it still names the lines. 8 MiB is ~100,000 small objects: ~0.15 s a snapshot.
MAX_SNAPSHOT_TRACED_BYTES = 8 << 20


class SiteSeries:
    __slots__ = ("kind", "frame", "sizes", "counts")

    def __init__(self, kind, frame, batches):
        self.kind = kind
        self.frame = frame  # (filename, lineno) as tracemalloc reports it
        self.sizes = array.array("q", bytes(8 * batches))
        self.counts = array.array("q", bytes(8 * batches))


class PhaseRecorder:
    def __init__(self, name, role, traceback_depth, warmup, batches, classifier, readers, expect_errors, reserve=0):
        """role: "verdict" (the analyser judges this phase) or "attribution" (it names the lines);
        readers: (RssReader, NativeHeapReader); reserve: batches the phase may be extended by
        (extend()), allocated up front like the rest so extending allocates nothing while tracing."""
        self.name = name
        self.role = role
        self.stopped = None
        self.traceback_depth = traceback_depth
        self.warmup = warmup
        self.planned = warmup + batches
        self.capacity = self.planned + reserve
        self.completed = 0
        self.classifier = classifier
        self.rss_reader, self.heap_reader = readers
        self.expect_errors = expect_errors
        size = self.capacity
        self.operations = array.array("q", bytes(8 * size))
        self.errors = array.array("q", bytes(8 * size))
        self.durations = array.array("d", bytes(8 * size))
        self.traced = array.array("q", bytes(8 * size))
        self.rss = array.array("q", bytes(8 * size))  # -1: unknown
        self.native_heap = array.array("q", bytes(8 * size))  # -1: unknown
        self.unattributed = array.array("q", bytes(8 * size))
        self.error_types = [None] * size
        self.sites = {}
        self.object_type_samples = [None] * size
        self.object_type_bytes = [None] * size
        # Objects the cycle collector freed during each batch (automatic collections included),
        # and objects it found but could not free (gc.garbage): from gc.get_stats()'s running
        # totals, so nothing is registered with the interpreter.
        self.cycles_collected = array.array("q", bytes(8 * size))
        self.uncollectable = array.array("q", bytes(8 * size))
        self._gc_totals = _gc_totals()
        # Filled by retainers.find_retainers() at the end of a confirm phase: {frame: retainer}.
        self.retainers = {}
        self.last_groups = ()
        self._attribution = {}
        # Which batches have per-site detail, and the collector's own traced bytes (the
        # counter's excess over the non-own total) after the last snapshot.
        self.sampled = array.array("b", bytes(size))
        self._own_bytes = 0

    def record(self, operations, errors, error_types, duration):
        """Stores one finished batch and samples the memory it left behind."""
        index = self.completed
        self.operations[index] = operations
        self.errors[index] = errors
        self.error_types[index] = error_types
        self.durations[index] = duration
        gc.collect()
        totals = _gc_totals()
        self.cycles_collected[index] = totals[0] - self._gc_totals[0]
        self.uncollectable[index] = totals[1] - self._gc_totals[1]
        self._gc_totals = totals
        # Native figures first: the snapshot's own list of traces is malloc'd and would count.
        rss = self.rss_reader.read()
        self.rss[index] = -1 if rss is None else rss
        heap = self.heap_reader.read()
        self.native_heap[index] = -1 if heap is None else heap
        counter = tracemalloc.get_traced_memory()[0]
        if counter - self._own_bytes > MAX_SNAPSHOT_TRACED_BYTES:
            # Nothing of the collector's own has been allocated since the last snapshot (the
            # batch arrays are sized up front), so the counter less the own bytes then is the total.
            self.traced[index] = counter - self._own_bytes
            self.unattributed[index] = -1
        else:
            self._record_sites(index)
        self.completed = index + 1
        if index == self.warmup - 1:
            # What the warm-up left alive (a large fixture built by the first operation, a warm
            # cache) leaves the collector's reach: every later gc.collect() skips it. Freezing
            # can only keep memory alive, never add any, so it cannot create growth.
            gc.freeze()

    def _record_sites(self, index):
        """Per-site detail of batch `index` from a tracemalloc snapshot."""
        traces = tracemalloc.take_snapshot().traces._traces
        traces.sort(key=_FRAMES)
        groups = []
        total = 0
        unattributed = 0
        attribution = self._attribution
        for frames, members in itertools.groupby(traces, _FRAMES):
            members = list(members)
            size = sum(map(_SIZE, members))
            found = attribution.get(frames)
            if found is None:
                found = attribution[frames] = attribute(self.classifier, frames)
            kind, frame = found
            if kind is OWN:
                continue
            groups.append((frames, size))
            total += size
            if kind is not USER:
                unattributed += size
            site = self.sites.get(frame)
            if site is None:
                site = self.sites[frame] = SiteSeries(kind, frame, self.capacity)
            site.sizes[index] += size
            site.counts[index] += len(members)
        self.traced[index] = total
        self.unattributed[index] = unattributed
        self.last_groups = groups
        self.sampled[index] = 1
        del traces
        self._own_bytes = tracemalloc.get_traced_memory()[0] - total

    def extend(self, batches):
        """Plans up to `batches` more batches, within the reserve; returns how many were added."""
        added = max(0, min(batches, self.capacity - self.planned))
        self.planned += added
        return added

    def last_sampled(self):
        """Index of the last completed batch with per-site detail, or -1."""
        for index in range(self.completed - 1, -1, -1):
            if self.sampled[index]:
                return index
        return -1

    def sample_object_types(self):
        """Live objects and their bytes per type after the last recorded batch (gc-tracked
        objects made since the phase began). Objects are grouped into lists and counted with len(): counting with
        integers would allocate, and trace, a new int object per object counted."""
        groups = {}
        for obj in gc.get_objects():
            group = groups.get(type(obj))
            if group is None:
                group = groups[type(obj)] = []
            group.append(obj)
        self.object_type_samples[self.completed - 1] = {kind: len(group) for kind, group in groups.items()}
        # sys.getsizeof: the object itself, without what it refers to (a list's items are
        # counted under their own types), as tracemalloc would charge its block.
        self.object_type_bytes[self.completed - 1] = {kind: sum(map(sys.getsizeof, group))
                                                     for kind, group in groups.items()}

    def attribution_of(self, frames):
        return self._attribution.get(frames)

    @property
    def first_judged(self):
        """Index of the first judged batch among those completed (0 when all were warm-up)."""
        return self.warmup if self.completed > self.warmup else 0


def _gc_totals():
    """(collected, uncollectable): the cycle collector's running totals over all generations."""
    stats = gc.get_stats()
    return sum(entry["collected"] for entry in stats), sum(entry["uncollectable"] for entry in stats)
