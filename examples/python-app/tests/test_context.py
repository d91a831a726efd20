import pytest

from app.context import current_request, handle_in_context


@pytest.mark.memleak(batch_size=100)
def test_leak_thread_local_stack(ids):
    request_id = next(ids)
    assert handle_in_context(request_id, "/orders", lambda: current_request()["request_id"]) == request_id
