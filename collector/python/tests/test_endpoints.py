"""The endpoint profiler on real servers: a Flask app under the WSGI middleware (the standard
library's WSGI server) and a FastAPI app under the ASGI middleware (uvicorn), each with a leaking
and a clean endpoint, driven by real HTTP requests on 127.0.0.1; then `memleak analyze` (dist/cli.js)
names the leaking endpoint and its line and calls the clean one ok. Plus what the profiler
promises the application: its own failures never reach a request, the application's exceptions
pass through unchanged, and the buffer stays bounded."""
import asyncio
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile

import pytest

from endpoint_servers import Client
from inner import line_of
from memleak_pytest.endpoints import ASGIMiddleware, EndpointProfiler, WSGIMiddleware, profile_endpoint

HERE = os.path.dirname(os.path.abspath(__file__))
APPS = os.path.join(HERE, "endpoint_apps")
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CLI = os.path.join(REPO, "dist", "cli.js")
NODE = shutil.which("node")
needs_core = pytest.mark.skipif(not NODE or not os.path.isfile(CLI),
                                reason="needs Node.js on PATH and dist/cli.js (npm run build)")
# The analyser needs 512 judged operations to call an endpoint that retains nothing ok rather
# than inconclusive (its total floor over its per-operation floor): 700 sampled requests after
# the warm-up batch, in at least 6 batches. (Counted after the warm-up: the profiler flushes on
# its own clock, so on a loaded machine the warm-up batch took 208 of 700 requests, and 492
# judged ones left /health inconclusive.)
MIN_SAMPLED = 700
MIN_BATCHES = 6
REQUESTS_PER_ROUND = 50
MAX_ROUNDS = 200


def _line(name, marker):
    with open(os.path.join(APPS, name), encoding="utf-8") as source:
        return line_of(source.read(), marker)


def _analyze(directory, tmp_path):
    """{test id: TestResult} from `node dist/cli.js analyze directory --json`."""
    completed = subprocess.run([NODE, CLI, "analyze", str(directory), "--json", "--out", str(tmp_path / "report")],
                               capture_output=True, text=True, timeout=120)
    assert completed.returncode in (0, 1), completed.stderr
    report = json.loads(completed.stdout)
    assert report["problems"] == []  # every endpoint snapshot is valid snapshot.v1
    return {test["id"]: test for test in report["tests"]}


def _serve(framework, directory, errors):
    """The app served by endpoint_apps/serve.py in a child process: (process, port)."""
    process = subprocess.Popen([sys.executable, os.path.join(APPS, "serve.py"), framework, str(directory)],
                               stdout=subprocess.PIPE, stderr=errors, text=True)
    port = process.stdout.readline().strip()
    if not port:
        process.wait(30)
        raise AssertionError("the %s server did not start: %s" % (framework, _text(errors)))
    return process, int(port)


def _text(errors):
    errors.seek(0)
    return errors.read()


def _sampled_batches(directory):
    """{endpoint: (sampled requests, batches, sampled requests in judged batches)} from the
    snapshots written so far."""
    found = {}
    for path in directory.glob("*.json"):
        with open(path, encoding="utf-8") as source:
            document = json.load(source)
        batches = document["phases"][0]["batches"]
        judged = sum(batch["operations"] for batch in batches if not batch.get("warmup"))
        found[document["test"]["id"]] = (document["endpoint"]["sampled"], len(batches), judged)
    return found


def _drive(framework, directory, paths):
    """Requests to every path in rounds until each endpoint's snapshot holds MIN_SAMPLED sampled
    requests in MIN_BATCHES batches (the profiler flushes on its own clock), then SIGTERM: the
    server's last flush writes the final batch."""
    with tempfile.TemporaryFile("w+") as errors:
        _drive_server(framework, directory, paths, errors)


def _drive_server(framework, directory, paths, errors):
    process, port = _serve(framework, directory, errors)
    client = Client("127.0.0.1", port)
    try:
        index = 0
        for _ in range(MAX_ROUNDS):
            for _ in range(REQUESTS_PER_ROUND):
                index += 1
                for path in paths:
                    status, body = client.get(path.format(index))
                    assert status == 200, body
            progress = _sampled_batches(directory)
            if len(progress) == len(paths) and all(sampled >= MIN_SAMPLED and batches >= MIN_BATCHES
                                                   for _, batches, sampled in progress.values()):
                break
        else:
            raise AssertionError("too few batches after %d rounds: %s" % (MAX_ROUNDS, _sampled_batches(directory)))
    finally:
        client.close()
        process.send_signal(signal.SIGTERM)
        process.wait(60)
    # uvicorn re-raises SIGTERM after its graceful shutdown; the standard library's server exits 0.
    assert process.returncode in (0, -signal.SIGTERM), _text(errors)


