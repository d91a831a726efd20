"""Price look-ups and invoice arithmetic."""

import functools
import hashlib
from decimal import Decimal, ROUND_HALF_EVEN

CENT = Decimal("0.01")
RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}


@functools.lru_cache(maxsize=200)
def list_price(sku):
    """The catalogue price of a SKU; expensive in production, hence the bounded cache."""
    digest = hashlib.sha1(sku.encode()).digest()
    return (Decimal(int.from_bytes(digest[:2], "big")) / 100).quantize(CENT)


class Quoter:
    """Quotes prices in one currency."""

    def __init__(self, currency):
        self.currency = currency
        self.rate = RATES[currency]

    # Deliberate leak: an unbounded cache on a method is keyed by `self`, so it
    # keeps every Quoter ever created alive, with one entry per (quoter, quantity).
    @functools.lru_cache(maxsize=None)
    def quote(self, quantity):
        return round(quantity * 9.99 * self.rate, 2)


def quote_for(currency, quantity):
    return Quoter(currency).quote(quantity)  # memleak: leak


def invoice_total(lines, tax_rate):
    """Sum of quantity x unit price over invoice lines, plus tax, rounded to the cent."""
    subtotal = sum((Decimal(quantity) * Decimal(unit_price) for quantity, unit_price in lines), Decimal(0))
    tax = (subtotal * Decimal(tax_rate)).quantize(CENT, rounding=ROUND_HALF_EVEN)
    return subtotal + tax
