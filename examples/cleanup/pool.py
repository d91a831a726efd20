"""A small connection pool whose close() forgets the connection that is checked out."""
import socket

OPEN_CONNECTIONS = []  # every connection any pool opened and has not closed, for the metrics page


class Pool:
    def __init__(self, address):
        self.address, self.idle, self.busy = address, [], []

    def acquire(self):
        if self.idle:
            connection = self.idle.pop()
        else:
            connection = socket.create_connection(self.address)
            OPEN_CONNECTIONS.append(connection)
        self.busy.append(connection)
        return connection

    def release(self, connection):
        self.busy.remove(connection)
        self.idle.append(connection)

    def close(self):
        for connection in self.idle:  # the bug: the connections in self.busy stay open
            OPEN_CONNECTIONS.remove(connection)
            connection.close()
        self.idle = []
