"""One frame per endpoint in the stack of every sampled request.

tracemalloc records each allocation's traceback as (file name, line) pairs. A two-line function
compiled with the file name `<memleak endpoint GET /items>` puts that name into the traceback of
everything allocated below it, in whichever thread or task runs the call, so concurrent requests
to different endpoints are told apart without any per-request bookkeeping: the sampler charges
an allocation to the endpoint whose frame it finds in its traceback.

Limit: work handed to another thread or task (Starlette and FastAPI run `def` endpoints in a
thread pool) has a stack of its own; decorate such handlers with profile_endpoint, whose frame
runs inside that thread.
"""
PREFIX = "<memleak endpoint "
_SYNC = "def call(function, arguments, keywords):\n    return function(*arguments, **keywords)\n"
_ASYNC = "async def call(function, arguments, keywords):\n    return await function(*arguments, **keywords)\n"


def _compile(source, filename):
    namespace = {}
    exec(compile(source, filename, "exec"), namespace)  # noqa: S102 - our own constant source
    return namespace["call"]


def _file_name(key):
    # A file name holds no NUL, and '>' would end it early for a reader; both come from request paths.
    safe = "".join(c if c.isprintable() and c != ">" else "?" for c in key)
    return "%s%s>" % (PREFIX, safe)


class Trampolines:
    """call(function, arguments, keywords) functions per endpoint key, sync and async."""

    def __init__(self):
        self._calls = {}
        self._keys = {}

    def get(self, key, asynchronous):
        """The endpoint's trampoline (compiled once per key and kind)."""
        call = self._calls.get((key, asynchronous))
        if call is None:
            filename = _file_name(key)
            # Two keys that sanitise alike ("GET /a\x00", "GET /a?") share one name: keep the first.
            self._keys.setdefault(filename, key)
            call = self._calls[(key, asynchronous)] = _compile(_ASYNC if asynchronous else _SYNC, filename)
        return call

    def endpoint_in(self, frames):
        """The key of the innermost endpoint frame in a tracemalloc traceback, or None."""
        for filename, _ in frames:
            if filename.startswith(PREFIX):
                return self._keys.get(filename)
        return None
