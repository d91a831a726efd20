"""Customer profiles and badges, memoised in bounded caches."""

import functools


def _score(customer_id):
    # About half a millisecond of real work per call (a scoring pass over recent orders).
    return sum(len(text) for _, text in [(i, str(i * customer_id)) for i in range(3000)])


@functools.lru_cache(maxsize=512)
def _profile(customer_id):
    return {"key": customer_id, "tags": [f"t{i}" for i in range(8)]}


def customer_profile(customer_id):
    """The customer's profile; the cache keeps the 512 most recent."""
    _score(customer_id)
    return _profile(customer_id)


@functools.lru_cache(maxsize=64)
def _badge(customer_id):
    # ~1 KB of SVG per customer.
    return f'<svg xmlns="http://www.w3.org/2000/svg" data-customer="{customer_id:010d}">' + "<rect/>" * 135 + "</svg>"


def customer_badge(customer_id):
    """The customer's badge; the cache keeps the 64 most recent."""
    _score(customer_id)
    return _badge(customer_id)
