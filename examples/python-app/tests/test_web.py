import pytest

flask = pytest.importorskip("flask", reason="Flask is missing: apt-get install python3-flask (see README)")

from app.web import create_app  # noqa: E402  (after the import check above)


@pytest.fixture
def client():
    return create_app().test_client()


# A request through the test client is slow under deep tracing and keeps ~900 bytes:
# 10 requests a batch are plenty.
@pytest.mark.memleak(batch_size=10)
def test_leak_flask_audit_trail(client, ids):
    response = client.post("/orders", json={"sku": "SKU-1", "quantity": 1}, headers={"X-Request-Id": f"req-{next(ids)}"})
    assert response.status_code == 201


@pytest.mark.memleak
def test_clean_flask_catalogue_request(client, ids):
    response = client.get("/catalogue/SKU-2", headers={"X-Request-Id": f"req-{next(ids)}"})
    assert response.get_json()["name"] == "Teapot"
