"""What each endpoint's sampled requests still hold: one tracemalloc snapshot, grouped per endpoint
and per allocation site.

An allocation belongs to the endpoint whose trampoline frame is in its traceback (see
trampolines.py) and, within it, to the innermost frame in the user's own code (attribution.py,
the collector's rule). Allocations outside any sampled request (the server, the profiler, other
requests) belong to no endpoint and are left out.
"""
import gc
import itertools
import operator
import tracemalloc

from ..attribution import OWN, USER, attribute

_FRAMES = operator.itemgetter(2)
_SIZE = operator.itemgetter(1)


class EndpointSample:
    """One endpoint's memory at one moment: traced bytes in all, the part no user line allocated,
    and {(filename, lineno): [bytes, blocks]} per user site."""
    __slots__ = ("traced", "unattributed", "sites")

    def __init__(self):
        self.traced = 0
        self.unattributed = 0
        self.sites = {}


def sample(classifier, trampolines):
    """{endpoint key: EndpointSample} after a full garbage collection; {} when not tracing."""
    if not tracemalloc.is_tracing():
        return {}
    gc.collect()
    # The raw (domain, size, frames, total) tuples, as recorder.py reads them (CPython 3.9-3.13).
    traces = tracemalloc.take_snapshot().traces._traces
    traces.sort(key=_FRAMES)
    samples = {}
    for frames, members in itertools.groupby(traces, _FRAMES):
        endpoint = trampolines.endpoint_in(frames)
        if endpoint is None:
            continue
        kind, frame = attribute(classifier, frames)
        if kind == OWN:
            continue
        members = list(members)
        size = sum(map(_SIZE, members))
        found = samples.get(endpoint)
        if found is None:
            found = samples[endpoint] = EndpointSample()
        found.traced += size
        if kind != USER:
            found.unattributed += size
            continue
        site = found.sites.get(frame)
        if site is None:
            site = found.sites[frame] = [0, 0]
        site[0] += size
        site[1] += len(members)
    return samples
