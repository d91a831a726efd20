"""Per-thread request context, so log lines can carry the current request's id."""

import threading
import time

_local = threading.local()


def _breadcrumbs():
    crumbs = getattr(_local, "breadcrumbs", None)
    if crumbs is None:
        crumbs = _local.breadcrumbs = []
    return crumbs


def current_request():
    crumbs = _breadcrumbs()
    return crumbs[-1] if crumbs else None


def handle_in_context(request_id, path, handler):
    """Runs `handler` with the request pushed on this thread's context stack."""
    # Deliberate leak: the crumb is popped only when the handler fails, so on a worker
    # thread that lives for ever every successful request stays on the stack.
    _breadcrumbs().append({"request_id": request_id, "path": path, "started": time.monotonic()})  # memleak: leak
    try:
        return handler()
    except Exception:
        _breadcrumbs().pop()
        raise
