"""Order placement: publishes orders and waits for the payment to settle."""

import functools


class OrderService:
    def __init__(self, bus):
        self._bus = bus
        self.settled = 0

    def place(self, order_id, amount):
        # Deliberate leak: the settlement listener outlives the order; nothing unsubscribes it.
        self._bus.subscribe("payment.settled", functools.partial(self._on_settled, order_id))  # memleak: leak
        self._bus.publish("order.placed", {"order_id": order_id, "amount": amount})

    def place_and_confirm(self, order_id, amount):
        """Places an order and listens for its settlement only until the payment answers."""
        listener = functools.partial(self._on_settled, order_id)
        with self._bus.subscription("payment.settled", listener):
            self._bus.publish("order.placed", {"order_id": order_id, "amount": amount})

    def _on_settled(self, order_id, event):
        if event["order_id"] == order_id:
            self.settled += 1
