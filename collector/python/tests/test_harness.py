"""What pytest keeps of a repeated body's logs and warnings is not the body's growth: code that
logs or warns on every call is clean, a leak beside the logging is still a leak, and pytest still
reports the warnings."""
from inner import judged

LOGS_AND_WARNINGS = """
import itertools, logging, warnings
import pytest

log = logging.getLogger("app.svc")
ids = itertools.count()
KEPT = []

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)

@pytest.mark.memleak(batch_size=200)
def test_logs_every_call():
    log.warning("request %d", next(ids))

@pytest.mark.memleak(batch_size=200)
def test_warns_every_call():
    old_api()

@pytest.mark.memleak(batch_size=200)
def test_logs_and_keeps():
    log.warning("request %d", next(ids))
    KEPT.append("kept %d" % next(ids) * 10)
"""


def _growth_per_op(document):
    screen = document["phases"][0]
    batches = judged(screen)
    return (batches[-1]["traced_bytes"] - batches[0]["traced_bytes"]) / sum(b["operations"] for b in batches[1:])


def test_pytest_keeping_logs_and_warnings_is_not_the_bodys_growth(inner):
    inner.pytester.makepyfile(test_quiet=LOGS_AND_WARNINGS)
    result = inner()
    result.assert_outcomes(passed=3, warnings=result.parseoutcomes().get("warnings", 0))
    snapshots = inner.snapshots()
    assert abs(_growth_per_op(snapshots["test_quiet.py::test_logs_every_call"])) < 1
    assert abs(_growth_per_op(snapshots["test_quiet.py::test_warns_every_call"])) < 1
    assert _growth_per_op(snapshots["test_quiet.py::test_logs_and_keeps"]) > 100
    # pytest still reports the warning, once.
    assert sum("DeprecationWarning: old_api is deprecated" in line for line in result.outlines) == 1
