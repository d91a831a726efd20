"""A FastAPI app with a leaking and a clean async endpoint, a sync endpoint run in FastAPI's
thread pool (profiled with the decorator) and one that is not, used by test_endpoints.py."""
from fastapi import FastAPI

from memleak_pytest.endpoints import profile_endpoint

app = FastAPI()
SESSIONS = {}
AUDIT = []


@app.get("/sessions/{user}")
async def open_session(user: str):
    SESSIONS[len(SESSIONS)] = bytearray(1500)  # LEAK: a session per request, never closed
    return {"user": user}


@app.get("/ping")
async def ping():
    scratch = [bytearray(1500) for _ in range(4)]
    return {"ok": len(scratch)}


@app.get("/audit")
@profile_endpoint()
def audit():
    AUDIT.append("entry %d" % len(AUDIT) * 40)  # LEAK-SYNC: a sync handler, in a worker thread
    return {"entries": len(AUDIT)}


EXPORTS = []


@app.get("/export")
def export():
    EXPORTS.append(bytearray(600))  # kept, in the thread pool: no endpoint can be charged without the decorator
    return {"exports": len(EXPORTS)}
