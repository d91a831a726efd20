"""The HTTP front end: a Flask application."""

import time

from flask import Flask, abort, jsonify, request

# Every order request, for the compliance export (which was never written).
AUDIT_TRAIL = []

CATALOGUE = {"SKU-1": {"name": "Kettle", "price": "24.90"}, "SKU-2": {"name": "Teapot", "price": "17.50"}}


def create_app():
    app = Flask(__name__)
    orders = {}

    @app.get("/catalogue/<sku>")
    def catalogue_item(sku):
        item = CATALOGUE.get(sku)
        if item is None:
            abort(404)
        return jsonify(sku=sku, **item)

    @app.post("/orders")
    def create_order():
        order = request.get_json()
        if order.get("sku") not in CATALOGUE:
            abort(422)
        # Deliberate leak: the audit trail keeps every request's headers and body for ever.
        AUDIT_TRAIL.append({"at": time.time(), "headers": dict(request.headers), "body": request.get_data(as_text=True)})  # memleak: leak
        orders[order["sku"]] = orders.get(order["sku"], 0) + order.get("quantity", 1)
        return jsonify(accepted=True), 201

    return app
