"""The public JSON API: a FastAPI application (Starlette underneath)."""

import hashlib
import time

from fastapi import FastAPI, Request

# Every quote request, kept for a rate-limit report that only ever reads the last minute.
QUOTE_LOG = []

PRICES = {f"SKU-{n}": 100 + n for n in range(200)}


def _price_lines(skus, quantity):
    # A few milliseconds of real work per request: price every line and sign the quote.
    lines = [{"sku": sku, "quantity": quantity, "cents": PRICES.get(sku, 0) * quantity} for sku in skus]
    signature = hashlib.sha256(repr(lines).encode()).hexdigest()
    return lines, signature


def create_api():
    api = FastAPI()

    @api.post("/quotes")
    async def create_quote(request: Request):
        body = await request.json()
        lines, signature = _price_lines(body["skus"], body.get("quantity", 1))
        # Deliberate leak: one record per request, never trimmed.
        QUOTE_LOG.append(f"{time.time():.6f} {request.client.host} {request.headers.get('x-request-id')} {signature}")  # memleak: leak
        return {"signature": signature, "total_cents": sum(line["cents"] for line in lines)}

    @api.post("/quotes/preview")
    async def preview_quote(request: Request):
        body = await request.json()
        lines, signature = _price_lines(body["skus"], body.get("quantity", 1))
        return {"signature": signature, "total_cents": sum(line["cents"] for line in lines)}

    return api