@needs_core
def test_flask_leaking_endpoint_is_named_with_its_line(tmp_path):
    pytest.importorskip("flask", reason="flask is not installed: the Flask app cannot be served")
    _drive("flask", tmp_path / "snapshots", ["/orders/{}", "/health"])
    tests = _analyze(tmp_path / "snapshots", tmp_path)
    assert sorted(tests) == ["GET /health", "GET /orders/<int:order_id>"]
    leak = tests["GET /orders/<int:order_id>"]
    assert leak["verdict"] == "leak", leak["reason"]
    assert (leak["sources"][0]["file"], leak["sources"][0]["line"]) == ("flask_app.py", _line("flask_app.py", "# LEAK"))
    assert 1400 < leak["growth_per_op_bytes"] < 1800  # 1.5 KB per request: a bytearray(1500) and its header
    assert tests["GET /health"]["verdict"] == "ok", tests["GET /health"]["reason"]


@needs_core
def test_fastapi_leaking_endpoints_are_named_with_their_lines(tmp_path):
    pytest.importorskip("fastapi", reason="fastapi is not installed: the FastAPI app cannot be served")
    pytest.importorskip("uvicorn", reason="uvicorn is not installed (it is in the image's wheel mirror): "
                                          "no ASGI server to run the app on")
    _drive("fastapi", tmp_path / "snapshots", ["/sessions/user{}", "/ping", "/audit", "/export"])
    tests = _analyze(tmp_path / "snapshots", tmp_path)
    assert sorted(tests) == ["GET /audit", "GET /export", "GET /ping", "GET /sessions/{user}"]
    # A plain `def` endpoint without the decorator is measured by no one: an error saying so and
    # what to do, never an ok on nothing (a new user's leaking export endpoint read "ok 0 B").
    unmeasured = tests["GET /export"]
    assert unmeasured["verdict"] == "error", unmeasured["reason"]
    assert "plain `def` endpoint" in unmeasured["reason"] and "@profile_endpoint()" in unmeasured["reason"]
    for endpoint, marker in (("GET /sessions/{user}", "# LEAK:"), ("GET /audit", "# LEAK-SYNC")):
        leak = tests[endpoint]
        assert leak["verdict"] == "leak", (endpoint, leak["reason"])
        assert (leak["sources"][0]["file"], leak["sources"][0]["line"]) == ("starlette_app.py", _line("starlette_app.py", marker))
    assert tests["GET /ping"]["verdict"] == "ok", tests["GET /ping"]["reason"]
    # The decorated `def` endpoint ran in FastAPI's thread pool and counted once per request.
    sampled = _sampled_batches(tmp_path / "snapshots")
    assert sampled["GET /audit"][0] == sampled["GET /ping"][0]
    with open(next((tmp_path / "snapshots").glob("GET_audit-*.json")), encoding="utf-8") as source_file:
        assert json.load(source_file)["test"]["file"] == "starlette_app.py"


def _plain_app(environ, start_response):
    if environ["PATH_INFO"] == "/boom":
        raise KeyError("the application's own error")
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"fine"]


def _call(app, path):
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": path}
    return b"".join(app(environ, lambda status, headers: None))


def test_failures_of_the_profiler_never_reach_the_application(tmp_path, monkeypatch, caplog):
    blocked = tmp_path / "a-file"
    blocked.write_text("snapshots cannot be written under a file")
    profiler = EndpointProfiler(directory=blocked / "snapshots", flush_interval_s=0)
    app = WSGIMiddleware(_plain_app, profiler=profiler)

    def broken(*arguments):
        raise RuntimeError("route matching broke")

    caplog.set_level(logging.WARNING, logger="memleak.endpoints")
    try:
        assert _call(app, "/a") == b"fine"
        assert profiler.flush() == []  # writing fails: logged, nothing raised
        assert profiler.flush() == []  # nothing pending
        monkeypatch.setattr("memleak_pytest.endpoints.routes.wsgi_endpoint", broken)
        assert _call(app, "/b") == b"fine"
        assert _call(app, "/c") == b"fine"
    finally:
        profiler.close()
    messages = [record.getMessage() for record in caplog.records]
    assert sum("flushing failed" in message for message in messages) == 1
    assert sum("choosing the endpoint failed" in message for message in messages) == 1  # twice, logged once
    assert profiler.swallow.failures == 3


