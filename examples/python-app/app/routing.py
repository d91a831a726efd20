"""Per-tenant routes, matched with regular expressions built on the fly."""

import re


def match_tenant_order(tenant_id, path):
    """The order number in `path` if it is an order URL of `tenant_id`, else None.

    Every tenant has its own pattern; the re module caches compiled patterns in a
    cache bounded to 512 entries, so this does not grow with the number of tenants."""
    match = re.fullmatch(rf"/tenants/{re.escape(tenant_id)}/orders/(\d+)", path)
    return int(match.group(1)) if match else None
