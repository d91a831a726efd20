"""Where the profiler meets the application: ASGI and WSGI middleware and a decorator for sync and
async handlers. Each measures a sampled request by calling the application through its
endpoint's trampoline; everything of the profiler's own runs inside `except Exception` (logged
once by safety.Swallow), and the application's own exceptions pass through untouched.

    app.add_middleware(ASGIMiddleware, directory="memleak-endpoints", sampling_rate=0.1)  # Starlette, FastAPI
    flask_app.wsgi_app = WSGIMiddleware(flask_app.wsgi_app, sampling_rate=0.1)              # Flask, any WSGI app
    @profile_endpoint()                                                                   # one handler
"""
import contextvars
import functools
import inspect
import threading

from . import routes
from .profiler import EndpointProfiler

_default = None
_default_lock = threading.Lock()
# (profiler, endpoint key) of the request a middleware is measuring. Context variables follow a
# request into the thread pool Starlette and FastAPI run `def` endpoints in (anyio copies the
# context), so a decorated handler there is charged to the middleware's endpoint, counted once.
_MEASURING = contextvars.ContextVar("memleak_endpoint", default=None)


def configure(**options):
    """Replaces the profiler the middleware and decorators use when given none (EndpointProfiler's
    keyword arguments); returns it. The previous default, if any, is closed (its last flush)."""
    global _default
    with _default_lock:
        previous, _default = _default, EndpointProfiler(**options)
    if previous is not None:
        previous.close()
    return _default


def default_profiler():
    """The shared profiler: configure()'s, or one with the defaults made on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = EndpointProfiler()
        return _default


def _profiler_for(profiler, options):
    if profiler is not None:
        if options:
            raise TypeError("pass either a profiler or its options, not both")
        return profiler
    return EndpointProfiler(**options) if options else default_profiler()


class ASGIMiddleware:
    """ASGI middleware measuring HTTP requests per endpoint (`METHOD /route`).

    profiler: an EndpointProfiler, or its keyword arguments (sampling_rate=…, directory=…) for a
    new one; neither: the shared default_profiler().
    """

    def __init__(self, app, profiler=None, **options):
        self.app = app
        self.profiler = _profiler_for(profiler, options)

    async def __call__(self, scope, receive, send):
        profiler = self.profiler
        if scope.get("type") == "lifespan":
            return await self.app(scope, receive, self._closing_at_shutdown(send))
        key = call = None
        try:
            if scope.get("type") == "http" and profiler.sampled():
                key = routes.asgi_endpoint(scope, self.app)
                call = profiler.enter(key, asynchronous=True)
        except Exception:
            profiler.swallow.failed("choosing the endpoint")
        if call is None:
            return await self.app(scope, receive, send)
        token = _MEASURING.set((profiler, key))
        try:
            return await call(self.app, (scope, receive, send), {})
        finally:
            _MEASURING.reset(token)
            handler = scope.get("endpoint")
            profiler.leave(key, handler, _outside_the_request(handler))


    def _closing_at_shutdown(self, send):
        """send, which first closes the profiler (its last flush) when the application reports
        its shutdown complete: a server stopped with SIGTERM (uvicorn re-raises it after its
        graceful shutdown) runs no atexit handler, but it does run the lifespan shutdown."""
        async def send_closing(message):
            if message.get("type") == "lifespan.shutdown.complete":
                try:
                    self.profiler.close()
                except Exception:
                    self.profiler.swallow.failed("closing")
            await send(message)
        return send_closing


# Set on the functions profile_endpoint returns: a handler measured in whatever thread runs it.
PROFILED = "__memleak_profiled__"


def _outside_the_request(handler):
    """Why what `handler` keeps cannot be charged to the request the ASGI middleware measures, or
    None. Starlette and FastAPI run a plain `def` endpoint in a thread pool, whose stack does not
    hold the middleware's frame: its allocations would be charged to no endpoint, and the
    endpoint would read as flat (a silent ok) unless the handler is decorated with profile_endpoint."""
    if not inspect.isfunction(handler) or inspect.iscoroutinefunction(handler) or getattr(handler, PROFILED, False):
        return None
    code = handler.__code__
    return ("%s (%s:%d) is a plain `def` endpoint: Starlette and FastAPI run it in a thread pool, outside "
            "the request the middleware measures, so what it keeps cannot be charged to its endpoint; "
            "decorate it with @profile_endpoint() (under the route decorator) or make it `async def`"
            % (handler.__qualname__, code.co_filename, code.co_firstlineno))


class WSGIMiddleware:
    """WSGI middleware measuring requests per endpoint; wrap Flask's as
    `app.wsgi_app = WSGIMiddleware(app.wsgi_app)` so routes are named from its url_map.
    What the response iterable allocates after the application returns is not measured."""

    def __init__(self, app, profiler=None, **options):
        self.app = app
        self.profiler = _profiler_for(profiler, options)

    def __call__(self, environ, start_response):
        profiler = self.profiler
        key = call = None
        try:
            if profiler.sampled():
                key = routes.wsgi_endpoint(self.app, environ)
                call = profiler.enter(key, asynchronous=False)
        except Exception:
            profiler.swallow.failed("choosing the endpoint")
        if call is None:
            return self.app(environ, start_response)
        token = _MEASURING.set((profiler, key))
        try:
            return call(self.app, (environ, start_response), {})
        finally:
            _MEASURING.reset(token)
            profiler.leave(key)


def profile_endpoint(name=None, profiler=None):
    """Decorator for one handler, sync or async: each sampled call is a request to the endpoint
    `name` (default: the function's qualified name). Inside a request the ASGI or WSGI middleware
    is measuring, it only puts that endpoint's frame into the handler's own stack (a `def`
    endpoint in Starlette's thread pool) and the request counts once, for the middleware's
    endpoint. The profiler is looked up at call time, so configure() may run after the decorated
    module was imported. The signature is kept (functools.wraps), so FastAPI and Starlette still
    see the handler's parameters."""

    def decorate(function):
        key = (name or getattr(function, "__qualname__", None) or repr(function))[:routes.MAX_KEY_LENGTH]

        asynchronous = inspect.iscoroutinefunction(function)

        def prepare():
            """(profiler, trampoline or None, whether this call counts as a request)."""
            outer = _MEASURING.get()
            active = outer[0] if outer is not None else profiler or default_profiler()
            try:
                if outer is not None:
                    return active, active.enter(outer[1], asynchronous), False
                if active.sampled():
                    return active, active.enter(key, asynchronous), True
            except Exception:
                active.swallow.failed("choosing the endpoint")
            return active, None, False

        if asynchronous:
            @functools.wraps(function)
            async def measured_async(*arguments, **keywords):
                active, call, counts = prepare()
                if call is None:
                    return await function(*arguments, **keywords)
                try:
                    return await call(function, arguments, keywords)
                finally:
                    if counts:
                        active.leave(key, function)
            return measured_async

        @functools.wraps(function)
        def measured(*arguments, **keywords):
            active, call, counts = prepare()
            if call is None:
                return function(*arguments, **keywords)
            try:
                return call(function, arguments, keywords)
            finally:
                if counts:
                    active.leave(key, function)
        setattr(measured, PROFILED, True)
        return measured

    return decorate
