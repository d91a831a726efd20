import pytest

pytest.importorskip("fastapi", reason="FastAPI is missing: it is a test-only extra in .cache/venv (see .ci/run)")
pytest.importorskip("httpx", reason="httpx is missing: FastAPI's TestClient needs it (a test-only extra in .cache/venv)")

from fastapi.testclient import TestClient  # noqa: E402  (after the import checks above)

from app.api import create_api  # noqa: E402

QUOTE = {"skus": [f"SKU-{n}" for n in range(40)], "quantity": 2}


@pytest.fixture
def client():
    with TestClient(create_api()) as client:
        yield client


# A few milliseconds per request (40 lines priced and signed, through Starlette's ASGI stack
# and httpx), ~200 bytes kept per request. The collector's defaults, as users write it.
@pytest.mark.memleak
def test_leak_api_quote_log(client, ids):
    response = client.post("/quotes", json=QUOTE, headers={"X-Request-Id": f"req-{next(ids)}"})
    assert response.status_code == 200


# The same request and work through the handler that keeps nothing.
@pytest.mark.memleak
def test_clean_api_quote_preview(client, ids):
    response = client.post("/quotes/preview", json=QUOTE, headers={"X-Request-Id": f"req-{next(ids)}"})
    assert response.json()["total_cents"] > 0
