"""The screen's rule: does a test deserve the slower attribution (confirm) phase?

The analyser judges the screen; the confirm phase only names the lines, so it is worth its cost
when traced memory grew at all: in total, or at any single site (library sites included), above
a low floor. Growth that tracemalloc cannot see (native) has no Python line to name, so RSS and
the native heap do not make a test suspect.
"""
# Net growth over the judged batches. A body that retains nothing measures exactly 0 traced bytes
# of growth here (see the README's measurements), so the floor only has to absorb the odd
# interpreter-internal resize.
TRACED_FLOOR_BYTES = 256


def reason_to_confirm(recorder, classifier):
    """A sentence saying why the phase looks suspect, or None when it does not."""
    first = recorder.first_judged
    last = recorder.completed - 1
    if last - first < 1:
        return None
    growth = recorder.traced[last] - recorder.traced[first]
    if growth >= TRACED_FLOOR_BYTES:
        return "traced memory grew by %d bytes" % growth
    last_sampled = recorder.last_sampled()
    if not recorder.sampled[first] or last_sampled <= first:
        return None
    for site in recorder.sites.values():
        site_growth = site.sizes[last_sampled] - site.sizes[first]
        if site_growth >= TRACED_FLOOR_BYTES:
            filename, lineno = site.frame
            return "%s:%d grew by %d bytes" % (classifier.display_path(filename), lineno, site_growth)
    return None
