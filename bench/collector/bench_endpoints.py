"""Requests per second of a real server with and without the endpoint profiler.

The server runs in a child process (uvicorn with a FastAPI app when uvicorn is installed, and the
standard library's wsgiref server with a Flask app), bare or under the middleware at sampling
1.0 and 0.01; the client here sends GET requests over one keep-alive connection (uvicorn; wsgiref
closes each) for a fixed number of requests. Modes are interleaved and repeated; each figure is the
median, and the overhead is the ratio to the bare server measured in the same run.

    .cache/venv/bin/python bench/collector/bench_endpoints.py [--requests 1500] [--rounds 3]
"""
import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODES = ("bare", "1.0", "0.01")


def serve(server, mode, directory):
    sys.path.insert(0, os.path.join(REPO, "collector", "python"))
    import socket
    sock = socket.socket()
    # Without it a response written in two parts waits for the client's delayed ACK (~40 ms):
    # Linux passes the option on to the accepted connections.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    options = None if mode == "bare" else {"sampling_rate": float(mode), "directory": directory, "flush_interval_s": 10}
    if server == "uvicorn":
        import uvicorn
        from fastapi import FastAPI
        from memleak_pytest.endpoints import ASGIMiddleware
        app = FastAPI()

        @app.get("/items/{item_id}")
        async def item(item_id: int):
            return {"id": item_id, "name": "widget", "tags": ["a", "b", "c"]}

        asgi = app if options is None else ASGIMiddleware(app, **options)
        print(sock.getsockname()[1], flush=True)
        uvicorn.Server(uvicorn.Config(asgi, log_level="warning", lifespan="off")).run(sockets=[sock])
    else:
        import wsgiref.simple_server
        from flask import Flask
        from memleak_pytest.endpoints import WSGIMiddleware
        app = Flask(__name__)

        @app.get("/items/<int:item_id>")
        def item(item_id):
            return {"id": item_id, "name": "widget", "tags": ["a", "b", "c"]}

        if options is not None:
            app.wsgi_app = WSGIMiddleware(app.wsgi_app, **options)

        class Quiet(wsgiref.simple_server.WSGIRequestHandler):
            def log_message(self, *arguments):
                pass

        port = sock.getsockname()[1]
        sock.close()
        server = wsgiref.simple_server.make_server("127.0.0.1", port, app, handler_class=Quiet)
        print(port, flush=True)
        server.serve_forever()


def requests_per_second(server, mode, requests):
    with tempfile.TemporaryDirectory() as directory:
        process = subprocess.Popen([sys.executable, __file__, "--serve", server, mode, directory],
                                   stdout=subprocess.PIPE, text=True)
        try:
            port = int(process.stdout.readline())
            connection = http.client.HTTPConnection("127.0.0.1", port)
            for index in range(50):  # warm-up: imports, first requests, the profiler's start
                connection = _get(connection, port, index, server)
            started = time.perf_counter()
            for index in range(requests):
                connection = _get(connection, port, index, server)
            return requests / (time.perf_counter() - started)
        finally:
            process.terminate()
            process.wait(30)


def _get(connection, port, index, server):
    connection.request("GET", "/items/%d" % index)
    response = connection.getresponse()
    response.read()
    assert response.status == 200
    if server == "wsgiref":  # HTTP/1.0: one connection per request
        connection.close()
        connection = http.client.HTTPConnection("127.0.0.1", port)
    return connection


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1500)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--serve", nargs=3)
    arguments = parser.parse_args()
    if arguments.serve:
        serve(*arguments.serve)
        return
    servers = []
    for server, modules in (("uvicorn", ("uvicorn", "fastapi")), ("wsgiref", ("flask",))):
        try:
            for module in modules:
                __import__(module)
            servers.append(server)
        except ImportError:
            print("%s: skipped (%s not installed)" % (server, ", ".join(modules)))
    print("| server | mode | requests/s (median of %d) | vs bare |" % arguments.rounds)
    print("| --- | --- | ---: | ---: |")
    for server in servers:
        figures = {mode: [] for mode in MODES}
        for _ in range(arguments.rounds):
            for mode in MODES:
                figures[mode].append(requests_per_second(server, mode, arguments.requests))
        bare = statistics.median(figures["bare"])
        for mode in MODES:
            median = statistics.median(figures[mode])
            label = "no profiler" if mode == "bare" else "profiler, sampling %s" % mode
            print("| %s | %s | %.0f | %.2f |" % (server, label, median, median / bare))


if __name__ == "__main__":
    main()
