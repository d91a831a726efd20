import pytest

from app.metrics import LatencyWindow, MetricsBatcher, StatsExporter, record_latency


@pytest.mark.memleak(batch_size=100)
def test_leak_module_metrics_buffer():
    record_latency("/orders", 0.012)


@pytest.fixture
def window():
    return LatencyWindow(size=100)


@pytest.mark.memleak
def test_clean_deque_maxlen(window, ids):
    window.add(next(ids) / 1e6)
    assert window.p99_ms() > 0


class CountingSink:
    def __init__(self):
        self.points = 0

    def __call__(self, points):
        self.points += len(points)


# 250 points per flush against 100 operations per batch: after each batch the buffer
# holds 100, 200, 50, 150, 0, ... points — a sawtooth, never a trend.
def test_clean_sawtooth_buffer(memleak, ids):
    sink = CountingSink()
    batcher = MetricsBatcher(sink, flush_every=250)
    memleak.check(lambda: batcher.add("orders.placed", next(ids)), batches=10, batch_size=100, warmup=1)
    assert sink.points > 0


# The first export (and the lazy build of its encoding table, ~370 KB) happens at the
# 350th call: inside the measured batches, after the warm-up batch of 100.
def test_clean_lazy_init_during_measurement(memleak):
    exporter = StatsExporter(export_every=350)
    memleak.check(lambda: exporter.record("orders.placed"), batches=10, batch_size=100, warmup=1)
    assert exporter.exports >= 1
