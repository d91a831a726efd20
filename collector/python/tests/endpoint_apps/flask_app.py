"""A Flask app with a leaking and a clean endpoint, profiled by test_endpoints.py."""
from flask import Flask

app = Flask(__name__)
SEEN = []


@app.get("/orders/<int:order_id>")
def order(order_id):
    SEEN.append(bytearray(1500))  # LEAK: every request keeps 1.5 KB
    return {"order": order_id}


@app.get("/health")
def health():
    scratch = [bytearray(1500) for _ in range(4)]
    return {"ok": len(scratch)}