def test_the_applications_own_exceptions_pass_through_unchanged(tmp_path):
    profiler = EndpointProfiler(directory=tmp_path, flush_interval_s=0)
    app = WSGIMiddleware(_plain_app, profiler=profiler)

    @profile_endpoint(name="divide", profiler=profiler)
    def divide(a, b):
        return a / b

    try:
        with pytest.raises(KeyError, match="the application's own error"):
            _call(app, "/boom")
        with pytest.raises(ZeroDivisionError):
            divide(1, 0)
        assert divide(6, b=3) == 2
    finally:
        profiler.close()
    assert profiler.swallow.failures == 0


def test_the_buffer_is_bounded_and_keeps_every_operation(tmp_path):
    profiler = EndpointProfiler(directory=tmp_path, flush_interval_s=0, max_batches=4, warmup_batches=1)
    kept = []

    @profile_endpoint(name="GET /grow", profiler=profiler)
    def grow():
        kept.append(bytearray(100))

    try:
        for _ in range(10):
            for _ in range(5):
                grow()
            profiler.flush()
    finally:
        profiler.close()
    document = json.loads(next(tmp_path.glob("GET_grow-*.json")).read_text())
    batches = document["phases"][0]["batches"]
    assert len(batches) <= 4
    assert [batch["warmup"] for batch in batches][0] is True
    assert sum(batch["operations"] for batch in batches) == 50
    assert batches[-1]["traced_bytes"] >= 50 * 100


def test_sampling_measures_a_share_of_the_requests(tmp_path):
    profiler = EndpointProfiler(directory=tmp_path, flush_interval_s=0, sampling_rate=0.25, seed=7)
    app = WSGIMiddleware(_plain_app, profiler=profiler)
    try:
        for _ in range(400):
            _call(app, "/a")
    finally:
        profiler.close()
    document = json.loads(next(tmp_path.glob("GET_a-*.json")).read_text())
    assert 60 < document["endpoint"]["sampled"] < 140  # 100 expected
    assert document["endpoint"]["sampling_rate"] == 0.25


@pytest.mark.parametrize("options", [{"sampling_rate": 0}, {"sampling_rate": 1.5}, {"flush_interval_s": -1},
                                     {"max_batches": 2}, {"traceback_depth": 0}])
def test_settings_out_of_range_are_refused_at_construction(options, tmp_path):
    with pytest.raises(ValueError, match=next(iter(options))):
        EndpointProfiler(directory=tmp_path, **options)


def test_the_asgi_middleware_serves_when_its_own_steps_fail(tmp_path, monkeypatch, caplog):
    pytest.importorskip("starlette", reason="starlette is not installed: no ASGI app to wrap")
    httpx = pytest.importorskip("httpx", reason="httpx is not installed: no ASGI client")
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route

    app = Starlette(routes=[Route("/items/{item_id}", lambda request: PlainTextResponse("item"))])
    profiler = EndpointProfiler(directory=tmp_path, flush_interval_s=0)
    wrapped = ASGIMiddleware(app, profiler=profiler)

    def broken(*arguments):
        raise RuntimeError("route matching broke")

    async def requests():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=wrapped), base_url="http://test") as client:
            first = await client.get("/items/1")
            monkeypatch.setattr("memleak_pytest.endpoints.routes.asgi_endpoint", broken)
            second = await client.get("/items/2")
            return first, second

    caplog.set_level(logging.WARNING, logger="memleak.endpoints")
    try:
        first, second = asyncio.run(requests())
    finally:
        profiler.close()
    assert (first.status_code, first.text, second.status_code, second.text) == (200, "item", 200, "item")
    assert profiler.swallow.failures == 1
    document = json.loads(next(tmp_path.glob("GET_items_item_id-*.json")).read_text())
    assert document["test"]["id"] == "GET /items/{item_id}"  # the route template, not the path
    assert document["endpoint"]["sampled"] == 1
