"""Names the endpoint of a request, `METHOD /route`, before the application handles it.

The route template (`/items/{item_id}`), not the path (`/items/7`), so that every request to a
route counts towards one endpoint: Starlette and FastAPI routes are matched the way their router
matches them (scope["app"].router.routes, Mount included), Flask's through its url_map. Any
other application, or a request no route matches, is named by its path; the profiler bounds how
many endpoints it keeps.
"""
MAX_KEY_LENGTH = 200
_FULL_MATCH = 2  # starlette.routing.Match.FULL


def key(method, route):
    """'GET /items/{item_id}', cut to MAX_KEY_LENGTH characters."""
    return ("%s %s" % (method or "?", route or "/"))[:MAX_KEY_LENGTH]


MAX_WRAPPERS = 16


def asgi_endpoint(scope, app):
    """The endpoint of an ASGI HTTP scope; app: the application the middleware wraps, searched
    for a router (through `.app` of the middleware around it) when the scope has no "app"."""
    routes = _routes_of(scope.get("app")) or _routes_of(app)
    route = _starlette_route(routes, scope, "") if routes else None
    return key(scope.get("method"), route or scope.get("path"))


def _routes_of(app):
    for _ in range(MAX_WRAPPERS):
        if app is None:
            return None
        routes = getattr(getattr(app, "router", None), "routes", None)
        if routes is not None:
            return routes
        app = getattr(app, "app", None)
    return None


def _starlette_route(routes, scope, prefix):
    for route in routes:
        matches = getattr(route, "matches", None)
        if matches is None:
            continue
        match, child = matches(scope)
        if int(getattr(match, "value", match)) != _FULL_MATCH:
            continue
        path = getattr(route, "path", "") or ""
        inner = getattr(route, "routes", None)
        if inner:  # a Mount: match its own routes with the scope it would pass them
            nested = dict(scope)
            nested.update(child)
            return _starlette_route(inner, nested, prefix + path) or prefix + path
        return prefix + path
    return None


def wsgi_endpoint(app, environ):
    """The endpoint of a WSGI request to app (a Flask app, or its wsgi_app bound method)."""
    owner = getattr(app, "__self__", app)
    url_map = getattr(owner, "url_map", None)
    route = None
    if url_map is not None and hasattr(url_map, "bind_to_environ"):
        try:
            rule, _ = url_map.bind_to_environ(environ).match(return_rule=True)
            route = getattr(rule, "rule", None)
        except Exception:  # werkzeug's NotFound, MethodNotAllowed, RequestRedirect: named by path
            route = None
    return key(environ.get("REQUEST_METHOD"), route or environ.get("PATH_INFO"))
