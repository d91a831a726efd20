"""Invoice documents rendered with Jinja2 templates."""

import hashlib

from jinja2 import DictLoader, Environment, select_autoescape

TEMPLATES = {
    "invoice.html": """<h1>Invoice {{ invoice.number }}</h1>
<p>{{ invoice.customer | title }}, {{ invoice.address }}</p>
<table>{% for line in invoice.lines %}
<tr class="{{ loop.cycle('odd', 'even') }}"><td>{{ line.sku }}</td><td>{{ line.description | e }}</td>
<td>{{ line.quantity }}</td><td>{{ "%.2f" | format(line.cents / 100) }}</td></tr>{% endfor %}
</table>
<p>Total: {{ "%.2f" | format(invoice.lines | sum(attribute='cents') / 100) }}</p>
{% if invoice.note %}<p class="note">{{ invoice.note }}</p>{% endif %}""",
    "receipt.txt": """Receipt {{ invoice.number }} for {{ invoice.customer | title }} ({{ tenant }})
{{ invoice.lines | length }} lines, total {{ "%.2f" | format(invoice.lines | sum(attribute='cents') / 100) }}""",
}

_environment = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape())

# ETags of every invoice ever rendered, for conditional GETs (never evicted).
_etags = {}


def render_invoice(invoice):
    """The invoice as HTML; remembers its ETag."""
    html = _environment.get_template("invoice.html").render(invoice=invoice)
    # Deliberate leak: one ETag per rendered invoice number, kept for ever.
    _etags[invoice["number"]] = f'W/"{hashlib.sha256(html.encode()).hexdigest()}"'  # memleak: leak
    return html


def render_invoice_preview(invoice):
    """The same render, and an ETag computed but not kept."""
    html = _environment.get_template("invoice.html").render(invoice=invoice)
    etag = f'W/"{hashlib.sha256(html.encode()).hexdigest()}"'
    return html, etag


def receipt_for_tenant(tenant, invoice):
    """A plain-text receipt rendered with an Environment built per request (so a tenant's
    globals never leak into another's): Jinja2 compiles the template again every time. What
    outlives the environment (Jinja2's shared lexer cache, the interpreter's own caches of
    attribute names) is bounded."""
    environment = Environment(loader=DictLoader(TEMPLATES), autoescape=select_autoescape())
    environment.globals["tenant"] = tenant
    return environment.get_template("receipt.txt").render(invoice=invoice)
