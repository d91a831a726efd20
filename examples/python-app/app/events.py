"""A synchronous in-process event bus."""

from collections import defaultdict
from contextlib import contextmanager


class EventBus:
    def __init__(self):
        self._listeners = defaultdict(list)

    def subscribe(self, topic, listener):
        self._listeners[topic].append(listener)
        return listener

    def unsubscribe(self, topic, listener):
        self._listeners[topic].remove(listener)

    @contextmanager
    def subscription(self, topic, listener):
        """Subscribes `listener` for the duration of a with-block."""
        self.subscribe(topic, listener)
        try:
            yield listener
        finally:
            self.unsubscribe(topic, listener)

    def publish(self, topic, event):
        for listener in list(self._listeners[topic]):
            listener(event)

    def listener_count(self, topic):
        return len(self._listeners[topic])
