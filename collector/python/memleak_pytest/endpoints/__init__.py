"""Endpoint profiler for running services: ASGI/WSGI middleware and a decorator that sample
requests, charge the memory they leave allocated to their endpoint (`METHOD /route`) and its
user lines, and write one snapshot.v1 file per endpoint that `memleak analyze` judges.
Standard library only. See the README's "Profiling a running service"."""
from .middleware import ASGIMiddleware, WSGIMiddleware, configure, default_profiler, profile_endpoint
from .profiler import EndpointProfiler

__all__ = ["ASGIMiddleware", "WSGIMiddleware", "EndpointProfiler", "configure", "default_profiler",
           "profile_endpoint"]
