"""The batches of one endpoint, in a buffer of bounded size.

A batch is the requests to the endpoint that were sampled between two flushes; after it, the
endpoint's memory (sampler.EndpointSample). The buffer keeps at most `max_batches`: when full,
the judged batches are merged in adjacent pairs (operations and durations add up, the memory is
the later batch's, which is what it would have been with a batch twice as long), so a service
running for days keeps its whole history at a coarser step instead of forgetting its beginning.
Each batch keeps at most `max_sites` sites, the largest.
"""


class Batch:
    __slots__ = ("operations", "duration_s", "traced", "unattributed", "sites")

    def __init__(self, operations, duration_s, sample, max_sites):
        self.operations = operations
        self.duration_s = duration_s
        self.traced = sample.traced
        self.unattributed = sample.unattributed
        largest = sorted(sample.sites.items(), key=lambda item: item[1][0], reverse=True)[:max_sites]
        self.sites = dict(largest)


class EndpointSeries:
    """The batches of one endpoint; the first `warmup` are warm-up (imports, caches, pools)."""

    def __init__(self, key, max_batches, max_sites, warmup):
        if max_batches < warmup + 2:
            raise ValueError("max_batches must be at least warm-up batches + 2, got %r" % max_batches)
        self.key = key
        self.max_batches = max_batches
        self.max_sites = max_sites
        self.warmup = warmup
        self.batches = []
        self.handler = None  # (filename, lineno) of the handler, when known
        # Why the handler's allocations cannot be charged to this endpoint, when they cannot
        # (a plain `def` endpoint in Starlette's thread pool): written as the snapshot's outcome.
        self.unmeasured = None

    def add(self, operations, duration_s, sample):
        if len(self.batches) >= self.max_batches:
            self._halve()
        self.batches.append(Batch(operations, duration_s, sample, self.max_sites))

    def _halve(self):
        head, judged = self.batches[:self.warmup], self.batches[self.warmup:]
        merged = []
        for index in range(0, len(judged) - 1, 2):
            earlier, later = judged[index], judged[index + 1]
            later.operations += earlier.operations
            later.duration_s += earlier.duration_s
            merged.append(later)
        if len(judged) % 2:
            merged.append(judged[-1])
        self.batches = head + merged
