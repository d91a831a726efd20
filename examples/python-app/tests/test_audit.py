import pytest

from app.audit import AuditLog


@pytest.fixture
def audit():
    return AuditLog()


# Each call copies the whole buffer (the string is immutable), so the cost of a call grows
# with the leak: a fixed, modest batch size keeps the test quick.
@pytest.mark.memleak(batch_size=100)
def test_leak_growing_string_buffer(audit):
    audit.write("user-1", "order.cancel", "order-42")
