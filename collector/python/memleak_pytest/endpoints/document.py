"""Turns one endpoint's series into a snapshot document (schemas/snapshot.v1.schema.json): the
endpoint is the test (id `GET /items/{item_id}`), a sampled request an operation, the requests
sampled between two flushes a batch, in one phase the analyser judges."""
from .. import __version__
from ..document import FORMAT, VERSION, collector_block, now_text
from ..source_lines import code_at

PHASE_NAME = "endpoint"


def build(series, classifier, functions, root, traceback_depth, sampling_rate):
    """series: series.EndpointSeries; functions: source_lines.FunctionIndex."""
    batches = series.batches
    method, _, route = series.key.partition(" ")
    test = {"id": series.key, "name": series.key}
    if series.handler is not None:
        test["file"] = classifier.display_path(series.handler[0])
    judged = max(0, len(batches) - series.warmup)
    config = {"warmup": series.warmup, "expect_errors": False, "traceback_depth": traceback_depth,
              "max_sites": series.max_sites}
    if judged:
        config["batches"] = judged
    return {
        "format": FORMAT,
        "version": VERSION,
        "test": test,
        "collector": collector_block(__version__),
        "created_at": now_text(),
        "root": root,
        "config": config,
        "endpoint": {"method": method, "route": route, "sampling_rate": sampling_rate,
                     "sampled": sum(batch.operations for batch in batches)},
        "phases": [{
            "name": PHASE_NAME,
            "role": "verdict",
            "traceback_depth": traceback_depth,
            "batches": [_batch(index < series.warmup, batch) for index, batch in enumerate(batches)],
            "sites": _sites(series, classifier, functions),
            "unattributed_bytes": [batch.unattributed for batch in batches],
        }],
        # An endpoint whose handler ran outside the measured request is no evidence either way:
        # an error naming why, never an ok on nothing measured.
        "outcome": {"status": "error", "message": series.unmeasured} if series.unmeasured else {"status": "passed"},
    }


def _batch(warmup, batch):
    # RSS and the C heap are the whole process's: charged to one endpoint they would make every
    # endpoint of a leaking service look like a native leak, so an endpoint reports neither.
    return {"warmup": warmup, "operations": batch.operations, "duration_s": round(batch.duration_s, 6),
            "traced_bytes": batch.traced, "rss_bytes": None, "native_heap_bytes": None}


def _sites(series, classifier, functions):
    """The user's sites that grew from the first judged batch to the last, most growth first."""
    batches = series.batches
    if len(batches) <= series.warmup + 1:
        return []
    first, last = batches[series.warmup], batches[-1]
    grown = []
    for frame, (size, _) in last.sites.items():
        growth = size - first.sites.get(frame, (0, 0))[0]
        if growth > 0:
            grown.append((growth, frame))
    grown.sort(key=lambda item: item[0], reverse=True)
    sites = []
    for _, frame in grown[:series.max_sites]:
        filename, lineno = frame
        sites.append({
            "file": classifier.display_path(filename),
            "line": lineno,
            "function": functions.function_at(filename, lineno),
            "code": code_at(filename, lineno),
            "sizes": [batch.sites.get(frame, (0, 0))[0] for batch in batches],
            "counts": [batch.sites.get(frame, (0, 0))[1] for batch in batches],
        })
    return sites
