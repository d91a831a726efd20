"""The cleanup check on a real client: a small socket pool talking to a TCP server on 127.0.0.1.
A pool whose close() keeps one connection open is caught, with the line that opened it; a pool
that closes everything passes; a thread left running and memory kept past the tolerance are
named too; and the `memleak` fixture's cleanup() fails the test with the same message."""
import asyncio
import os
import socket
import subprocess
import sys
import threading

import pytest

from inner import line_of
from memleak_pytest.cleanup import check_cleanup, check_cleanup_async

HERE = os.path.dirname(os.path.abspath(__file__))
KEPT_AFTER_CLOSE = []
# Markers of the lines the leftovers must be charged to (split so that only those lines hold them).
POOL_CONNECT = "# POOL-" "CONNECT"
KEPT_MEMORY = "# KEPT-" "MEMORY"


ECHO_SERVER = """
import socket, sys, threading
server = socket.create_server(("127.0.0.1", 0))
print(server.getsockname()[1], flush=True)
def echo(connection):
    with connection:
        while True:
            data = connection.recv(1024)
            if not data:
                return
            connection.sendall(data)
while True:
    threading.Thread(target=echo, args=(server.accept()[0],), daemon=True).start()
"""


@pytest.fixture(scope="module")
def server():
    """An echo server on 127.0.0.1 in a child process (its threads are not the test's)."""
    process = subprocess.Popen([sys.executable, "-c", ECHO_SERVER], stdout=subprocess.PIPE, text=True)
    try:
        yield ("127.0.0.1", int(process.stdout.readline()))
    finally:
        process.kill()
        process.wait(10)


class Pool:
    """Keeps idle connections for reuse; close(keep_one=True) is the bug under test."""

    def __init__(self, address, keep_one=False):
        self.address, self.keep_one, self.idle = address, keep_one, []

    def request(self, payload):
        connection = self.idle.pop() if self.idle else socket.create_connection(self.address)  # POOL-CONNECT
        connection.sendall(payload)
        answer = connection.recv(1024)
        self.idle.append(connection)
        return answer

    def close(self):
        closing = self.idle[1:] if self.keep_one else self.idle
        if self.keep_one:
            KEPT_AFTER_CLOSE.append(self.idle[0])  # the pool's registry still holds it
        for connection in closing:
            connection.close()
        self.idle = []


def _use(pool):
    assert pool.request(b"ping") == b"ping"


def _line(marker):
    with open(os.path.join(HERE, "test_cleanup.py"), encoding="utf-8") as source:
        return line_of(source.read(), marker)


def test_a_connection_kept_after_close_is_named_by_its_line(server):
    result = check_cleanup(lambda: Pool(server, keep_one=True), Pool.close, _use, root=HERE)
    try:
        fds = [leftover for leftover in result.leftovers if leftover.kind == "fd"]
        assert len(fds) == 1, result.message()
        assert "socket:" in fds[0].description
        assert (fds[0].file, fds[0].line) == ("test_cleanup.py", _line(POOL_CONNECT))
        with pytest.raises(AssertionError, match=r"fd \d+ \(socket:\[\d+\]\) at test_cleanup.py:%d" % _line(POOL_CONNECT)):
            result.assert_clean()
        assert repr(result).startswith("<CleanupResult resources not returned after close")  # printed, it says what
    finally:
        while KEPT_AFTER_CLOSE:
            KEPT_AFTER_CLOSE.pop().close()


def test_a_pool_that_closes_everything_is_clean(server):
    result = check_cleanup(lambda: Pool(server), Pool.close, _use, root=HERE)
    assert result.ok, result.message()
    assert result.fds_checked
    assert repr(result).startswith("<CleanupResult ok: memory ")


def test_a_thread_left_running_and_memory_kept_are_named(server):
    stop = threading.Event()
    kept = []

    def make():
        worker = threading.Thread(target=stop.wait, name="keepalive-pinger", daemon=True)
        worker.start()
        return worker

    def close(worker):
        kept.append(bytearray(200_000))  # KEPT-MEMORY

    try:
        result = check_cleanup(make, close, tolerance_bytes=100_000, root=HERE)
    finally:
        stop.set()
    threads = [leftover.description for leftover in result.leftovers if leftover.kind == "thread"]
    assert threads == ["'keepalive-pinger'"]
    memory = [leftover for leftover in result.leftovers if leftover.kind == "memory"]
    assert (memory[0].file, memory[0].line) == ("test_cleanup.py", _line(KEPT_MEMORY))  # the largest first
    assert result.growth_bytes >= 200_000


def test_an_asyncio_task_left_running_is_named():
    async def heartbeat():
        await asyncio.sleep(3600)

    async def scenario():
        holder = {}

        def make():
            holder["task"] = asyncio.get_running_loop().create_task(heartbeat(), name="heartbeat")
            return holder

        result = await check_cleanup_async(make, lambda obj: None, root=HERE)
        holder["task"].cancel()
        return result

    result = asyncio.run(scenario())
    tasks = [leftover for leftover in result.leftovers if leftover.kind == "task"]
    assert [task.description for task in tasks] == ["heartbeat"]
    assert tasks[0].file == "test_cleanup.py"


def test_the_fixture_fails_the_test_naming_the_line(pytester, monkeypatch):
    for name in list(os.environ):
        if name.startswith("MEMLEAK_"):
            monkeypatch.delenv(name)
    pytester.makepyfile(test_pool="""
        import socket, socketserver, threading
        KEPT = []

        def test_pool_close(memleak):
            tcp = socketserver.TCPServer(("127.0.0.1", 0), socketserver.BaseRequestHandler)
            try:
                def make():
                    return socket.create_connection(tcp.server_address)  # OPENED

                memleak.cleanup(make, KEPT.append)
            finally:
                tcp.server_close()
    """)
    result = pytester.runpytest("-p", "memleak_pytest", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*memleak.cleanup() in test_pool.py::test_pool_close: resources not returned*",
                                 "*fd * (socket:*) at test_pool.py:8*"])
