"""Turns a Measurement into a snapshot document (schemas/snapshot.v1.schema.json).

Built after tracing has stopped: reading source lines and parsing files may allocate freely.
"""
import datetime
import platform
import sys

from .attribution import USER
from .measurement import ROLE_SOAK
from .source_lines import FunctionIndex, code_at

FORMAT = "memleak-snapshot"
VERSION = 1
COLLECTOR_NAME = "memleak-pytest"
MAX_OBJECT_TYPES = 50
MAX_MESSAGE_LENGTH = 65536


def build(test, collector_version, root, settings, measurement, outcome, message=None):
    """test: {"id", "file", "name"}; outcome: passed|failed|error|skipped."""
    functions = FunctionIndex()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "test": test,
        "collector": collector_block(collector_version),
        "created_at": now_text(),
        "root": root,
        "config": _config(settings, measurement),
        "phases": [],
        "outcome": {"status": outcome},
    }
    if message:
        document["outcome"]["message"] = message[:MAX_MESSAGE_LENGTH]
    if measurement is not None:
        document["phases"] = [_phase(recorder, settings, functions) for recorder in measurement.phases]
        if measurement.confirm_reason is not None:
            document["confirm_reason"] = measurement.confirm_reason
    if not document["phases"]:  # nothing measured (setup failed, skipped): the schema wants one phase
        document["phases"] = [{"name": "screen", "traceback_depth": 1, "batches": []}]
    return document


def collector_block(collector_version):
    """The snapshot's `collector` object: this collector, the interpreter and the platform."""
    return {
        "name": COLLECTOR_NAME,
        "version": collector_version,
        "runtime": "%s %s" % (platform.python_implementation(), platform.python_version()),
        "platform": "%s-%s" % (sys.platform, platform.machine()),
    }


def now_text():
    """The current UTC time as the snapshot's `created_at` writes it."""
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _config(settings, measurement):
    batch_size = measurement.batch_size if measurement is not None else None
    config = {
        "batches": settings.batches,
        "warmup": settings.warmup,
        "expect_errors": settings.expect_errors,
        "batch_size_auto": settings.batch_size_is_auto,
        "confirm": settings.confirm,
        "traceback_depth": settings.traceback_depth,
        "max_sites": settings.max_sites,
        "time_budget_s": settings.time_budget,
    }
    if settings.allow_bytes_per_op is not None:
        config["allow_bytes_per_op"] = settings.allow_bytes_per_op
    if settings.allow_total_bytes is not None:
        config["allow_total_bytes"] = settings.allow_total_bytes
    if settings.soak is not None:
        soak = {"duration_s": settings.soak, "interval_s": settings.soak_interval}
        for key in ("warning_mb_per_hour", "failure_mb_per_hour"):
            if getattr(settings, key) is not None:
                soak[key] = getattr(settings, key)
        config["soak"] = soak
    if batch_size is not None:
        config["batch_size"] = batch_size
    elif not settings.batch_size_is_auto:
        config["batch_size"] = settings.batch_size
    return config


def _soak_phase(recorder):
    """A soak's samples: each batch is one interval, with the seconds since the soak began."""
    batches = []
    for index in range(recorder.completed):
        batch = {
            "warmup": recorder.is_warmup(index),
            "operations": recorder.operations[index],
            "duration_s": round(recorder.durations[index], 6),
            "elapsed_s": round(recorder.elapsed[index], 6),
            "traced_bytes": recorder.traced[index],
            "rss_bytes": recorder.rss[index] if recorder.rss[index] >= 0 else None,
            "native_heap_bytes": recorder.native_heap[index] if recorder.native_heap[index] >= 0 else None,
        }
        if recorder.expect_errors:
            batch["errors"] = recorder.errors[index]
            batch["error_types"] = dict(recorder.error_types[index] or {})
        batches.append(batch)
    phase = {"name": recorder.name, "role": recorder.role, "traceback_depth": recorder.traceback_depth,
             "batches": batches, "sites": []}
    if recorder.stopped is not None:
        phase["stopped"] = recorder.stopped
    return phase


