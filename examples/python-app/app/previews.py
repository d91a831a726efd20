"""Image previews: the most recent one is kept for the dashboard."""

import random

_latest = None


def render_preview(width):
    """Renders a preview of a random size (up to 4 MiB) and keeps it as the latest, replacing
    the one before: memory is flat on average but jumps from call to call."""
    global _latest
    size = random.randint(0, 4 * 1024 * 1024)
    preview = bytearray(size)
    preview[:8] = width.to_bytes(8, "big")
    _latest = preview
    return size
