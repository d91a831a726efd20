"""The Python API outside pytest: run `PYTHONPATH=../../collector/python python3 measure_api.py`
(or install collector/python). Each call writes a snapshot to memory_snapshots/ and prints the
analysis core's verdict."""
import time

import memleak

import worker


def render(job_id):
    return ("<li>%d</li>" % job_id) * 20


# Code that repeats work: one batch per round of 200 jobs.
with memleak.measure("worker.handle") as m:
    for round_ in range(12):
        for job in range(200):
            worker.handle(job)
        m.batch(200)
print("measure:", m.verdict.verdict, "-", m.verdict.reason)
print("   top source:", ["%s:%d" % (s["file"], s["line"]) for s in m.verdict.test["sources"][:1]])


# A function measured as the pytest marker measures a test body: repeated in batches.
@memleak.track("render", batches=8, batch_size=500)
def render_page(job_id):
    render(job_id)


verdict = render_page(7)
print("track:  ", verdict.verdict, "-", verdict.reason)

# A callable soaked for 5 seconds, judged in MB per hour (a job every millisecond or so).
def one_job():
    worker.handle(0)
    time.sleep(0.001)


verdict = memleak.check(one_job, label="worker.handle (soak)", soak="5s", soak_interval="0.5s")
print("check:  ", verdict.verdict, "-", verdict.reason)