def _phase(recorder, settings, functions):
    if recorder.role == ROLE_SOAK:
        return _soak_phase(recorder)
    done = recorder.completed
    batches = []
    for index in range(done):
        batch = {
            "warmup": index < recorder.warmup,
            "operations": recorder.operations[index],
            "duration_s": round(recorder.durations[index], 6),
            "traced_bytes": recorder.traced[index],
            "rss_bytes": recorder.rss[index] if recorder.rss[index] >= 0 else None,
            "native_heap_bytes": recorder.native_heap[index] if recorder.native_heap[index] >= 0 else None,
        }
        batch["cycles_collected"] = recorder.cycles_collected[index]
        batch["uncollectable"] = recorder.uncollectable[index]
        if recorder.expect_errors:
            batch["errors"] = recorder.errors[index]
            batch["error_types"] = dict(recorder.error_types[index] or {})
        batches.append(batch)
    phase = {
        "name": recorder.name,
        "role": recorder.role,
        "traceback_depth": recorder.traceback_depth,
        "batches": batches,
        "sites": _sites(recorder, settings.max_sites, functions),
        "unattributed_bytes": [value if value >= 0 else None for value in recorder.unattributed[:done]],
    }
    if recorder.stopped is not None:
        phase["stopped"] = recorder.stopped
    object_types = _object_types(recorder)
    if object_types is not None:
        phase["object_types"] = object_types
    return phase


def _sites(recorder, max_sites, functions):
    """The user's sites that grew over the judged batches, most growth first, at most max_sites."""
    done = recorder.completed
    if done == 0:
        return []
    first, last = recorder.first_judged, recorder.last_sampled()
    if not recorder.sampled[first] or last <= first:
        return []
    grown = [site for site in recorder.sites.values()
             if site.kind == USER and site.sizes[last] - site.sizes[first] > 0]
    grown.sort(key=lambda site: site.sizes[last] - site.sizes[first], reverse=True)
    grown = grown[:max_sites]
    stacks = _representative_stacks(recorder, {site.frame for site in grown})
    classifier = recorder.classifier
    sites = []
    for site in grown:
        filename, lineno = site.frame
        entry = {
            "file": classifier.display_path(filename),
            "line": lineno,
            "function": functions.function_at(filename, lineno),
            "code": code_at(filename, lineno),
            # Batches without per-site detail (a large traced heap, see recorder.py) are null.
            "sizes": [size if recorder.sampled[index] else None for index, size in enumerate(site.sizes[:done])],
            "counts": [count if recorder.sampled[index] else None for index, count in enumerate(site.counts[:done])],
        }
        stack = stacks.get(site.frame)
        if stack:
            entry["stack"] = [{"file": classifier.display_path(name), "line": line} for name, line in stack]
        retainer = recorder.retainers.get(site.frame)
        if retainer is not None:
            entry["retainer"] = retainer
        sites.append(entry)
    return sites


def _representative_stacks(recorder, frames):
    """For each site, the frames from its user line to the allocation, of its largest traceback
    after the last batch; only where the allocation happened below the user's line."""
    best = {}
    for traceback, size in recorder.last_groups:
        kind, frame = recorder.attribution_of(traceback)
        if kind != USER or frame not in frames or (frame in best and best[frame][0] >= size):
            continue
        depth = traceback.index(frame)
        best[frame] = (size, list(reversed(traceback[:depth + 1])))
    return {frame: stack for frame, (size, stack) in best.items() if len(stack) > 1}


def _object_types(recorder):
    """Types whose live count grew by at least one per judged step between the two samples."""
    sampled = [index for index, counts in enumerate(recorder.object_type_samples) if counts is not None]
    if len(sampled) < 2:
        return None
    first, last = sampled[0], sampled[-1]
    before, after = recorder.object_type_samples[first], recorder.object_type_samples[last]
    bytes_before, bytes_after = recorder.object_type_bytes[first], recorder.object_type_bytes[last]
    minimum = max(1, last - first)
    grown = []
    for kind, count in after.items():
        growth = count - before.get(kind, 0)
        if growth >= minimum and not _is_collector_type(kind):
            grown.append((growth, kind))
    grown.sort(key=lambda item: item[0], reverse=True)
    types = []
    for growth, kind in grown[:MAX_OBJECT_TYPES]:
        counts = [None] * recorder.completed
        counts[first] = before.get(kind, 0)
        counts[last] = after[kind]
        sizes = [None] * recorder.completed
        sizes[first] = bytes_before.get(kind, 0)
        sizes[last] = bytes_after[kind]
        types.append({"type": _type_name(kind), "counts": counts, "sizes": sizes})
    return types


def _is_collector_type(kind):
    module = getattr(kind, "__module__", "") or ""
    return module == "tracemalloc" or module.split(".")[0] == "memleak_pytest"


def _type_name(kind):
    module = getattr(kind, "__module__", None)
    name = getattr(kind, "__qualname__", None) or kind.__name__
    return name if module in (None, "builtins") else "%s.%s" % (module, name)
