"""Cleanup check: after Pool.close() no socket, thread or memory the pool took may remain."""
import socket

import pytest

from pool import Pool


@pytest.fixture
def server():
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield listener.getsockname()


def use(pool):
    first = pool.acquire()
    pool.release(first)
    pool.acquire()  # still checked out when the pool is closed


def test_pool_returns_everything_on_close(memleak, server):
    memleak.cleanup(lambda: Pool(server), Pool.close, use)
