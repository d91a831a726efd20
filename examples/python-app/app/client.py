"""An API client for the upstream inventory service, with a fixed-size connection
pool and retries. The transport is in-process so the example needs no network."""

import queue
from contextlib import contextmanager

# Callbacks run when the process shuts down (see run_shutdown_hooks).
_shutdown_hooks = []


def on_shutdown(hook):
    _shutdown_hooks.append(hook)


def run_shutdown_hooks():
    while _shutdown_hooks:
        _shutdown_hooks.pop()()


class TransientError(ConnectionError):
    pass


class Connection:
    """One connection to the inventory service. `fail_every` makes every n-th send fail."""

    def __init__(self, number, fail_every=0):
        self.number = number
        self._fail_every = fail_every
        self._sent = 0

    def send(self, path):
        self._sent += 1
        if self._fail_every and self._sent % self._fail_every == 0:
            raise TransientError(f"connection {self.number} reset")
        return {"path": path, "status": 200, "stock": len(path)}


class ConnectionPool:
    """A fixed number of connections, opened once and lent out one at a time."""

    def __init__(self, size, fail_every=0):
        self._idle = queue.LifoQueue(maxsize=size)
        for number in range(size):
            self._idle.put(Connection(number, fail_every))

    @contextmanager
    def connection(self):
        conn = self._idle.get(timeout=5)
        try:
            yield conn
        finally:
            self._idle.put(conn)


class InventoryClient:
    def __init__(self, pool, attempts=3):
        self._pool = pool
        self._attempts = attempts
        self.open_streams = 0

    def stock(self, sku):
        """Asks for the stock of `sku`, retrying transient failures."""
        for _ in range(self._attempts - 1):
            try:
                return self._send(f"/stock/{sku}")["stock"]
            except TransientError:
                continue
        return self._send(f"/stock/{sku}")["stock"]  # the last attempt's error reaches the caller

    def _send(self, path):
        with self._pool.connection() as conn:
            return conn.send(path)

    def watch(self, sku):
        """Opens a stock stream for `sku`, to be closed at shutdown if still open."""
        self.open_streams += 1
        # Deliberate leak: the close hook is never removed when the stream ends, so the
        # global hook list keeps one closure per stream ever opened.
        on_shutdown(lambda: self._close_stream(sku))  # memleak: leak
        return self.stock(sku)

    def _close_stream(self, sku):
        self.open_streams -= 1
