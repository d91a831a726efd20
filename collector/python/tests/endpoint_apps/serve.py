"""Serves one of the test apps under the endpoint profiler on 127.0.0.1, as a service would run:
`python serve.py flask|fastapi SNAPSHOT_DIR`. Prints the port on the first line of stdout; on
SIGTERM it stops serving, and the profiler's close() writes the last batch."""
import os
import signal
import socket
import sys
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # collector/python: memleak_pytest

from memleak_pytest.endpoints import ASGIMiddleware, EndpointProfiler, WSGIMiddleware  # noqa: E402

FLUSH_INTERVAL_S = 1.0


def main(framework, directory):
    profiler = EndpointProfiler(directory=directory, flush_interval_s=FLUSH_INTERVAL_S, root=HERE)
    sock = socket.socket()
    # A response written in two parts must not wait for the client's delayed ACK (~40 ms a
    # request): Linux passes the option on to accepted connections.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    try:
        if framework == "flask":
            _serve_flask(profiler, sock)
        else:
            _serve_fastapi(profiler, sock)
    finally:
        profiler.close()


def _serve_flask(profiler, sock):
    import wsgiref.simple_server

    from flask_app import app

    class Quiet(wsgiref.simple_server.WSGIRequestHandler):
        def log_message(self, *arguments):
            pass

    app.wsgi_app = WSGIMiddleware(app.wsgi_app, profiler=profiler)
    port = sock.getsockname()[1]
    sock.close()
    server = wsgiref.simple_server.make_server("127.0.0.1", port, app, handler_class=Quiet)

    def stop(*arguments):
        # shutdown() waits for serve_forever() to return, so it runs in a thread of its own.
        threading.Thread(target=server.shutdown).start()

    signal.signal(signal.SIGTERM, stop)
    _announce(port)
    try:
        server.serve_forever()
    finally:
        server.server_close()


def _serve_fastapi(profiler, sock):
    import uvicorn

    from starlette_app import app

    server = uvicorn.Server(uvicorn.Config(ASGIMiddleware(app, profiler=profiler), log_level="warning",
                                           lifespan="on"))
    sock.listen(128)  # before the port is announced: the client may connect before uvicorn has started
    _announce(sock.getsockname()[1])
    server.run(sockets=[sock])  # on SIGTERM: the lifespan shutdown closes the profiler, then uvicorn re-raises it


def _announce(port):
    sys.stdout.write("%d\n" % port)
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
