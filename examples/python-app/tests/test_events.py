import pytest

from app.events import EventBus
from app.orders import OrderService
from app.payments import InstantPaymentGateway


@pytest.fixture
def bus():
    return EventBus()


@pytest.fixture
def orders(bus):
    return OrderService(bus)


@pytest.mark.memleak(batch_size=100)
def test_leak_listener_never_removed(orders, ids):
    orders.place(next(ids), "19.90")


def test_clean_listener_removed(memleak, bus, orders, ids):
    InstantPaymentGateway(bus)
    memleak.check(lambda: orders.place_and_confirm(next(ids), "19.90"))
    assert bus.listener_count("payment.settled") == 0
    assert orders.settled > 0
