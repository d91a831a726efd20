"""A client for the endpoint profiler's tests against real servers."""
import http.client
import socket


class Client:
    """GET requests over one keep-alive connection, reopened when the server closes it (the
    standard library's WSGI server speaks HTTP/1.0). TCP_NODELAY: a request must not wait for a
    delayed ACK."""

    def __init__(self, host, port):
        self._address = (host, port)
        self._connection = None

    def get(self, path):
        """(status, body)."""
        if self._connection is None:
            self._connection = http.client.HTTPConnection(*self._address, timeout=30)
            self._connection.connect()
            self._connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._connection.request("GET", path)
        response = self._connection.getresponse()
        body = response.read()
        if response.will_close:
            self.close()
        return response.status, body

    def close(self):
        if self._connection is not None:
            self._connection.close()
            self._connection = None
