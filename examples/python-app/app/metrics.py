"""Request metrics: latency samples, batched counters and a periodic exporter."""

import time
from collections import Counter, deque

# Latency samples, meant to be drained by an exporter that was never wired up.
_latency_samples = []


def record_latency(route, seconds):
    # Deliberate leak: nothing ever drains this module-level buffer.
    _latency_samples.append({"route": route, "seconds": seconds, "at": time.time()})  # memleak: leak


class LatencyWindow:
    """The most recent latencies, for a rolling p99."""

    def __init__(self, size=100):
        self._samples = deque(maxlen=size)

    def add(self, seconds):
        self._samples.append(seconds * 1000.0)

    def p99_ms(self):
        ordered = sorted(self._samples)
        return ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0


class MetricsBatcher:
    """Buffers metric points and hands them to the sink `flush_every` at a time."""

    def __init__(self, sink, flush_every=250):
        self._sink = sink
        self._flush_every = flush_every
        self._pending = []

    def add(self, name, value):
        self._pending.append({"name": name, "value": value, "at": time.time()})
        if len(self._pending) >= self._flush_every:
            self._sink(self._pending)
            self._pending = []


class StatsExporter:
    """Counts events and exports the counters every `export_every` events. The wire
    encoding table is built lazily, on the first export."""

    def __init__(self, export_every=350):
        self._export_every = export_every
        self._counts = Counter()
        self._seen = 0
        self._encoding = None
        self.exports = 0

    def record(self, name):
        self._counts[name] += 1
        self._seen += 1
        if self._seen % self._export_every == 0:
            self._export()

    def _export(self):
        if self._encoding is None:
            self._encoding = {code: f"metric.{code:05d}".encode() for code in range(3000)}
        encoded = b";".join(self._encoding[hash(name) % 3000] + str(count).encode() for name, count in self._counts.items())
        self.exports += 1
        return encoded
