"""A Flask service under memleak's endpoint profiler: /report/<id> leaks, /status does not.

    PYTHONPATH=../../collector/python python app.py      # serves on 127.0.0.1:8000
    python drive.py                                       # another terminal: 1,000 requests each
    # Ctrl-C the server (its last flush), then:
    node ../../dist/cli.js analyze memleak-endpoints
"""
from flask import Flask

from memleak_pytest.endpoints import WSGIMiddleware

app = Flask(__name__)
RENDERED = []


@app.get("/report/<int:report_id>")
def report(report_id):
    page = "<h1>report %d</h1>" % report_id + "<p>row</p>" * 100
    RENDERED.append(page)  # kept "for the audit log", never trimmed
    return page


@app.get("/status")
def status():
    checks = {name: "ok" for name in ("db", "cache", "queue")}
    return checks


app.wsgi_app = WSGIMiddleware(app.wsgi_app, directory="memleak-endpoints", sampling_rate=1.0, flush_interval_s=1)

if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    make_server("127.0.0.1", 8000, app).serve_forever()
