import pytest

pytest.importorskip("jinja2", reason="Jinja2 is missing: it is a test-only extra in .cache/venv (see .ci/run)")

from app.invoices import receipt_for_tenant, render_invoice, render_invoice_preview  # noqa: E402

LINES = [{"sku": f"SKU-{n}", "description": f"Item <{n}>", "quantity": n % 5 + 1, "cents": 100 * n + 99} for n in range(30)]


def invoice(number):
    return {"number": f"INV-{number:08d}", "customer": "ada lovelace", "address": "12 Analytical Row",
            "note": "Thank you", "lines": LINES}


# A 30-line invoice rendered per operation (about a millisecond), ~200 bytes kept per render.
@pytest.mark.memleak
def test_leak_template_etags(ids):
    assert "INV-" in render_invoice(invoice(next(ids)))


@pytest.mark.memleak
def test_clean_template_render(ids):
    html, etag = render_invoice_preview(invoice(next(ids)))
    assert etag.startswith('W/"')


# A new Environment per request: the template is compiled again each time (a few ms); what
# the interpreter and Jinja2 keep across environments is bounded.
@pytest.mark.memleak
def test_clean_template_environment_per_request(ids):
    assert "total" in receipt_for_tenant(f"tenant-{next(ids) % 20}", invoice(next(ids)))
