"""The screen's rule: does a test deserve the slower confirm phase?

The rule is lenient on purpose. The analysis core judges the last phase only, so a leak the
screen lets through is lost, while a false suspicion costs only time. Any net growth above a low
floor, in total, at any single site (library sites included) or in RSS, makes a test suspect.
"""
# Net growth over the judged batches. A body that retains nothing measures exactly 0 traced bytes
# of growth here (see the README's measurements), so the floor only has to absorb the odd
# interpreter-internal resize.
TRACED_FLOOR_BYTES = 256
# RSS moves in pages and with the allocator's arenas; below this it is noise.
RSS_FLOOR_BYTES = 1 << 20


def reason_to_confirm(recorder, classifier):
    """A sentence saying why the phase looks suspect, or None when it does not."""
    first = recorder.first_judged
    last = recorder.completed - 1
    if last - first < 1:
        return "too few judged batches to rule a leak out"
    growth = recorder.traced[last] - recorder.traced[first]
    if growth >= TRACED_FLOOR_BYTES:
        return "traced memory grew by %d bytes" % growth
    for site in recorder.sites.values():
        site_growth = site.sizes[last] - site.sizes[first]
        if site_growth >= TRACED_FLOOR_BYTES:
            filename, lineno = site.frame
            return "%s:%d grew by %d bytes" % (classifier.display_path(filename), lineno, site_growth)
    if recorder.rss[first] >= 0 and recorder.rss[last] >= 0:
        rss_growth = recorder.rss[last] - recorder.rss[first]
        if rss_growth >= RSS_FLOOR_BYTES:
            return "RSS grew by %d bytes" % rss_growth
    return None
